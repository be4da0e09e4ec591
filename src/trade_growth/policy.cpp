#include "trade_growth/policy.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/errors.hpp"
#include "core/validate.hpp"

namespace clustertrade::trade_growth {

Policy Policy::autarky(std::size_t n) {
  return {Eigen::VectorXd::Constant(static_cast<Eigen::Index>(n), std::numeric_limits<double>::infinity()), 1.0, false};
}

Policy Policy::free_trade(std::size_t n) { return {Eigen::VectorXd::Zero(static_cast<Eigen::Index>(n)), 1.0, false}; }

Policy Policy::liberalize_all_at(std::size_t n, double t0) {
  return {Eigen::VectorXd::Constant(static_cast<Eigen::Index>(n), t0), 1.0, false};
}

Policy Policy::migration(std::size_t n) { return {Eigen::VectorXd::Zero(static_cast<Eigen::Index>(n)), 1.0, true}; }

Eigen::VectorXd Policy::openness_at(double t) const {
  Eigen::VectorXd g(liberalize_at.size());
  for (Eigen::Index i = 0; i < g.size(); ++i)
    g[i] = (mobility || t >= liberalize_at[i]) ? (mobility ? 1.0 : openness_when_open) : 0.0;
  return g;
}

std::vector<double> Policy::dates() const {
  std::vector<double> out;
  if (mobility) return out;
  for (Eigen::Index i = 0; i < liberalize_at.size(); ++i)
    if (std::isfinite(liberalize_at[i]) && liberalize_at[i] > 0.0) out.push_back(liberalize_at[i]);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void Policy::validate(std::size_t n) const {
  require_size("liberalize_at", static_cast<std::size_t>(liberalize_at.size()), n, "the number of industries");
  for (Eigen::Index i = 0; i < liberalize_at.size(); ++i)
    if (std::isnan(liberalize_at[i]))
      throw InvalidParameter(indexed("liberalize_at", static_cast<std::size_t>(i)), "must be a date or inf (got nan)");
  require_in_closed("openness", openness_when_open, 0.0, 1.0);
  if (!(openness_when_open > 0.0)) throw InvalidParameter("openness", "must be > 0 once an industry is open (got 0)");
}

}  // namespace clustertrade::trade_growth
