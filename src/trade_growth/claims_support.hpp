/// \file claims_support.hpp
/// \brief The H12 economics the claim checks share (issue 10): the case a check examines, random
/// economies inside and just outside H12's setting, the simulation controls of a case (continuous
/// time, H12 eq. (9), for every claim), simpler cases for the core engine's shrinker, and the CLI command that
/// reproduces a case. The search itself (draws, counts, shrinking, verdicts) is the core engine's
/// (core/falsify.hpp); nothing here decides a verdict.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <Eigen/Dense>
#include <nlohmann/json.hpp>

#include "core/claim.hpp"
#include "core/falsify.hpp"
#include "core/random.hpp"
#include "trade_growth/dynamics.hpp"
#include "trade_growth/params.hpp"
#include "trade_growth/policy.hpp"

namespace clustertrade::trade_growth::claims {

/// One case a claim check examines: H12's economy (\f$\tau\f$, \f$A(0)\f$, \f$A^*(0)\f$, σ, L, L*),
/// a trade policy (per-industry liberalisation dates; empty means free trade from t = 0), and the
/// output grid \f$t = 0, \Delta, 2\Delta, \dots, T\f$ at which the conclusion is examined.
struct Case {
  Params params;                  ///< the economy and its learning matrix (H12 §2)
  Eigen::VectorXd liberalize_at;  ///< per-industry opening dates \f$t_i\f$; empty: all open at 0
  double horizon = 20.0;          ///< T, last date examined
  double step = 0.5;              ///< Δ, spacing of the dates examined in continuous time
  double risk_aversion = 2.0;     ///< θ of H12 §2.1's CRRA utility (used by the §4 checks)
  /// Time reading: continuous (H12 eq. (9), with located switches of the trade pattern; every claim
  /// uses it) or, as an option, H12's discrete periods \f$A(t+1) = A(t) + \tau^\top L(t)\f$.
  TimeMode time = TimeMode::continuous;

