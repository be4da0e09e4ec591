// LearningRhs::field() in the regimes with a closed-form equilibrium (no trade; free trade with one
// supplier per good, or one shared good pinning the wage): H12 eq. (9), dA/dt = τᵀL for industries
// employing labour, with L from the closed forms of LearningRhs::direct_solve(). Checked against the
// independent static solver (solve_static_equilibrium: switch points, bisection, TOMS 748, its own
// allocation) at asymmetric states: unequal labour forces, non-unit taste weights, σ above and below
// 1, an asymmetric sparse τ (so a transposed τ or a swapped country shows).
#include <cmath>

#include <gtest/gtest.h>

#include "trade_growth/asymmetric_economy.hpp"
#include "trade_growth/learning_rhs.hpp"
#include "trade_growth/static_equilibrium.hpp"

namespace tg = clustertrade::trade_growth;

namespace {

tg::Params asymmetric(double sigma) { return tg::testing::asymmetric_economy(sigma); }

/// τᵀL from the static solver's employment, zero for industries a country does not operate.
Eigen::VectorXd reference_field(const tg::Params& p, const tg::Equilibrium& eq) {
  const Eigen::Index n = p.tau.rows();
  Eigen::VectorXd f(2 * n);
  f.head(n) = p.tau.transpose() * eq.labor_home;
  f.tail(n) = p.tau.transpose() * eq.labor_foreign;
  for (Eigen::Index i = 0; i < n; ++i) {
    const auto k = static_cast<std::size_t>(i);
    const bool home_active = !eq.traded || eq.pattern.home_market[k] != tg::Supplier::foreign ||
                             eq.pattern.foreign_market[k] != tg::Supplier::foreign;
    const bool foreign_active = !eq.traded || eq.pattern.home_market[k] != tg::Supplier::home ||
                                eq.pattern.foreign_market[k] != tg::Supplier::home;
    if (!home_active) f[i] = 0.0;
    if (!foreign_active) f[n + i] = 0.0;
  }
  return f;
}

void expect_field_matches(const tg::Params& p, const Eigen::VectorXd& openness) {
  const tg::FixedParameters fixed = tg::FixedParameters::from(p);
  tg::LearningRhs rhs(fixed);
  Eigen::VectorXd x(8);
  x << p.economy.home, p.economy.foreign;
  const tg::LearningRegime regime = tg::choose_regime(fixed, rhs, openness, x);
  Eigen::VectorXd dxdt;
  rhs.field(regime, x, dxdt);
  const tg::Equilibrium eq = tg::solve_static_equilibrium(p.economy, openness);
  const Eigen::VectorXd want = reference_field(p, eq);
  ASSERT_EQ(dxdt.size(), want.size());
  for (Eigen::Index i = 0; i < want.size(); ++i) EXPECT_NEAR(dxdt[i], want[i], 1e-13) << "component " << i;
  // The employment itself (not only its image under τᵀ, which has zero rows).
  for (Eigen::Index i = 0; i < 4; ++i) {
    EXPECT_NEAR(rhs.labor_home()[i], eq.labor_home[i], 1e-13) << "L_" << i;
    EXPECT_NEAR(rhs.labor_foreign()[i], eq.labor_foreign[i], 1e-13) << "L*_" << i;
  }
}

}  // namespace

TEST(ClosedFormField, AutarkyMatchesTheStaticSolver) {
  for (double sigma : {3.3, 0.6}) expect_field_matches(asymmetric(sigma), Eigen::VectorXd::Zero(4));
}

TEST(ClosedFormField, FreeTradeWithOneSupplierPerGoodMatchesTheStaticSolver) {
  for (double sigma : {3.3, 0.6}) {
    const tg::Params p = asymmetric(sigma);
    const tg::Equilibrium eq = tg::solve_static_equilibrium(p.economy, Eigen::VectorXd::Ones(4));
    for (std::size_t k = 0; k < 4; ++k) ASSERT_NE(eq.pattern.home_market[k], tg::Supplier::shared) << "sigma " << sigma;
    expect_field_matches(p, Eigen::VectorXd::Ones(4));
  }
}

TEST(ClosedFormField, FreeTradeWithASharedGoodMatchesTheStaticSolver) {
  // A small home labour force (L = 0.3 against L* = 0.8): home makes good 0 (a = 3) and the
  // balanced-trade wage lands on good 2's step (a_2 = 6.5/4 = 1.625), which is shared and pins
  // ω = 1.625; found by scanning L with the static solver (θ ≈ 0.67 there).
  tg::Params p = asymmetric(3.3);
  p.economy.labor_home = 0.3;
  const tg::Equilibrium eq = tg::solve_static_equilibrium(p.economy, Eigen::VectorXd::Ones(4));
  ASSERT_EQ(eq.pattern.home_market[2], tg::Supplier::shared);
  ASSERT_GT(eq.home_share_home_market[2], 0.1);
  ASSERT_LT(eq.home_share_home_market[2], 0.9);
  EXPECT_DOUBLE_EQ(eq.rel_wage, 6.5 / 4.0);
  expect_field_matches(p, Eigen::VectorXd::Ones(4));
  // θ, the home share of the shared good, as the slacks see it.
  const tg::FixedParameters fixed = tg::FixedParameters::from(p);
  tg::LearningRhs rhs(fixed);
  Eigen::VectorXd x(8);
  x << p.economy.home, p.economy.foreign;
  const tg::LearningRegime regime = tg::choose_regime(fixed, rhs, Eigen::VectorXd::Ones(4), x);
  EXPECT_NEAR(rhs.shared_fraction_at(regime, x), eq.home_share_home_market[2], 1e-13);
}
