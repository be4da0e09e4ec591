// The simulated nation of small H12 regions: determinism across thread counts, the planted τ,
// accounting identities of each region's equilibrium, recovery where learning is strong and trade
// builds clusters, and Spearman's rank correlation on hand examples.
#include <cmath>

#include <gtest/gtest.h>

#include "cluster_mapping/experiments.hpp"
#include "cluster_mapping/regions.hpp"
#include "core/errors.hpp"

namespace cm = clustertrade::cluster_mapping;

namespace {
cm::NationParams small(cm::Trade trade) {
  cm::NationParams p;
  p.regions = 150;
  p.blocks = {3, 4, 2};
  p.local = 2;
  p.block_strength = 0.3;
  p.periods = 15;
  p.trade = trade;
  return p;
}
}  // namespace

TEST(ClusterMappingRegions, PlantedTau) {
  cm::NationParams p = small(cm::Trade::autarky);
  const Eigen::MatrixXd tau = cm::planted_tau(p);
  ASSERT_EQ(tau.rows(), 11);
  EXPECT_EQ(tau(0, 2), 0.3);   // block 1 = industries 0..2
  EXPECT_EQ(tau(2, 3), 0.01);  // 2 is in block 1, 3 in block 2
  EXPECT_EQ(tau(7, 8), 0.3);   // block 3 = 7, 8
  EXPECT_EQ(tau(9, 9), 0.01);  // local industries learn only the background
}

TEST(ClusterMappingRegions, SameResultForOneAndTwoThreads) {
  const auto p = small(cm::Trade::cluster_building);
  const auto one = cm::simulate_nation(p, 1), two = cm::simulate_nation(p, 2);
  EXPECT_TRUE((one.employment.array() == two.employment.array()).all());
  EXPECT_TRUE((one.income.array() == two.income.array()).all());
}

TEST(ClusterMappingRegions, EmploymentAddsUpToEachRegionsLabour) {
  // Without noise each region's employment sums to its labour force L_r ∈ [e^-0.7, e^0.7].
  for (auto trade :
       {cm::Trade::autarky, cm::Trade::cluster_building, cm::Trade::cluster_destroying, cm::Trade::free_trade}) {
    const auto nation = cm::simulate_nation(small(trade));
    for (Eigen::Index r = 0; r < nation.employment.rows(); ++r) {
      const double total = nation.employment.row(r).sum();
      EXPECT_GE(total, std::exp(-0.7) * (1 - 1e-9));
      EXPECT_LE(total, std::exp(0.7) * (1 + 1e-9));
      EXPECT_GT(nation.income[r], 0.0);
    }
  }
}

TEST(ClusterMappingRegions, LocalIndustriesEmployEverywhere) {
  // Local goods are never traded, so every region makes them (CES demand is positive for every good).
  const auto nation = cm::simulate_nation(small(cm::Trade::cluster_destroying));
  EXPECT_GT(nation.employment.rightCols(2).minCoeff(), 0.0);
}

TEST(ClusterMappingRegions, StrongLearningUnderClusterBuildingTradeIsRecovered) {
  EXPECT_DOUBLE_EQ(cm::recover_blocks(cm::simulate_nation(small(cm::Trade::cluster_building))).ari, 1.0);
}

namespace {
// A hand nation of six regions: blocks A = {0, 1, 2} and B = {3, 4, 5}, one local industry 6. The
// nation makes 0, 1 (in regions 0–2) and 3, 4 (in regions 3–5); 2 and 5 are made nowhere.
cm::Nation hand_nation() {
  cm::Nation n;
  n.employment.resize(6, 7);
  n.employment << 5, 4, 0, 1, 0, 0, 2,  //
      6, 5, 0, 0, 1, 0, 2,              //
      4, 4, 0, 1, 1, 0, 2,              //
      0, 1, 0, 6, 5, 0, 2,              //
      1, 0, 0, 5, 4, 0, 2,              //
      1, 1, 0, 4, 6, 0, 2;
  n.income = Eigen::VectorXd::Ones(6);
  n.planted = {1, 1, 1, 2, 2, 2, 0};
  n.local = {false, false, false, false, false, false, true};
  return n;
}
}  // namespace

TEST(ClusterMappingRegions, ProducedIndustriesAndBorderLinks) {
  const auto n = hand_nation();
  // Traded columns with some employment: 0, 1, 3, 4 (the local column 6 is never counted).
  EXPECT_EQ(cm::produced_industries(n), (std::vector<std::size_t>{0, 1, 3, 4}));
  // Planted links: {0,1}, {0,2}, {1,2}, {3,4}, {3,5}, {4,5}; those touching 2 or 5 cross the
  // border: 4 of 6.
  EXPECT_DOUBLE_EQ(cm::border_link_share(n), 4.0 / 6.0);
}

