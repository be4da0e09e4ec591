/// \file dynamics.hpp
/// \brief Learning dynamics of H12 (eq. (9)) under any trade policy: continuous time with the trade
/// pattern's switches located (core/ode.hpp integrate_switching), or H12's period-by-period reading.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include <Eigen/Dense>

#include "trade_growth/params.hpp"
#include "trade_growth/policy.hpp"
#include "trade_growth/static_equilibrium.hpp"

namespace clustertrade::trade_growth {

/// How time runs.
enum class TimeMode {
  continuous,  ///< \f$\dot A_i = \sum_j \tau_{ji}L_j\f$ for active i (H12 eq. (9)), Dormand–Prince with switch location
  discrete,    ///< \f$A_i(t+h) = A_i(t) + h\sum_j \tau_{ji}L_j(t)\f$ for active i (H12's "periods": h = 1)
};

/// Controls of simulate().
struct SimulationOptions {
  double horizon = 50.0;                 ///< T: last output time
  double step = 1.0;                     ///< output spacing; outputs at 0, step, 2 step, …, T (T included)
  TimeMode time = TimeMode::continuous;  ///< continuous or discrete periods
  double rtol = 1e-10;                   ///< relative error per step (continuous)
  double atol = 1e-10;                   ///< absolute error per step (continuous)
  double max_dt = 1.0;                   ///< largest integration step (continuous)
  double period = 1.0;                   ///< period length h of the discrete model (TimeMode::discrete; H12: 1)
  /// false: the output points keep only t, the incomes and the relative wage (PathPoint's A_home,
  /// A_foreign, L_home, L_foreign stay empty) — for sweeps that compare incomes (H12 Prop. 1); they
  /// then cost no allocation per output. Honoured in continuous time without mobility.
  bool record_vectors = true;
  /// With record_vectors false: true computes the incomes in closed form where one exists (equal to
  /// rounding; the fastest), false by the same solve as with record_vectors true, so the incomes are
  /// the same to the last bit whatever a path records (the claim checks: issue 21).
  bool closed_form_incomes = true;

  /// Throws InvalidParameter unless horizon ≥ 0 (`horizon`), step > 0 (`step`), rtol, atol > 0
  /// (`rtol`, `atol`), max_dt > 0 (`max_dt`) and period > 0 (`period`), all finite.
  void validate() const;
};

/// The economy at one output time.
struct PathPoint {
  double t = 0.0;               ///< time
  double income_home = 0.0;     ///< real income \f$D = wL/P\f$ (foreign wage numeraire)
  double income_foreign = 0.0;  ///< \f$D^*\f$
  double rel_wage = 0.0;        ///< \f$\omega = w/w^*\f$; NaN while nothing is traded
  Eigen::VectorXd A_home;       ///< \f$A_i(t)\f$
  Eigen::VectorXd A_foreign;    ///< \f$A^*_i(t)\f$
  Eigen::VectorXd L_home;       ///< employment \f$L_i(t)\f$ at home
  Eigen::VectorXd L_foreign;    ///< employment \f$L^*_i(t)\f$ abroad
};

/// A simulated time path.
struct Path {
  std::vector<PathPoint> points;         ///< one per output time
  std::vector<double> switch_times;      ///< every located regime switch and scheduled date passed
  std::size_t steps = 0;                 ///< accepted integration steps (continuous) or periods (discrete)
  std::size_t rhs_calls = 0;             ///< right-hand-side evaluations (continuous, no mobility)
  std::size_t slack_calls = 0;           ///< event-function evaluations (continuous, no mobility)
  std::size_t location_slack_calls = 0;  ///< of which spent locating switches
};

/// Simulates H12's economy from `params.economy` (productivities at t = 0) under `policy`.
///
/// At every instant the static equilibrium (solve_static_equilibrium(), or solve_mobility() under
/// `policy.mobility`) gives employment; technology then grows by H12 eq. (9):
/// \f$\dot A_i = \sum_j \tau_{ji} L_j\f$ if \f$L_i > 0\f$ (the industry is active in that country: it
/// supplies at least part of some market), else 0; likewise abroad with \f$L^*\f$. τ's row j sends,
/// column i receives. In continuous time the trade pattern (who supplies which market; the industry
/// locations under mobility) is the regime of integrate_switching(): the right-hand side
/// (LearningRhs) is smooth while it holds, its inequalities are watched as slacks, and each change is
/// located and the integration restarted, as at every liberalisation date; at a switch the regime the
/// motion enters is chosen, and two goods tied in relative productivity slide along the tie
/// (Filippov; choose_regime(), learning_rhs.hpp). In discrete time \f$A(t+h) = A(t) + h\,\tau^TL(t)\f$
/// with h = `options.period`.
/// \param params initial economy and learning matrix τ \param policy the openness schedule (or mobility)
/// \param options horizon, output spacing, continuous or discrete time, tolerances
/// \return the path at every output time, with the switch times and work counts
/// \throws InvalidParameter from the validations of `params`, `policy` and `options`; InvalidParameter
/// (`sigma`) when, with σ < 1 and goods not freely traded, the path reaches a fold of the equilibrium
/// set where the static equilibrium alternates between two wages (choose_regime()).
Path simulate(const Params& params, const Policy& policy, const SimulationOptions& options);

/// The static equilibrium at time t with productivities `home`, `foreign` under `policy`.
/// \param economy σ, labour and taste weights (its productivities are replaced)
/// \param policy the openness schedule (or mobility) \param t the time at which the openness is read
/// \param home home productivities \f$A_i(t)\f$ \param foreign foreign productivities \f$A^*_i(t)\f$
/// \return the equilibrium (solve_mobility() under `policy.mobility`, else solve_static_equilibrium())
Equilibrium equilibrium_at(const Economy& economy, const Policy& policy, double t, const Eigen::VectorXd& home,
                           const Eigen::VectorXd& foreign);

/// True when, in `eq`, home alone supplies both markets of exactly the industries in `home_set`
/// (0-based) and foreign alone supplies both markets of all others — e.g. cluster-building trade
/// in H12 Figs. 3, 6 and 7 is `{0, 1}`.
/// \param eq a solved equilibrium \param home_set the industries home should make (0-based)
/// \return whether the pattern is exactly that specialisation
bool specialises(const Equilibrium& eq, const std::vector<std::size_t>& home_set);

/// The first time in (0, horizon] at which `condition` holds for the free-trade equilibrium of the
/// productivities reached under `before` (H12 §4: "delay liberalisation until trade becomes
/// cluster building"). The first grid point (spacing `resolution`) where it holds is refined by
/// bisection on re-simulated states to `tolerance`. Returns +inf when it never holds. Assumes
/// the condition, once true, stays true within one grid interval.
/// \param params initial economy and learning matrix τ \param before the policy followed until then
/// \param condition the test on the free-trade equilibrium \param horizon the latest time searched
/// \param resolution grid spacing of the search (time units) \param tolerance bisection tolerance (time units)
/// \param options simulation options for the paths under `before`
/// \return the first such time, or +inf
double first_time_free_trade_satisfies(const Params& params, const Policy& before,
                                       const std::function<bool(const Equilibrium&)>& condition, double horizon,
                                       double resolution = 0.05, double tolerance = 1e-9,
                                       const SimulationOptions& options = {});

}  // namespace clustertrade::trade_growth
