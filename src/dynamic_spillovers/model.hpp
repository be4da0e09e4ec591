/// \file model.hpp
/// \brief RC07 §4: one sector's technology levels \f$A_{N}, A_{S}\f$ under learning by doing
/// (with a cluster) and international spillovers, integrated through core/ode.hpp with the
/// overtaking kink and the cluster start/stop dates located.
///
/// Law of motion (RC07 §4, the unnumbered equation after "More generally"), for country
/// \f$i \in \{N, S\}\f$ with cluster intensity \f$s_i = \min(\bar L, L_{iM})/\bar L \in [0, 1]\f$:
/// \f[ \dot A_{i}/A_{i} = g\,s_i + \varepsilon\,(1 - a_{i}), \f]
/// where the text's behaviour needs \f$a_i = \min\{A_i/A_{-i}, 1\}\f$ (the leader gets no spillover),
/// whereas the paper prints \f$a_i = \max\{A_i/A_{-i}, 1\}\f$. Both are implemented (SpilloverRule).
/// The state integrated is \f$(\ln A_N, \ln A_S)\f$: exact for pure exponential growth and the relative
/// gap \f$a = A_S/A_N\f$ is a difference of the two components, so its error is absolute in \f$\ln a\f$.
#pragma once

#include <limits>
#include <vector>

#include "core/ode.hpp"

namespace clustertrade::dynamic_spillovers {

/// Which definition of the relative-technology variable \f$a_{i}\f$ enters the spillover term.
enum class SpilloverRule {
  /// \f$a_i = \min\{A_i/A_{-i}, 1\}\f$: what RC07 §4's text describes (the follower learns, the
  /// leader gets nothing); it yields the steady gap \f$\hat a = 1 - g/\varepsilon\f$.
  text_min,
  /// \f$a_i = \max\{A_i/A_{-i}, 1\}\f$: as printed in RC07 §4 ("More generally, letting ...");
  /// the follower gets no spillover and the leader a negative one.
  printed_max,
};

/// The parameters of one sector's two-country dynamics (RC07 §4). Read-only once validated.
struct Params {
  double g = 0.02;               ///< learning-by-doing growth rate with a full cluster, \f$g > 0\f$
  double epsilon = 0.05;         ///< spillover strength \f$\varepsilon > g\f$ (RC07 §4 assumes \f$\varepsilon > g\f$)
  double a_north0 = 1.0;         ///< North's initial level \f$A_N(0) > 0\f$
  double a_south0 = 0.5;         ///< South's initial level \f$A_S(0) > 0\f$
  double north_intensity = 1.0;  ///< North's cluster intensity \f$s_N \in [0, 1]\f$ (RC07: clustered throughout)
  double south_intensity_before = 0.0;  ///< South's cluster intensity before the switch date, in [0, 1]
  double south_intensity_after = 1.0;   ///< South's cluster intensity from the switch date on, in [0, 1]
  /// The date \f$T_0 \ge 0\f$ at which South's intensity changes; \f$+\infty\f$ means never.
  double south_switch_time = std::numeric_limits<double>::infinity();
  SpilloverRule rule = SpilloverRule::text_min;  ///< definition of \f$a_i\f$

