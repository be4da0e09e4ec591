// The statistics of Porter's U.S. statements (us_statistics.hpp) against hand computations on
// small asymmetric examples; the derivation of every expected value is in the comment beside it.
#include <cmath>
#include <limits>
#include <vector>

#include <gtest/gtest.h>

#include "cluster_mapping/strength.hpp"
#include "cluster_mapping/us_statistics.hpp"
#include "core/errors.hpp"

namespace cm = clustertrade::cluster_mapping;

TEST(ClusterMappingUsStatistics, TradedShareByHand) {
  // Industries a, b traded, l local. Column sums: a 13, b 6, l 11; total 30 → traded 19/30.
  Eigen::MatrixXd e(3, 3);
  e << 10, 0, 5,  //
      3, 4, 2,    //
      0, 2, 4;
  EXPECT_NEAR(cm::traded_employment_share(e, {false, false, true}), 19.0 / 30.0, 1e-15);
  EXPECT_THROW(cm::traded_employment_share(e, {false, true}), clustertrade::InvalidParameter);
}

TEST(ClusterMappingUsStatistics, PlainAndWeightedMeans) {
  Eigen::VectorXd v(3), w(3);
  v << 0.2, 0.5, 0.9;
  w << 1.0, 3.0, 6.0;
  EXPECT_NEAR(cm::region_mean(v), 1.6 / 3.0, 1e-15);
  EXPECT_NEAR(cm::region_mean(v, w), (0.2 + 1.5 + 5.4) / 10.0, 1e-15);  // 0.71
}

TEST(ClusterMappingUsStatistics, StrongClusterShareByHand) {
  // The table of strength_test.cpp: clusters X = {a, d}, Y = {b, c}, l local. Traded nation 52,
  // X 33, Y 19. Region 2: X 2, Y 9 of 11; LQ_Y = (9/11)/(19/52) ≈ 2.24 strong, LQ_X ≈ 0.29 → 9/11.
  // Region 5: X 2 of 2, LQ_X = 52/33 ≈ 1.58 strong → 1. Region 3: X 16, Y 3 of 19; LQ_X =
  // (16/19)/(33/52) = 832/627 ≈ 1.33: strong at 1.25 only → 16/19. Region 4: X 2, Y 2;
  // LQ_Y = (1/2)/(19/52) = 26/19 ≈ 1.37: strong at 1.25 → 1/2. Region 1: 13/12 and 0.86 → 0.
  Eigen::MatrixXd e(5, 5);
  e << 10, 0, 5, 1, 3,  //
      0, 4, 5, 2, 1,    //
      7, 3, 0, 9, 0,    //
      1, 1, 1, 1, 10,   //
      2, 0, 0, 0, 0;
  const auto s = cm::cluster_strength(e, {1, 2, 2, 1, 0});
  const Eigen::VectorXd at15 = cm::strong_cluster_employment_share(s, 1.5);
  const Eigen::VectorXd at125 = cm::strong_cluster_employment_share(s, 1.25);
  const double expected15[] = {0.0, 9.0 / 11.0, 0.0, 0.0, 1.0};
  const double expected125[] = {0.0, 9.0 / 11.0, 16.0 / 19.0, 0.5, 1.0};
  for (Eigen::Index r = 0; r < 5; ++r) {
    EXPECT_NEAR(at15[r], expected15[r], 1e-15) << "region " << r;
    EXPECT_NEAR(at125[r], expected125[r], 1e-15) << "region " << r;
  }
}

// Ranks of the three series below: x 1 2 3 4 5, y 2 1 4 3 5, z 1 4 2 3 5 (no ties), so with
// Spearman's r = 1 - 6 Σd²/(n(n²-1)) = 1 - Σd²/20: r_xy = 1 - 4/20 = 0.8, r_xz = 1 - 6/20 = 0.7,
// r_yz = 1 - 14/20 = 0.3, and the partial correlation is (0.8 - 0.21)/sqrt(0.51 · 0.91).
TEST(ClusterMappingUsStatistics, PartialRankCorrelationClosedForm) {
  Eigen::VectorXd x(5), y(5), z(5);
  x << 0.5, 1.7, 2.0, 9.0, 11.0;
  y << 3.0, 1.0, 8.0, 7.0, 20.0;
  z << 100.0, 900.0, 200.0, 450.0, 5000.0;
  EXPECT_NEAR(cm::partial_rank_correlation(x, y, z), 0.59 / std::sqrt(0.51 * 0.91), 1e-12);
}

TEST(ClusterMappingUsStatistics, PartialRankCorrelationIsCorrelationOfResiduals) {
  // An independent route: regress the ranks of x and of y on the ranks of z (least squares with an
  // intercept) and correlate the residuals. Ties in y (two 4s) take the mean rank 2.5.
  Eigen::VectorXd x(6), y(6), z(6);
  x << 3.0, 1.0, 4.0, 1.5, 9.0, 2.6;
  y << 4.0, 4.0, 7.0, 1.0, 8.0, 6.0;
  z << 2.0, 7.0, 1.0, 8.0, 2.5, 3.0;
  Eigen::VectorXd rx(6), ry(6), rz(6);
  rx << 4, 1, 5, 2, 6, 3;
  ry << 2.5, 2.5, 5, 1, 6, 4;
  rz << 2, 5, 1, 6, 3, 4;
  const auto residual = [&](const Eigen::VectorXd& v) {
    const Eigen::VectorXd dz = rz.array() - rz.mean();
    const Eigen::VectorXd dv = v.array() - v.mean();
    return Eigen::VectorXd(dv - (dz.dot(dv) / dz.dot(dz)) * dz);
  };
  const Eigen::VectorXd ex = residual(rx), ey = residual(ry);
  EXPECT_NEAR(cm::partial_rank_correlation(x, y, z), ex.dot(ey) / (ex.norm() * ey.norm()), 1e-12);
}

