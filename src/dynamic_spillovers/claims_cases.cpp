/// \file claims_cases.cpp
/// \brief What RC07 §4's and CPP §5's claims are searched over: the parameter draws.
#include <algorithm>
#include <string>

#include <fmt/format.h>

#include "dynamic_spillovers/claims_checks.hpp"

namespace clustertrade::dynamic_spillovers::checks {

namespace {

struct Rates {
  double g, epsilon;
};
Rates draw_rates(DrawRng& rng) {
  const double g = rng.log_uniform(0.005, 0.05);
  return {g, g * rng.log_uniform(1.25, 8.0)};
}

}  // namespace

OneSector gap_draw(std::size_t k, DrawRng& rng) {
  const Rates r = draw_rates(rng);
  const double a_hat = steady_state_gap(r.g, r.epsilon);
  // half the draws start below â, half above (a quarter with South ahead of North, a0 > 1)
  const double a0 = k % 2 == 0 ? a_hat * rng.uniform(0.02, 0.999) : a_hat * rng.uniform(1.001, 3.0 / a_hat);
  return {r.g, r.epsilon, a0};
}

OneSector wide_start_draw(std::size_t, DrawRng& rng) {
  const Rates r = draw_rates(rng);
  return {r.g, r.epsilon, rng.log_uniform(0.05, 2.0)};
}

CatchUp catch_up_draw(std::size_t, DrawRng& rng) {
  const Rates r = draw_rates(rng);
  CatchUp c{r.g, r.epsilon, 0.0, 0.0, 0.0};
  c.a0 = rng.uniform(0.05, 1.0);
  c.switch_time = rng.uniform(0.0, 100.0);
  c.partial = rng.uniform(0.0, 1.0);
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
  const double a_hat = steady_state_gap(r.g, r.epsilon);
  e.theta[0] = rng.uniform(1.05, 3.0);
  e.lambda_north = {rng.log_uniform(0.5, 2.0), rng.log_uniform(0.5, 2.0)};
  e.lambda_south[0] = rng.log_uniform(0.2, 2.0);
  // comparative-advantage ratio R = (λ1S/λ1N)/(λ2S/λ2N) ≥ 1, spread around the threshold θ1/â
  const double ca = rng.log_uniform(1.0, 3.0 * e.theta[0] / a_hat);
  e.lambda_south[1] = (e.lambda_south[0] / e.lambda_north[0]) * e.lambda_north[1] / ca;
  e.theta[1] = rng.uniform(std::max(1.05, e.theta[0] / ca), 3.5);
  e.beta = rng.uniform(0.05, 0.95);
  return c;
}

CppCase cpp_gap_draw(std::size_t k, DrawRng& rng) {
  const double x = rng.log_uniform(0.005, 0.05);
  // start near CPP's only stationary ratio z = x (within 1 %, either side) or anywhere in (0.05, 1)
  const double z0 = k % 2 == 0 ? x * rng.uniform(0.99, 1.01) : rng.uniform(0.05, 1.0);
  return {x, z0};
}

CppCase cpp_cluster_draw(std::size_t, DrawRng& rng) {
  const double x = rng.log_uniform(0.005, 0.05);
  return {x, rng.uniform(0.05, 1.0)};
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