  /// Throws InvalidParameter unless g > 0, epsilon > g, both initial levels > 0, all intensities in
  /// [0, 1], south_switch_time ≥ 0 (or +inf); every number finite (except the never-switch date).
  void validate() const;
};

/// South's cluster intensity at time t (the switch date belongs to the new regime).
/// \param params the economy (intensities before/after, switch date)  \param t model time ≥ 0
/// \return \f$s_S(t) \in [0, 1]\f$
double south_intensity_at(const Params& params, double t);

/// The regime frozen within an integration segment: who leads and South's cluster intensity.
struct Regime {
  bool north_leads = true;       ///< \f$A_N \ge A_S\f$ (tie-break: North)
  double south_intensity = 0.0;  ///< South's \f$s_S\f$ in force
  /// Regimes compare equal when both fields are equal.
  /// \return whether leader and intensity are equal
  bool operator==(const Regime&) const = default;
};

/// Growth rates \f$(\dot A_N/A_N, \dot A_S/A_S)\f$ at levels \f$(A_N, A_S)\f$ with South's intensity
/// \f$s_S\f$ (RC07 §4): \f$g s_i + \varepsilon(1 - a_i)\f$, \f$a_i\f$ per `params.rule`. Continuous in the
/// levels, with a kink at \f$A_N = A_S\f$.
/// \param params the economy (g, ε, North's intensity, rule)
/// \param a_north \f$A_N > 0\f$  \param a_south \f$A_S > 0\f$
/// \param south_intensity \f$s_S \in [0, 1]\f$ in force
/// \return \f$(\dot A_N/A_N, \dot A_S/A_S)\f$ per unit time
std::pair<double, double> growth_rates(const Params& params, double a_north, double a_south, double south_intensity);

/// The switching system on the state \f$(\ln A_N, \ln A_S)\f$: regime = (leader, South intensity);
/// slack = \f$\ln A_{\text{leader}} - \ln A_{\text{follower}}\f$; scheduled date = South's switch time.
/// \param params the economy
/// \return the system for ode::integrate_switching
ode::SwitchingSystem<Regime> make_system(const Params& params);

/// One simulated path on an output grid.
struct Path {
  std::vector<double> t;                   ///< output times
  std::vector<double> a_north;             ///< \f$A_N(t)\f$
  std::vector<double> a_south;             ///< \f$A_S(t)\f$
  std::vector<double> ratio;               ///< \f$a(t) = A_S/A_N\f$
  std::vector<double> growth_north;        ///< \f$\dot A_N/A_N\f$ at t (regime in force after t)
  std::vector<double> growth_south;        ///< \f$\dot A_S/A_S\f$ at t
  std::vector<ode::SwitchEvent> switches;  ///< overtakings (event 0) and scheduled dates (-1)
  std::size_t steps = 0;                   ///< accepted dopri5 steps
};

/// Integrates RC07 §4's law of motion from t = 0 and reports it at `times` (sorted, from 0 on),
/// through ode::integrate_switching (dense-output dopri5, switches located). Validates `params`.
/// \param params the economy
/// \param times output times, sorted, from 0 on
/// \param tol the integrator's error tolerances, step limits and switch-location tolerance
/// \return the path at `times`, with the located switches
Path simulate(const Params& params, const std::vector<double>& times, const ode::Tolerances& tol = {});

/// RC07 §4's steady-state gap without a South cluster: \f$\hat a = 1 - g/\varepsilon\f$, from
/// \f$g = \varepsilon(1 - \hat a)\f$. Validates nothing; requires \f$\varepsilon > g\f$ for \f$\hat a > 0\f$.
/// \param g growth from a full cluster, g > 0  \param epsilon spillover rate ε
/// \return \f$\hat a\f$
double steady_state_gap(double g, double epsilon);

/// The follower's limit ratio under the text's rule when the leader has intensity \f$s_\ell\f$ and the
/// follower \f$s_f \le s_\ell\f$: \f$K = 1 - (s_\ell - s_f) g/\varepsilon\f$ (1 when \f$s_f = s_\ell\f$).
/// \param g growth from a full cluster  \param epsilon spillover rate ε > g
/// \param s_leader leader's intensity \f$s_\ell \in [0, 1]\f$  \param s_follower follower's intensity \f$s_f\f$
/// \return K
double follower_limit_ratio(double g, double epsilon, double s_leader, double s_follower);

/// Closed form of the follower/leader ratio \f$r = A_f/A_\ell \le 1\f$ under the text's rule while the
/// leader stays ahead: \f$\dot r/r = c - \varepsilon r\f$ with \f$c = \varepsilon + (s_f - s_\ell) g\f$ (a
/// logistic equation), so \f$r(t) = r_0 e^{ct}/(1 + \varepsilon r_0 (e^{ct}-1)/c)\f$ (\f$(e^{ct}-1)/c \to t\f$ as
/// \f$c \to 0\f$). RC07 §4 with \f$s_\ell = 1, s_f = 0\f$: \f$\dot a/a = -g + \varepsilon(1 - a)\f$.
/// \param r0 initial ratio \f$r_0 \in (0, 1]\f$  \param t time since the start, ≥ 0
/// \param g growth from a full cluster  \param epsilon spillover rate ε
/// \param s_leader leader's intensity \f$s_\ell\f$  \param s_follower follower's intensity \f$s_f\f$
/// \return r(t)
double follower_ratio_closed_form(double r0, double t, double g, double epsilon, double s_leader, double s_follower);

/// Closed form of the follower/leader ratio under the printed rule (follower: no spillover;
/// leader: \f$\varepsilon(1 - 1/r)\f$): \f$\dot r = (c - \varepsilon) r + \varepsilon\f$ with
/// \f$c = (s_f - s_\ell) g\f$, linear, so \f$r \to r^* = \varepsilon/(\varepsilon - c)\f$ at rate
/// \f$\varepsilon - c\f$ (\f$r^* = \varepsilon/(\varepsilon + g)\f$ in RC07's no-cluster case).
/// \param r0 initial ratio \f$r_0 > 0\f$  \param t time since the start, ≥ 0
/// \param g growth from a full cluster  \param epsilon spillover rate ε
/// \param s_leader leader's intensity \f$s_\ell\f$  \param s_follower follower's intensity \f$s_f\f$
/// \return r(t)
double printed_ratio_closed_form(double r0, double t, double g, double epsilon, double s_leader, double s_follower);

/// The printed rule's stationary ratio \f$r^* = \varepsilon/(\varepsilon + (s_\ell - s_f) g)\f$.
/// \param g growth from a full cluster  \param epsilon spillover rate ε
/// \param s_leader leader's intensity \f$s_\ell\f$  \param s_follower follower's intensity \f$s_f\f$
/// \return \f$r^*\f$
double printed_limit_ratio(double g, double epsilon, double s_leader, double s_follower);

/// Under the text's rule, the time at which the follower overtakes the leader: the ratio
/// \f$q = A_f/A_\ell\f$ starts at \f$q_0 < 1\f$ and follows the logistic of follower_ratio_closed_form(),
/// which passes 1 only when the follower learns faster, \f$c = \varepsilon + (s_f - s_\ell)g > \varepsilon\f$;
/// then \f$t^* = \ln\big((c - \varepsilon q_0)/(q_0 (c - \varepsilon))\big)/c\f$. Returns +inf when \f$c \le
/// \varepsilon\f$.
///
/// \param q0 initial ratio \f$q_0 \in (0, 1)\f$  \param g growth from a full cluster
/// \param epsilon spillover rate ε
/// \param s_leader leader's intensity \f$s_\ell\f$  \param s_follower follower's intensity \f$s_f\f$
/// \return \f$t^*\f$, or +inf
double overtaking_time(double q0, double g, double epsilon, double s_leader, double s_follower);

}  // namespace clustertrade::dynamic_spillovers