TEST(ClusterMappingUsStatistics, LocationalGiniByHand) {
  // Region totals 20, 30, 50 (b = 0.2, 0.3, 0.5). Industry 1: 6, 3, 1 (a = 0.6, 0.3, 0.1; LQ 3, 1,
  // 0.2). Sorted by LQ: region 3, 2, 1; running a 0.1, 0.4, 1; Σ b(A_prev + A) = 0.5·0.1 + 0.3·0.5 +
  // 0.2·1.4 = 0.48 → G = 0.52. Industry 2: 14, 27, 49 of 90 (LQ 0.78, 1, 1.09): order 1, 2, 3;
  // Σ = [0.2·14 + 0.3·(14 + 41) + 0.5·(41 + 90)]/90 = 84.8/90 → G = 5.2/90 = 13/225.
  Eigen::MatrixXd two(3, 2);
  two << 6, 14,  //
      3, 27,     //
      1, 49;
  const Eigen::VectorXd g = cm::locational_gini(two);
  EXPECT_NEAR(g[0], 0.52, 1e-12);
  EXPECT_NEAR(g[1], 13.0 / 225.0, 1e-12);
  // An industry all in one region r has G = 1 - b_r: add industry 3 with 10 workers in region 2
  // (totals 20, 40, 50 of 110): G = 1 - 40/110.
  Eigen::MatrixXd e(3, 3);
  e << 6, 14, 0,  //
      3, 27, 10,  //
      1, 49, 0;
  EXPECT_NEAR(cm::locational_gini(e)[2], 1.0 - 40.0 / 110.0, 1e-12);
  // Spread exactly as employment: G = 0.
  Eigen::MatrixXd proportional(3, 2);
  proportional << 2, 18, 3, 27, 5, 45;
  EXPECT_NEAR(cm::locational_gini(proportional)[0], 0.0, 1e-12);
}

TEST(ClusterMappingUsStatistics, GiniRuleAndAgreementByHand) {
  Eigen::VectorXd g(5);
  g << 0.3, 0.9, 0.1, 0.6, 0.2;
  const cm::LocalMask rule = cm::gini_rule(g, 2);  // traded: the two largest, industries 2 and 4
  EXPECT_EQ(rule, (cm::LocalMask{true, false, true, false, true}));
  // Benchmark: 1, 2, 3 traded. Same side: industries 2 (traded), 3? no, 4? no, 1? no (benchmark
  // traded, rule local), 5 (local both) → industries 2 and 5 agree: 2 of 5; employment
  // (20 + 5)/(10 + 20 + 30 + 40 + 5) = 25/105.
  const cm::LocalMask benchmark{false, false, false, true, true};
  Eigen::VectorXd employment(5);
  employment << 10, 20, 30, 40, 5;
  const auto a = cm::split_agreement(benchmark, rule, employment);
  EXPECT_EQ(a.agree, 2u);
  EXPECT_NEAR(a.count_share, 0.4, 1e-15);
  EXPECT_NEAR(a.employment_share, 25.0 / 105.0, 1e-15);
}

TEST(ClusterMappingUsStatistics, PairRecoveryByHand) {
  // Benchmark {0,1,2}, {3,4}, {5}: 3 + 1 pairs. Derived keeps (0,1) and (3,4): 2 of 4; cluster 1
  // keeps 1 of 3, cluster 2 its one pair; cluster 3 has no pair and is not listed.
  const auto p = cm::pair_recovery({1, 1, 1, 2, 2, 3}, {5, 5, 6, 6, 6, 7});
  EXPECT_EQ(p.pairs, 4u);
  EXPECT_EQ(p.recovered, 2u);
  EXPECT_NEAR(p.share, 0.5, 1e-15);
  EXPECT_EQ(p.clusters, (std::vector<int>{1, 2}));
  ASSERT_EQ(p.cluster_share.size(), 2u);
  EXPECT_NEAR(p.cluster_share[0], 1.0 / 3.0, 1e-15);
  EXPECT_NEAR(p.cluster_share[1], 1.0, 1e-15);
}

TEST(ClusterMappingUsStatistics, PairRecoveryMatchesEnumeration) {
  // Labels from a small linear congruential sequence; every pair i < j enumerated directly.
  std::vector<int> a(40), b(40);
  unsigned s = 7;
  for (std::size_t i = 0; i < a.size(); ++i) {
    s = (s * 1103515245u + 12345u) % 2147483648u;
    a[i] = static_cast<int>(s % 6);
    b[i] = static_cast<int>((s / 7) % 4);
  }
  std::size_t pairs = 0, kept = 0;
  for (std::size_t i = 0; i < a.size(); ++i)
    for (std::size_t j = i + 1; j < a.size(); ++j)
      if (a[i] == a[j]) {
        ++pairs;
        if (b[i] == b[j]) ++kept;
      }
  const auto p = cm::pair_recovery(a, b);
  EXPECT_EQ(p.pairs, pairs);
  EXPECT_EQ(p.recovered, kept);
}
