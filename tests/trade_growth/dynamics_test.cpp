// Tests of the H12 learning dynamics (src/trade_growth/dynamics.hpp): closed forms where the
// paper's examples have them, and a blind fixed-step RK4 written here (no switch location) as an
// independent reference across regime switches.
#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "trade_growth/dynamics.hpp"
#include "trade_growth/scenarios.hpp"

namespace tg = clustertrade::trade_growth;

namespace {
tg::SimulationOptions opts(double horizon, double step = 1.0) {
  tg::SimulationOptions o;
  o.horizon = horizon;
  o.step = step;
  return o;
}
}  // namespace

TEST(TradeGrowthDynamics, AutarkyIncomeGrowsLinearlyWithWithinIndustryLearning) {
  // σ = 2, τ = c·I: dA_i/dt = c L_i, so d(Σ A)/dt = c L, and D = L Σ A (σ = 2) is linear:
  // D(t) = L (Σ A(0) + c L t). Fig. 2's inputs, c = 0.2, L = 1: D(t) = 30 + 0.2 t.
  const tg::Scenario s = tg::scenario(2, 2.0);
  const tg::Path p = tg::simulate(s.params, tg::Policy::autarky(4), opts(20));
  ASSERT_EQ(p.points.size(), 21u);
  for (const auto& pt : p.points) {
    // Integration tolerances 1e-10 per step over ~20 steps.
    EXPECT_NEAR(pt.income_home, 30.0 + 0.2 * pt.t, 1e-8) << "t = " << pt.t;
    EXPECT_NEAR(pt.income_foreign, 30.0 + 0.2 * pt.t, 1e-8);
    EXPECT_TRUE(std::isnan(pt.rel_wage));
  }
}

TEST(TradeGrowthDynamics, ClusterBuildingTradeClosedForm) {
  // Fig. 3 inputs, free trade, σ = 2: mirror images give ω = 1, home makes 1 and 2 with
  // L_1 = L_2 = 1/2 (equal A), so dA_1/dt = τ L_2 = 0.1 and A_1 = A_2 = 10 + 0.1 t; A_3, A_4 at
  // home are idle and stay at 5. Income: ω L / P with P = (2 (ω/A_1)^{-1} + 2 (1/10)^{-1})^{-1}
  // and abroad A*_3 = A*_4 = a likewise; all four prices are 1/a, so D = ωL/P = 4a.
  const tg::Scenario s = tg::scenario(3, 2.0);
  const tg::Path p = tg::simulate(s.params, tg::Policy::free_trade(4), opts(30, 5));
  for (const auto& pt : p.points) {
    const double a = 10.0 + 0.1 * pt.t;
    EXPECT_NEAR(pt.A_home[0], a, 1e-8);
    EXPECT_NEAR(pt.A_home[1], a, 1e-8);
    EXPECT_EQ(pt.A_home[2], 5.0);
    EXPECT_NEAR(pt.A_foreign[3], a, 1e-8);
    EXPECT_NEAR(pt.rel_wage, 1.0, 1e-12);
    EXPECT_NEAR(pt.income_home, 2 * a + 2 * a, 1e-7);
  }
}

TEST(TradeGrowthDynamics, ClusterDestroyingTradeStopsLearning) {
  // Fig. 4 inputs: home makes 1 and 3, whose only teachers (2 and 4) are abroad: A is constant.
  const tg::Scenario s = tg::scenario(4, 2.0);
  const tg::Path p = tg::simulate(s.params, tg::Policy::free_trade(4), opts(30, 10));
  for (const auto& pt : p.points) {
    EXPECT_EQ(pt.A_home, s.params.economy.home);
    EXPECT_EQ(pt.A_foreign, s.params.economy.foreign);
  }
}

