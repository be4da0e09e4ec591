#include "dynamic_spillovers/cpp_dynamics.hpp"

#include <cmath>

#include "core/errors.hpp"
#include "core/validate.hpp"

namespace clustertrade::dynamic_spillovers {

void CppParams::validate() const {
  require_positive("x", x);
  require_positive("z_rich0", z_rich0);
  require_positive("z_poor0", z_poor0);
  if (std::isnan(cluster_from) || cluster_from < 0.0)
    throw InvalidParameter("cluster_from", "must be >= 0 (or never) (got " + format_double(cluster_from) + ")");
  require_positive("ratio_min", ratio_min);
  require_positive("ratio_max", ratio_max);
  const double z0 = z_poor0 / z_rich0;
  if (!(ratio_min < z0 && z0 < ratio_max))
    throw InvalidParameter("z_poor0", "must make Z_P/Z_R lie strictly inside (ratio_min, ratio_max) (got ratio " +
                                          format_double(z0) + ")");
}

CppPath simulate_cpp(const CppParams& params, const std::vector<double>& times, const ode::Tolerances& tol) {
  params.validate();
  const double log_max = std::log(params.ratio_max);
  const double log_min = std::log(params.ratio_min);
  ode::SwitchingSystem<CppRegime> sys;
  sys.regime_at = [params, log_max, log_min](double t, const ode::State& s) {
    const double log_z = s[1] - s[0];
    return CppRegime{t >= params.cluster_from, !(log_z < log_max && log_z > log_min)};
  };
  sys.rhs = [params](const CppRegime& r, const ode::State& s, ode::State& dsdt, double) {
    dsdt.resize(2);
    if (r.escaped) {
      dsdt.setZero();
      return;
    }
    dsdt[0] = params.x;                                              // R: learning by doing, rate x
    dsdt[1] = std::exp(s[1] - s[0]) + (r.cluster ? params.x : 0.0);  // P: eq. (5) or (6), as written
  };
  sys.slacks = [log_max, log_min](const CppRegime& r, double, const ode::State& s) {
    Eigen::VectorXd out(r.escaped ? 0 : 2);
    if (!r.escaped) out << log_max - (s[1] - s[0]), (s[1] - s[0]) - log_min;
    return out;
  };
  if (std::isfinite(params.cluster_from) && params.cluster_from > 0.0) sys.scheduled.push_back(params.cluster_from);
  ode::State s0(2);
  s0 << std::log(params.z_rich0), std::log(params.z_poor0);
  const auto traj = ode::integrate_switching(sys, s0, 0.0, times, tol);
  CppPath path;
  path.t = traj.times;
  for (std::size_t k = 0; k < traj.times.size(); ++k) {
    const auto& s = traj.states[k];
    const auto regime = sys.regime_at(traj.times[k], s);
    const double z = std::exp(s[1] - s[0]);
    path.z_rich.push_back(std::exp(s[0]));
    path.z_poor.push_back(std::exp(s[1]));
    path.ratio.push_back(z);
    path.growth_rich.push_back(regime.escaped ? 0.0 : params.x);
    path.growth_poor.push_back(regime.escaped ? 0.0 : z + (regime.cluster ? params.x : 0.0));
  }
  for (const auto& e : traj.switches)
    if (e.event_index >= 0) {
      path.escape_time = e.time;
      break;
    }
  return path;
}

double cpp_ratio_closed_form(double z0, double t, double x, bool cluster) {
  const double u0 = 1.0 / z0;
  const double u = cluster ? u0 - t : 1.0 / x + (u0 - 1.0 / x) * std::exp(x * t);
  return u > 0.0 ? 1.0 / u : std::numeric_limits<double>::infinity();
}

double cpp_blowup_time(double z0, double x, bool cluster) {
  if (cluster) return 1.0 / z0;
  return z0 > x ? -std::log1p(-x / z0) / x : std::numeric_limits<double>::infinity();
}

}  // namespace clustertrade::dynamic_spillovers
