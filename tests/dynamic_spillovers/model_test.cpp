// Tests of the RC07 §4 dynamics: integrator against closed forms and an independent solver,
// switch location, and one test per rejected parameter rule.
#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "dynamic_spillovers/model.hpp"

namespace ds = clustertrade::dynamic_spillovers;
namespace ode = clustertrade::ode;

namespace {

ds::Params base(double a0) {
  ds::Params p;
  p.g = 0.02;
  p.epsilon = 0.05;
  p.a_south0 = a0;
  return p;
}

// Largest relative error of the simulated ratio against `exact(t)` on the grid.
template <class Exact>
double worst_relative_error(const ds::Path& path, Exact exact) {
  double worst = 0.0;
  for (std::size_t k = 0; k < path.t.size(); ++k) {
    const double ref = exact(path.t[k]);
    worst = std::max(worst, std::fabs(path.ratio[k] - ref) / std::fabs(ref));
  }
  return worst;
}

}  // namespace

// Closed form: with North clustered and South not, a'/a = -g + eps (1 - a), a logistic equation
// whose solution is a(t) = a0 e^{ct}/(1 + eps a0 (e^{ct}-1)/c), c = eps - g. With default
// tolerances (atol = rtol = 1e-10 per step, on log-levels) the global error over 1000 units stays
// below 1e-9 relative: that is the requirement.
TEST(DynamicSpilloversModel, LogisticClosedFormBelowGap) {
  const auto p = base(0.3);
  const auto path = ds::simulate(p, ode::time_grid(0.0, 1000.0, 1.0));
  const double err = worst_relative_error(
      path, [&](double t) { return ds::follower_ratio_closed_form(0.3, t, p.g, p.epsilon, 1.0, 0.0); });
  EXPECT_LE(err, 1e-9);
  EXPECT_NEAR(path.ratio.back(), 1.0 - p.g / p.epsilon, 1e-9);  // â = 1 - g/eps = 0.6
}

TEST(DynamicSpilloversModel, LogisticClosedFormAboveGap) {
  const auto p = base(0.9);
  const auto path = ds::simulate(p, ode::time_grid(0.0, 1000.0, 1.0));
  EXPECT_LE(worst_relative_error(
                path, [&](double t) { return ds::follower_ratio_closed_form(0.9, t, p.g, p.epsilon, 1.0, 0.0); }),
            1e-9);
  EXPECT_TRUE(path.switches.empty());  // South stays behind: no overtaking
}

// A partial cluster from t = 0: a'/a = (s - 1) g + eps (1 - a), logistic with limit 1 - (1-s) g/eps.
TEST(DynamicSpilloversModel, PartialClusterClosedForm) {
  auto p = base(0.2);
  p.south_switch_time = 0.0;
  p.south_intensity_after = 0.4;
  const auto path = ds::simulate(p, ode::time_grid(0.0, 1000.0, 1.0));
  EXPECT_LE(worst_relative_error(
                path, [&](double t) { return ds::follower_ratio_closed_form(0.2, t, p.g, p.epsilon, 1.0, 0.4); }),
            1e-9);
  EXPECT_NEAR(path.ratio.back(), 1.0 - 0.6 * 0.02 / 0.05, 1e-9);
}

// South acquires a full cluster at T0 = 100: the two logistic pieces, glued at T0 (the scheduled
// date must be honoured exactly, or the second piece starts from a wrong value).
TEST(DynamicSpilloversModel, ClusterAtDateMatchesPiecewiseClosedForm) {
  auto p = base(0.3);
  p.south_switch_time = 100.0;
  const auto path = ds::simulate(p, ode::time_grid(0.0, 600.0, 0.5));
  const double at_t0 = ds::follower_ratio_closed_form(0.3, 100.0, p.g, p.epsilon, 1.0, 0.0);
  const double err = worst_relative_error(path, [&](double t) {
    return t < 100.0 ? ds::follower_ratio_closed_form(0.3, t, p.g, p.epsilon, 1.0, 0.0)
                     : ds::follower_ratio_closed_form(at_t0, t - 100.0, p.g, p.epsilon, 1.0, 1.0);
  });
  EXPECT_LE(err, 1e-9);
  ASSERT_EQ(path.switches.size(), 1u);
  EXPECT_EQ(path.switches[0].time, 100.0);
  EXPECT_EQ(path.switches[0].event_index, -1);
  EXPECT_GT(path.growth_south[201], p.g);  // t = 100.5: temporary growth above g
}

// Overtaking: South starts ahead (a0 = 2) with no cluster. While it leads, q = A_N/A_S follows
// q'/q = (g + eps) - eps q, which reaches 1 at t* = ln((c - eps q0)/(q0 (c - eps)))/c, c = g + eps.
// The integrator must locate that kink (to its event tolerance, 1e-12 relative; we allow 1e-8
// because the located time carries the integration error of q near q = 1 divided by q' there).
TEST(DynamicSpilloversModel, OvertakingTimeMatchesAnalyticCrossing) {
  const auto p = base(2.0);
  const double t_star = ds::overtaking_time(0.5, p.g, p.epsilon, 0.0, 1.0);
  ASSERT_TRUE(std::isfinite(t_star));
  const auto path = ds::simulate(p, ode::time_grid(0.0, t_star + 200.0, 1.0));
  ASSERT_EQ(path.switches.size(), 1u);
  EXPECT_EQ(path.switches[0].event_index, 0);
  EXPECT_NEAR(path.switches[0].time, t_star, 1e-8);
  // after the crossing North leads and the logistic restarts from a = 1
  const double err = worst_relative_error(path, [&](double t) {
    return t <= t_star ? 1.0 / ds::follower_ratio_closed_form(0.5, t, p.g, p.epsilon, 0.0, 1.0)
                       : ds::follower_ratio_closed_form(1.0, t - t_star, p.g, p.epsilon, 1.0, 0.0);
  });
  EXPECT_LE(err, 1e-8);
}

