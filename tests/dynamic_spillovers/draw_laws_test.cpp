// RC07 §4's and CPP §5's draws rebuilt on DrawLaw objects (issue 19 A.4) must draw exactly what
// the literal draws of commit a0805db drew: the reference below is that commit's code (raw DrawRng
// calls, verbatim but for names), compared bit for bit over 2,000 streams. A wrong law bound, or a
// bounded law rewritten through a unit law with other arithmetic, makes the streams diverge.
#include <algorithm>
#include <cmath>

#include <gtest/gtest.h>

#include "core/random.hpp"
#include "dynamic_spillovers/claims_checks.hpp"

namespace ct = clustertrade;
namespace ds = clustertrade::dynamic_spillovers;
namespace checks = clustertrade::dynamic_spillovers::checks;

namespace {

struct Rates {
  double g, epsilon;
};
Rates legacy_rates(ct::DrawRng& rng) {
  const double g = rng.log_uniform(0.005, 0.05);
  return {g, g * rng.log_uniform(1.25, 8.0)};
}

checks::OneSector legacy_gap(std::size_t k, ct::DrawRng& rng) {
  const Rates r = legacy_rates(rng);
  const double a_hat = ds::steady_state_gap(r.g, r.epsilon);
  const double a0 = k % 2 == 0 ? a_hat * rng.uniform(0.02, 0.999) : a_hat * rng.uniform(1.001, 3.0 / a_hat);
  return {r.g, r.epsilon, a0};
}

checks::TwoSector legacy_economy(std::size_t k, ct::DrawRng& rng, bool allow_identical) {
  const Rates r = legacy_rates(rng);
  checks::TwoSector c;
  c.g = r.g;
  c.epsilon = r.epsilon;
  c.a0_backward = rng.log_uniform(0.05, 2.0);
  c.a0_cluster = rng.uniform(0.05, 1.0);
  c.identical = allow_identical && k % 4 == 0;
  auto& e = c.economy;
  if (c.identical) {
    const double theta = rng.uniform(1.05, 3.0);
    e.theta = {theta, theta};
    e.beta = rng.uniform(0.05, 0.95);
    return c;
  }
  const double a_hat = ds::steady_state_gap(r.g, r.epsilon);
  e.theta[0] = rng.uniform(1.05, 3.0);
  e.lambda_north = {rng.log_uniform(0.5, 2.0), rng.log_uniform(0.5, 2.0)};
  e.lambda_south[0] = rng.log_uniform(0.2, 2.0);
  const double ca = rng.log_uniform(1.0, 3.0 * e.theta[0] / a_hat);
  e.lambda_south[1] = (e.lambda_south[0] / e.lambda_north[0]) * e.lambda_north[1] / ca;
  e.theta[1] = rng.uniform(std::max(1.05, e.theta[0] / ca), 3.5);
  e.beta = rng.uniform(0.05, 0.95);
  return c;
}

checks::CppCase legacy_cpp_gap(std::size_t k, ct::DrawRng& rng) {
  const double x = rng.log_uniform(0.005, 0.05);
  const double z0 = k % 2 == 0 ? x * rng.uniform(0.99, 1.01) : rng.uniform(0.05, 1.0);
  return {x, z0};
}

bool same(const checks::TwoSector& a, const checks::TwoSector& b) {
  return a.g == b.g && a.epsilon == b.epsilon && a.a0_backward == b.a0_backward && a.a0_cluster == b.a0_cluster &&
         a.identical == b.identical && a.economy.lambda_north == b.economy.lambda_north &&
         a.economy.lambda_south == b.economy.lambda_south && a.economy.theta == b.economy.theta &&
         a.economy.beta == b.economy.beta;
}

}  // namespace

TEST(DynamicSpilloversDrawLaws, DrawsAreThoseOfTheLiteralCode) {
  for (std::size_t k = 0; k < 2000; ++k) {
    for (bool identical : {true, false}) {
      ct::DrawRng a(7, k), b(7, k);
      ASSERT_TRUE(same(checks::economy_draw(k, a, identical), legacy_economy(k, b, identical))) << k;
      EXPECT_EQ(a.uniform(), b.uniform()) << k;
    }
    ct::DrawRng a(7, k), b(7, k);
    const auto x = checks::gap_draw(k, a), y = legacy_gap(k, b);
    ASSERT_TRUE(x.g == y.g && x.epsilon == y.epsilon && x.a0 == y.a0) << k;
    ct::DrawRng c(7, k), d(7, k);
    const auto u = checks::cpp_gap_draw(k, c), v = legacy_cpp_gap(k, d);
    ASSERT_TRUE(u.x == v.x && u.z0 == v.z0) << k;
  }
}
