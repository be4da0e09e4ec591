// The orientation of H12's learning law (eq. (9)): Ȧ_i = Σ_j τ_ji L_j — row j of τ sends, column i
// receives — and only industries employing labour learn. Every expected rate below is computed by
// hand from an asymmetric τ, so a transposed τ (or learning by idle industries) fails.
#include <cmath>

#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "trade_growth/dynamics.hpp"

namespace tg = clustertrade::trade_growth;

namespace {

tg::SimulationOptions options(double horizon, tg::TimeMode mode, double period = 1.0) {
  tg::SimulationOptions o;
  o.horizon = horizon;
  o.step = horizon;
  o.time = mode;
  o.period = period;
  o.rtol = o.atol = 1e-12;
  return o;
}

// Autarky, n = 2, σ = 2, L = 4, A = (3, 1): L_i = A_i L / Σ A (H12 eq. (7) with σ - 1 = 1), so
// L = (3, 1). τ(0, 1) = 0.5 (industry 1 teaches industry 2), τ(1, 0) = 0.1 (2 teaches 1):
// Ȧ_1 = τ_11 L_1 + τ_21 L_2 = 0.1 · 1 = 0.1 and Ȧ_2 = τ_12 L_1 + τ_22 L_2 = 0.5 · 3 = 1.5.
// (Transposed: Ȧ_1 = 0.5, Ȧ_2 = 0.3.)
tg::Params autarky_pair() {
  tg::Params p;
  p.economy.home = Eigen::Vector2d(3.0, 1.0);
  p.economy.foreign = Eigen::Vector2d(2.0, 2.0);
  p.economy.sigma = 2.0;
  p.economy.labor_home = 4.0;
  p.tau = Eigen::Matrix2d::Zero();
  p.tau(0, 1) = 0.5;
  p.tau(1, 0) = 0.1;
  return p;
}

// Free trade, n = 3, σ = 2, L = L* = 1, A = (4, 1, 1), A* = (1, 1, 4): mirror images, so ω = 1; prices
// (1/4, 1, 1/4) in both markets give spending shares (4, 1, 4)/9 of world spending 2. Home makes good 1
// (revenue 8/9) and a share θ of good 2 (revenue 2/9): 8/9 + 2θ/9 = 1, θ = 1/2. So L = (8/9, 1/9, 0),
// L* = (0, 1/9, 8/9). τ: 2 teaches 1 (τ(1,0) = 0.2), 3 teaches 2 (τ(2,1) = 0.1), 1 teaches 3 (τ(0,2) = 0.3).
// Home: Ȧ_1 = 0.2 · 1/9, Ȧ_2 = 0.1 · L_3 = 0, Ȧ_3 = 0 (idle at home although τ_13 L_1 = 0.3 · 8/9 > 0).
// Foreign: Ȧ*_1 = 0 (idle), Ȧ*_2 = 0.1 · 8/9, Ȧ*_3 = τ_13 L*_1 = 0.
tg::Params trade_triple() {
  tg::Params p;
  p.economy.home = Eigen::Vector3d(4.0, 1.0, 1.0);
  p.economy.foreign = Eigen::Vector3d(1.0, 1.0, 4.0);
  p.economy.sigma = 2.0;
  p.tau = Eigen::Matrix3d::Zero();
  p.tau(1, 0) = 0.2;
  p.tau(2, 1) = 0.1;
  p.tau(0, 2) = 0.3;
  return p;
}

}  // namespace

TEST(TradeGrowthLearningLaw, DiscretePeriodAddsTauTransposeLaborByHand) {
  const tg::Path p = tg::simulate(autarky_pair(), tg::Policy::autarky(2), options(1.0, tg::TimeMode::discrete));
  // One period: A(1) = A(0) + τᵀ L(0) = (3.1, 2.5) exactly (sums of exact binary fractions up to 1 ulp).
  EXPECT_NEAR(p.points.back().A_home[0], 3.1, 1e-14);
  EXPECT_NEAR(p.points.back().A_home[1], 2.5, 1e-14);
  // Period h = 1/4: A(1/4) = A(0) + τᵀL/4 = (3.025, 1.375).
  const tg::Path q = tg::simulate(autarky_pair(), tg::Policy::autarky(2), options(0.25, tg::TimeMode::discrete, 0.25));
  EXPECT_NEAR(q.points.back().A_home[0], 3.025, 1e-14);
  EXPECT_NEAR(q.points.back().A_home[1], 1.375, 1e-14);
}

TEST(TradeGrowthLearningLaw, ContinuousInitialRateMatchesHandValueUnderAutarky) {
  // (A(t) − A(0))/t = Ȧ(0) + O(t); with t = 1e-6 the O(t) term is below 1e-5 (Ä is O(1)).
  const double t = 1e-6;
  const tg::Path p = tg::simulate(autarky_pair(), tg::Policy::autarky(2), options(t, tg::TimeMode::continuous));
  EXPECT_NEAR((p.points.back().A_home[0] - 3.0) / t, 0.1, 1e-5);
  EXPECT_NEAR((p.points.back().A_home[1] - 1.0) / t, 1.5, 1e-5);
}

TEST(TradeGrowthLearningLaw, OnlyIndustriesEmployingLabourLearnUnderTrade) {
  const tg::Params params = trade_triple();
  const tg::Path d = tg::simulate(params, tg::Policy::free_trade(3), options(1.0, tg::TimeMode::discrete));
  const auto& a = d.points.back();
  // Static equilibrium solved to ~1e-15: one period adds the hand-computed rates.
  EXPECT_NEAR(a.A_home[0], 4.0 + 0.2 / 9.0, 1e-13);
  EXPECT_NEAR(a.A_home[1], 1.0, 1e-13);
  EXPECT_EQ(a.A_home[2], 1.0);  // idle at home: no learning although industry 1 teaches it
  EXPECT_EQ(a.A_foreign[0], 1.0);
  EXPECT_NEAR(a.A_foreign[1], 1.0 + 0.8 / 9.0, 1e-13);
  EXPECT_NEAR(a.A_foreign[2], 4.0, 1e-13);

  const double t = 1e-6;
  const tg::Path c = tg::simulate(params, tg::Policy::free_trade(3), options(t, tg::TimeMode::continuous));
  const auto& b = c.points.back();
  EXPECT_NEAR((b.A_home[0] - 4.0) / t, 0.2 / 9.0, 1e-5);
  EXPECT_NEAR((b.A_home[1] - 1.0) / t, 0.0, 1e-5);
  EXPECT_EQ(b.A_home[2], 1.0);
  EXPECT_EQ(b.A_foreign[0], 1.0);
  EXPECT_NEAR((b.A_foreign[1] - 1.0) / t, 0.8 / 9.0, 1e-5);
  // Labour at t = 0 as computed by hand above.
  EXPECT_NEAR(c.points.front().L_home[0], 8.0 / 9.0, 1e-13);
  EXPECT_NEAR(c.points.front().L_home[1], 1.0 / 9.0, 1e-13);
  EXPECT_NEAR(c.points.front().L_foreign[2], 8.0 / 9.0, 1e-13);
}

TEST(TradeGrowthLearningLaw, RejectsNonPositivePeriod) {
  tg::SimulationOptions o = options(1.0, tg::TimeMode::discrete, 0.0);
  EXPECT_THROW(tg::simulate(autarky_pair(), tg::Policy::autarky(2), o), clustertrade::InvalidParameter);
  o.period = std::nan("");
  EXPECT_THROW(tg::simulate(autarky_pair(), tg::Policy::autarky(2), o), clustertrade::InvalidParameter);
}