  /// Number of industries n.
  /// \return n, the number of industries of the case's economy
  [[nodiscard]] std::size_t size() const noexcept { return params.economy.size(); }
  /// The policy `liberalize_at` describes (free trade from 0 when it is empty).
  /// \return the trade policy of this case
  [[nodiscard]] Policy trade_policy() const;
};

/// The output spacing actually used: the case's Δ in continuous time, 1 (one period) in discrete.
/// \param c the case \return the spacing of the examined dates
double output_step_for(const Case& c);

/// Relative tolerance of every check's integration (far below the margins the checks use).
inline constexpr double kCheckRtol = 1e-9;
/// Absolute tolerance of every check's integration.
inline constexpr double kCheckAtol = 1e-9;
/// Largest step of every check's integration (so one step cannot hide two switches).
inline constexpr double kCheckMaxDt = 1.0;

/// Simulation controls used by every check: tolerances 1e-9 (far below the margins the checks use),
/// the case's grid and time reading (Case::time).
/// \param c the case \return the options passed to simulate()
SimulationOptions check_options(const Case& c);

/// What a check reads on a path (issue 21: a path computes only what its check reads).
enum class PathReads {
  everything,       ///< every output point with A, A*, L, L* (PathPoint in full)
  incomes,          ///< every output point, only t, the incomes and ω (the vectors stay empty)
  incomes_at_ends,  ///< only t = 0 and the horizon, only t, the incomes and ω
};

/// Simulates a case under `policy` (H12 eq. (9) through simulate()). Whatever `reads` says, the
/// numbers a path holds are the same to the last bit (SimulationOptions::closed_form_incomes is off).
/// \param c the case \param policy the trade policy \param reads what the caller reads on the path
/// \return the path on the case's grid (PathReads::incomes_at_ends: at t = 0 and the horizon)
Path run_path(const Case& c, const Policy& policy, PathReads reads = PathReads::everything);

/// H12's mirror image: \f$A^*_i = A_{n+1-i}\f$ (H12 §3, Figs. 2–7).
/// \param home home's technologies \return them in reverse order
Eigen::VectorXd mirror(const Eigen::VectorXd& home);

/// Table-1-style within-industry matrix \f$\tau I_n\f$ (H12 Table 1 for n = 4).
/// \param n industries \param tau the diagonal \return \f$\tau I_n\f$
Eigen::MatrixXd within_matrix(std::size_t n, double tau);

/// Table-2-style cluster matrix: industries (1,2), (3,4), … share spillovers τ both ways (H12 Table 2).
/// \param n industries (even) \param tau the cross-industry spillover \return the matrix
Eigen::MatrixXd pair_cluster_matrix(std::size_t n, double tau);

/// A vector of n technologies, each drawn from `law` (claims_laws.hpp: kTechnology).
/// \param rng the draw's generator \param n length \param law the distribution of each entry
/// \return the vector
Eigen::VectorXd draw_technologies(DrawRng& rng, std::size_t n, const DrawLaw& law);

/// H12 eq. (9)'s learning rate at one date in one country: \f$\dot A_i = \sum_j \tau_{ji} L_j\f$
/// (row j sends, column i receives) for active industries (\f$L_i > 0\f$), else 0.
/// \param tau the learning matrix \param labor employment by industry \return \f$\dot A\f$
Eigen::VectorXd learning_rate(const Eigen::MatrixXd& tau, const Eigen::VectorXd& labor);

/// Whether a case is H12's four-industry mirror-image setting with equal sizes and σ > 1 (H12 §3).
/// \param c the case \return true inside that setting
bool is_mirror_setting(const Case& c);

/// Trade is possible: n ≥ 2 and the relative productivities \f$A_i/A^*_i\f$ are not all equal.
/// \param c the case \return true when some good would be traded
bool trade_possible(const Case& c);

/// Rounds x to `digits` decimals (digits may be 0).
/// \param x the number \param digits decimals kept \return the rounded number
double round_to(double x, int digits);

/// The shortest decimal text of x that reads back to within 1e-12 relative (at most 10 digits).
/// \param x the number \return its text
std::string format_number(double x);

/// x with `digits` significant digits for evidence text: plain decimals (trailing zeros dropped; an
/// integer part is never rounded) for \f$10^{-4} \le |x| < 10^6\f$, else scientific.
/// \param x the number \param digits significant digits (1–17) \return its text
std::string format_significant(double x, int digits);

/// Two numbers an evidence sentence compares, each with the fewest significant digits (1 to 6, the
/// same for both) at which they print differently; equal at 6 digits, both print with 6.
/// \param a the first number \param b the second \return their texts
std::pair<std::string, std::string> format_apart(double a, double b);

/// format_apart() as inline LaTeX mathematics for evidence text: the same significant digits, written
/// by clustertrade::evidence_number (`$6.298$` and `$6.3$`; `$2\times 10^{-9}$` for 2e-9).
/// Digits go up to 9, so two numbers equal to 6 digits still show where they differ (numbers equal to
/// 9 digits are shown with 6, as equal); `min_digits`
/// keeps two pairs printed side by side at one precision (see digits_apart).
/// \param a the first number \param b the second \param min_digits the fewest significant digits
/// \return their texts, each in `$...$`
std::pair<std::string, std::string> evidence_apart(double a, double b, int min_digits = 1);
/// The fewest significant digits (1 to 9) at which a and b print differently (0 when they never do;
/// evidence_apart then shows both with 6).
/// \param a the first number \param b the second \return the number of significant digits
int digits_apart(double a, double b);
/// A number with exactly `digits` significant digits, trailing zeros kept (`$1.15960$`), so numbers
/// printed side by side line up digit for digit; outside [10^-3, 10^6) as clustertrade::evidence_number.
/// \param x the number \param digits significant digits (1 to 17) \return inline LaTeX mathematics
std::string evidence_digits(double x, int digits);

/// A date of a path in evidence text: `$t = 0.5$` (up to 6 significant digits).
/// \param t the date \return inline LaTeX mathematics
std::string evidence_date(double t);

/// An interval of dates in evidence text: `$[0, 0.5]$` (up to 6 significant digits each).
/// \param from the first date \param to the last date \return inline LaTeX mathematics
std::string evidence_interval(double from, double to);

/// Comma-separated format_number() of each entry.
/// \param v the vector \return its text
std::string format_vector(const Eigen::VectorXd& v);

/// Rows of τ as text for a CSV file: rows separated by `\n` written as the two characters "\n".
/// \param tau the matrix \return its rows
std::string tau_rows(const Eigen::MatrixXd& tau);

/// The shell command reproducing a case's time paths: `printf` of the τ rows into `tau.csv`, then
/// `clustertrade trade-growth simulate --tau tau.csv --home … --foreign … --sigma … --horizon T --step Δ`
/// with `--regime regime` (or `--liberalize-at t1,…,tn` when `regime` is "schedule"), labour flags
/// when L or L* differ from 1, and `--time discrete` when the case is read in periods (Case::time).
/// A second command of a pair (`write_tau` false) reuses the `tau.csv` the first one wrote.
/// \param c the case \param regime trade, autarky or schedule
/// \param write_tau whether the command starts by writing `tau.csv`
/// \return the command
std::string simulate_command(const Case& c, const std::string& regime, bool write_tau = true);

/// `clustertrade trade-growth equilibrium --home … --foreign … --sigma …` (plus labour flags).
/// \param e the economy \return the command
std::string equilibrium_command(const Economy& e);

/// Both paths a dynamic check compares: the trade command, then the autarky command.
/// \param c the case \return the two commands joined by `&&`
std::string command_trade_and_autarky(const Case& c);

/// The case as JSON (n, σ, L, L*, A, A*, τ, horizon, step, time, liberalisation dates).
/// \param c the case \return its JSON
nlohmann::json case_json(const Case& c);

/// A complexity score: \f$1000n\f$ plus the decimal digits of all numbers plus the output dates.
/// \param c the case \return the score (lower is simpler)
double case_complexity(const Case& c);

/// Simpler cases, in the order the engine's shrinker should try them: drop one industry (each
/// index), equal country sizes, rounder σ, rounder technologies, rounder τ, rounder dates, shorter
/// horizon. Only valid candidates strictly simpler than `c` (case_complexity()) are returned, so
/// greedy shrinking terminates.
/// \param c the case \return the candidates
std::vector<Case> shrink_candidates(const Case& c);

}  // namespace clustertrade::trade_growth::claims
