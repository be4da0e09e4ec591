#include "dynamic_spillovers/equilibria.hpp"

#include <algorithm>

#include "core/validate.hpp"

namespace clustertrade::dynamic_spillovers {

void EconomyParams::validate() const {
  require_all_positive("lambda_north", lambda_north);
  require_all_positive("lambda_south", lambda_south);
  for (std::size_t j = 0; j < 2; ++j) require_greater(indexed("theta", j), theta[j], 1.0, "1");
  require_in_open("beta", beta, 0.0, 1.0);
}

std::string describe(const Candidate& candidate) {
  return std::string(candidate.sector == 0 ? "good 1" : "good 2") + (candidate.cluster ? ", cluster" : ", no cluster");
}

namespace {
// North-set price with A_jN = 1: p_j = 1/(lambda_jN theta_j).
double price(const EconomyParams& p, int j) { return 1.0 / (p.lambda_north[j] * p.theta[j]); }
}  // namespace

double south_wage(const EconomyParams& p, const Candidate& c, const std::array<double, 2>& a) {
  const int k = c.sector;
  return price(p, k) * p.lambda_south[k] * a[k] * (c.cluster ? p.theta[k] : 1.0);
}

double best_deviation_ratio(const EconomyParams& p, const Candidate& c, const std::array<double, 2>& a) {
  const double w = south_wage(p, c, a);
  double best = 0.0;
  for (int j = 0; j < 2; ++j) {
    const double backward = p.lambda_south[j] * a[j];
    for (double productivity : {backward, p.beta * backward})  // backward; modern without a cluster
      best = std::max(best, price(p, j) * productivity / w);
  }
  return best;
}

std::array<double, 2> steady_relative_tech(const Candidate& c, double a_hat) {
  std::array<double, 2> a{a_hat, a_hat};
  if (c.cluster) a[c.sector] = 1.0;
  return a;
}

double printed_income_gap(const EconomyParams& p, const Candidate& c, double a_hat) {
  const int k = c.sector;
  const double ricardo = p.lambda_north[k] / p.lambda_south[k];
  return c.cluster ? ricardo : (p.theta[k] / a_hat) * ricardo;
}

bool printed_spec2_condition(const EconomyParams& p, double a_hat) {
  const double ratio = (p.lambda_south[0] / p.lambda_north[0]) / (p.lambda_south[1] / p.lambda_north[1]);
  return ratio < p.theta[0] / a_hat;
}

bool static_spec2_condition(const EconomyParams& p) { return printed_spec2_condition(p, 1.0); }

}  // namespace clustertrade::dynamic_spillovers
