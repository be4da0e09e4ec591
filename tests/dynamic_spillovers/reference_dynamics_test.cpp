// Independent references for RC07 §4 (dynamic spillovers with international catch-up) and CPP §5
// (src/dynamic_spillovers/{model,equilibria,cpp_dynamics}.cpp) at hand values.
//
// RC07 §4 (text reading, a_i = min{A_i/A_-i, 1}): ln A_l grows at g s_l (leader), ln A_f at
// g s_f + ε(1 − A_f/A_l) (follower). The ratio r = A_f/A_l obeys the logistic equation
//   r' = r (c − ε r),  c = ε + (s_f − s_l) g,
// so r(t) = r0 e^{ct} / (1 + ε r0 (e^{ct} − 1)/c), r∞ = c/ε = 1 − (s_l − s_f) g/ε, and (when c > ε,
// the follower out-learning the leader) r reaches 1 at T = ln((c − ε r0)/(r0 (c − ε)))/c.
// CPP §5 as written: ln Z_R' = x, ln Z_P' = z (+ x with a cluster), z = Z_P/Z_R. Then u = 1/z obeys
// u' = x u − 1 (no cluster) or u' = −1 (cluster): u = 1/x + (u0 − 1/x) e^{xt}, resp. u = u0 − t; z blows
// up when u = 0: at t = −ln(1 − x/z0)/x (only if z0 > x), resp. t = 1/z0.
// Hand values are evaluated from these closed forms in the comments; the ODE paths are checked
// against a test-local classical Runge–Kutta (RK4) integration with a fixed small step — a different
// integrator from the library's adaptive Dormand–Prince with event location.
#include <array>
#include <cmath>
#include <functional>
#include <vector>

#include <gtest/gtest.h>

#include "dynamic_spillovers/cpp_dynamics.hpp"
#include "dynamic_spillovers/equilibria.hpp"
#include "dynamic_spillovers/model.hpp"

namespace ds = clustertrade::dynamic_spillovers;

