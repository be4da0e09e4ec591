// Porter's U.S. statistics under one reading (us_analysis.hpp) on small hand-made aligned tables:
// the metropolitan filter re-bases the LQs on the kept regions, the weighted mean weights by traded
// employment, correlations skip unknown outcomes, and `define` on a block table recovers its blocks.
#include <cmath>
#include <limits>
#include <map>
#include <string>

#include <gtest/gtest.h>

#include "cluster_mapping/us_analysis.hpp"
#include "core/errors.hpp"

namespace cm = clustertrade::cluster_mapping;

namespace {

// Industries a, b (cluster X = 1), c, d (cluster Y = 2), l (local); regions R1..R4, R1 and R3
// metropolitan. Traded: R1 X 10 Y 2; R2 X 1 Y 10; R3 X 8 Y 2; R4 X 1 Y 1 (nation X 20, Y 15).
cm::AlignedTable hand_table() {
  cm::AlignedTable a;
  a.table.regions = {"R1", "R2", "R3", "R4"};
  a.table.industries = {"a", "b", "c", "d", "l"};
  a.table.employment.resize(4, 5);
  a.table.employment << 10, 0, 2, 0, 8,  //
      0, 1, 5, 5, 4,                     //
      4, 4, 0, 2, 10,                    //
      1, 0, 1, 0, 3;
  a.local = {false, false, false, false, true};
  a.labels = {1, 1, 2, 2, 0};
  a.cluster_codes = {"X", "Y"};
  a.cluster_names = {"", ""};
  return a;
}

cm::UsOutcomes hand_outcomes(const cm::AlignedTable& a) {
  std::map<std::string, cm::AcsRecord> acs;
  acs["R1"] = {"R1 Metro Area", true, 30.0, 1.0};
  acs["R2"] = {"R2 Micro Area", false, 40.0, 2.0};
  acs["R3"] = {"R3 Metro Area", true, std::numeric_limits<double>::quiet_NaN(), 3.0};
  acs["R4"] = {"R4 Micro Area", false, 10.0, 4.0};
  return cm::align_outcomes(a, acs, {{"R1", 4.0}, {"R4", 1.0}}, "acs.csv");
}

}  // namespace

TEST(ClusterMappingUsAnalysis, AlignsOutcomesByCode) {
  const auto a = hand_table();
  const auto o = hand_outcomes(a);
  EXPECT_EQ(o.metropolitan, (std::vector<bool>{true, false, true, false}));
  EXPECT_EQ(o.employment[0], 20.0);                      // 10 + 2 + 8
  EXPECT_NEAR(o.patents_per_thousand[0], 200.0, 1e-12);  // 1000 · 4 / 20
  EXPECT_NEAR(o.patents_per_thousand[3], 200.0, 1e-12);  // 1000 · 1 / 5
  EXPECT_TRUE(std::isnan(o.patents_per_thousand[1]));    // R2 has no patent row
  std::map<std::string, cm::AcsRecord> missing;
  EXPECT_THROW(cm::align_outcomes(a, missing, {}, "acs.csv"), clustertrade::InvalidInput);
}

TEST(ClusterMappingUsAnalysis, StatisticsUnderEachReading) {
  const auto a = hand_table();
  const auto o = hand_outcomes(a);
  // All regions: LQ_Y in R2 = (10/11)/(15/35) = 70/33 ≈ 2.12 is the only LQ ≥ 1.5 (R1's X is
  // (10/12)/(20/35) = 35/24 ≈ 1.46): plain mean 1/4, weighted by traded employment 11/35.
  // Traded share 35/60.
  const auto all = cm::us_regional_statistics(a, o, {});
  EXPECT_EQ(all.regions, 4u);
  EXPECT_NEAR(all.mean_strong, 0.25, 1e-15);
  EXPECT_NEAR(all.traded_share, 35.0 / 60.0, 1e-15);
  EXPECT_NEAR(all.strong_share[1], 10.0 / 11.0, 1e-15);
  EXPECT_NEAR(cm::us_regional_statistics(a, o, {false, true, 1.5}).mean_strong, 11.0 / 35.0, 1e-15);
  // Metropolitan only (R1, R3): the nation is X 18, Y 4 of 22, so R3's Y has LQ (2/10)/(4/22) = 1.1
  // and R1's X (10/12)/(18/22) ≈ 1.02: at threshold 1.05 one strong cluster in R3 only → mean 1/2;
  // traded share (12 + 10)/(12 + 10 + 8 + 10) = 0.55.
  const auto metro = cm::us_regional_statistics(a, o, {true, false, 1.05});
  EXPECT_EQ(metro.rows, (std::vector<std::size_t>{0, 2}));
  EXPECT_NEAR(metro.mean_strong, 0.5, 1e-15);
  EXPECT_NEAR(metro.traded_share, 0.55, 1e-15);
  EXPECT_NEAR(metro.strong_share[1], 0.2, 1e-15);
}

