#include <cmath>

#include <gtest/gtest.h>

#include "core/ode.hpp"

namespace ode = clustertrade::ode;

namespace {

ode::State scalar(double v) {
  ode::State x(1);
  x[0] = v;
  return x;
}

// dx/dt = x while x < 2 (regime 0), dx/dt = -x once x >= 2 (regime 1). From x(0) = 1 the switch is at
// t* = ln 2 (x = e^t), after which x = 2 e^{-(t - ln 2)}; so x(3) = 4 e^{-3}.
ode::SwitchingSystem<int> growth_then_decay() {
  ode::SwitchingSystem<int> sys;
  sys.regime_at = [](double, const ode::State& x) { return x[0] >= 2.0 ? 1 : 0; };
  sys.rhs = [](const int& r, const ode::State& x, ode::State& dxdt, double) { dxdt[0] = r == 0 ? x[0] : -x[0]; };
  sys.slacks = [](const int& r, double, const ode::State& x) {
    Eigen::VectorXd s(1);
    s[0] = r == 0 ? 2.0 - x[0] : 1.0;  // regime 1 never ends
    return s;
  };
  return sys;
}

}  // namespace

TEST(IntegrateSwitching, MatchesTheClosedFormAcrossALocatedSwitch) {
  const auto grid = ode::time_grid(0.0, 3.0, 0.5);
  const auto traj = ode::integrate_switching(growth_then_decay(), scalar(1.0), 0.0, grid);
  ASSERT_EQ(traj.switches.size(), 1u);
  // The switch is located by TOMS 748 on the dense output: its error is the dense-output error
  // (~1e-10 relative with the default tolerances), not the step size.
  EXPECT_NEAR(traj.switches[0].time, std::log(2.0), 1e-9);
  EXPECT_EQ(traj.switches[0].event_index, 0);
  EXPECT_NEAR(traj.states.back()[0], 4.0 * std::exp(-3.0), 1e-8 * 4.0 * std::exp(-3.0) + 1e-12);
  // Before the switch the state is e^t; regime recorded at each output time.
  EXPECT_NEAR(traj.states[1][0], std::exp(0.5), 1e-9);
  EXPECT_EQ(traj.regimes[1], 0);
  EXPECT_EQ(traj.regimes.back(), 1);
  EXPECT_EQ(traj.times.size(), grid.size());
}

// With loose tolerances the located switch still gives the closed form to the tolerance's order:
// the error does not jump because a step straddled the kink.
TEST(IntegrateSwitching, LocatedSwitchStaysAccurateAtLooseTolerance) {
  ode::Tolerances loose;
  loose.atol = loose.rtol = 1e-6;
  const double exact = 4.0 * std::exp(-3.0);
  const double located = ode::integrate_switching(growth_then_decay(), scalar(1.0), 0.0, {3.0}, loose).states[0][0];
  EXPECT_NEAR(located, exact, 1e-5 * exact);
}

// A scheduled date: dx/dt = 1 before t = 0.5, -1 after; x(1) = 0 exactly.
TEST(IntegrateSwitching, HonoursScheduledDates) {
  ode::SwitchingSystem<int> sys;
  sys.regime_at = [](double t, const ode::State&) { return t >= 0.5 ? 1 : 0; };
  sys.rhs = [](const int& r, const ode::State&, ode::State& dxdt, double) { dxdt[0] = r == 0 ? 1.0 : -1.0; };
  sys.scheduled = {0.5};
  const auto traj = ode::integrate_switching(sys, scalar(0.0), 0.0, {0.25, 0.5, 1.0});
  ASSERT_EQ(traj.switches.size(), 1u);
  EXPECT_EQ(traj.switches[0].time, 0.5);
  EXPECT_EQ(traj.switches[0].event_index, -1);
  EXPECT_NEAR(traj.states[0][0], 0.25, 1e-12);
  EXPECT_NEAR(traj.states[1][0], 0.5, 1e-12);
  EXPECT_NEAR(traj.states[2][0], 0.0, 1e-12);
}

TEST(IntegrateSwitching, RejectsUnsortedOutputTimes) {
  EXPECT_THROW(ode::integrate_switching(growth_then_decay(), scalar(1.0), 0.0, {1.0, 0.5}), std::invalid_argument);
  EXPECT_THROW(ode::integrate_switching(growth_then_decay(), scalar(1.0), 1.0, {0.5}), std::invalid_argument);
}

TEST(IntegrateSwitching, StepGuardTrips) {
  ode::Tolerances tight;
  tight.max_steps = 3;
  tight.max_dt = 0.01;
  EXPECT_THROW(ode::integrate_switching(growth_then_decay(), scalar(1.0), 0.0, {3.0}, tight), std::runtime_error);
}

// The reference solver (Fehlberg 7(8)) on the logistic equation x' = x(1 - x), x(0) = 0.1, whose
// solution is x(t) = 1 / (1 + 9 e^{-t}).
TEST(IntegrateReference, SolvesTheLogisticEquation) {
  const auto x = ode::integrate_reference(
      [](const ode::State& s, ode::State& d, double) { d[0] = s[0] * (1.0 - s[0]); }, scalar(0.1), 0.0, 5.0);
  const double exact = 1.0 / (1.0 + 9.0 * std::exp(-5.0));
  EXPECT_NEAR(x[0], exact, 1e-11);
}

TEST(TimeGrid, EndsAtTheHorizonWithoutDrift) {
  const auto grid = ode::time_grid(0.0, 1.0, 0.1);
  ASSERT_EQ(grid.size(), 11u);
  EXPECT_EQ(grid.back(), 1.0);
  const auto uneven = ode::time_grid(0.0, 1.0, 0.3);
  EXPECT_EQ(uneven.back(), 1.0);
  EXPECT_EQ(uneven.size(), 5u);  // 0, 0.3, 0.6, 0.9, 1
}