namespace {

using Vec2 = std::array<double, 2>;

// Classical RK4 with a fixed step h from 0 to t_end (t_end a multiple of h).
Vec2 rk4(const std::function<Vec2(double, const Vec2&)>& f, Vec2 x, double t_end, double h) {
  const int steps = static_cast<int>(std::lround(t_end / h));
  double t = 0.0;
  for (int k = 0; k < steps; ++k) {
    auto add = [](const Vec2& a, const Vec2& b, double s) { return Vec2{a[0] + s * b[0], a[1] + s * b[1]}; };
    const Vec2 k1 = f(t, x), k2 = f(t + h / 2, add(x, k1, h / 2)), k3 = f(t + h / 2, add(x, k2, h / 2)),
               k4 = f(t + h, add(x, k3, h));
    for (int i = 0; i < 2; ++i) x[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
    t += h;
  }
  return x;
}

}  // namespace

// g = 0.02, ε = 0.1, leader intensity 1, follower 0.5: c = 0.1 + (0.5 − 1)·0.02 = 0.09.
// r∞ = 0.09/0.1 = 0.9; the printed variant ε/(ε + (s_l − s_f) g) = 0.1/0.11 = 10/11.
// Steady gap with equal intensities: 1 − g/ε = 0.8.
TEST(DynamicSpilloversReference, LimitRatiosAtHandValues) {
  EXPECT_NEAR(ds::follower_limit_ratio(0.02, 0.1, 1.0, 0.5), 0.9, 1e-15);
  EXPECT_NEAR(ds::printed_limit_ratio(0.02, 0.1, 1.0, 0.5), 10.0 / 11.0, 1e-15);
  EXPECT_NEAR(ds::steady_state_gap(0.02, 0.1), 0.8, 1e-15);
  // An unequal pair: g = 0.03, ε = 0.05, s_l = 0.8, s_f = 0.2 ⇒ r∞ = 1 − 0.6·0.6 = 0.64.
  EXPECT_NEAR(ds::follower_limit_ratio(0.03, 0.05, 0.8, 0.2), 0.64, 1e-15);
}

// The catch-up closed form at t = 10 (c = 0.09, ε = 0.1), e.g. r0 = 0.5:
// r = 0.5 e^{0.9}/(1 + 0.05 (e^{0.9} − 1)/0.09) = 1.22980/1.81089 = 0.67912; checked against RK4 on
// r' = r(c − εr) (step 1e-3, global error ~1e-13) to 1e-10.
TEST(DynamicSpilloversReference, CatchUpClosedFormMatchesRungeKutta) {
  const double g = 0.02, eps = 0.1, sl = 1.0, sf = 0.5, c = eps + (sf - sl) * g;
  for (double r0 : {0.2, 0.5, 0.95}) {
    const Vec2 x = rk4(
        [&](double, const Vec2& r) {
          return Vec2{r[0] * (c - eps * r[0]), 0.0};
        },
        {r0, 0.0}, 10.0, 1e-3);
    EXPECT_NEAR(ds::follower_ratio_closed_form(r0, 10.0, g, eps, sl, sf), x[0], 1e-10) << r0;
  }
  // A hand value: r0 = 0.9 = r∞ is a fixed point, at any t.
  EXPECT_NEAR(ds::follower_ratio_closed_form(0.9, 37.0, g, eps, sl, sf), 0.9, 1e-14);
}

// Overtaking: g = 0.02, ε = 0.1, leader intensity 0.5, follower 1 ⇒ c = 0.11 > ε; q0 = 0.5:
// e^{cT} = (0.11 − 0.05)/(0.5·0.01) = 12 ⇒ T = ln 12/0.11 = 22.5902... Checked by RK4 + bisection on r(T) = 1.
TEST(DynamicSpilloversReference, OvertakingTimeMatchesHandValueAndRungeKutta) {
  const double T = ds::overtaking_time(0.5, 0.02, 0.1, 0.5, 1.0);
  EXPECT_NEAR(T, std::log(12.0) / 0.11, 1e-12);
  const double c = 0.11, eps = 0.1;
  auto r_at = [&](double t) {
    return rk4([&](double, const Vec2& r) { return Vec2{r[0] * (c - eps * r[0]), 0.0}; }, {0.5, 0.0}, t, t / 20000)[0];
  };
  EXPECT_LT(r_at(T - 0.01), 1.0);
  EXPECT_GT(r_at(T + 0.01), 1.0);
  // No overtaking when the follower does not out-learn the leader (c ≤ ε).
  EXPECT_TRUE(std::isinf(ds::overtaking_time(0.5, 0.02, 0.1, 1.0, 0.5)));
}

// The full simulation (library: Dormand–Prince with located leader switches) against RK4 on the same
// law, with UNEQUAL intensities: North 0.7, South 0.2 before and 0.9 after t = 15; g = 0.03, ε = 0.08,
// A_N(0) = 1, A_S(0) = 0.4. Until South overtakes, North leads: ln A_N' = 0.7g,
// ln A_S' = g s_S(t) + ε(1 − A_S/A_N). At t = 15 (before the switch) the ratio follows the logistic
// closed form with c = 0.08 + (0.2 − 0.7)·0.03 = 0.065, checked too.
TEST(DynamicSpilloversReference, SimulationMatchesRungeKuttaWithUnequalIntensities) {
  ds::Params p;
  p.g = 0.03;
  p.epsilon = 0.08;
  p.a_north0 = 1.0;
  p.a_south0 = 0.4;
  p.north_intensity = 0.7;
  p.south_intensity_before = 0.2;
  p.south_intensity_after = 0.9;
  p.south_switch_time = 15.0;
  const auto path = ds::simulate(p, {0.0, 15.0, 40.0});
  ASSERT_EQ(path.t.size(), 3u);
  auto rhs = [&](double t, const Vec2& x) {  // x = (ln A_N, ln A_S); North leads throughout (checked below)
    const double s = t >= 15.0 ? 0.9 : 0.2;
    return Vec2{p.g * 0.7, p.g * s + p.epsilon * (1.0 - std::exp(x[1] - x[0]))};
  };
  const Vec2 x15 = rk4(rhs, {0.0, std::log(0.4)}, 15.0, 1e-3);
  EXPECT_NEAR(std::log(path.a_north[1]), x15[0], 1e-8);
  EXPECT_NEAR(std::log(path.a_south[1]), x15[1], 1e-8);
  EXPECT_NEAR(path.ratio[1], ds::follower_ratio_closed_form(0.4, 15.0, 0.03, 0.08, 0.7, 0.2), 1e-8);
  // After the switch South's intensity exceeds North's, c = 0.08 + 0.2·0.03 = 0.086 > ε: the ratio rises
  // toward 1.075 but stays below 1 by t = 40 (checked: RK4 stays under 1), so North still leads.
  Vec2 x40 = x15;
  {
    const int steps = 25000;
    const double h = 25.0 / steps;
    double t = 15.0;
    for (int k = 0; k < steps; ++k) {
      auto add = [](const Vec2& a, const Vec2& b, double s) { return Vec2{a[0] + s * b[0], a[1] + s * b[1]}; };
      const Vec2 k1 = rhs(t, x40), k2 = rhs(t + h / 2, add(x40, k1, h / 2)), k3 = rhs(t + h / 2, add(x40, k2, h / 2)),
                 k4 = rhs(t + h, add(x40, k3, h));
      for (int i = 0; i < 2; ++i) x40[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
      t += h;
    }
  }
  ASSERT_LT(x40[1], x40[0]);
  EXPECT_NEAR(std::log(path.a_north[2]), x40[0], 1e-8);
  EXPECT_NEAR(std::log(path.a_south[2]), x40[1], 1e-8);
  EXPECT_NEAR(path.growth_north[2], 0.7 * 0.03, 1e-15);
  EXPECT_NEAR(path.growth_south[2], 0.9 * 0.03 + 0.08 * (1.0 - path.ratio[2]), 1e-12);
  EXPECT_NEAR(path.growth_south[0], 0.2 * 0.03 + 0.08 * 0.6, 1e-15);  // at t = 0: ratio 0.4
}

// CPP closed forms at hand values: x = 0.5, z0 = 0.8.
// No cluster: u0 = 1.25, u(1) = 2 − 0.75 e^{0.5} = 0.763459..., z(1) = 1.309828...; blow-up at
// −ln(1 − 0.625)/0.5 = −2 ln 0.375 = 1.961658... With a cluster: z(1) = 1/(1.25 − 1) = 4, blow-up at 1.25.
TEST(DynamicSpilloversReference, CppClosedFormsAtHandValues) {
  EXPECT_NEAR(ds::cpp_ratio_closed_form(0.8, 1.0, 0.5, false), 1.0 / (2.0 - 0.75 * std::exp(0.5)), 1e-14);
  EXPECT_NEAR(ds::cpp_ratio_closed_form(0.8, 1.0, 0.5, true), 4.0, 1e-13);
  EXPECT_NEAR(ds::cpp_blowup_time(0.8, 0.5, false), -2.0 * std::log(0.375), 1e-14);
  EXPECT_NEAR(ds::cpp_blowup_time(0.8, 0.5, true), 1.25, 1e-15);
  EXPECT_TRUE(std::isinf(ds::cpp_blowup_time(0.4, 0.5, false)));  // z0 < x: no blow-up, z → 0
  // z0 = 0.4 < x = 0.5: u = 2 + 0.5 e^{0.5t} grows, z(2) = 1/(2 + 0.5 e) = 0.296...
  EXPECT_NEAR(ds::cpp_ratio_closed_form(0.4, 2.0, 0.5, false), 1.0 / (2.0 + 0.5 * std::exp(1.0)), 1e-14);
}

// simulate_cpp (eqs. 5–6, library integrator) against RK4 on (ln Z_R, ln Z_P) with the cluster from
// t = 0.5: x = 0.3, Z_R(0) = 2, Z_P(0) = 1 (z0 = 0.5); output at t = 1.
TEST(DynamicSpilloversReference, CppSimulationMatchesRungeKutta) {
  ds::CppParams p;
  p.x = 0.3;
  p.z_rich0 = 2.0;
  p.z_poor0 = 1.0;
  p.cluster_from = 0.5;
  const auto path = ds::simulate_cpp(p, {0.0, 0.5, 1.0});
  auto rhs = [&](double t, const Vec2& s) { return Vec2{0.3, std::exp(s[1] - s[0]) + (t >= 0.5 ? 0.3 : 0.0)}; };
  const Vec2 s1 = rk4(rhs, {std::log(2.0), 0.0}, 0.5, 1e-4);
  EXPECT_NEAR(path.ratio[1], std::exp(s1[1] - s1[0]), 1e-9);
  EXPECT_NEAR(path.ratio[1], ds::cpp_ratio_closed_form(0.5, 0.5, 0.3, false), 1e-9);
  // From t = 0.5 on, the cluster law: z(1) = 1/(1/z(0.5) − 0.5).
  EXPECT_NEAR(path.ratio[2], ds::cpp_ratio_closed_form(path.ratio[1], 0.5, 0.3, true), 1e-8);
  EXPECT_NEAR(path.growth_poor[2], path.ratio[2] + 0.3, 1e-12);
  EXPECT_NEAR(path.growth_rich[2], 0.3, 1e-15);
}

// Two-sector steady states (RC07 §4 with §3's static structure), hand values:
// λN = (1, 2), λS = (0.8, 1.5), θ = (2, 3), β = 0.4, relative technologies a = (0.5, 0.7).
// Prices p_j = 1/(λ_jN θ_j) = (1/2, 1/6).
//  - good 2 with a cluster: w = (1/6)·1.5·0.7·3 = 0.525; deviations backward: good 1 0.5·0.8·0.5/0.525
//    = 8/21, good 2 (1/6)·1.5·0.7/0.525 = 1/3 ⇒ best 8/21.
//  - good 1 without a cluster: w = 0.5·0.8·0.5 = 0.2; deviations: good 1 backward 1, modern β = 0.4;
//    good 2 backward (1/6)·1.05/0.2 = 0.875 ⇒ best 1.
// Printed income gap, good 2: cluster λN/λS = 2/1.5 = 4/3; without, (θ2/â)·4/3 = 8 at â = 0.5.
// Printed spec-2 condition: (0.8/1)/(1.5/2) = 16/15 < θ1/â: at â = 1.9, 2/1.9 = 1.0526 fails; at â = 1.8,
// 1.111 holds.
TEST(DynamicSpilloversReference, TwoSectorSteadyStatesAtHandValues) {
  ds::EconomyParams p;
  p.lambda_north = {1.0, 2.0};
  p.lambda_south = {0.8, 1.5};
  p.theta = {2.0, 3.0};
  p.beta = 0.4;
  const std::array<double, 2> a{0.5, 0.7};
  const ds::Candidate c2{1, true}, n1{0, false}, n2{1, false};
  EXPECT_NEAR(ds::south_wage(p, c2, a), 0.525, 1e-15);
  EXPECT_NEAR(ds::best_deviation_ratio(p, c2, a), 8.0 / 21.0, 1e-15);
  EXPECT_NEAR(ds::south_wage(p, n1, a), 0.2, 1e-15);
  EXPECT_NEAR(ds::best_deviation_ratio(p, n1, a), 1.0, 1e-15);
  EXPECT_NEAR(ds::south_wage(p, n2, a), 1.0 / 6.0 * 1.5 * 0.7, 1e-15);
  EXPECT_NEAR(ds::printed_income_gap(p, c2, 0.5), 4.0 / 3.0, 1e-15);
  EXPECT_NEAR(ds::printed_income_gap(p, n2, 0.5), 8.0, 1e-14);
  EXPECT_FALSE(ds::printed_spec2_condition(p, 1.9));
  EXPECT_TRUE(ds::printed_spec2_condition(p, 1.8));
  const auto tech = ds::steady_relative_tech(c2, 0.6);
  EXPECT_EQ(tech[0], 0.6);
  EXPECT_EQ(tech[1], 1.0);
}
