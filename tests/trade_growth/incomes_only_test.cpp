// SimulationOptions::record_vectors = false (the Prop. 1 sweep's setting): the output points keep
// only the incomes and the relative wage, computed by LearningRhs::incomes() — in closed form
// under autarky and free trade without a shared good (powers of the sums H, M), by the log-space
// solver otherwise. Checked against the independent static solver (solve_static_equilibrium() via
// equilibrium_at()) at the states of the full-recording run, and the integration itself must not
// move: the two runs take the same steps and meet the same switches.
#include <cmath>

#include <gtest/gtest.h>

#include "trade_growth/asymmetric_economy.hpp"
#include "trade_growth/dynamics.hpp"

namespace tg = clustertrade::trade_growth;

namespace {

tg::Params asymmetric() { return tg::testing::asymmetric_economy(); }

void expect_same_incomes(const tg::Params& params, const tg::Policy& policy) {
  tg::SimulationOptions full;
  full.horizon = 30.0;
  full.step = 1.5;
  full.rtol = full.atol = 1e-9;
  tg::SimulationOptions lean = full;
  lean.record_vectors = false;
  const tg::Path a = tg::simulate(params, policy, full);
  const tg::Path b = tg::simulate(params, policy, lean);
  ASSERT_EQ(a.points.size(), b.points.size());
  EXPECT_EQ(a.steps, b.steps);
  EXPECT_EQ(a.switch_times, b.switch_times);
  for (std::size_t k = 0; k < a.points.size(); ++k) {
    const tg::PathPoint& p = a.points[k];
    const tg::PathPoint& q = b.points[k];
    EXPECT_EQ(q.A_home.size(), 0);
    EXPECT_EQ(q.L_foreign.size(), 0);
    // The static solver at the recorded state: an independent evaluation of the same equilibrium.
    const tg::Equilibrium eq = tg::equilibrium_at(params.economy, policy, p.t, p.A_home, p.A_foreign);
    EXPECT_NEAR(q.income_home / eq.income_home, 1.0, 1e-12) << "t = " << p.t;
    EXPECT_NEAR(q.income_foreign / eq.income_foreign, 1.0, 1e-12) << "t = " << p.t;
    EXPECT_NEAR(q.income_home / p.income_home, 1.0, 1e-13) << "t = " << p.t;
    EXPECT_NEAR(q.income_foreign / p.income_foreign, 1.0, 1e-13) << "t = " << p.t;
    EXPECT_EQ(std::isnan(q.rel_wage), std::isnan(p.rel_wage)) << "t = " << p.t;
    if (!std::isnan(p.rel_wage)) {
      EXPECT_NEAR(q.rel_wage / eq.rel_wage, 1.0, 1e-12) << "t = " << p.t;
    }
  }
}

}  // namespace

TEST(IncomesOnly, AutarkyMatchesTheStaticSolver) { expect_same_incomes(asymmetric(), tg::Policy::autarky(4)); }

TEST(IncomesOnly, FreeTradeMatchesTheStaticSolver) { expect_same_incomes(asymmetric(), tg::Policy::free_trade(4)); }

TEST(IncomesOnly, PartialOpennessAfterADateMatchesTheStaticSolver) {
  // g = 0.8 from t = 7.5: iceberg costs, the log-space solver's path (no closed form).
  tg::Policy p = tg::Policy::liberalize_all_at(4, 7.5);
  p.openness_when_open = 0.8;
  expect_same_incomes(asymmetric(), p);
}

TEST(IncomesOnly, SharedGoodUnderFreeTradeMatchesTheStaticSolver) {
  // Equal labour and weights, good 1 nearly tied: free trade with a shared good and a pinned wage.
  tg::Params q = asymmetric();
  q.economy.home = Eigen::Vector4d(9.0, 5.0, 1.0, 1.5);
  q.economy.foreign = Eigen::Vector4d(1.0, 5.0, 9.0, 1.0);
  q.economy.labor_home = q.economy.labor_foreign = 1.0;
  expect_same_incomes(q, tg::Policy::free_trade(4));
}