TEST(ClusterMappingUsAnalysis, CorrelationSkipsUnknownOutcomes) {
  // Earnings 30, 40, NA, 10: regions R1, R2, R4 remain. Strength 0, 10/11, 0 has ranks 1.5, 3, 1.5
  // and earnings ranks 2, 3, 1: deviations (-0.5, 1, -0.5) and (0, 1, -1), so
  // ρ = 1.5/(sqrt(1.5)·sqrt(2)) = sqrt(3)/2.
  const auto a = hand_table();
  const auto o = hand_outcomes(a);
  const auto all = cm::us_regional_statistics(a, o, {});
  std::size_t used = 0;
  EXPECT_NEAR(cm::us_strength_correlation(all, o.median_earnings, o.employment, false, used), std::sqrt(3.0) / 2.0,
              1e-12);
  EXPECT_EQ(used, 3u);
}

TEST(ClusterMappingUsAnalysis, DefineRecoversBlocksOfProportionalIndustries) {
  // b = 2a and d = 3c across regions, a and c moving in opposite directions: employment
  // correlations 1 within the blocks, negative across, so the cut at K = 2 is {a, b}, {c, d}.
  cm::AlignedTable a;
  a.table.regions = {"R1", "R2", "R3", "R4"};
  a.table.industries = {"a", "b", "c", "d", "l"};
  a.table.employment.resize(4, 5);
  a.table.employment << 10, 20, 1, 3, 5,  //
      1, 2, 10, 30, 5,                    //
      9, 18, 2, 6, 5,                     //
      2, 4, 9, 27, 5;
  a.local = {false, false, false, false, true};
  a.labels = {1, 1, 2, 2, 0};
  const auto run = cm::us_define(a, cm::Measure::employment);
  EXPECT_EQ(run.columns, (std::vector<std::size_t>{0, 1, 2, 3}));
  EXPECT_EQ(run.benchmark, (std::vector<int>{1, 1, 2, 2}));
  const auto agreement = cm::us_definition_agreement(run, 2);
  EXPECT_NEAR(agreement.ari, 1.0, 1e-12);
  EXPECT_EQ(agreement.pairs.recovered, 2u);
  EXPECT_EQ(agreement.largest, 2u);
  // K = 2 puts every industry closer to its own block; K = 3 leaves a singleton, which is not
  // scored, and the others still closer: a tie, which goes to the smaller K.
  EXPECT_EQ(cm::us_k_by_validation(run, 2, 3, 1), 2u);
}

TEST(ClusterMappingUsAnalysis, SplitCheckOnConcentratedAndSpreadIndustries) {
  // Traded a, b each sit in one region; local l, m are spread exactly as total employment is
  // (Gini 0), so the two largest Ginis are the traded ones and the rule agrees everywhere.
  cm::AlignedTable a;
  a.table.regions = {"R1", "R2", "R3"};
  a.table.industries = {"a", "b", "l", "m"};
  a.table.employment.resize(3, 4);
  // Region totals 20, 40, 60 (1 : 2 : 3); l and m are 1 : 2 : 3 across regions.
  a.table.employment << 6, 0, 4, 10,  //
      0, 12, 8, 20,                   //
      0, 18, 12, 30;
  a.local = {false, false, true, true};
  a.labels = {1, 2, 0, 0};
  const auto c = cm::us_split_check(a);
  EXPECT_EQ(c.industries, 4u);
  EXPECT_EQ(c.traded, 2u);
  EXPECT_EQ(c.agreement.agree, 4u);
  EXPECT_NEAR(c.local_median_gini, 0.0, 1e-12);
}