TEST(TradeGrowthDynamics, DelayedLiberalisationSwitchesAtTheScheduledDate) {
  // Fig. 3 inputs, σ = 2, trade opens at t0 = 6. Autarky: by symmetry A_1 = A_2 = x, A_3 = A_4 = y,
  // dx/dt = 0.2 x/(2x + 2y), dy/dt = 0.2 y/(2x + 2y): x + y = 15 + 0.1 t and x/y = 2 stays, so
  // x = 10 + t/15, y = 5 + t/30. After t0, x grows by 0.1 per unit and y stays.
  const tg::Scenario s = tg::scenario(3, 2.0);
  const double t0 = 6.0;
  const tg::Path p = tg::simulate(s.params, tg::Policy::liberalize_all_at(4, t0), opts(12, 0.5));
  ASSERT_FALSE(p.switch_times.empty());
  EXPECT_DOUBLE_EQ(p.switch_times.front(), t0);
  for (const auto& pt : p.points) {
    const double x = pt.t <= t0 ? 10.0 + pt.t / 15.0 : 10.0 + t0 / 15.0 + 0.1 * (pt.t - t0);
    const double y = 5.0 + std::min(pt.t, t0) / 30.0;
    EXPECT_NEAR(pt.A_home[0], x, 1e-8) << pt.t;
    EXPECT_NEAR(pt.A_home[2], y, 1e-8) << pt.t;
    EXPECT_EQ(std::isnan(pt.rel_wage), pt.t < t0);
  }
}

TEST(TradeGrowthDynamics, LocatedSwitchesAgreeWithBlindFineStepIntegration) {
  // Three industries with within-industry learning and a shared marginal industry (a = 4, 1.2,
  // 0.5 with σ = 2: ω sits on good 2's step). The pattern changes as technologies grow. Reference:
  // classical RK4 with h = 1e-3 on the true piecewise right-hand side, re-solving the pattern at
  // every stage (no switch location: error O(h) near a kink, so compare at 1e-4).
  tg::Params params;
  params.economy.home = Eigen::Vector3d(4, 1.2, 1);
  params.economy.foreign = Eigen::Vector3d(1, 1, 2);
  params.economy.sigma = 2.0;
  params.tau = 0.2 * Eigen::MatrixXd::Identity(3, 3);
  const tg::Policy policy = tg::Policy::free_trade(3);
  const double horizon = 15.0;
  const tg::Path p = tg::simulate(params, policy, opts(horizon, horizon));
  EXPECT_FALSE(p.switch_times.empty());  // the marginal industry changes at least once

  auto rhs = [&](const Eigen::VectorXd& x) {
    const tg::Equilibrium eq = tg::equilibrium_at(params.economy, policy, 0.0, x.head(3), x.tail(3));
    Eigen::VectorXd d(6);
    for (int i = 0; i < 3; ++i) {
      d[i] = eq.labor_home[i] > 0 ? 0.2 * eq.labor_home[i] : 0.0;
      d[3 + i] = eq.labor_foreign[i] > 0 ? 0.2 * eq.labor_foreign[i] : 0.0;
    }
    return d;
  };
  Eigen::VectorXd x(6);
  x << params.economy.home, params.economy.foreign;
  const double h = 1e-3;
  for (int k = 0; k < static_cast<int>(horizon / h + 0.5); ++k) {
    const Eigen::VectorXd k1 = rhs(x), k2 = rhs(x + 0.5 * h * k1), k3 = rhs(x + 0.5 * h * k2), k4 = rhs(x + h * k3);
    x += h / 6.0 * (k1 + 2 * k2 + 2 * k3 + k4);
  }
  for (int i = 0; i < 3; ++i) {
    EXPECT_NEAR(p.points.back().A_home[i], x[i], 1e-4);
    EXPECT_NEAR(p.points.back().A_foreign[i], x[3 + i], 1e-4);
  }
}

TEST(TradeGrowthDynamics, DiscreteReadingAddsTauTransposeLEachPeriod) {
  // A(t+1) = A(t) + τᵀ L(t): Fig. 2 autarky, σ = 2, so Σ A rises by exactly 0.2 per period and
  // D = Σ A is 30 + 0.2 t at integer t, like the continuous model.
  const tg::Scenario s = tg::scenario(2, 2.0);
  tg::SimulationOptions o = opts(5);
  o.time = tg::TimeMode::discrete;
  const tg::Path p = tg::simulate(s.params, tg::Policy::autarky(4), o);
  for (const auto& pt : p.points) EXPECT_NEAR(pt.income_home, 30.0 + 0.2 * pt.t, 1e-12);
  // One period of Fig. 3 free trade: A_1 += 0.2 · L_2 = 0.1 exactly.
  const tg::Path q = tg::simulate(tg::scenario(3, 2.0).params, tg::Policy::free_trade(4), o);
  EXPECT_NEAR(q.points[1].A_home[0], 10.1, 1e-13);
}

