#include <set>
#include <vector>

#include <gtest/gtest.h>

#include "core/random.hpp"

namespace ct = clustertrade;

// Reference value of SplitMix64: the first output of the reference generator seeded with 0 is
// 0xE220A8397B1DCDAF (Vigna's splitmix64.c); our splitmix64(x) is that generator's step from state x.
TEST(SplitMix64, MatchesTheReferenceOutput) { EXPECT_EQ(ct::splitmix64(0), 0xE220A8397B1DCDAFULL); }

TEST(DrawRng, SameSeedAndIndexGiveTheSameStream) {
  ct::DrawRng a(7, 3), b(7, 3), c(7, 4);
  for (int i = 0; i < 5; ++i) {
    const auto x = a.next();
    EXPECT_EQ(x, b.next());
    EXPECT_NE(x, c.next());
  }
}

TEST(DrawRng, DistributionsStayInTheirRanges) {
  ct::DrawRng rng(1, 0);
  std::set<long> seen;
  for (int i = 0; i < 10000; ++i) {
    const double u = rng.uniform(2.0, 3.0);
    EXPECT_GE(u, 2.0);
    EXPECT_LT(u, 3.0);
    const double l = rng.log_uniform(0.1, 10.0);
    EXPECT_GE(l, 0.1);
    EXPECT_LE(l, 10.0);
    const long k = rng.uniform_int(-2, 2);
    EXPECT_GE(k, -2);
    EXPECT_LE(k, 2);
    seen.insert(k);
  }
  EXPECT_EQ(seen.size(), 5u);  // every value of a 5-point range appears in 10,000 draws
}

// The mean of 100,000 uniform draws is 1/2 within 5 standard errors (sd = 1/sqrt(12 n) ≈ 9.1e-4).
TEST(DrawRng, UniformHasTheRightMean) {
  ct::DrawRng rng(42, 0);
  double sum = 0.0;
  const int n = 100000;
  for (int i = 0; i < n; ++i) sum += rng.uniform();
  EXPECT_NEAR(sum / n, 0.5, 5 * 9.2e-4);
}

TEST(RunDraws, ResultsDoNotDependOnThreadCount) {
  auto draw = [](std::size_t k, ct::DrawRng& rng) { return rng.uniform() + static_cast<double>(k); };
  const auto one = ct::run_draws<double>(500, 99, 1, draw);
  const auto two = ct::run_draws<double>(500, 99, 2, draw);
  const auto four = ct::run_draws<double>(500, 99, 4, draw);
  EXPECT_EQ(one, two);
  EXPECT_EQ(one, four);
  EXPECT_EQ(one.size(), 500u);
}

TEST(RunDraws, RethrowsTheFirstFailure) {
  auto draw = [](std::size_t k, ct::DrawRng&) -> int {
    if (k == 17) throw std::runtime_error("draw 17");
    return 0;
  };
  EXPECT_THROW(ct::run_draws<int>(50, 1, 2, draw), std::runtime_error);
}
