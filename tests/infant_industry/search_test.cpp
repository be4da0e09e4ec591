// Tests of the independent equilibrium search (search.hpp) on hand cases, and its agreement with
// the closed forms (model.hpp) over seeded random draws. Tolerance for positions: the search
// bisects interior points to ~1e-15·L_S, so 1e-9 absolute is loose; wages to 1e-12 relative (a
// few roundings of quotients).
#include <cmath>

#include <gtest/gtest.h>

#include "core/random.hpp"
#include "infant_industry/model.hpp"
#include "infant_industry/search.hpp"

namespace ii = clustertrade::infant_industry;

namespace {

ii::Params make(double l1s, double l2s, double l1n, double l2n, double alpha, double lbar, double ls) {
  ii::Params p;
  p.lambda_south = {l1s, l2s};
  p.lambda_north = {l1n, l2n};
  p.alpha = alpha;
  p.lbar = lbar;
  p.labor_south = ls;
  return p;
}

}  // namespace

TEST(InfantIndustrySearch, WageGapFromPrimitives) {
  // Defaults: p2* = 1/2, revenue in good 2 at L2 = 0.6 is 0.5·1.25·1.6 = 1 = revenue in good 1.
  EXPECT_NEAR(ii::search_wage_gap(ii::Params{}, 0.6), 0.0, 1e-15);
  EXPECT_NEAR(ii::search_wage_gap(ii::Params{}, 0.0), 0.625 - 1.0, 1e-15);
}

TEST(InfantIndustrySearch, FindsTheThreeEquilibriaOfFigureOne) {
  // Hand values as in model_test: 0 (w 1, stable), 0.6 (w 1, unstable), 2 (w 1.25, stable).
  const auto f = ii::search_equilibria(ii::Params{});
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[0].kind, ii::EquilibriumKind::specialize1);
  EXPECT_TRUE(f[0].stable);
  EXPECT_EQ(f[1].kind, ii::EquilibriumKind::interior);
  EXPECT_NEAR(f[1].labor_sector2, 0.6, 1e-9);
  EXPECT_FALSE(f[1].stable);
  EXPECT_EQ(f[2].kind, ii::EquilibriumKind::specialize2);
  EXPECT_NEAR(f[2].wage, 1.25, 1e-12);
  EXPECT_TRUE(f[2].stable);
  EXPECT_TRUE(ii::multiple(f));
}

TEST(InfantIndustrySearch, FindsTheContinuumWithIdenticalProductivities) {
  // λ = 1, L̄ = 1, L_S = 2: the gap is zero on [1, 2].
  const auto f = ii::search_equilibria(make(1, 1, 1, 1, 1, 1, 2));
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[1].kind, ii::EquilibriumKind::interior);
  EXPECT_NEAR(f[1].labor_sector2, 1.0, 1e-9);
  EXPECT_NEAR(f[1].labor_sector2_max, 2.0, 1e-9);
  EXPECT_FALSE(f[1].stable);
}

TEST(InfantIndustrySearch, SmallSouthStrongAdvantage) {
  // As in model_test: only spec-2, wage 2.25.
  const auto f = ii::search_equilibria(make(1, 3, 1, 1, 1, 1, 0.5));
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].kind, ii::EquilibriumKind::specialize2);
  EXPECT_NEAR(f[0].wage, 2.25, 1e-12);
  EXPECT_FALSE(ii::multiple(f));
  EXPECT_THROW(ii::find_kind(f, ii::EquilibriumKind::specialize1), std::out_of_range);
}

TEST(InfantIndustrySearch, AgreesWithClosedFormsOnRandomDraws) {
  const auto mismatches = clustertrade::run_draws<int>(300, 7, 0, [](std::size_t, clustertrade::DrawRng& rng) {
    const auto p =
        make(rng.log_uniform(0.2, 5), rng.log_uniform(0.2, 5), rng.log_uniform(0.2, 5), rng.log_uniform(0.2, 5),
             rng.log_uniform(0.05, 5), rng.log_uniform(0.1, 10), rng.log_uniform(0.1, 10));
    const auto f = ii::search_equilibria(p);
    const auto e = ii::equilibria(p);
    if (f.size() != e.size()) return 1;
    for (std::size_t i = 0; i < f.size(); ++i) {
      if (f[i].kind != e[i].kind || std::fabs(f[i].labor_sector2 - e[i].labor_sector2) > 1e-9 * p.labor_south ||
          std::fabs(f[i].wage - e[i].wage) > 1e-12 * e[i].wage ||
          f[i].stable != (e[i].stability == ii::Stability::stable))
        return 1;
    }
    return 0;
  });
  int total = 0;
  for (int m : mismatches) total += m;
  EXPECT_EQ(total, 0);
}

TEST(InfantIndustrySearch, RejectsATinyGrid) {
  ii::SearchOptions o;
  o.grid = 2;
  EXPECT_THROW(ii::search_equilibria(ii::Params{}, o), std::invalid_argument);
}
