// Independent references for the H12 dynamics (src/trade_growth/dynamics.cpp), with ASYMMETRIC
// learning matrices, unequal country sizes and taste weights.
//
// Learning law (H12 eq. (9)): dA_i/dt = Σ_j τ_ji L_j for each industry i active in the country, i.e.
// dA/dt = (τᵀ L) masked to the active industries. Rows of τ send, columns receive.
//
// 1. Explicit hand integration where the pattern is fixed: with Cobb–Douglas demand (σ = 1) the labour
//    allocation does not depend on A — in autarky L_i = L·β_i; under free trade with home making the
//    set S, ω = (L*/L)·Σ_S β / Σ_{not S} β and L_i = (ωL + L*)β_i/ω on S — so A(t) is LINEAR in t:
//    A(t) = A(0) + t·mask·(τᵀL). Discrete periods add the same τᵀL once per period.
// 2. A Fehlberg 7(8) reference (core/ode.hpp integrate_reference) on a right-hand side written here
//    from the closed-form free-trade equilibrium with σ = 2 and a fixed pattern (no shared good), compared
//    with the library's Dormand–Prince run with switch location.
#include <cmath>

#include <gtest/gtest.h>

#include "core/ode.hpp"
#include "trade_growth/dynamics.hpp"

namespace tg = clustertrade::trade_growth;

namespace {

Eigen::VectorXd vec(std::initializer_list<double> v) {
  Eigen::VectorXd out(static_cast<Eigen::Index>(v.size()));
  Eigen::Index i = 0;
  for (double x : v) out[i++] = x;
  return out;
}

// An asymmetric 3 × 3 learning matrix: τ(0,1) = 0.3 (industry 1 teaches 2, 1-based), τ(2,0) = 0.05
// (3 teaches 1); nothing flows back. τᵀ ≠ τ.
Eigen::MatrixXd asymmetric_tau() {
  Eigen::MatrixXd t(3, 3);
  t << 0.1, 0.3, 0.0,  //
      0.0, 0.2, 0.0,   //
      0.05, 0.0, 0.1;
  return t;
}

tg::Params params(Eigen::VectorXd home, Eigen::VectorXd foreign, double sigma, double l, double ls) {
  tg::Params p;
  p.economy.home = std::move(home);
  p.economy.foreign = std::move(foreign);
  p.economy.sigma = sigma;
  p.economy.labor_home = l;
  p.economy.labor_foreign = ls;
  p.economy.weights = vec({1, 2, 1});
  p.tau = asymmetric_tau();
  return p;
}

tg::SimulationOptions opts(double horizon, tg::TimeMode mode = tg::TimeMode::continuous) {
  tg::SimulationOptions o;
  o.horizon = horizon;
  o.step = horizon;
  o.time = mode;
  o.rtol = 1e-12;
  o.atol = 1e-12;
  return o;
}

}  // namespace

// Autarky, σ = 1, β = (1, 2, 1)/4, L = 2, L* = 1: L = (0.5, 1, 0.5), L* = (0.25, 0.5, 0.25).
// τᵀL, receiver i = Σ_j τ_ji L_j: i=1: 0.1·0.5 + 0 + 0.05·0.5 = 0.075; i=2: 0.3·0.5 + 0.2·1 = 0.35;
// i=3: 0.1·0.5 = 0.05. (τL would give 0.35, 0.2, 0.075: the orientation matters.) Foreign: half of it,
// (0.0375, 0.175, 0.025). At t = 5: A = (2, 3, 1) + 5·(0.075, 0.35, 0.05) = (2.375, 4.75, 1.25),
// A* = (1, 1, 4) + 5·(0.0375, 0.175, 0.025) = (1.1875, 1.875, 4.125).
// Real income (Cobb–Douglas) D = L·∏ A_i^{β_i}: D(5) = 2·2.375^{1/4}·4.75^{1/2}·1.25^{1/4}.
TEST(TradeGrowthReference, AutarkyCobbDouglasLearningIsLinearWithAsymmetricTau) {
  const tg::Params p = params(vec({2, 3, 1}), vec({1, 1, 4}), 1.0, 2.0, 1.0);
  for (auto mode : {tg::TimeMode::continuous, tg::TimeMode::discrete}) {
    const tg::Path path = tg::simulate(p, tg::Policy::autarky(3), opts(5.0, mode));
    const tg::PathPoint& end = path.points.back();
    ASSERT_EQ(end.t, 5.0);
    const Eigen::VectorXd h = vec({2.375, 4.75, 1.25}), f = vec({1.1875, 1.875, 4.125});
    for (Eigen::Index i = 0; i < 3; ++i) {
      EXPECT_NEAR(end.A_home[i], h[i], 1e-9) << "home " << i << " mode " << static_cast<int>(mode);
      EXPECT_NEAR(end.A_foreign[i], f[i], 1e-9) << "foreign " << i << " mode " << static_cast<int>(mode);
    }
    EXPECT_NEAR(end.income_home, 2.0 * std::pow(2.375, 0.25) * std::sqrt(4.75) * std::pow(1.25, 0.25), 1e-9);
    EXPECT_NEAR(end.L_home[1], 1.0, 1e-12);
    EXPECT_NEAR(end.L_foreign[1], 0.5, 1e-12);
  }
}

