/// \file ode.hpp
/// \brief ODE integration on Boost.Odeint with regime-switch location.
///
/// Many right-hand sides in these papers are piecewise smooth: a trade pattern changes, a
/// country overtakes the other, a cluster starts at a date. Integrating blindly across such a
/// kink costs accuracy silently. integrate_switching() freezes the regime as a parameter of the
/// right-hand side (smooth within a segment), watches continuous event functions ("slacks")
/// after every accepted step, locates a sign change with TOMS 748 on the stepper's dense output
/// (`calc_state`, which costs no right-hand-side calls), and restarts the stepper there — dopri5
/// caches the old system's derivative (FSAL), so `initialize()` is required after a switch.
///
/// The odeint + Eigen includes live here, in this fixed order, and nowhere else.
#pragma once

// clang-format off
#include <Eigen/Dense>
#include <boost/numeric/odeint.hpp>
#include <boost/numeric/odeint/external/eigen/eigen.hpp>
// clang-format on

/// \cond INTERNAL
// odeint's step-size control (default_operations::rel_error) reads the error estimate, the state and
// its derivative through get_unit_value(), which returns a copy: three state-sized heap allocations
// and copies per step attempt with Eigen states. Read by reference, the same coefficient-wise
// arithmetic runs on the same numbers, without the copies (issue 21).
namespace boost::numeric::odeint::detail {
template <>
struct get_unit_value_impl<Eigen::VectorXd> {
  static const Eigen::VectorXd& value(const Eigen::VectorXd& t) { return t; }
  using result_type = const Eigen::VectorXd&;
};
}  // namespace boost::numeric::odeint::detail
/// \endcond

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <functional>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/roots.hpp"

