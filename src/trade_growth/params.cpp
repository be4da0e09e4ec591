#include "trade_growth/params.hpp"

#include <cmath>
#include <span>
#include <string>

#include "core/errors.hpp"
#include "core/validate.hpp"

namespace clustertrade::trade_growth {

namespace {
std::span<const double> as_span(const Eigen::VectorXd& v) { return {v.data(), static_cast<std::size_t>(v.size())}; }
}  // namespace

void Economy::validate() const {
  require_min_size("home", static_cast<std::size_t>(home.size()), 1);
  require_all_positive("home", as_span(home));
  require_size("foreign", static_cast<std::size_t>(foreign.size()), size(), "the number of home productivities");
  require_all_positive("foreign", as_span(foreign));
  require_positive("sigma", sigma);
  require_positive("labor_home", labor_home);
  require_positive("labor_foreign", labor_foreign);
  if (weights.size() != 0) {
    require_size("weights", static_cast<std::size_t>(weights.size()), size(), "the number of industries");
    require_all_positive("weights", as_span(weights));
  }
}

void Params::validate() const {
  economy.validate();
  const auto n = static_cast<Eigen::Index>(economy.size());
  if (tau.rows() != tau.cols())
    throw InvalidParameter("tau", "must be a square matrix (got " + std::to_string(tau.rows()) + " rows and " +
                                      std::to_string(tau.cols()) + " columns)");
  if (tau.rows() != n)
    throw InvalidParameter("tau", "must be " + std::to_string(n) + " x " + std::to_string(n) +
                                      ", one row and column per industry (got " + std::to_string(tau.rows()) + " x " +
                                      std::to_string(tau.cols()) + ")");
  // The entry's name is formatted only for an entry that fails (validation runs on every simulation).
  for (Eigen::Index j = 0; j < n; ++j)
    for (Eigen::Index i = 0; i < n; ++i)
      if (!(std::isfinite(tau(j, i)) && tau(j, i) >= 0.0 && tau(j, i) <= 1.0))
        require_in_closed("tau[" + std::to_string(j + 1) + "," + std::to_string(i + 1) + "]", tau(j, i), 0.0, 1.0);
}

void validate_openness(const Eigen::VectorXd& openness, std::size_t n) {
  require_size("openness", static_cast<std::size_t>(openness.size()), n, "the number of industries");
  require_all_in_closed("openness", as_span(openness), 0.0, 1.0);
}

}  // namespace clustertrade::trade_growth
