#include "trade_growth/dynamics.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "core/ode.hpp"
#include "core/validate.hpp"
#include "trade_growth/learning_rhs.hpp"

namespace clustertrade::trade_growth {

namespace {

/// The regime of the dynamics: the openness in force and the trade pattern (or, under mobility,
/// the industries' locations, coded like a pattern).
struct Regime {
  std::vector<double> openness;
  TradePattern pattern;
  bool traded = false;
  friend bool operator==(const Regime&, const Regime&) = default;
};

/// Industries active (employing labour) in a country under a pattern: it supplies some market.
Eigen::VectorXd active_mask(const TradePattern& p, bool home) {
  Eigen::VectorXd m(static_cast<Eigen::Index>(p.home_market.size()));
  const Supplier absent = home ? Supplier::foreign : Supplier::home;
  for (std::size_t i = 0; i < p.home_market.size(); ++i)
    m[static_cast<Eigen::Index>(i)] = (p.home_market[i] != absent || p.foreign_market[i] != absent) ? 1.0 : 0.0;
  return m;
}

/// Mobility with the locations held fixed (the frozen right-hand side under H12 §5).
Equilibrium mobility_frozen(const Economy& e, const TradePattern& p) {
  const auto n = static_cast<Eigen::Index>(e.size());
  Eigen::VectorXd theta(n), w(n);
  const double s1 = e.sigma - 1.0;
  for (Eigen::Index i = 0; i < n; ++i) {
    const auto k = static_cast<std::size_t>(i);
    theta[i] = p.home_market[k] == Supplier::home ? 1.0 : (p.home_market[k] == Supplier::foreign ? 0.0 : 0.5);
    const double a = theta[i] > 0.0 ? e.home[i] : e.foreign[i];
    w[i] = std::log(e.weight(k)) + s1 * std::log(a);
  }
  const double m = w.maxCoeff();
  const Eigen::VectorXd shares = (w.array() - m).exp().matrix() / (w.array() - m).exp().sum();
  const double world = e.labor_home + e.labor_foreign;
  Equilibrium eq;
  eq.traded = true;
  eq.rel_wage = 1.0;
  eq.labor_home = theta.cwiseProduct(shares) * world;
  eq.labor_foreign = (Eigen::VectorXd::Ones(n) - theta).cwiseProduct(shares) * world;
  eq.pattern = p;
  return eq;
}

Eigen::VectorXd mobility_slacks(const Economy& e, const TradePattern& p) {
  const auto n = static_cast<Eigen::Index>(e.size());
  Eigen::VectorXd s(n);
  for (Eigen::Index i = 0; i < n; ++i) {
    const double d = std::log(e.home[i] / e.foreign[i]);
    const Supplier where = p.home_market[static_cast<std::size_t>(i)];
    s[i] = where == Supplier::home ? d : (where == Supplier::foreign ? -d : 1e-9 - std::fabs(d));
  }
  return s;
}

Economy with_state(const Economy& base, const ode::State& x) {
  Economy e = base;
  const auto n = static_cast<Eigen::Index>(base.size());
  e.home = x.head(n);
  e.foreign = x.tail(n);
  return e;
}

PathPoint point_at(const Economy& base, const Policy& policy, double t, const ode::State& x) {
  const auto n = static_cast<Eigen::Index>(base.size());
  const Equilibrium eq = equilibrium_at(base, policy, t, x.head(n), x.tail(n));
  return {t, eq.income_home, eq.income_foreign, eq.rel_wage, x.head(n), x.tail(n), eq.labor_home, eq.labor_foreign};
}

Path simulate_discrete(const Params& params, const Policy& policy, const SimulationOptions& options) {
  const auto n = static_cast<Eigen::Index>(params.economy.size());
  const double h = options.period;
  ode::State x(2 * n);
  x << params.economy.home, params.economy.foreign;
  const std::vector<double> grid = ode::time_grid(0.0, options.horizon, options.step);
  Path path;
  long period = 0;
  const Eigen::MatrixXd tau_t = params.tau.transpose();
  Equilibrium eq = equilibrium_at(params.economy, policy, 0.0, x.head(n), x.tail(n));
  for (double t : grid) {
    // The state after the last whole period that has ended by t (periods end at h, 2h, ...).
    const double periods = t / h;
    const auto target = static_cast<long>(std::floor(periods + 1e-9 * std::max(1.0, periods)));
    while (period < target) {
      // A(t+h) = A(t) + h τᵀ L(t) for active industries (H12 eq. (9) read period by period; h = 1 is
      // H12's reading): row j of τ sends, column i receives.
      const Eigen::VectorXd gh = (tau_t * eq.labor_home).cwiseProduct(active_mask(eq.pattern, true));
      const Eigen::VectorXd gf = (tau_t * eq.labor_foreign).cwiseProduct(active_mask(eq.pattern, false));
      const TradePattern before = eq.pattern;
      x.head(n) += h * gh;
      x.tail(n) += h * gf;
      ++period;
      ++path.steps;
      eq = equilibrium_at(params.economy, policy, static_cast<double>(period) * h, x.head(n), x.tail(n));
      if (!(eq.pattern == before)) path.switch_times.push_back(static_cast<double>(period) * h);
    }
    PathPoint p = point_at(params.economy, policy, static_cast<double>(period) * h, x);
    p.t = t;
    path.points.push_back(std::move(p));
  }
  return path;
}

/// Continuous time without mobility: the fast frozen right-hand side (learning_rhs.hpp) with
/// located switches and the Filippov motion along ties of two goods.
Path simulate_continuous(const Params& params, const Policy& policy, const SimulationOptions& options) {
  const FixedParameters fixed = FixedParameters::from(params);
  LearningRhs rhs(fixed);
  const Economy& base = params.economy;
  const auto n = static_cast<Eigen::Index>(base.size());
  ode::SwitchingSystem<LearningRegime> sys;
  // Regimes hold vectors: record each one once, with the first output index it covers.
  std::vector<std::pair<std::size_t, LearningRegime>> regimes;
  sys.regime_at = [&](double t, const ode::State& x) {
    const Eigen::VectorXd g = policy.openness_at(t);
    LearningRegime chosen = choose_regime(fixed, rhs, g, x);
    const LearningRegime* left = regimes.empty() ? nullptr : &regimes.back().second;
    // Two degenerate choices at a located switch, both valid at one instant only: the regime that
    // just ended (the static solver's tie-break at a tie of two goods' relative productivities
    // that the Filippov tie does not hold), or no trade although borders are open (every traded
    // good at one relative productivity: the no-trade band has shrunk to the point ω = a, where any
    // allocation, autarky's included, is an equilibrium). The path crosses such a point; continue
    // with the regime the motion enters, found a short way ahead along the field of the regime it
    // leaves.
    const bool degenerate =
        left != nullptr && (chosen == *left || (!chosen.traded && left->traded && (g.array() > 0.0).any()));
    if (degenerate) {
      Eigen::VectorXd field;
      rhs.field(*left, x, field);
      const double speed = field.cwiseAbs().maxCoeff();
      if (speed > 0.0) {
        const Eigen::VectorXd ahead = x + (1e-7 * x.cwiseAbs().maxCoeff() / speed) * field;
        LearningRegime entered = choose_regime(fixed, rhs, g, ahead);
        if (entered.traded && !(entered == *left)) chosen = std::move(entered);
      }
    }
    rhs.forget_last_solve();  // the integrator's regime object is about to change in place
    return chosen;
  };
  sys.rhs = [&](const LearningRegime& r, const ode::State& x, ode::State& dxdt, double) { rhs.field(r, x, dxdt); };
  sys.slacks_into = [&](const LearningRegime& r, double, const ode::State& x, Eigen::VectorXd& out) {
    rhs.slacks(r, x, out);
  };
  sys.scheduled = policy.dates();
  sys.record_regimes = false;
  sys.on_regime = [&](const LearningRegime& r, std::size_t first_output) {
    if (!regimes.empty() && regimes.back().first == first_output)
      regimes.back().second = r;
    else
      regimes.emplace_back(first_output, r);
  };
  ode::Tolerances tol;
  tol.atol = options.atol;
  tol.rtol = options.rtol;
  tol.max_dt = options.max_dt;
  tol.initial_dt = 0.0;  // chosen by ode::initial_step() at every (re)start, as solve_ivp does
  ode::State x0(2 * n);
  x0 << base.home, base.foreign;
  const std::vector<double> grid = ode::time_grid(0.0, options.horizon, options.step);
  // The output states, one column each, in one allocation.
  Eigen::MatrixXd states(2 * n, static_cast<Eigen::Index>(grid.size()));
  sys.record_states = false;
  sys.on_output = [&](std::size_t k, double, const ode::State& x) { states.col(static_cast<Eigen::Index>(k)) = x; };
  const auto traj = ode::integrate_switching(sys, x0, 0.0, grid, tol);
  Path path;
  path.points.reserve(traj.times.size());
  path.steps = traj.steps;
  path.rhs_calls = traj.rhs_calls;
  path.slack_calls = traj.slack_calls;
  path.location_slack_calls = traj.location_slack_calls;
  for (const auto& s : traj.switches) path.switch_times.push_back(s.time);
  // Near σ = 1 the price index needs the static solver's stable CES evaluation.
  const bool fast_outputs = std::fabs(base.sigma - 1.0) >= 1e-3;
  std::size_t in_force_index = 0;
  ode::State x(2 * n);
  Eigen::VectorXd labor_home(n), labor_foreign(n);
  LearningRegime opened;  // the regime at a liberalisation date, reused
  for (std::size_t k = 0; k < traj.times.size(); ++k) {
    while (in_force_index + 1 < regimes.size() && regimes[in_force_index + 1].first <= k) ++in_force_index;
    x = states.col(static_cast<Eigen::Index>(k));
    if (!fast_outputs) {
      path.points.push_back(point_at(base, policy, traj.times[k], x));
      continue;
    }
    PathPoint p;
    p.t = traj.times[k];
    if (options.record_vectors) {
      p.A_home = x.head(n);
      p.A_foreign = x.tail(n);
    }
    // An output at a liberalisation date is reported under the new openness (a date counts as
    // reached when t ≥ date), as by equilibrium_at().
    const LearningRegime& in_force = regimes[in_force_index].second;
    bool same_openness = true;
    if (std::find(sys.scheduled.begin(), sys.scheduled.end(), p.t) != sys.scheduled.end()) {
      const Eigen::VectorXd g = policy.openness_at(p.t);
      same_openness = std::equal(in_force.openness.begin(), in_force.openness.end(), g.data());
    }
    const LearningRegime* regime = &in_force;
    if (!same_openness) {
      opened = choose_regime(fixed, rhs, policy.openness_at(p.t), x);
      regime = &opened;
    }
    if (options.record_vectors || regime->tie.active)
      rhs.outputs(*regime, x, p.rel_wage, p.income_home, p.income_foreign, labor_home, labor_foreign);
    else
      rhs.incomes(*regime, x, p.rel_wage, p.income_home, p.income_foreign, options.closed_form_incomes);
    if (options.record_vectors) {
      p.L_home = labor_home;
      p.L_foreign = labor_foreign;
    }
    if (!std::isfinite(p.income_home) || !std::isfinite(p.income_foreign))
      p = point_at(base, policy, traj.times[k], x);  // validates and refuses what overflows
    path.points.push_back(std::move(p));
  }
  return path;
}

}  // namespace

void SimulationOptions::validate() const {
  require_in_closed("horizon", horizon, 0.0, std::numeric_limits<double>::max());
  require_positive("step", step);
  require_positive("rtol", rtol);
  require_positive("atol", atol);
  require_positive("max_dt", max_dt);
  require_positive("period", period);
}

Equilibrium equilibrium_at(const Economy& economy, const Policy& policy, double t, const Eigen::VectorXd& home,
                           const Eigen::VectorXd& foreign) {
  Economy e = economy;
  e.home = home;
  e.foreign = foreign;
  if (policy.mobility) return solve_mobility(e);
  return solve_static_equilibrium(e, policy.openness_at(t));
}

bool specialises(const Equilibrium& eq, const std::vector<std::size_t>& home_set) {
  const std::size_t n = eq.pattern.home_market.size();
  std::vector<bool> at_home(n, false);
  for (std::size_t i : home_set)
    if (i < n) at_home[i] = true;
  for (std::size_t i = 0; i < n; ++i) {
    const Supplier want = at_home[i] ? Supplier::home : Supplier::foreign;
    if (eq.pattern.home_market[i] != want || eq.pattern.foreign_market[i] != want) return false;
  }
  return true;
}

Path simulate(const Params& params, const Policy& policy, const SimulationOptions& options) {
  params.validate();
  policy.validate(params.economy.size());
  options.validate();
  if (options.time == TimeMode::discrete) return simulate_discrete(params, policy, options);
  if (!policy.mobility) return simulate_continuous(params, policy, options);

  const Economy& base = params.economy;
  const auto n = static_cast<Eigen::Index>(base.size());
  const Eigen::MatrixXd tau_t = params.tau.transpose();
  ode::SwitchingSystem<Regime> sys;
  sys.regime_at = [&](double t, const ode::State& x) {
    const Eigen::VectorXd g = policy.openness_at(t);
    const Equilibrium eq = equilibrium_at(base, policy, t, x.head(n), x.tail(n));
    return Regime{std::vector<double>(g.data(), g.data() + g.size()), eq.pattern, eq.traded};
  };
  auto frozen = [&](const Regime& r, const ode::State& x, Economy& e) {
    e = with_state(base, x);
    if (policy.mobility) return mobility_frozen(e, r.pattern);
    const Eigen::Map<const Eigen::VectorXd> g(r.openness.data(), static_cast<Eigen::Index>(r.openness.size()));
    return solve_with_pattern(e, g, r.pattern);
  };
  sys.rhs = [&](const Regime& r, const ode::State& x, ode::State& dxdt, double) {
    Economy e;
    const Equilibrium eq = frozen(r, x, e);
    dxdt.resize(2 * n);
    // H12 eq. (9): learning flows along τ's rows to its columns, only into active industries.
    if (eq.traded) {
      dxdt.head(n) = (tau_t * eq.labor_home).cwiseProduct(active_mask(r.pattern, true));
      dxdt.tail(n) = (tau_t * eq.labor_foreign).cwiseProduct(active_mask(r.pattern, false));
    } else {
      dxdt.head(n) = tau_t * eq.labor_home;
      dxdt.tail(n) = tau_t * eq.labor_foreign;
    }
  };
  sys.slacks = [&](const Regime& r, double, const ode::State& x) -> Eigen::VectorXd {
    Economy e;
    const Equilibrium eq = frozen(r, x, e);
    if (policy.mobility) return mobility_slacks(e, r.pattern);
    const Eigen::Map<const Eigen::VectorXd> g(r.openness.data(), static_cast<Eigen::Index>(r.openness.size()));
    return pattern_slacks(e, g, eq);
  };
  sys.scheduled = policy.dates();

  ode::Tolerances tol;
  tol.atol = options.atol;
  tol.rtol = options.rtol;
  tol.max_dt = options.max_dt;
  ode::State x0(2 * n);
  x0 << base.home, base.foreign;
  const std::vector<double> grid = ode::time_grid(0.0, options.horizon, options.step);
  const auto traj = ode::integrate_switching(sys, x0, 0.0, grid, tol);
  Path path;
  path.steps = traj.steps;
  for (const auto& s : traj.switches) path.switch_times.push_back(s.time);
  for (std::size_t k = 0; k < traj.times.size(); ++k)
    path.points.push_back(point_at(base, policy, traj.times[k], traj.states[k]));
  return path;
}

double first_time_free_trade_satisfies(const Params& params, const Policy& before,
                                       const std::function<bool(const Equilibrium&)>& condition, double horizon,
                                       double resolution, double tolerance, const SimulationOptions& options) {
  const auto n = static_cast<Eigen::Index>(params.economy.size());
  const Policy open = Policy::free_trade(params.economy.size());
  auto holds = [&](const Eigen::VectorXd& h, const Eigen::VectorXd& f) {
    return condition(equilibrium_at(params.economy, open, 0.0, h, f));
  };
  SimulationOptions o = options;
  o.horizon = horizon;
  o.step = resolution;
  o.time = TimeMode::continuous;
  const Path coarse = simulate(params, before, o);
  for (std::size_t k = 0; k < coarse.points.size(); ++k) {
    const PathPoint& p = coarse.points[k];
    if (!holds(p.A_home, p.A_foreign)) continue;
    if (k == 0) return 0.0;
    // Bisection on (t_{k-1}, t_k]: re-simulate from the state at t_{k-1} with the policy shifted.
    const PathPoint& q = coarse.points[k - 1];
    Params from = params;
    from.economy.home = q.A_home;
    from.economy.foreign = q.A_foreign;
    Policy shifted = before;
    shifted.liberalize_at = before.liberalize_at.array() - q.t;
    double lo = 0.0, hi = p.t - q.t;
    while (hi - lo > tolerance) {
      const double mid = 0.5 * (lo + hi);
      SimulationOptions m = options;
      m.horizon = mid;
      m.step = mid;
      m.time = TimeMode::continuous;
      const Path part = simulate(from, shifted, m);
      (holds(part.points.back().A_home, part.points.back().A_foreign) ? hi : lo) = mid;
    }
    (void)n;
    return q.t + hi;
  }
  return std::numeric_limits<double>::infinity();
}

}  // namespace clustertrade::trade_growth
