#include "cluster_model/model.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "core/errors.hpp"
#include "core/validate.hpp"

namespace clustertrade::cluster_model {

std::string to_string(Technology technology) { return technology == Technology::backward ? "backward" : "modern"; }

void Params::validate() const {
  require_min_size("lambda_south", lambda_south.size(), 2);
  const std::size_t J = lambda_south.size();
  require_size("lambda_north", lambda_north.size(), J, "the length of lambda_south");
  require_size("theta", theta.size(), J, "the length of lambda_south");
  if (!north_clusters.empty()) require_size("north_clusters", north_clusters.size(), J, "the length of lambda_south");
  require_all_positive("lambda_south", lambda_south);
  require_all_positive("lambda_north", lambda_north);
  for (std::size_t j = 0; j < J; ++j) require_greater(indexed("theta", j), theta[j], 1.0, "1");
  if (beta) require_in_open("beta", *beta, 0.0, 1.0);
  for (std::size_t j = 0; j < north_clusters.size(); ++j)
    if (!(north_clusters[j] == 0.0 || north_clusters[j] == 1.0))
      throw InvalidParameter(indexed("north_clusters", j),
                             "must be 0 or 1 (got " + format_double(north_clusters[j]) + ")");
}

bool Params::north_clustered(std::size_t j) const { return north_clusters.empty() || north_clusters.at(j) == 1.0; }

Params from_technology(std::vector<double> lambda_south, std::vector<double> lambda_north, double beta, double alpha,
                       const std::vector<double>& lbar) {
  require_in_open("beta", beta, 0.0, 1.0);
  require_positive("alpha", alpha);
  require_size("lbar", lbar.size(), lambda_south.size(), "the length of lambda_south");
  require_all_positive("lbar", lbar);
  Params params{std::move(lambda_south), std::move(lambda_north), {}, beta, {}};
  for (std::size_t j = 0; j < lbar.size(); ++j) {
    const double theta = beta + alpha * lbar[j];  // RC07 §3: θ_j ≡ β + α L̄_j
    if (!(theta > 1.0))
      throw InvalidParameter(indexed("lbar", j), "must make beta + alpha*lbar > 1 (got " + format_double(theta) + ")");
    params.theta.push_back(theta);
  }
  params.validate();
  return params;
}

double north_price(const Params& params, std::size_t j) {
  const double productivity =
      params.north_clustered(j) ? params.theta.at(j) * params.lambda_north.at(j) : params.lambda_north.at(j);
  return 1.0 / productivity;
}

double south_productivity(const Params& params, std::size_t j, bool clustered) {
  return clustered ? params.theta.at(j) * params.lambda_south.at(j) : params.lambda_south.at(j);
}

double specialisation_wage(const Params& params, std::size_t j, bool clustered) {
  return north_price(params, j) * south_productivity(params, j, clustered);
}

Specialisation evaluate_specialisation(const Params& params, std::size_t j, bool clustered) {
  const std::size_t J = params.sectors();
  if (j >= J) throw std::out_of_range("evaluate_specialisation: sector index out of range");
  Specialisation s;
  s.sector = j;
  s.clustered = clustered;
  s.wage = specialisation_wage(params, j, clustered);
  s.income_gap = 1.0 / s.wage;
  std::vector<Deviation> deviations;
  for (std::size_t k = 0; k < J; ++k) {
    const double revenue_backward = north_price(params, k) * params.lambda_south[k];
    if (k != j) {
      deviations.push_back({k, Technology::backward, revenue_backward / s.wage});
      if (params.beta) deviations.push_back({k, Technology::modern, *params.beta * revenue_backward / s.wage});
    } else if (clustered) {
      deviations.push_back({k, Technology::backward, revenue_backward / s.wage});  // leave the cluster
    } else if (params.beta) {
      deviations.push_back({k, Technology::modern, *params.beta * revenue_backward / s.wage});  // lone modern firm
    }
  }
  s.best_deviation = *std::max_element(deviations.begin(), deviations.end(),
                                       [](const Deviation& a, const Deviation& b) { return a.ratio < b.ratio; });
  s.equilibrium = s.best_deviation.ratio <= 1.0 + tie_tolerance;
  s.weak = s.equilibrium && s.best_deviation.ratio >= 1.0 - tie_tolerance;
  return s;
}

std::vector<Specialisation> enumerate_specialisations(const Params& params) {
  params.validate();
  std::vector<Specialisation> all;
  for (std::size_t j = 0; j < params.sectors(); ++j)
    for (bool clustered : {true, false}) all.push_back(evaluate_specialisation(params, j, clustered));
  return all;
}

std::vector<Specialisation> south_equilibria(const Params& params) {
  std::vector<Specialisation> eq;
  for (const auto& s : enumerate_specialisations(params))
    if (s.equilibrium) eq.push_back(s);
  // Exact order by wage first, then group runs of wages equal within the tolerance (relative to the
  // run's first, highest, wage) and order each run canonically: clustered first, then by sector.
  std::stable_sort(eq.begin(), eq.end(), [](const auto& a, const auto& b) { return a.wage > b.wage; });
  for (std::size_t start = 0; start < eq.size();) {
    std::size_t end = start + 1;
    while (end < eq.size() && eq[start].wage - eq[end].wage <= tie_tolerance * eq[start].wage) ++end;
    std::sort(eq.begin() + static_cast<long>(start), eq.begin() + static_cast<long>(end),
              [](const auto& a, const auto& b) {
                if (a.clustered != b.clustered) return a.clustered;
                return a.sector < b.sector;
              });
    start = end;
  }
  return eq;
}

namespace {
double raw_ratio(const Params& p, std::size_t j) { return p.lambda_south[j] / p.lambda_north[j]; }
}  // namespace

bool condition_star(const Params& params, std::size_t k) {
  return raw_ratio(params, 0) / raw_ratio(params, k) < params.theta[0] || k == 0;
}

bool condition_star_all_sectors(const Params& params, std::size_t k) {
  for (std::size_t m = 0; m < params.sectors(); ++m)
    if (m != k && raw_ratio(params, m) / raw_ratio(params, k) > params.theta[m]) return false;
  return true;
}

bool ricardian_ordering_holds(const Params& params) {
  for (std::size_t j = 1; j < params.sectors(); ++j)
    if (raw_ratio(params, j) > raw_ratio(params, j - 1)) return false;
  return true;
}

bool ordering_assumption_holds(const Params& params) {
  for (std::size_t j = 1; j < params.sectors(); ++j)
    if (raw_ratio(params, j) / params.theta[j] > raw_ratio(params, j - 1) / params.theta[j - 1]) return false;
  return true;
}

std::size_t no_cluster_sector(const Params& params) {
  std::size_t best = 0;
  for (std::size_t j = 1; j < params.sectors(); ++j)
    if (raw_ratio(params, j) / params.theta[j] > raw_ratio(params, best) / params.theta[best]) best = j;
  return best;
}

}  // namespace clustertrade::cluster_model
