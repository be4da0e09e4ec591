#include "dynamic_spillovers/model.hpp"

#include <cmath>
#include <stdexcept>

#include "core/errors.hpp"
#include "core/validate.hpp"

namespace clustertrade::dynamic_spillovers {

void Params::validate() const {
  require_positive("g", g);
  require_greater("epsilon", epsilon, g, "g");
  require_positive("a_north0", a_north0);
  require_positive("a_south0", a_south0);
  require_in_closed("north_intensity", north_intensity, 0.0, 1.0);
  require_in_closed("south_intensity_before", south_intensity_before, 0.0, 1.0);
  require_in_closed("south_intensity_after", south_intensity_after, 0.0, 1.0);
  // +inf is the documented "never"; NaN and -inf are not dates.
  if (std::isnan(south_switch_time) || south_switch_time < 0.0)
    throw InvalidParameter("south_switch_time",
                           "must be >= 0 (or never) (got " + format_double(south_switch_time) + ")");
}

double south_intensity_at(const Params& params, double t) {
  return t >= params.south_switch_time ? params.south_intensity_after : params.south_intensity_before;
}

namespace {

// Growth rates with the leader given, so that within a segment the right-hand side is smooth.
std::pair<double, double> frozen_growth(const Params& p, bool north_leads, double log_north, double log_south,
                                        double s_south) {
  const double g_north = p.g * p.north_intensity;
  const double g_south = p.g * s_south;
  // follower/leader ratio and leader/follower ratio, from the log-levels
  const double lead_gap = north_leads ? log_north - log_south : log_south - log_north;  // >= 0 in the regime
  if (p.rule == SpilloverRule::text_min) {
    // leader: a = 1, no spillover; follower: a = A_f/A_l < 1
    const double follower = p.epsilon * (1.0 - std::exp(-lead_gap));
    return north_leads ? std::pair{g_north, g_south + follower} : std::pair{g_north + follower, g_south};
  }
  // printed max: follower a = 1 (nothing); leader a = A_l/A_f > 1 (a drag)
  const double leader = p.epsilon * (1.0 - std::exp(lead_gap));
  return north_leads ? std::pair{g_north + leader, g_south} : std::pair{g_north, g_south + leader};
}

}  // namespace

std::pair<double, double> growth_rates(const Params& params, double a_north, double a_south, double south_intensity) {
  return frozen_growth(params, a_north >= a_south, std::log(a_north), std::log(a_south), south_intensity);
}

ode::SwitchingSystem<Regime> make_system(const Params& params) {
  ode::SwitchingSystem<Regime> sys;
  sys.regime_at = [params](double t, const ode::State& x) {
    return Regime{x[0] >= x[1], south_intensity_at(params, t)};
  };
  sys.rhs = [params](const Regime& r, const ode::State& x, ode::State& dxdt, double) {
    const auto [gn, gs] = frozen_growth(params, r.north_leads, x[0], x[1], r.south_intensity);
    dxdt.resize(2);
    dxdt[0] = gn;
    dxdt[1] = gs;
  };
  sys.slacks = [](const Regime& r, double, const ode::State& x) {
    Eigen::VectorXd s(1);
    s[0] = r.north_leads ? x[0] - x[1] : x[1] - x[0];
    return s;
  };
  if (std::isfinite(params.south_switch_time) && params.south_switch_time > 0.0)
    sys.scheduled.push_back(params.south_switch_time);
  return sys;
}

Path simulate(const Params& params, const std::vector<double>& times, const ode::Tolerances& tol) {
  params.validate();
  const auto sys = make_system(params);
  ode::State x0(2);
  x0 << std::log(params.a_north0), std::log(params.a_south0);
  const auto traj = ode::integrate_switching(sys, x0, 0.0, times, tol);
  Path path;
  const std::size_t n = traj.times.size();
  path.t = traj.times;
  path.a_north.resize(n);
  path.a_south.resize(n);
  path.ratio.resize(n);
  path.growth_north.resize(n);
  path.growth_south.resize(n);
  for (std::size_t k = 0; k < n; ++k) {
    const auto& x = traj.states[k];
    path.a_north[k] = std::exp(x[0]);
    path.a_south[k] = std::exp(x[1]);
    path.ratio[k] = std::exp(x[1] - x[0]);
    // growth at t from the levels and the intensity in force from t on (right-continuous)
    const auto [gn, gs] = frozen_growth(params, x[0] >= x[1], x[0], x[1], south_intensity_at(params, path.t[k]));
    path.growth_north[k] = gn;
    path.growth_south[k] = gs;
  }
  path.switches = traj.switches;
  path.steps = traj.steps;
  return path;
}

double steady_state_gap(double g, double epsilon) { return 1.0 - g / epsilon; }

double follower_limit_ratio(double g, double epsilon, double s_leader, double s_follower) {
  return 1.0 - (s_leader - s_follower) * g / epsilon;
}

double follower_ratio_closed_form(double r0, double t, double g, double epsilon, double s_leader, double s_follower) {
  const double c = epsilon + (s_follower - s_leader) * g;
  const double growth = std::exp(c * t);
  const double integral = c == 0.0 ? t : std::expm1(c * t) / c;  // ∫0^t e^{cu} du
  return r0 * growth / (1.0 + epsilon * r0 * integral);
}

double printed_limit_ratio(double g, double epsilon, double s_leader, double s_follower) {
  return epsilon / (epsilon + (s_leader - s_follower) * g);
}

double printed_ratio_closed_form(double r0, double t, double g, double epsilon, double s_leader, double s_follower) {
  // r' = -(eps - c) r + eps with c = (s_f - s_l) g: linear, relaxes to r* at rate eps - c
  const double rate = epsilon - (s_follower - s_leader) * g;
  const double target = epsilon / rate;
  return target + (r0 - target) * std::exp(-rate * t);
}

double overtaking_time(double q0, double g, double epsilon, double s_leader, double s_follower) {
  const double c = epsilon + (s_follower - s_leader) * g;
  if (!(c > epsilon) || !(q0 > 0.0)) return std::numeric_limits<double>::infinity();
  if (q0 >= 1.0) return 0.0;
  return std::log((c - epsilon * q0) / (q0 * (c - epsilon))) / c;
}

}  // namespace clustertrade::dynamic_spillovers
