// CES numerics of the static solver (issue 12): unequal country sizes against hand values of H12's
// balanced-trade wage, the Cobb–Douglas limit σ → 1, very large σ, and inputs near the largest double.
#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "trade_growth/static_equilibrium.hpp"

namespace tg = clustertrade::trade_growth;

namespace {

// Two goods, home strong in 1 (a = 4), foreign in 2 (a = 1/2); L = 3, L* = 1.
tg::Economy unequal(double sigma) {
  tg::Economy e;
  e.home = Eigen::Vector2d(4.0, 1.0);
  e.foreign = Eigen::Vector2d(1.0, 2.0);
  e.sigma = sigma;
  e.labor_home = 3.0;
  e.labor_foreign = 1.0;
  return e;
}

void expect_all_finite(const tg::Equilibrium& eq) {
  EXPECT_TRUE(std::isfinite(eq.rel_wage));
  EXPECT_TRUE(std::isfinite(eq.income_home));
  EXPECT_TRUE(std::isfinite(eq.income_foreign));
  EXPECT_TRUE(eq.labor_home.allFinite());
  EXPECT_TRUE(eq.labor_foreign.allFinite());
}

}  // namespace

TEST(TradeGrowthCes, UnequalSizesGiveTheHandBalancedTradeWage) {
  // H12 eq. (10) with z = 1 (home makes good 1, foreign good 2): ω^σ = (L*/L) A_1^{σ-1} / A*_2^{σ-1}.
  // σ = 2: ω² = (1/3)(4/2) = 2/3. σ = 3: ω³ = (1/3)(16/4) = 4/3. Both lie in (a_2, a_1) = (1/2, 4).
  for (const auto& [sigma, omega] : {std::pair{2.0, std::sqrt(2.0 / 3.0)}, std::pair{3.0, std::cbrt(4.0 / 3.0)}}) {
    const tg::Economy e = unequal(sigma);
    const tg::Equilibrium eq = tg::solve_free_trade(e);
    EXPECT_NEAR(eq.rel_wage, omega, 1e-14 * omega) << sigma;
    EXPECT_NEAR(tg::balanced_trade_wage(e, 1.0), omega, 1e-14 * omega) << sigma;
    // Full specialisation: all home labour in good 1, all foreign labour in good 2.
    EXPECT_NEAR(eq.labor_home[0], 3.0, 1e-13);
    EXPECT_NEAR(eq.labor_foreign[1], 1.0, 1e-13);
  }
  // σ = 2 incomes by hand: prices ω/4 and 1/2, P = 1/(4/ω + 2) (H12 eq. (2)), D = ωL/P = 12 + 6ω,
  // D* = L*/P = 4/ω + 2.
  const double w = std::sqrt(2.0 / 3.0);
  const tg::Equilibrium eq = tg::solve_free_trade(unequal(2.0));
  EXPECT_NEAR(eq.income_home, 12.0 + 6.0 * w, 1e-13 * 20.0);
  EXPECT_NEAR(eq.income_foreign, 4.0 / w + 2.0, 1e-13 * 10.0);
}

TEST(TradeGrowthCes, UnequalSizesAutarkyMatchesEquationSeven) {
  // H12 eq. (7): L_i = A_i^{σ-1} L / Σ_j A_j^{σ-1}. σ = 3, A = (4, 1), L = 3: L = 3 (16, 1)/17.
  const tg::Equilibrium eq = tg::solve_autarky(unequal(3.0));
  EXPECT_NEAR(eq.labor_home[0], 48.0 / 17.0, 1e-14 * 3.0);
  EXPECT_NEAR(eq.labor_home[1], 3.0 / 17.0, 1e-14 * 3.0);
  // Income (eq. (8)): D = L (Σ A^{σ-1})^{1/(σ-1)} = 3 √17.
  EXPECT_NEAR(eq.income_home, 3.0 * std::sqrt(17.0), 1e-13 * 13.0);
}

