// Tests of RC07 §4's steady-state equilibria and of CPP §5's dynamics as written.
#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "core/ode.hpp"
#include "dynamic_spillovers/cpp_dynamics.hpp"
#include "dynamic_spillovers/equilibria.hpp"

namespace ds = clustertrade::dynamic_spillovers;

// Hand-worked case: lambda_N = (1, 1), lambda_S = (0.8, 0.5), theta = (1.5, 2), â = 0.6.
// Good 1 without a cluster: w = lambda1S â/(lambda1N theta1) = 0.8*0.6/1.5 = 0.32, gap 3.125.
// Good 2 with a cluster: w = lambda2S/lambda2N = 0.5; a good-1 backward deviator earns
// p1 lambda1S â = 0.6*0.8/1.5 = 0.32 < 0.5, so it is an equilibrium; comparative-advantage ratio
// (0.8/1)/(0.5/1) = 1.6 < theta1/â = 2.5 (but > theta1 = 1.5: statically it would not exist).
TEST(DynamicSpilloversEquilibria, HandWorkedEconomy) {
  ds::EconomyParams p;
  p.lambda_south = {0.8, 0.5};
  p.theta = {1.5, 2.0};
  const double a_hat = 0.6;
  const ds::Candidate n1{0, false}, c2{1, true};
  EXPECT_NEAR(1.0 / ds::south_wage(p, n1, ds::steady_relative_tech(n1, a_hat)), 3.125, 1e-12);
  EXPECT_NEAR(ds::south_wage(p, c2, ds::steady_relative_tech(c2, a_hat)), 0.5, 1e-12);
  EXPECT_NEAR(ds::best_deviation_ratio(p, c2, ds::steady_relative_tech(c2, a_hat)), 0.32 / 0.5, 1e-12);
  EXPECT_TRUE(ds::printed_spec2_condition(p, a_hat));
  EXPECT_FALSE(ds::static_spec2_condition(p));
  // statically (a = 1) the good-1 backward deviator earns 0.8/1.5 = 0.533 > 0.5: no equilibrium
  EXPECT_GT(ds::best_deviation_ratio(p, c2, {1.0, 1.0}), 1.0);
}

TEST(DynamicSpilloversEquilibria, RejectsThetaNotAboveOne) {
  ds::EconomyParams p;
  p.theta = {1.0, 2.0};
  EXPECT_THROW(p.validate(), clustertrade::InvalidParameter);
}
TEST(DynamicSpilloversEquilibria, RejectsBetaOutsideOpenUnitInterval) {
  ds::EconomyParams p;
  p.beta = 1.0;
  EXPECT_THROW(p.validate(), clustertrade::InvalidParameter);
}
TEST(DynamicSpilloversEquilibria, RejectsNonPositiveLambda) {
  ds::EconomyParams p;
  p.lambda_south = {1.0, -2.0};
  EXPECT_THROW(p.validate(), clustertrade::InvalidParameter);
}

// CPP eq. (5) as written: u = 1/z obeys u' = x u - 1, so z blows up at -ln(1 - x/z0)/x when
// z0 > x; the integrator (which stops at z = 10^6) must stop just before that time and match the
// closed form on the way (1e-8 relative: the ratio grows steeply near the blow-up).
TEST(DynamicSpilloversCpp, EquationFiveMatchesClosedFormAndBlowsUp) {
  ds::CppParams p;
  p.x = 0.02;
  p.z_poor0 = 0.5;
  const double t_blow = ds::cpp_blowup_time(0.5, 0.02, false);
  const auto path = ds::simulate_cpp(p, clustertrade::ode::time_grid(0.0, 1.5, 0.25));
  for (std::size_t k = 0; k < path.t.size(); ++k) {
    const double ref = ds::cpp_ratio_closed_form(0.5, path.t[k], 0.02, false);
    EXPECT_LE(std::fabs(path.ratio[k] - ref), 1e-8 * ref);
  }
  const auto run = ds::simulate_cpp(p, {0.0, 5.0});
  EXPECT_LT(run.escape_time, t_blow);
  EXPECT_GT(run.escape_time, t_blow - 1e-5);  // z = 1e6 is reached 1/(1e6) before the blow-up (u = 1e-6)
}

TEST(DynamicSpilloversCpp, EquationSixOvertakesInsteadOfConverging) {
  ds::CppParams p;
  p.z_poor0 = 0.5;
  p.cluster_from = 0.0;
  const auto path = ds::simulate_cpp(p, {0.0, 1.0, 10.0});
  EXPECT_NEAR(path.ratio[1], 1.0, 1e-9);  // z = z0/(1 - z0 t) = 1 at t = 1
  EXPECT_GT(path.ratio[2], 1e5);          // stopped at the 1e6 bound near t = 1/z0 = 2
  EXPECT_NEAR(ds::cpp_blowup_time(0.5, 0.02, true), 2.0, 1e-15);
}

TEST(DynamicSpilloversCpp, RejectsNonPositiveX) {
  ds::CppParams p;
  p.x = 0.0;
  EXPECT_THROW(p.validate(), clustertrade::InvalidParameter);
}
TEST(DynamicSpilloversCpp, RejectsNonPositiveLevel) {
  ds::CppParams p;
  p.z_poor0 = -1.0;
  EXPECT_THROW(p.validate(), clustertrade::InvalidParameter);
}
TEST(DynamicSpilloversCpp, RejectsNegativeClusterDate) {
  ds::CppParams p;
  p.cluster_from = -2.0;
  EXPECT_THROW(p.validate(), clustertrade::InvalidParameter);
}