TEST(ClusterMappingRegions, RecoveryScoresOnlyTheIndustriesTheNationMakes) {
  const auto rec = cm::recover_blocks(hand_nation());
  // Shares of 0 and 1 rise and fall together across regions, against those of 3 and 4, so average
  // linkage joins {0, 1} and {3, 4} first; the planted K among made industries is 2: exact.
  EXPECT_EQ(rec.industries, (std::vector<std::size_t>{0, 1, 3, 4}));
  EXPECT_EQ(rec.planted, (std::vector<int>{1, 1, 2, 2}));
  EXPECT_DOUBLE_EQ(rec.ari, 1.0);
  // Between the two pairs the correlation is negative, so the data's cut (mean correlation >= 0)
  // also stops at the two pairs.
  EXPECT_EQ(rec.data_k, 2u);
  EXPECT_DOUBLE_EQ(rec.data_ari, 1.0);
  EXPECT_DOUBLE_EQ(rec.border_share, 4.0 / 6.0);
  // The earlier scoring keeps the two industries made nowhere (correlation 0 with everything).
  EXPECT_EQ(cm::recover_blocks(hand_nation(), cm::Measure::share, cm::Scoring::all_traded).industries.size(), 6u);
}

TEST(ClusterMappingRegions, RecoveryNeedsTwoIndustriesTheNationMakes) {
  auto n = hand_nation();
  n.employment.col(1).setZero();
  n.employment.col(3).setZero();
  n.employment.col(4).setZero();
  EXPECT_THROW(cm::recover_blocks(n), clustertrade::InvalidParameter);
}

TEST(ClusterMappingRegions, ClusterDestroyingBaselineMakesHalfOfEachBlock) {
  // Under cluster-destroying trade the foreign leads by e^1 in the industries at even positions of
  // each block and lags in the odd ones, so the nation makes floor(b/2) of a block of b. Baseline
  // blocks 3,4,5,4,6,3,5,4: made 1,2,2,2,3,1,2,2 = 15 of 34; planted links Σ C(b,2) = 59, of which
  // Σ C(floor(b/2),2) = 0+1+1+1+3+0+1+1 = 8 stay inside the nation: 51/59 cross the border.
  cm::NationParams p;
  p.trade = cm::Trade::cluster_destroying;
  const auto nation = cm::simulate_nation(p);
  EXPECT_EQ(cm::produced_industries(nation).size(), 15u);
  EXPECT_DOUBLE_EQ(cm::border_link_share(nation), 51.0 / 59.0);
}

TEST(ClusterMappingRegions, NoLearningRecoversNothing) {
  // T = 0: employment reflects only the independent random technologies, so the recovered
  // clusters are unrelated to the blocks (ARI near 0; far below exact recovery).
  auto p = small(cm::Trade::cluster_building);
  p.periods = 0;
  EXPECT_LT(std::fabs(cm::recover_blocks(cm::simulate_nation(p)).ari), 0.3);
}

TEST(ClusterMappingRegions, RejectsBadParameters) {
  auto p = small(cm::Trade::autarky);
  p.regions = 2;
  EXPECT_THROW(p.validate(), clustertrade::InvalidParameter);
  p = small(cm::Trade::autarky);
  p.blocks = {3, 1};
  EXPECT_THROW(p.validate(), clustertrade::InvalidParameter);
  p = small(cm::Trade::autarky);
  p.block_strength = 1.5;
  EXPECT_THROW(p.validate(), clustertrade::InvalidParameter);
  p = small(cm::Trade::autarky);
  p.openness = 0.0;
  EXPECT_THROW(p.validate(), clustertrade::InvalidParameter);
}

TEST(ClusterMappingSpearman, HandExamples) {
  Eigen::VectorXd x(5), y(5);
  x << 1, 2, 3, 4, 5;
  y << 2, 4, 9, 16, 100;  // monotone: ρ = 1
  EXPECT_DOUBLE_EQ(cm::spearman(x, y), 1.0);
  y << 5, 4, 3, 2, 1;
  EXPECT_DOUBLE_EQ(cm::spearman(x, y), -1.0);
  // Ranks x = 1..5, y = (1,3,2,5,4): Σd² = 0+1+1+1+1 = 4, ρ = 1 − 6·4/(5·24) = 0.8.
  y << 10, 30, 20, 50, 40;
  EXPECT_NEAR(cm::spearman(x, y), 0.8, 1e-15);
  // Ties: y = (1,1,2,2,3) has mid-ranks (1.5,1.5,3.5,3.5,5); Pearson of ranks with 1..5:
  // deviations (−1.5,−1.5,0.5,0.5,2)·(−2,−1,0,1,2) = 3+1.5+0+0.5+4 = 9; norms √10 and
  // √(2.25+2.25+0.25+0.25+4) = 3, so ρ = 3/√10.
  y << 1, 1, 2, 2, 3;
  EXPECT_NEAR(cm::spearman(x, y), 3.0 / std::sqrt(10.0), 1e-15);
}
