#include "cluster_model/north.hpp"

#include <algorithm>
#include <cmath>

#include "core/errors.hpp"
#include "core/validate.hpp"

namespace clustertrade::cluster_model {

void NorthEconomy::validate() const {
  require_min_size("lambda_north", lambda_north.size(), 2);
  const std::size_t J = lambda_north.size();
  if (J > 20) throw InvalidParameter("lambda_north", "must have at most 20 entries for the 2^J enumeration");
  require_size("lbar", lbar.size(), J, "the length of lambda_north");
  require_size("shares", shares.size(), J, "the length of lambda_north");
  require_all_positive("lambda_north", lambda_north);
  require_all_positive("lbar", lbar);
  require_all_positive("shares", shares);
  require_positive("beta", beta);
  require_positive("alpha", alpha);
  require_positive("labour", labour);
  double sum = 0.0;
  for (double s : shares) sum += s;
  if (std::fabs(sum - 1.0) > 1e-9) throw InvalidParameter("shares", "must sum to 1 (got " + format_double(sum) + ")");
}

std::vector<NorthConfiguration> north_configurations(const NorthEconomy& north) {
  north.validate();
  const std::size_t J = north.lambda_north.size();
  std::vector<NorthConfiguration> all;
  for (std::size_t c = 0; c < (std::size_t{1} << J); ++c) {
    NorthConfiguration config;
    config.equilibrium = true;
    config.full_clusters = true;
    for (std::size_t j = 0; j < J; ++j) {
      const bool cl = ((c >> j) & 1U) != 0;
      const double employment = north.shares[j] * north.labour;  // Cobb–Douglas: labour share = expenditure share
      double factor = 1.0;
      if (cl) {
        factor = north.beta + north.alpha * std::min(north.lbar[j], employment);
        config.full_clusters = config.full_clusters && employment >= north.lbar[j];
        // A lone backward producer earns p·λ = factor⁻¹ of the wage-normalised revenue: gains iff factor < 1.
        if (factor < 1.0) config.equilibrium = false;
      } else if (north.beta > 1.0) {
        config.equilibrium = false;  // a lone modern producer (factor β) beats the backward one (factor 1)
      }
      config.clustered.push_back(cl);
      config.factor.push_back(factor);
      config.prices.push_back(1.0 / (factor * north.lambda_north[j]));
    }
    all.push_back(std::move(config));
  }
  return all;
}

std::size_t count_north_equilibria(const NorthEconomy& north) {
  const auto all = north_configurations(north);
  return static_cast<std::size_t>(std::count_if(all.begin(), all.end(), [](const auto& c) { return c.equilibrium; }));
}

}  // namespace clustertrade::cluster_model