// Free trade, σ = 1, same β and sizes, A = (6, 4, 1), A* = (1, 1, 3): a = (6, 4, 1/3). Home making
// goods 1, 2: ω = (L*/L)·(β1 + β2)/β3 = 0.5·3 = 1.5 ∈ [a_3, a_2] ✓. World income ωL + L* = 4, spending
// 4β = (1, 2, 1): home employs L = (1/1.5, 2/1.5, 0) = (2/3, 4/3, 0), foreign L* = (0, 0, 1).
// Active: home in 1, 2; foreign in 3. τᵀL home: i=1: 0.1·2/3 = 1/15; i=2: 0.3·2/3 + 0.2·4/3 = 7/15;
// foreign: only i=3 is active: 0.1·1 = 0.1 (industry 1 would receive 0.05 from 3 but is inactive abroad).
// The pattern persists (a_1, a_2 rise, a_3 falls, ω fixed), so at t = 5:
// A = (6 + 1/3, 4 + 7/3, 1), A* = (1, 1, 3.5).
TEST(TradeGrowthReference, FreeTradeCobbDouglasLearningIsLinearWithMask) {
  const tg::Params p = params(vec({6, 4, 1}), vec({1, 1, 3}), 1.0, 2.0, 1.0);
  for (auto mode : {tg::TimeMode::continuous, tg::TimeMode::discrete}) {
    const tg::Path path = tg::simulate(p, tg::Policy::free_trade(3), opts(5.0, mode));
    const tg::PathPoint& end = path.points.back();
    EXPECT_NEAR(end.rel_wage, 1.5, 1e-12);
    const Eigen::VectorXd h = vec({6.0 + 1.0 / 3.0, 4.0 + 7.0 / 3.0, 1.0}), f = vec({1.0, 1.0, 3.5});
    for (Eigen::Index i = 0; i < 3; ++i) {
      EXPECT_NEAR(end.A_home[i], h[i], 1e-9) << "home " << i << " mode " << static_cast<int>(mode);
      EXPECT_NEAR(end.A_foreign[i], f[i], 1e-9) << "foreign " << i << " mode " << static_cast<int>(mode);
    }
    // D = ωL/P with P = ∏ p^β, p = (ω/A1, ω/A2, 1/A*3).
    const double P = std::pow(1.5 / h[0], 0.25) * std::pow(1.5 / h[1], 0.5) * std::pow(1.0 / f[2], 0.25);
    EXPECT_NEAR(end.income_home, 3.0 / P, 1e-9);
    EXPECT_NEAR(end.income_foreign, 1.0 / P, 1e-9);
  }
}

namespace {

// Right-hand side from the closed-form free-trade equilibrium with home making goods S = {1, 2} and
// foreign good 3 (0-based {0, 1} and {2}): ω^σ = (L*/L)·Σ_S b A^{σ−1} / (b_3 A*_3^{σ−1}); prices
// p = (ω/A1, ω/A2, 1/A*3), the same in both countries; shares s_i ∝ b_i p_i^{1−σ}; world income
// Y = ωL + L*; home L_i = s_i Y/ω on S, foreign L*_3 = s_3 Y. Then dA = τᵀL on active industries.
struct FixedPatternRhs {
  Eigen::MatrixXd tau;
  Eigen::VectorXd b;
  double sigma, l, ls;
  void operator()(const clustertrade::ode::State& x, clustertrade::ode::State& dx, double) const {
    const Eigen::VectorXd a = x.head(3), as = x.tail(3);
    const double s1 = sigma - 1.0;
    const double w = std::pow(
        ls / l * (b[0] * std::pow(a[0], s1) + b[1] * std::pow(a[1], s1)) / (b[2] * std::pow(as[2], s1)), 1.0 / sigma);
    const Eigen::VectorXd p = vec({w / a[0], w / a[1], 1.0 / as[2]});
    Eigen::VectorXd s(3);
    for (int i = 0; i < 3; ++i) s[i] = b[i] * std::pow(p[i], -s1);
    s /= s.sum();
    const double y = w * l + ls;
    const Eigen::VectorXd lh = vec({s[0] * y / w, s[1] * y / w, 0.0}), lf = vec({0.0, 0.0, s[2] * y});
    const Eigen::VectorXd gh = tau.transpose() * lh, gf = tau.transpose() * lf;
    dx.resize(6);
    dx << gh[0], gh[1], 0.0, 0.0, 0.0, gf[2];
  }
};

}  // namespace