// Independent solver: Fehlberg 7(8) (core integrate_reference) on the same smooth piece.
TEST(DynamicSpilloversModel, AgreesWithFehlbergReference) {
  const auto p = base(0.25);
  auto f = [&](const ode::State& x, ode::State& dxdt, double) {
    dxdt.resize(2);
    dxdt[0] = p.g;                                        // North: g
    dxdt[1] = p.epsilon * (1.0 - std::exp(x[1] - x[0]));  // South: eps (1 - a)
  };
  ode::State x0(2);
  x0 << 0.0, std::log(0.25);
  const auto ref = ode::integrate_reference(f, x0, 0.0, 300.0);
  const auto path = ds::simulate(p, {0.0, 300.0});
  const double a_ref = std::exp(ref[1] - ref[0]);
  EXPECT_LE(std::fabs(path.ratio.back() - a_ref), 1e-9 * a_ref);
}

// The printed definition (max) has the linear closed form r' = -(eps + g) r + eps: r -> eps/(eps+g),
// not â = 1 - g/eps, and growth -> 0, not g.
TEST(DynamicSpilloversModel, PrintedRuleClosedFormAndItsLimit) {
  auto p = base(0.5);
  p.rule = ds::SpilloverRule::printed_max;
  const auto path = ds::simulate(p, ode::time_grid(0.0, 400.0, 1.0));
  EXPECT_LE(worst_relative_error(
                path, [&](double t) { return ds::printed_ratio_closed_form(0.5, t, p.g, p.epsilon, 1.0, 0.0); }),
            1e-9);
  EXPECT_NEAR(path.ratio.back(), 0.05 / 0.07, 1e-9);
  EXPECT_GT(std::fabs(path.ratio.back() - 0.6), 0.1);
  EXPECT_NEAR(path.growth_north.back(), 0.0, 1e-9);
  EXPECT_EQ(path.growth_south.back(), 0.0);
}

TEST(DynamicSpilloversModel, GrowthRatesFollowTextRule) {
  const auto p = base(0.5);
  const auto [gn, gs] = ds::growth_rates(p, 1.0, 0.5, 0.0);
  EXPECT_DOUBLE_EQ(gn, 0.02);
  EXPECT_DOUBLE_EQ(gs, 0.05 * 0.5);
  const auto [gn2, gs2] = ds::growth_rates(p, 1.0, 2.0, 1.0);  // South ahead and clustered
  EXPECT_DOUBLE_EQ(gn2, 0.02 + 0.05 * 0.5);
  EXPECT_DOUBLE_EQ(gs2, 0.02);
}

// ---- validate(): one test per rule -----------------------------------------------------------

namespace {
void expect_rejects(const ds::Params& p, const std::string& field) {
  try {
    p.validate();
    FAIL() << "accepted a bad " << field;
  } catch (const clustertrade::InvalidParameter& e) {
    EXPECT_EQ(e.field(), field);
  }
}
}  // namespace

TEST(DynamicSpilloversParams, AcceptsDefaults) { EXPECT_NO_THROW(ds::Params{}.validate()); }
TEST(DynamicSpilloversParams, RejectsNonPositiveG) {
  auto p = base(0.5);
  p.g = 0.0;
  expect_rejects(p, "g");
}
TEST(DynamicSpilloversParams, RejectsNonFiniteG) {
  auto p = base(0.5);
  p.g = std::numeric_limits<double>::quiet_NaN();
  expect_rejects(p, "g");
}
TEST(DynamicSpilloversParams, RejectsEpsilonNotAboveG) {
  auto p = base(0.5);
  p.epsilon = p.g;
  expect_rejects(p, "epsilon");
}
TEST(DynamicSpilloversParams, RejectsInfiniteEpsilon) {
  auto p = base(0.5);
  p.epsilon = std::numeric_limits<double>::infinity();
  expect_rejects(p, "epsilon");
}
TEST(DynamicSpilloversParams, RejectsNonPositiveNorthLevel) {
  auto p = base(0.5);
  p.a_north0 = -1.0;
  expect_rejects(p, "a_north0");
}
TEST(DynamicSpilloversParams, RejectsNonPositiveSouthLevel) { expect_rejects(base(0.0), "a_south0"); }
TEST(DynamicSpilloversParams, RejectsNorthIntensityOutsideUnitInterval) {
  auto p = base(0.5);
  p.north_intensity = 1.5;
  expect_rejects(p, "north_intensity");
}
TEST(DynamicSpilloversParams, RejectsSouthIntensityBeforeOutsideUnitInterval) {
  auto p = base(0.5);
  p.south_intensity_before = -0.1;
  expect_rejects(p, "south_intensity_before");
}
TEST(DynamicSpilloversParams, RejectsSouthIntensityAfterOutsideUnitInterval) {
  auto p = base(0.5);
  p.south_intensity_after = 1.01;
  expect_rejects(p, "south_intensity_after");
}
TEST(DynamicSpilloversParams, RejectsNegativeSwitchTime) {
  auto p = base(0.5);
  p.south_switch_time = -1.0;
  expect_rejects(p, "south_switch_time");
}
TEST(DynamicSpilloversParams, RejectsNanSwitchTime) {
  auto p = base(0.5);
  p.south_switch_time = std::numeric_limits<double>::quiet_NaN();
  expect_rejects(p, "south_switch_time");
}