TEST(TradeGrowthDynamics, MigrationMovesPopulationTowardTheLearningIndustries) {
  // Fig. 8 (Fig. 5's inputs with free migration): home holds the learning industries 1 and 2, so
  // its population share rises above 1/2 from its initial 1/2 (H12 §5).
  const tg::Scenario s = tg::scenario(8, 4.0);
  const tg::Path p = tg::simulate(s.params, tg::Policy::migration(4), opts(20, 10));
  EXPECT_NEAR(p.points.front().L_home.sum(), 1.0, 1e-14);
  EXPECT_GT(p.points.back().L_home.sum(), 1.0);
  EXPECT_NEAR(p.points.back().L_home.sum() + p.points.back().L_foreign.sum(), 2.0, 1e-12);
}

TEST(TradeGrowthDynamics, FindsWhenTradeBecomesClusterBuilding) {
  // Fig. 6 inputs, σ = 2: free trade at t = 0 puts industries 1 and 3 at home (cluster destroying);
  // after enough autarky home gains the comparative advantage in 2. By mirror symmetry ω = 1 under
  // free trade, so the date is when A_2(t) = A*_2(t) on the autarky path; check that at the found date.
  const tg::Scenario s = tg::scenario(6, 2.0);
  const double t = tg::first_time_free_trade_satisfies(
      s.params, tg::Policy::autarky(4),
      [](const tg::Equilibrium& eq) {
        return tg::specialises(eq, {0, 1});
      },
      100.0);
  ASSERT_TRUE(std::isfinite(t));
  EXPECT_GT(t, 0.0);
  const tg::Path p = tg::simulate(s.params, tg::Policy::autarky(4), opts(t, t));
  EXPECT_NEAR(p.points.back().A_home[1], p.points.back().A_foreign[1], 1e-7);
}

TEST(TradeGrowthDynamics, RejectsBadSpilloverMatrix) {
  tg::Params p = tg::scenario(3, 2.0).params;
  p.tau = Eigen::MatrixXd::Zero(4, 3);
  EXPECT_THROW(tg::simulate(p, tg::Policy::autarky(4), opts(1)), clustertrade::InvalidParameter);
  p.tau = Eigen::MatrixXd::Zero(3, 3);
  EXPECT_THROW(tg::simulate(p, tg::Policy::autarky(4), opts(1)), clustertrade::InvalidParameter);
  p.tau = Eigen::MatrixXd::Zero(4, 4);
  p.tau(1, 2) = 1.5;
  EXPECT_THROW(tg::simulate(p, tg::Policy::autarky(4), opts(1)), clustertrade::InvalidParameter);
  p.tau(1, 2) = -0.1;
  EXPECT_THROW(tg::simulate(p, tg::Policy::autarky(4), opts(1)), clustertrade::InvalidParameter);
  p.tau(1, 2) = std::numeric_limits<double>::quiet_NaN();
  EXPECT_THROW(tg::simulate(p, tg::Policy::autarky(4), opts(1)), clustertrade::InvalidParameter);
}

TEST(TradeGrowthDynamics, RejectsBadOptionsAndPolicy) {
  const tg::Params p = tg::scenario(3, 2.0).params;
  EXPECT_THROW(tg::simulate(p, tg::Policy::autarky(4), opts(-1)), clustertrade::InvalidParameter);
  EXPECT_THROW(tg::simulate(p, tg::Policy::autarky(4), opts(1, 0)), clustertrade::InvalidParameter);
  EXPECT_THROW(tg::simulate(p, tg::Policy::autarky(3), opts(1)), clustertrade::InvalidParameter);
  tg::Policy bad = tg::Policy::autarky(4);
  bad.liberalize_at[0] = std::numeric_limits<double>::quiet_NaN();
  EXPECT_THROW(tg::simulate(p, bad, opts(1)), clustertrade::InvalidParameter);
}
