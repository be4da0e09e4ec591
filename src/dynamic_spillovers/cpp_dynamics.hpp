/// \file cpp_dynamics.hpp
/// \brief CPP §5's statement of the dynamics, implemented as written, for comparison with RC07 §4.
///
/// CPP writes the rich region's productivity variable \f$Z_{iRt}\f$ growing at \f$x\f$ with a cluster,
/// and the poor region's growing at \f$\hat z\f$ without a cluster (eq. 5) or at \f$x + \hat z\f$ with one
/// (eq. 6), where \f$\hat z\f$ is *defined* as the ratio \f$Z_{iPt}/Z_{iRt}\f$. Read literally, the ratio
/// \f$z = Z_P/Z_R\f$ obeys \f$\dot z/z = z - x\f$ (eq. 5) or \f$\dot z/z = z\f$ (eq. 6): there is no spillover
/// parameter, and the only stationary ratio, \f$z = x\f$, is repelling. This file integrates those
/// equations through core/ode.hpp and gives their closed forms.
#pragma once

#include <limits>
#include <vector>

#include "core/ode.hpp"

namespace clustertrade::dynamic_spillovers {

/// CPP §5's dynamics as written (crosswalk to RC07: \f$Z \leftrightarrow A\f$, \f$x \leftrightarrow g\f$,
/// \f$\hat z \leftrightarrow a\f$; R = North, P = South).
struct CppParams {
  double x = 0.02;       ///< the rich region's growth rate with its cluster, \f$x > 0\f$
  double z_rich0 = 1.0;  ///< \f$Z_R(0) > 0\f$
  double z_poor0 = 0.6;  ///< \f$Z_P(0) > 0\f$
  /// Date from which P has a cluster (eq. 6 instead of eq. 5); +inf: never.
  double cluster_from = std::numeric_limits<double>::infinity();
  double ratio_max = 1e6;   ///< the run stops (levels frozen) once \f$z\f$ exceeds this (finite-time blow-up)
  double ratio_min = 1e-6;  ///< ... or falls below this

  /// Throws InvalidParameter unless x > 0, both levels > 0, cluster_from ≥ 0 (or never),
  /// 0 < ratio_min < z_poor0/z_rich0 < ratio_max (finite).
  void validate() const;
};

/// The regime: whether P has a cluster, and whether the ratio has left [ratio_min, ratio_max].
struct CppRegime {
  bool cluster = false;  ///< eq. (6) in force
  bool escaped = false;  ///< the run has stopped at a bound
  /// Regimes compare equal when both fields are equal.
  /// \return whether both flags are equal
  bool operator==(const CppRegime&) const = default;
};

/// A CPP path on an output grid.
struct CppPath {
  std::vector<double> t;            ///< output times
  std::vector<double> z_rich;       ///< \f$Z_R(t)\f$
  std::vector<double> z_poor;       ///< \f$Z_P(t)\f$
  std::vector<double> ratio;        ///< \f$z(t) = Z_P/Z_R\f$
  std::vector<double> growth_rich;  ///< \f$\dot Z_R/Z_R = x\f$ (0 once escaped)
  std::vector<double> growth_poor;  ///< \f$\dot Z_P/Z_P = z\f$ or \f$x + z\f$ (0 once escaped)
  double escape_time = std::numeric_limits<double>::infinity();  ///< when z left the bounds (+inf: never)
};

/// Integrates CPP eqs. (5)–(6) with the rich region at rate x, on (ln Z_R, ln Z_P), from t = 0.
/// Validates `params`.
/// \param params CPP's economy
/// \param times output times, sorted, from 0 on
/// \param tol the integrator's error tolerances, step limits and switch-location tolerance
/// \return the path at `times`
CppPath simulate_cpp(const CppParams& params, const std::vector<double>& times, const ode::Tolerances& tol = {});

/// Closed form of the ratio: with \f$u = 1/z\f$, eq. (5) gives \f$\dot u = x u - 1\f$, so
/// \f$u(t) = 1/x + (u_0 - 1/x)e^{xt}\f$; eq. (6) gives \f$\dot u = -1\f$, so \f$u = u_0 - t\f$. Returns
/// +inf past the blow-up (u ≤ 0).
/// \param z0 initial ratio \f$z_0 > 0\f$  \param t time since the start, ≥ 0
/// \param x the rich region's growth rate  \param cluster eq. (6) (true) or eq. (5)
/// \return z(t), or +inf
double cpp_ratio_closed_form(double z0, double t, double x, bool cluster);

/// The finite blow-up time of \f$z\f$: \f$-\ln(1 - x/z_0)/x\f$ under eq. (5) when \f$z_0 > x\f$
/// (+inf otherwise), \f$1/z_0\f$ under eq. (6).
/// \param z0 initial ratio \f$z_0 > 0\f$  \param x the rich region's growth rate
/// \param cluster eq. (6) (true) or eq. (5)
/// \return the blow-up time, or +inf
double cpp_blowup_time(double z0, double x, bool cluster);

}  // namespace clustertrade::dynamic_spillovers
