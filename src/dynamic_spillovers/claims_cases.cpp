/// \file claims_cases.cpp
/// \brief What RC07 §4's and CPP §5's claims are searched over: the parameter draws.
#include <algorithm>
#include <cmath>
#include <string>

#include <fmt/format.h>

#include "dynamic_spillovers/claims_checks.hpp"

namespace clustertrade::dynamic_spillovers::checks {

namespace {

struct Rates {
  double g, epsilon;
};
Rates draw_rates(DrawRng& rng) {
  const double g = laws::growth().sample(rng);
  return {g, g * laws::catch_up_speed().sample(rng)};
}

}  // namespace

OneSector gap_draw(std::size_t k, DrawRng& rng) {
  const Rates r = draw_rates(rng);
  const double a_hat = steady_state_gap(r.g, r.epsilon);
  // half the draws start below â, half above (a quarter with South ahead of North, a0 > 1)
  // odd draws: 1.001 + (3/â − 1.001)·v with v ~ U[0, 1) is rng.uniform(1.001, 3/â), bit for bit
  const double a0 = k % 2 == 0 ? a_hat * laws::start_below().sample(rng)
                               : a_hat * (1.001 + (3.0 / a_hat - 1.001) * laws::start_above_unit().sample(rng));
  return {r.g, r.epsilon, a0};
}

OneSector wide_start_draw(std::size_t, DrawRng& rng) {
  const Rates r = draw_rates(rng);
  return {r.g, r.epsilon, laws::wide_start().sample(rng)};
}

CatchUp catch_up_draw(std::size_t, DrawRng& rng) {
  const Rates r = draw_rates(rng);
  CatchUp c{r.g, r.epsilon, 0.0, 0.0, 0.0};
  c.a0 = laws::cluster_start().sample(rng);
  c.switch_time = laws::switch_time().sample(rng);
  c.partial = laws::partial().sample(rng);
  return c;
}

// RC07 §3's ordering assumptions: λ2N/λ2S ≥ λ1N/λ1S (North's comparative advantage in 2) and
// (λ2N/λ2S)θ2 ≥ (λ1N/λ1S)θ1.
Table3Case table3_draw(std::size_t k, DrawRng& rng) { return {economy_draw(k, rng, false), k % 2 == 1}; }

TwoSector economy_draw(std::size_t k, DrawRng& rng, bool allow_identical) {
  const Rates r = draw_rates(rng);
  TwoSector c;
  c.g = r.g;
  c.epsilon = r.epsilon;
  c.a0_backward = laws::backward_start().sample(rng);
  c.a0_cluster = laws::cluster_start().sample(rng);
  c.identical = allow_identical && k % 4 == 0;
  auto& e = c.economy;
  if (c.identical) {
    const double theta = laws::identical_theta().sample(rng);
    e.theta = {theta, theta};
    e.beta = laws::beta().sample(rng);
    return c;
  }
  const double a_hat = steady_state_gap(r.g, r.epsilon);
  e.theta[0] = laws::theta1().sample(rng);
  e.lambda_north = {laws::north_productivity().sample(rng), laws::north_productivity().sample(rng)};
  e.lambda_south[0] = laws::south_productivity().sample(rng);
  // comparative-advantage ratio R = (λ1S/λ1N)/(λ2S/λ2N) ≥ 1, spread around the threshold θ1/â
  // exp(ln 1 + (ln hi − ln 1)·v) is rng.log_uniform(1, hi), bit for bit
  const double ca_hi = 3.0 * e.theta[0] / a_hat;
  const double ca = std::exp(std::log(1.0) + (std::log(ca_hi) - std::log(1.0)) * laws::ca_unit().sample(rng));
  e.lambda_south[1] = (e.lambda_south[0] / e.lambda_north[0]) * e.lambda_north[1] / ca;
  const double theta2_lo = std::max(1.05, e.theta[0] / ca);
  e.theta[1] = theta2_lo + (3.5 - theta2_lo) * laws::theta2_unit().sample(rng);
  e.beta = laws::beta().sample(rng);
  return c;
}

CppCase cpp_gap_draw(std::size_t k, DrawRng& rng) {
  const double x = laws::growth().sample(rng);
  // start near CPP's only stationary ratio z = x (within 1 %, either side) or anywhere in (0.05, 1)
  const double z0 = k % 2 == 0 ? x * laws::cpp_near().sample(rng) : laws::cpp_start().sample(rng);
  return {x, z0};
}

CppCase cpp_cluster_draw(std::size_t, DrawRng& rng) {
  const double x = laws::growth().sample(rng);
  return {x, laws::cpp_start().sample(rng)};
}

std::vector<double> rounder(double v) {
  std::vector<double> out;
  for (int digits : {1, 2}) {
    const double r = std::stod(fmt::format("{:.{}g}", v, digits));  // the shortest decimal with that many digits
    if (r != v && std::find(out.begin(), out.end(), r) == out.end()) out.push_back(r);
  }
  return out;
}

}  // namespace clustertrade::dynamic_spillovers::checks