// σ = 2, L = 1.5, L* = 1, b = (1, 2, 1), A = (6, 4, 1), A* = (1, 1, 3), asymmetric τ. At t = 0:
// ω² = (1/1.5)·(6 + 8)/3 = 28/9, ω = 1.764 ∈ [a_3, a_2] = [1/3, 4]; along the path a_1, a_2 grow faster
// than ω, a_3 falls, so the pattern holds (asserted at the end). The library's run must match the
// Fehlberg reference to 1e-8 relative at t = 4.
TEST(TradeGrowthReference, FreeTradeDynamicsAgreeWithFehlbergReference) {
  tg::Params p = params(vec({6, 4, 1}), vec({1, 1, 3}), 2.0, 1.5, 1.0);
  const FixedPatternRhs rhs{p.tau, p.economy.weights, 2.0, 1.5, 1.0};
  clustertrade::ode::State x0(6);
  x0 << 6, 4, 1, 1, 1, 3;
  const auto ref = clustertrade::ode::integrate_reference(std::cref(rhs), x0, 0.0, 4.0);
  const tg::Path path = tg::simulate(p, tg::Policy::free_trade(3), opts(4.0));
  const tg::PathPoint& end = path.points.back();
  for (Eigen::Index i = 0; i < 3; ++i) {
    EXPECT_NEAR(end.A_home[i], ref[i], 1e-8 * std::fabs(ref[i])) << i;
    EXPECT_NEAR(end.A_foreign[i], ref[3 + i], 1e-8 * std::fabs(ref[3 + i])) << i;
  }
  EXPECT_TRUE(path.switch_times.empty());
  EXPECT_TRUE(tg::specialises(tg::equilibrium_at(p.economy, tg::Policy::free_trade(3), 4.0, end.A_home, end.A_foreign),
                              {0, 1}));
}

// Free migration (H12 §5) with an industry tied in productivity, σ = 1, β = (1, 2, 1)/4, L = 2, L* = 1
// (world labour 3), A = (2, 1, 3), A* = (1, 2, 3). Wages equalise; industry 1 locates at home, 2 abroad,
// and the tied industry 3 is split half and half: L = (0.75, 0, 0.375), L* = (0, 1.5, 0.375). Both
// countries are active in 3 and learn there equally fast, so the tie persists and everything is linear:
// home (active 1, 3): dA1 = τ11·0.75 + τ31·0.375 = 0.075 + 0.01875 = 0.09375, dA3 = τ33·0.375 = 0.0375;
// foreign (active 2, 3): dA*2 = τ22·1.5 = 0.3, dA*3 = 0.0375 (industry 1 abroad, which would receive
// τ31·0.375, is inactive there). At t = 4: A = (2.375, 1, 3.15), A* = (1, 3.2, 3.15); home employs 1.125.
TEST(TradeGrowthReference, MigrationKeepsATiedIndustryShared) {
  const tg::Params p = params(vec({2, 1, 3}), vec({1, 2, 3}), 1.0, 2.0, 1.0);
  const tg::Path path = tg::simulate(p, tg::Policy::migration(3), opts(4.0));
  const tg::PathPoint& end = path.points.back();
  const Eigen::VectorXd h = vec({2.375, 1.0, 3.15}), f = vec({1.0, 3.2, 3.15});
  for (Eigen::Index i = 0; i < 3; ++i) {
    EXPECT_NEAR(end.A_home[i], h[i], 1e-9) << i;
    EXPECT_NEAR(end.A_foreign[i], f[i], 1e-9) << i;
  }
  EXPECT_NEAR(end.L_home.sum(), 1.125, 1e-12);
  EXPECT_NEAR(end.L_home[2], 0.375, 1e-12);
  EXPECT_EQ(end.rel_wage, 1.0);
}