TEST(TradeGrowthCes, ContinuousThroughSigmaOneWithNormalisedWeights) {
  // Weights summing to one (exactly, in binary): the CES index tends to Cobb–Douglas. Closed form at
  // σ = 1 (free trade, home makes goods 1 and 2): spending shares are the weights β, so
  // ωL = B(ωL + L*) with B = β_1 + β_2 = 1/4, i.e. ω = B L*/((1 − B) L) = 0.25/(0.75 · 0.5) = 2/3,
  // which lies in (a_3, a_2) = (1/4, 30) as the pattern requires.
  tg::Economy e;
  e.home = Eigen::Vector4d(40.0, 30.0, 0.5, 0.4);
  e.foreign = Eigen::Vector4d(1.0, 1.0, 2.0, 3.0);
  e.weights = Eigen::Vector4d(0.125, 0.125, 0.25, 0.5);
  e.labor_home = 0.5;
  e.labor_foreign = 1.0;
  e.sigma = 1.0;
  const tg::Equilibrium cd = tg::solve_free_trade(e);
  const double w = 2.0 / 3.0;
  EXPECT_NEAR(cd.rel_wage, w, 1e-15);
  // Cobb–Douglas income: D = ωL/P with log P = Σ β_i log p_i (prices ω/A_i at home, 1/A*_i imported).
  const double log_p =
      0.125 * std::log(w / 40.0) + 0.125 * std::log(w / 30.0) + 0.25 * std::log(0.5) + 0.5 * std::log(1.0 / 3.0);
  EXPECT_NEAR(cd.income_home, 0.5 * w * std::exp(-log_p), 1e-13 * cd.income_home);
  for (double d : {1e-8, 1e-10, 1e-12, -1e-12, -1e-10, -1e-8}) {
    e.sigma = 1.0 + d;
    const tg::Equilibrium eq = tg::solve_free_trade(e);
    expect_all_finite(eq);
    // The 1e-9 of issue 12: the exact difference from the limit is O(|σ − 1|) ≤ 1e-8 · O(log p spread) —
    // measured against the closed form, so we allow 1e-9 + 5|σ − 1|.
    const double tol = 1e-9 + 5.0 * std::fabs(d);
    EXPECT_NEAR(eq.rel_wage, cd.rel_wage, tol * cd.rel_wage) << d;
    EXPECT_NEAR(eq.income_home, cd.income_home, tol * cd.income_home) << d;
    EXPECT_NEAR(eq.income_foreign, cd.income_foreign, tol * cd.income_foreign) << d;
    for (Eigen::Index i = 0; i < 4; ++i) EXPECT_NEAR(eq.labor_home[i], cd.labor_home[i], tol * 0.5) << d;
  }
}

TEST(TradeGrowthCes, RefusesSigmaNearOneWhenTheUnnormalisedIndexOverflows) {
  // H12's b_i = 1: D carries the factor n^{1/(σ-1)}, 4^{1e10} for σ = 1 + 1e-10: not a double.
  tg::Economy e = unequal(1.0 + 1e-10);
  try {
    (void)tg::solve_free_trade(e);
    FAIL() << "expected InvalidParameter";
  } catch (const clustertrade::InvalidParameter& ex) {
    EXPECT_EQ(ex.field(), "sigma");
  }
}

TEST(TradeGrowthCes, LargeSigmaSolvesAgainstTheLogFormOfEquationTen) {
  // log ω = [log(L*/L) + (σ − 1) log(A_1/A*_2)]/σ (eq. (10), z = 1), valid while a_2 < ω < a_1.
  for (double sigma : {500.0, 1e5}) {
    const tg::Economy e = unequal(sigma);
    const tg::Equilibrium eq = tg::solve_free_trade(e);
    const double expected = std::exp((std::log(1.0 / 3.0) + (sigma - 1.0) * std::log(2.0)) / sigma);
    EXPECT_NEAR(eq.rel_wage, expected, 1e-13 * expected) << sigma;
    expect_all_finite(eq);
    const tg::Residuals r = tg::equilibrium_residuals(e, Eigen::VectorXd::Ones(2), eq);
    // Conditioning: a relative error δ in ω moves p^{1-σ} by about σδ, so residuals scale with σ ε.
    EXPECT_LE(r.labor_home, 1e-15 * sigma + 1e-13);
    EXPECT_LE(r.trade_balance, 1e-15 * sigma + 1e-13);
  }
}

TEST(TradeGrowthCes, HugeInputsGiveFiniteResultsOrInvalidParameter) {
  tg::Economy e = unequal(2.0);
  e.labor_home = 1e4;
  // Home is 1e4 times larger. Eq. (10) with z = 1 would give ω = √(2e-4) < a_2 = 1/2, so home also
  // undersells foreign in good 2: ω is pinned at a_2 = 1/2 and good 2 is shared, foreign's one unit
  // of labour making a sliver of it. Income D = ωL/P = 0.5e4 · 10 (P = 1/10 from prices 1/8 and 1/2).
  const tg::Equilibrium eq = tg::solve_free_trade(e);
  expect_all_finite(eq);
  EXPECT_EQ(eq.rel_wage, 0.5);
  EXPECT_NEAR(eq.income_home, 5e4, 1e-13 * 5e4);
  EXPECT_LE(tg::equilibrium_residuals(e, Eigen::VectorXd::Ones(2), eq).labor_foreign, 1e-9);
  // With L = 1e300 foreign's share, about 1e-300, is below the resolution of θ, and with L = 1e308 the
  // income 5e308 is not a double: both refused, naming the labour.
  for (double big_labour : {1e300, 1e308}) {
    e.labor_home = big_labour;
    try {
      (void)tg::solve_free_trade(e);
      ADD_FAILURE() << "expected InvalidParameter for L = " << big_labour;
    } catch (const clustertrade::InvalidParameter& ex) {
      EXPECT_EQ(ex.field(), "labor_home");
    }
  }
  tg::Economy big = unequal(2.0);
  big.home *= 1e307;
  big.foreign *= 1e307;
  try {
    const tg::Equilibrium b = tg::solve_free_trade(big);
    expect_all_finite(b);
    // Scale invariance: ω does not depend on a common scale of all technologies.
    EXPECT_NEAR(b.rel_wage, std::sqrt(2.0 / 3.0), 1e-13);
  } catch (const clustertrade::InvalidParameter& ex) {
    EXPECT_FALSE(ex.field().empty());
  }
}