namespace clustertrade::ode {

/// The state vector type of every system.
using State = Eigen::VectorXd;

/// Dormand–Prince 5(4) with Eigen's vector-space algebra; used through its dense output.
using Dopri5 = boost::numeric::odeint::runge_kutta_dopri5<State, double, State, double,
                                                          boost::numeric::odeint::vector_space_algebra>;

/// Runge–Kutta–Fehlberg 7(8): the independent reference solver for cross-checks.
using Rkf78 = boost::numeric::odeint::runge_kutta_fehlberg78<State, double, State, double,
                                                             boost::numeric::odeint::vector_space_algebra>;

/// Integration controls. Tolerances are parameters, never constants buried in a model.
struct Tolerances {
  double atol = 1e-10;       ///< absolute error per step
  double rtol = 1e-10;       ///< relative error per step
  double max_dt = 1.0;       ///< largest step: one step must not hide two switches
  double initial_dt = 1e-3;  ///< first trial step after each (re)start; ≤ 0: initial_step() chooses it
  double event_tol = 1e-12;  ///< width of the bracket that locates a switch time (relative to max(1, |t|))
  /// A slack within slack_zero·max(1, ‖x‖∞) of zero is zero (round-off, not a crossing): a regime ends
  /// only where a slack falls below −slack_zero·max(1, ‖x‖∞). 256 machine epsilons: a few rounding
  /// errors of a difference of two state components, each up to ‖x‖∞.
  double slack_zero = 256.0 * std::numeric_limits<double>::epsilon();
  std::size_t max_steps = 10'000'000;  ///< guard against a runaway integration
  std::size_t max_switches = 100'000;  ///< guard against chattering between regimes
};

/// A piecewise-smooth system. `Regime` is any copyable, equality-comparable description of the
/// piece in force (a trade pattern, who leads, whether a cluster exists).
template <class Regime>
struct SwitchingSystem {
  /// The regime at (t, x), with a deterministic tie-break. Called at the start, after each located
  /// switch (with a state just past it), and at each scheduled date (with t equal to that date:
  /// a date counts as reached when t ≥ date).
  std::function<Regime(double t, const State& x)> regime_at;
  /// dx/dt with the regime frozen.
  std::function<void(const Regime& regime, const State& x, State& dxdt, double t)> rhs;
  /// Continuous event functions: every entry ≥ 0 while `regime` stays valid, a sign change ends
  /// it. May be empty (no endogenous switches).
  std::function<Eigen::VectorXd(const Regime& regime, double t, const State& x)> slacks;
  /// The same event functions written into `out` (resized by the callee) — used instead of
  /// `slacks` when set, so that a caller can avoid a heap allocation per evaluation.
  std::function<void(const Regime& regime, double t, const State& x, Eigen::VectorXd& out)> slacks_into;
  /// Exogenous switch dates (liberalisation dates, cluster start dates), in any order.
  std::vector<double> scheduled;
  /// Whether Trajectory::regimes records a copy of the regime at every output time (the default).
  /// A caller whose regimes are costly to copy turns it off and listens to `on_regime` instead.
  bool record_regimes = true;
  /// Called with each regime entered (at the start and after every switch) and the number of output
  /// times already emitted: outputs from that index on lie in this regime (until the next call).
  std::function<void(const Regime& regime, std::size_t first_output)> on_regime;
  /// Whether Trajectory::states keeps a copy of the state at every output time (the default). A
  /// caller that stores the states itself turns it off and listens to `on_output` instead.
  bool record_states = true;
  /// Called at each output time with its index, the time and the state (valid during the call only).
  std::function<void(std::size_t index, double time, const State& state)> on_output;
};

/// One located or scheduled switch.
struct SwitchEvent {
  double time;      ///< when it happened
  int event_index;  ///< which slack crossed zero; -1 for a scheduled date
};

/// The solution on the requested output grid.
template <class Regime>
struct Trajectory {
  std::vector<double> times;             ///< the output times
  std::vector<State> states;             ///< the state at each output time (if recorded)
  std::vector<Regime> regimes;           ///< the regime in force at each output time (if recorded)
  std::vector<SwitchEvent> switches;     ///< every switch, in time order
  std::size_t steps = 0;                 ///< accepted steps
  std::size_t rhs_calls = 0;             ///< right-hand-side evaluations (all)
  std::size_t slack_calls = 0;           ///< slack evaluations (all)
  std::size_t location_slack_calls = 0;  ///< slack evaluations spent locating switches (subset of slack_calls)
};

/// The first trial step of an order-p method from (t0, x0) by Hairer, Nørsett and Wanner's rule
/// (Solving ODEs I, §II.4, "Starting step size"; the rule SciPy's solve_ivp uses): with the weights
/// \f$s_i = \text{atol} + |x_{0,i}|\,\text{rtol}\f$ and RMS norms, \f$d_0 = \|x_0\|\f$, \f$d_1 =
/// \|f_0\|\f$, \f$h_0 = 0.01\,d_0/d_1\f$ (10⁻⁶ when either is below 10⁻⁵), one Euler step to
/// \f$x_1 = x_0 + h_0f_0\f$, \f$d_2 = \|f(x_1) - f_0\|/h_0\f$, \f$h_1 = (0.01/\max(d_1, d_2))^{1/(p+1)}\f$
/// (or \f$\max(10^{-6}, 10^{-3}h_0)\f$ when both are below 10⁻¹⁵), and the step \f$\min(100h_0, h_1)\f$.
/// Costs two evaluations of f.
/// \param f the right-hand side \param x0 the state \param t0 the time \param order p (4 for Dopri5's
/// error estimate) \param tol the tolerances \param interval the longest step allowed
/// \return the first trial step
template <class F>
double initial_step(F&& f, const State& x0, double t0, int order, const Tolerances& tol, double interval) {
  State f0(x0.size()), f1(x0.size());
  f(x0, f0, t0);
  const Eigen::ArrayXd scale = tol.atol + x0.array().abs() * tol.rtol;
  auto rms = [&](const Eigen::ArrayXd& v) { return std::sqrt((v / scale).square().mean()); };
  const double d0 = rms(x0.array()), d1 = rms(f0.array());
  double h0 = d0 < 1e-5 || d1 < 1e-5 ? 1e-6 : 0.01 * d0 / d1;
  h0 = std::min(h0, interval);
  const State x1 = x0 + h0 * f0;
  f(x1, f1, t0 + h0);
  const double d2 = rms((f1 - f0).array()) / h0;
  const double h1 =
      d1 <= 1e-15 && d2 <= 1e-15 ? std::max(1e-6, h0 * 1e-3) : std::pow(0.01 / std::max(d1, d2), 1.0 / (order + 1));
  return std::min({100.0 * h0, h1, interval});
}

/// Integrates `system` from (t0, x0) and reports the state at `output_times` (sorted, ≥ t0,
/// non-empty; the last one is the horizon), locating every switch and restarting there.
/// Equation form: dx/dt = f_r(x, t) with r = regime_at(t⁺, x) piecewise constant.
/// Throws std::runtime_error when a guard (steps, switches) trips, std::logic_error when
/// `regime_at` picks a regime whose slacks are clearly negative at a restart.
/// \param system the right-hand side per regime, the regime rule, the slacks and the scheduled dates
/// \param x0 the initial state  \param t0 the initial time
/// \param output_times where to report the state  \param tol tolerances and guards
/// \return the states, regimes and switches on the output grid
template <class Regime>
Trajectory<Regime> integrate_switching(const SwitchingSystem<Regime>& system, State x0, double t0,
                                       const std::vector<double>& output_times, const Tolerances& tol = {}) {
  namespace odeint = boost::numeric::odeint;
  if (output_times.empty() || !std::is_sorted(output_times.begin(), output_times.end()) || output_times.front() < t0)
    throw std::invalid_argument("integrate_switching: output times must be sorted, non-empty and >= t0");
  std::vector<double> scheduled;
  for (double s : system.scheduled)
    if (s > t0 && std::isfinite(s)) scheduled.push_back(s);
  std::sort(scheduled.begin(), scheduled.end());
  scheduled.erase(std::unique(scheduled.begin(), scheduled.end()), scheduled.end());

  Trajectory<Regime> out;
  const double t_end = output_times.back();
  double t = t0;
  State x = std::move(x0);
  Regime regime = system.regime_at(t, x);
  std::size_t next_output = 0;
  std::size_t next_scheduled = 0;
  out.times.reserve(output_times.size());
  if (system.record_states) out.states.reserve(output_times.size());
  if (system.record_regimes) out.regimes.reserve(output_times.size());
  auto emit = [&](double time, const State& state) {
    if (system.on_output) system.on_output(out.times.size(), time, state);
    out.times.push_back(time);
    if (system.record_states) out.states.push_back(state);
    if (system.record_regimes) out.regimes.push_back(regime);
  };
  auto entered = [&] {
    if (system.on_regime) system.on_regime(regime, out.times.size());
  };
  entered();
  while (next_output < output_times.size() && output_times[next_output] <= t) emit(output_times[next_output++], x);

  auto dense = odeint::make_dense_output(tol.atol, tol.rtol, tol.max_dt, Dopri5());
  auto frozen = [&](const State& state, State& dxdt, double time) {
    ++out.rhs_calls;
    system.rhs(regime, state, dxdt, time);
  };
  State probe(x.size());
  const bool has_slacks = static_cast<bool>(system.slacks) || static_cast<bool>(system.slacks_into);
  Eigen::VectorXd slack_buffer;
  auto eval_slacks = [&](double time, const State& state) -> const Eigen::VectorXd& {
    ++out.slack_calls;
    if (system.slacks_into)
      system.slacks_into(regime, time, state, slack_buffer);
    else
      slack_buffer = system.slacks(regime, time, state);
    return slack_buffer;
  };
  auto check_restart = [&](double time, const State& state) {
    if (!has_slacks) return;
    const Eigen::VectorXd& s = eval_slacks(time, state);
    const double scale = 1e-6 * std::max(1.0, state.cwiseAbs().maxCoeff());
    if (s.size() > 0 && s.minCoeff() < -scale)
      throw std::logic_error("integrate_switching: regime_at chose a regime whose slacks are negative at t = " +
                             std::to_string(time));
  };
  check_restart(t, x);

  while (t < t_end) {
    if (out.switches.size() > tol.max_switches) throw std::runtime_error("integrate_switching: too many switches");
    const double segment_end = next_scheduled < scheduled.size() ? std::min(scheduled[next_scheduled], t_end) : t_end;
    const double room = std::min(segment_end - t, tol.max_dt);
    dense.initialize(
        x, t,
        tol.initial_dt > 0.0 ? std::min(tol.initial_dt, segment_end - t) : initial_step(frozen, x, t, 4, tol, room));
    bool restarted = false;
    while (!restarted) {
      if (++out.steps > tol.max_steps) throw std::runtime_error("integrate_switching: step limit reached");
      const auto [t_prev, t_new] = dense.do_step(std::ref(frozen));
      const double t_check = std::min(t_new, segment_end);
      // 1. A slack that turned negative inside (t_prev, t_check]: locate the earliest crossing.
      double t_event = std::numeric_limits<double>::infinity();
      int event_index = -1;
      if (has_slacks) {
        // At the step's end, the stepper's own state (where its last stage was evaluated, so a
        // caller may reuse that evaluation); before a segment end, the dense output.
        const bool at_step_end = t_check == t_new;
        if (!at_step_end) dense.calc_state(t_check, probe);
        const State& x_now = at_step_end ? dense.current_state() : probe;
        // The round-off band, fixed for this step so that both ends of a bracket are judged alike.
        const double band = tol.slack_zero * std::max(1.0, x_now.cwiseAbs().maxCoeff());
        const Eigen::VectorXd& s_now = eval_slacks(t_check, x_now);
        bool any_negative = false;
        for (Eigen::Index i = 0; i < s_now.size(); ++i) any_negative = any_negative || s_now[i] < -band;
        // Copied only when a switch must be located (the buffer is reused by the location below).
        const Eigen::VectorXd s_end = any_negative ? s_now : Eigen::VectorXd();
        for (Eigen::Index i = 0; i < s_end.size(); ++i) {
          if (!(s_end[i] < -band)) continue;
          // Slack i shifted by the band, always from the dense output (both ends evaluated alike):
          // negative exactly where the slack lies below the band.
          auto slack_i = [&](double time) {
            dense.calc_state(time, probe);
            ++out.location_slack_calls;
            return eval_slacks(time, probe)[i] + band;
          };
          const double lower = t_prev;
          if (slack_i(lower) < 0.0) {  // already below the band at the step start: a switch there
            t_event = lower;
            event_index = static_cast<int>(i);
            break;
          }
          // The dense output at the step's end may differ from the stepper's state by round-off:
          // when it puts the slack back within the band, nothing crossed in this step.
          if (!(slack_i(t_check) < 0.0)) continue;
          const Bracket b = find_root(slack_i, lower, t_check, tol.event_tol * std::max(1.0, std::fabs(t_check)));
          // Restart from the end of the bracket where the slack is already below the band: the new
          // regime is then unambiguous.
          const double crossing = slack_i(b.lower) < 0.0 ? b.lower : b.upper;
          if (crossing < t_event) {
            t_event = crossing;
            event_index = static_cast<int>(i);
          }
        }
      }
      const double t_stop = std::min(t_event, t_check);
      // 2. Output times up to the stop, from the dense output of the current regime.
      while (next_output < output_times.size() && output_times[next_output] <= t_stop) {
        dense.calc_state(output_times[next_output], probe);
        emit(output_times[next_output++], probe);
      }
      // 3. Restart at an event, at a scheduled date, or finish.
      if (event_index >= 0) {
        t = t_event;
        dense.calc_state(t, x);
        regime = system.regime_at(t, x);
        entered();
        out.switches.push_back({t, event_index});
        check_restart(t, x);
        restarted = true;
      } else if (t_new >= segment_end) {
        t = segment_end;
        dense.calc_state(t, x);
        if (next_scheduled < scheduled.size() && scheduled[next_scheduled] == segment_end) {
          ++next_scheduled;
          regime = system.regime_at(t, x);
          entered();
          out.switches.push_back({t, -1});
          check_restart(t, x);
        }
        restarted = true;
      }
    }
  }
  while (next_output < output_times.size()) emit(output_times[next_output++], x);
  return out;
}

/// The evenly spaced grid t0, t0 + dt, ..., up to and including `horizon` (the last point is the
/// horizon itself even when dt does not divide it).
/// \param t0 first point  \param horizon last point  \param dt spacing (> 0)
/// \return the grid
std::vector<double> time_grid(double t0, double horizon, double dt);

/// Integrates a smooth system dx/dt = f(x, t) from t0 to t1 with the controlled Fehlberg 7(8)
/// stepper — an independent reference for checking integrate_switching within one regime.
/// \param f the right-hand side  \param x0 the initial state  \param t0 start  \param t1 end
/// \param atol absolute tolerance  \param rtol relative tolerance
/// \return the state at t1
State integrate_reference(const std::function<void(const State&, State&, double)>& f, State x0, double t0, double t1,
                          double atol = 1e-13, double rtol = 1e-13);

}  // namespace clustertrade::ode
