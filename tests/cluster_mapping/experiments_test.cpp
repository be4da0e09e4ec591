// Summaries of a distribution across nations and the sign test the simulated-nation claims are
// graded by: hand examples.
#include <gtest/gtest.h>

#include <limits>
#include <vector>

#include "cluster_mapping/experiments.hpp"
#include "core/errors.hpp"

namespace cm = clustertrade::cluster_mapping;

TEST(ClusterMappingSpread, HandExample) {
  // Sorted 1..5: mean 3; type-7 quantiles at h = 1 + 4p: p = 0.1 → h = 1.4 → 1 + 0.4·(2 − 1) = 1.4,
  // p = 0.5 → 3, p = 0.9 → h = 4.6 → 4 + 0.6·(5 − 4) = 4.6.
  const auto s = cm::spread_of({3, 1, 2, 5, 4});
  EXPECT_EQ(s.count, 5u);
  EXPECT_DOUBLE_EQ(s.mean, 3.0);
  EXPECT_DOUBLE_EQ(s.min, 1.0);
  EXPECT_DOUBLE_EQ(s.max, 5.0);
  EXPECT_DOUBLE_EQ(s.q10, 1.4);
  EXPECT_DOUBLE_EQ(s.median, 3.0);
  EXPECT_DOUBLE_EQ(s.q90, 4.6);
  EXPECT_EQ(s.positive, 5u);
  EXPECT_EQ(s.at_least_one, 5u);
}

TEST(ClusterMappingSpread, CountsPositiveAndExactValues) {
  // −1 and 0 are not positive; only 1 counts as an exact ARI. Median of (−1, 0, 0.5, 1): h = 2.5 →
  // 0 + 0.5·(0.5 − 0) = 0.25.
  const auto s = cm::spread_of({0.5, -1.0, 1.0, 0.0});
  EXPECT_EQ(s.positive, 2u);
  EXPECT_EQ(s.at_least_one, 1u);
  EXPECT_DOUBLE_EQ(s.median, 0.25);
  const auto one = cm::spread_of({0.7});
  EXPECT_DOUBLE_EQ(one.q10, 0.7);
  EXPECT_DOUBLE_EQ(one.q90, 0.7);
}

TEST(ClusterMappingSpread, RejectsNoValuesAndNonFinite) {
  EXPECT_THROW(cm::spread_of({}), clustertrade::InvalidParameter);
  EXPECT_THROW(cm::spread_of({1.0, std::numeric_limits<double>::quiet_NaN()}), clustertrade::InvalidParameter);
}

TEST(ClusterMappingSignTest, Thresholds) {
  // n = 25: P(Bin ≥ 18) = Σ_{k=18}^{25} C(25,k)/2^25 = 726,206/33,554,432 = 0.0216 ≤ 0.05, while
  // P(Bin ≥ 17) = 1,807,781/33,554,432 = 0.0539 > 0.05: at least 18 of 25.
  EXPECT_EQ(cm::sign_test_threshold(25, 0.05), 18u);
  // n = 50 (the claims' ensembles): P(≥ 32) = 36,540,319,845,976/2^50 = 0.0325 ≤ 0.05, while
  // P(≥ 31) = 66,946,263,229,176/2^50 = 0.0595 > 0.05: at least 32 of 50.
  EXPECT_EQ(cm::sign_test_threshold(50, 0.05), 32u);
  // n = 5: P(≥ 5) = 1/32 ≤ 0.05, P(≥ 4) = 6/32 > 0.05.
  EXPECT_EQ(cm::sign_test_threshold(5, 0.05), 5u);
  // n = 4: even P(≥ 4) = 1/16 > 0.05, so no count passes: n + 1.
  EXPECT_EQ(cm::sign_test_threshold(4, 0.05), 5u);
  EXPECT_THROW(cm::sign_test_threshold(0, 0.05), clustertrade::InvalidParameter);
  EXPECT_THROW(cm::sign_test_threshold(5, 1.0), clustertrade::InvalidParameter);
}
