#include "cluster_model/policy.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "core/roots.hpp"
#include "core/validate.hpp"

namespace clustertrade::cluster_model {

namespace {
void check_pair(const Params& params, std::size_t start, std::size_t target) {
  params.validate();
  if (start >= params.sectors() || target >= params.sectors() || start == target)
    throw std::out_of_range("policy: start and target must be distinct sector indices");
}
}  // namespace

TariffOutcome import_substitution(const Params& params, double tariff, std::size_t start, std::size_t target) {
  check_pair(params, start, target);
  require_in_closed("tariff", tariff, 0.0, HUGE_VAL);
  TariffOutcome out;
  out.tariff = tariff;
  out.domestic_price = north_price(params, target) * (1.0 + tariff);
  out.wage = specialisation_wage(params, start, false);  // the export good still pins the wage
  out.income_gap = 1.0 / out.wage;
  out.backward_margin = out.domestic_price * params.lambda_south[target] / out.wage;
  out.modern_margin = params.beta.value_or(1.0) * out.backward_margin;
  out.entrant_technology = out.modern_margin > out.backward_margin ? Technology::modern : Technology::backward;
  out.target_produced = std::max(out.backward_margin, out.modern_margin) >= 1.0 - tie_tolerance;
  return out;
}

double production_threshold_tariff(const Params& params, std::size_t start, std::size_t target) {
  check_pair(params, start, target);
  const double w0 = specialisation_wage(params, start, false);
  const double p = north_price(params, target);
  const double lambda = params.lambda_south[target];
  auto margin = [&](double t) { return p * (1.0 + t) * lambda - w0; };
  if (margin(0.0) >= 0.0) return 0.0;
  double hi = 1.0;  // grow the bracket [0, hi] until the margin turns non-negative (it rises linearly in t)
  while (margin(hi) < 0.0) hi *= 2.0;
  const Bracket b = find_root(margin, 0.0, hi, 1e-14);
  return b.upper;  // the end of the bracket where production breaks even
}

double protected_cluster_tariff(const Params& params, std::size_t start, std::size_t target) {
  check_pair(params, start, target);
  const double w0 = specialisation_wage(params, start, false);
  return std::max(0.0, w0 / (north_price(params, target) * south_productivity(params, target, true)) - 1.0);
}

PromotionOutcome cluster_promotion(const Params& params, std::size_t k) {
  PromotionOutcome out;
  out.sector = k;
  const auto candidate = evaluate_specialisation(params, k, true);
  out.promoted_wage = candidate.wage;
  out.is_equilibrium = candidate.equilibrium;
  out.required_subsidy = std::max(0.0, candidate.best_deviation.ratio - 1.0);
  const auto eq = south_equilibria(params);
  out.status_quo_wage = eq.back().wage;
  return out;
}

}  // namespace clustertrade::cluster_model
