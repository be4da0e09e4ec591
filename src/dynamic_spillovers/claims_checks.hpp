/// \file claims_checks.hpp
/// \brief The per-case checks of RC07 §4's and CPP §5's claims: each integrates the dynamics
/// (simulate(), simulate_cpp()) or enumerates deviations at the integrated steady state, and says
/// as a clustertrade::Finding whether the case violates the claim. The decisions themselves are
/// small pure functions of what was computed (`*_finding`), exposed so tests can plant values just
/// inside and just beyond each tolerance.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/claim.hpp"
#include "core/falsify.hpp"
#include "core/random.hpp"
#include "dynamic_spillovers/cpp_dynamics.hpp"
#include "dynamic_spillovers/equilibria.hpp"
#include "dynamic_spillovers/model.hpp"

namespace clustertrade::dynamic_spillovers::checks {

/// One sector, North clustered: rates and South's start \f$a_0 = A_S(0)/A_N(0)\f$.
struct OneSector {
  double g = 0.02;        ///< North's growth rate
  double epsilon = 0.05;  ///< speed of catching up
  double a0 = 0.5;        ///< South's start a(0)
};

/// \var OneSector::epsilon
/// Spillover rate ε > g.

/// \var OneSector::a0
/// South's start \f$a_0 = A_S(0)/A_N(0) > 0\f$.

/// South acquires a cluster at `switch_time`; `partial` is the intensity of a partial cluster
/// (the project's extension, checked in evidence only).
struct CatchUp {
  double g = 0.02;           ///< North's growth rate
  double epsilon = 0.05;     ///< speed of catching up
  double a0 = 0.5;           ///< South's start a(0)
  double switch_time = 0.0;  ///< date South acquires the cluster
  double partial = 0.5;      ///< intensity of a partial cluster
};

/// \var CatchUp::epsilon
/// Spillover rate ε > g.

/// \var CatchUp::a0
/// South's start ratio \f$a_0 > 0\f$.

/// \var CatchUp::switch_time
/// Date \f$T_0 \ge 0\f$ from which South has a cluster.

/// \var CatchUp::partial
/// Intensity of a partial South cluster, in [0, 1].

/// Two sectors (RC07 §3's economy with §4's dynamics): rates, the starts of the two integrations
/// that give the steady relative technology without and with a South cluster, and the economy.
struct TwoSector {
  double g = 0.02;           ///< North's growth rate
  double epsilon = 0.05;     ///< speed of catching up
  double a0_backward = 0.5;  ///< start of the integration without a South cluster
  double a0_cluster = 0.5;   ///< start of the integration with a South cluster
  EconomyParams economy;     ///< the static economy (productivities, theta)
  bool identical = false;    ///< λ = 1, θ1 = θ2 (the paper's first case)
};

/// \var TwoSector::epsilon
/// Spillover rate ε > g.

/// \var TwoSector::a0_backward
/// Start ratio of the integration without a South cluster.

/// \var TwoSector::a0_cluster
/// Start ratio of the integration with a South cluster.

/// CPP §5: the rich region's growth x and the start ratio \f$z_0 = Z_P/Z_R\f$.
struct CppCase {
  double x = 0.02;  ///< the rich region's growth rate (CPP's x, our g)
  double z0 = 0.5;  ///< the start ratio (CPP's z, our a)
};

/// \var CppCase::z0
/// Start ratio \f$z_0 = Z_P(0)/Z_R(0) > 0\f$.

/// CPP §5 Table 3 on one economy, read one of two ways. Read with CPP's \f$\hat z\f$ taken as
/// RC07's \f$\hat a = 1-g/\varepsilon\f$ (the steady state the table presupposes), the table is
/// checked inside its own setting; read through CPP's own eq. (5), the question is whether a stable
/// \f$\hat z\f$ exists at all, which lies beyond the table's setting.
struct Table3Case {
  TwoSector economy;         ///< the economy and rates
  bool cpp_reading = false;  ///< false: ẑ read as RC07's â (in scope); true: CPP's own eq. (5) (beyond)
};

// ---- tolerances (the ledger prints them from these constants) -------------------------------------

/// Largest ODE step of the claims' integrations (long horizons; one overtaking per segment at most).
inline constexpr double claim_max_dt = 25.0;
/// Relative tolerance on a limit reached by integration (\f$\hat a\f$, \f$a = 1\f$).
inline constexpr double limit_tol = 1e-7;
/// Relative slack allowed against monotone travel toward \f$\hat a\f$.
inline constexpr double monotone_tol = 1e-8;
/// Relative tolerance on growth rates, income gaps, and the width of a condition's boundary band.
inline constexpr double growth_tol = 1e-6;
/// How far below 1 the ratio must stay for "no convergence".
inline constexpr double convergence_gap = 1e-3;
/// Relative tolerance of the printed-max erratum check.
inline constexpr double erratum_tol = 1e-3;
/// A deviation breaks even within this fraction of the wage (two-sector enumeration).
inline constexpr double deviation_tol = 1e-9;

/// Relative band within which two equilibrium wages count as equal in the ranking check.
inline constexpr double ranking_tol = 1e-12;

/// The ODE settings of every claim integration: core/ode.hpp's defaults with max_dt = claim_max_dt.
/// \return the tolerances passed to simulate()
ode::Tolerances claim_tolerances();

// ---- decisions (pure; tolerances stated where they are used) ------------------------------------

/// Steady gap: violated when \f$|a(T)-\hat a|/\hat a > 10^{-7}\f$ or the path is not monotone toward
/// \f$\hat a\f$ (a backward step or an overshoot beyond \f$10^{-8}\f$ relative). value = the error.
/// \param ratio the path's \f$a(t)\f$ at the output times, the last at T
/// \param a_hat the steady gap \f$\hat a\f$  \param a0 the start ratio \f$a(0)\f$
/// \return violated/margin as above; value is the relative error at T
Finding steady_gap_finding(const std::vector<double>& ratio, double a_hat, double a0);
/// No convergence: violated when a growth rate differs from g by more than \f$10^{-6}g\f$ or
/// \f$a(T) > 1-10^{-3}\f$.
/// \param g growth from a full cluster  \param growth_north North's growth rate at T
/// \param growth_south South's growth rate at T  \param ratio_end \f$a(T)\f$
/// \return the finding
Finding no_convergence_finding(double g, double growth_north, double growth_south, double ratio_end);
/// Convergence with a cluster: violated when \f$|1-a(T)| > 10^{-7}\f$ or South's growth is not above
/// g at some output time after the switch while \f$a < 1-10^{-6}\f$.
/// \param path the simulated path  \param g growth from a full cluster
/// \param switch_time the date South's cluster starts
/// \return the finding
Finding convergence_finding(const Path& path, double g, double switch_time);
/// Printed max rule: violated when \f$|a(T)-\hat a|/\hat a > 10^{-3}\f$ or North's growth is off g by
/// more than \f$10^{-3}g\f$.
/// \param g growth from a full cluster  \param a_hat the text's steady gap \f$\hat a\f$
/// \param ratio_end \f$a(T)\f$ under the printed max rule  \param growth_north North's growth rate at T
/// \return the finding
Finding erratum_finding(double g, double a_hat, double ratio_end, double growth_north);
/// Income gaps of the two good-1 equilibria (cluster, no cluster): violated when a gap differs
/// from the printed one by more than \f$10^{-6}\f$ relative or an equilibrium does not survive.
/// \param gaps North/South income per worker from enumeration (cluster, no cluster)
/// \param printed the printed gaps, same order  \param both_exist both are equilibria
/// \return the finding; value is the larger relative difference
Finding income_gap_finding(const std::array<double, 2>& gaps, const std::array<double, 2>& printed, bool both_exist);
/// Good-2 condition: `distance` is \f$|R\hat a/\theta_1 - 1|\f$; within \f$10^{-6}\f$ a tie. Violated
/// when enumeration and the printed condition disagree, or when it exists and its gap differs
/// from \f$\lambda_{2N}/\lambda_{2S}\f$ by more than \f$10^{-6}\f$ relative.
/// \param enumerated the good-2 cluster equilibrium exists by enumeration
/// \param printed RC07 §4's printed condition holds
/// \param distance distance to the condition's boundary, as above
/// \param gap the enumerated income gap of that equilibrium
/// \param ricardo \f$\lambda_{2N}/\lambda_{2S}\f$
/// \return the finding; margin ±distance
Finding spec2_finding(bool enumerated, bool printed, double distance, double gap, double ricardo);
/// The incomes of the four candidates (nullopt: not an equilibrium), static or dynamic.
struct Incomes {
  std::optional<double> cluster1;   ///< good 1 with a cluster
  std::optional<double> backward1;  ///< good 1 without a cluster
  std::optional<double> cluster2;   ///< good 2 with a cluster
  std::optional<double> backward2;  ///< good 2 without a cluster
};

/// \var Incomes::backward1
/// Income per worker, good 1 without a cluster.

/// \var Incomes::cluster2
/// Income per worker, good 2 with a cluster.

/// \var Incomes::backward2
/// Income per worker, good 2 without a cluster.

/// Ranking: violated unless good 1 with a cluster and good 1 without exist, cluster-1 > backward-1,
/// cluster-1 ≥ cluster-2 (1e-12) > backward-1 when cluster-2 exists, and cluster-1 > backward-2.
/// \param static_incomes the incomes without dynamics (â = 1)
/// \param dynamic_incomes the incomes at the steady relative technologies
/// \return the finding; value 1 when the good-2 cluster exists only with dynamics
Finding ranking_finding(const Incomes& static_incomes, const Incomes& dynamic_incomes);
/// CPP steady gap: violated when the ratio left \f$[10^{-6}, 10^6]\f$ (escape_time finite).
/// \param path the simulated CPP path  \return the finding
Finding cpp_steady_finding(const CppPath& path);
/// CPP convergence: violated when the poor region overtook, \f$z(T) > 1.01\f$.
/// \param path the simulated CPP path with P's cluster  \return the finding
Finding cpp_convergence_finding(const CppPath& path);
/// CPP Table 3 read with ẑ = RC07's â: gaps within \f$10^{-6}\f$ (in scope); CPP's own eq. (5)
/// leaving from \f$x(1\pm10^{-3})\f$ (outside scope: no stable ẑ exists under it).
/// \param table_ok every Table 3 entry agrees with enumeration
/// \param cpp_unstable CPP's eq. (5) leaves z = x from both sides
/// \return the finding (violation outside scope when only cpp_unstable)
Finding table3_finding(bool table_ok, bool cpp_unstable);

// ---- the checks on one case ------------------------------------------------------------------------

/// The check of rc07.s4-steady-state-gap on one case.
/// \param c the case
/// \return premise, scope, violation and margin on this case
Finding steady_gap(const OneSector& c);
/// The check of rc07.s4-no-convergence-without-cluster on one case.
/// \param c the case
/// \return premise, scope, violation and margin on this case
Finding no_convergence_without_cluster(const OneSector& c);
/// The check of rc07.s4-convergence-with-cluster on one case.
/// \param c the case
/// \return premise, scope, violation and margin on this case
Finding convergence_with_cluster(const CatchUp& c);
/// The check of rc07.s4-a-definition-erratum on one case.
/// \param c the case
/// \return premise, scope, violation and margin on this case
Finding a_definition_erratum(const OneSector& c);
/// The check of rc07.s4-income-gaps on one case.
/// \param c the case
/// \return premise, scope, violation and margin on this case
Finding income_gaps(const TwoSector& c);
/// The check of rc07.s4-spec2-condition on one case.
/// \param c the case
/// \return premise, scope, violation and margin on this case
Finding spec2_condition(const TwoSector& c);
/// The check of rc07.s4-ranking-unchanged on one case.
/// \param c the case
/// \return premise, scope, violation and margin on this case
Finding ranking_unchanged(const TwoSector& c);
/// The check of cpp.s5-steady-gap on one case.
/// \param c the case
/// \return premise, scope, violation and margin on this case
Finding cpp_steady_gap(const CppCase& c);
/// The check of cpp.s5-convergence-with-cluster on one case.
/// \param c the case
/// \return premise, scope, violation and margin on this case
Finding cpp_convergence_with_cluster(const CppCase& c);
/// The check of cpp.s5-table3 on one case, in the reading the case asks for: RC07's (the table
/// against enumeration, table3_finding(table_ok, false), in scope) or CPP's own eq. (5) (stability
/// only, table3_finding(true, cpp_unstable), always beyond the scope).
/// \param c the case
/// \return premise, scope, violation and margin on this case
Finding cpp_table3(const Table3Case& c);

// ---- draws (claims_cases.cpp) ------------------------------------------------------------------------

/// g log-uniform in [0.005, 0.05], ε/g log-uniform in [1.25, 8]; a0 below â (even k) or above it.
/// \param k draw index (its parity picks the side)  \param rng the draw's generator
/// \return the case
OneSector gap_draw(std::size_t k, DrawRng& rng);
/// Rates as above, a0 log-uniform in [0.05, 2].
/// \param k draw index (unused)  \param rng the draw's generator  \return the case
OneSector wide_start_draw(std::size_t k, DrawRng& rng);
/// Rates as above, a0 in [0.05, 1), switch at T0 in [0, 100], a partial intensity in [0, 1].
/// \param k draw index (unused)  \param rng the draw's generator  \return the case
CatchUp catch_up_draw(std::size_t k, DrawRng& rng);
/// An economy under RC07's ordering assumptions (identical countries when k % 4 == 0 and
/// `allow_identical`).
/// \param k draw index  \param rng the draw's generator
/// \param allow_identical whether identical-country draws are made
/// \return the case
TwoSector economy_draw(std::size_t k, DrawRng& rng, bool allow_identical);
/// An economy as economy_draw (no identical countries), read through RC07's â for even k and
/// through CPP's own eq. (5) for odd k.
/// \param k draw index (its parity picks the reading)  \param rng the draw's generator
/// \return the case
Table3Case table3_draw(std::size_t k, DrawRng& rng);
/// x log-uniform in [0.005, 0.05]; z0 within 1 % of x (even k) or in [0.05, 1].
/// \param k draw index (its parity picks the start)  \param rng the draw's generator
/// \return the case
CppCase cpp_gap_draw(std::size_t k, DrawRng& rng);
/// x as above, z0 in [0.05, 1].
/// \param k draw index (unused)  \param rng the draw's generator  \return the case
CppCase cpp_cluster_draw(std::size_t k, DrawRng& rng);

/// Rounder values of each coordinate (1, then 2 significant digits), for shrinking.
/// \param v the coordinate
/// \return v rounded to 1 and to 2 significant digits, each only if different from v and each other
std::vector<double> rounder(double v);

// ---- the laws the draws sample (draw_laws.cpp; issue 19 A.4) -------------------------------------

/// The distributions the draws of claims_cases.cpp sample: each function returns one law object;
/// the draws call its `sample` and the claims list it, so the ledger prints exactly what is drawn.
namespace laws {
/// \return the law of \f$g\f$
const DrawLaw& growth();
/// \return the law of \f$\varepsilon/g\f$
const DrawLaw& catch_up_speed();
/// \return the law of \f$a_0/\hat a\f$
const DrawLaw& start_below();
/// \return the law of \f$v\f$
const DrawLaw& start_above_unit();
/// \return the law of \f$a_0\f$
const DrawLaw& wide_start();
/// \return the law of \f$a_0\f$
const DrawLaw& cluster_start();
/// \return the law of \f$t_0\f$
const DrawLaw& switch_time();
/// \return the law of \f$s\f$
const DrawLaw& partial();
/// \return the law of \f$a_0^{B}\f$
const DrawLaw& backward_start();
/// \return the law of \f$\theta_1 = \theta_2\f$
const DrawLaw& identical_theta();
/// \return the law of \f$\beta\f$
const DrawLaw& beta();
/// \return the law of \f$\theta_1\f$
const DrawLaw& theta1();
/// \return the law of \f$\lambda_{jN}\f$
const DrawLaw& north_productivity();
/// \return the law of \f$\lambda_{1S}\f$
const DrawLaw& south_productivity();
/// \return the law of \f$v_R\f$
const DrawLaw& ca_unit();
/// \return the law of \f$v_\theta\f$
const DrawLaw& theta2_unit();
/// \return the law of \f$z_0/x\f$
const DrawLaw& cpp_near();
/// \return the law of \f$z_0\f$
const DrawLaw& cpp_start();
}  // namespace laws

}  // namespace clustertrade::dynamic_spillovers::checks
