/// \file claims_support.hpp
/// \brief Shared machinery of the H12 claim checks (issue 6): the case a check examines, random
/// economies inside and just outside the paper's scope, the deterministic shrinker that turns a
/// counterexample into a small one, and the CLI command that reproduces a case.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <Eigen/Dense>
#include <nlohmann/json.hpp>

#include "core/claims.hpp"
#include "core/random.hpp"
#include "trade_growth/dynamics.hpp"
#include "trade_growth/params.hpp"
#include "trade_growth/policy.hpp"

namespace clustertrade::trade_growth::claims {

/// One case a claim check examines: H12's economy (\f$\tau\f$, \f$A(0)\f$, \f$A^*(0)\f$, σ, L, L*),
/// a trade policy (per-industry liberalisation dates; empty means free trade from t = 0), and the
/// output grid \f$t = 0, \Delta, 2\Delta, \dots, T\f$ at which the verdict is taken.
struct Case {
  Params params;                  ///< the economy and its learning matrix (H12 §2)
  Eigen::VectorXd liberalize_at;  ///< per-industry opening dates \f$t_i\f$; empty: all open at 0
  double horizon = 20.0;          ///< T, last date examined
  double step = 0.5;              ///< Δ, spacing of the dates examined
  double risk_aversion = 2.0;     ///< θ of H12 §2.1's CRRA utility (used by the §4 checks)
  bool discrete = false;          ///< H12's period reading \f$A(t+1) = A(t) + \tau^\top L(t)\f$ instead of continuous time

  /// Number of industries n.
  [[nodiscard]] std::size_t size() const noexcept { return params.economy.size(); }
  /// The policy `liberalize_at` describes (free trade from 0 when it is empty).
  [[nodiscard]] Policy trade_policy() const;
};

/// What one evaluation of a claim on one case found.
struct Finding {
  bool applicable = false;  ///< the case satisfies the claim's premise (else it is skipped)
  bool failed = false;      ///< the claim's conclusion is violated somewhere on the grid
  double margin = 0.0;      ///< smallest relative margin by which the conclusion held (negative: violated)
  double fail_time = -1.0;  ///< first date at which it is violated (-1 when it is not)
  std::string detail;       ///< a short description of the violation (or of the worst case)
  double aux = 0.0;         ///< a claim-specific number reported in the evidence (e.g. a boundary, a date)
  bool aux_failed = false;  ///< a claim-specific secondary (narrower) statement was violated
  bool tie = false;         ///< the margin is within the numerical tolerance (neither held nor violated resolvably)
  std::string error;        ///< non-empty when the evaluation threw (the draw is then skipped)
};

/// A claim's conclusion evaluated on a case.
using Evaluator = std::function<Finding(const Case&)>;

/// Simulation controls used by every check: tolerances 1e-9 (far below the margins the verdicts use),
/// the case's grid, continuous time.
SimulationOptions check_options(const Case& c);

/// Simulates a case under `policy` (H12 eq. (9) through the engine's simulate()).
Path run_path(const Case& c, const Policy& policy);

/// H12's mirror image: \f$A^*_i = A_{n+1-i}\f$ (H12 §3: the foreign economy is home's technologies in
/// reverse order, as in Figs. 2–7).
Eigen::VectorXd mirror(const Eigen::VectorXd& home);

/// Table-1-style within-industry matrix \f$\tau I_n\f$ (H12 Table 1 for n = 4).
Eigen::MatrixXd within_matrix(std::size_t n, double tau);

/// Table-2-style cluster matrix: industries (1,2), (3,4), … share spillovers \f$\tau\f$ in both
/// directions, nothing else (H12 Table 2 for n = 4; n must be even).
Eigen::MatrixXd pair_cluster_matrix(std::size_t n, double tau);

/// A log-uniform vector of n technologies in [lo, hi).
Eigen::VectorXd draw_technologies(DrawRng& rng, std::size_t n, double lo, double hi);

/// Rounds x to `digits` decimals (digits may be 0).
double round_to(double x, int digits);

/// The shortest decimal text of x that reads back to within 1e-12 relative (at most 10 digits).
std::string format_number(double x);

/// Comma-separated `format_number` of each entry.
std::string format_vector(const Eigen::VectorXd& v);

/// Rows of τ as text for a CSV file: rows separated by `\n` written as the two characters "\n".
std::string tau_rows(const Eigen::MatrixXd& tau);

/// The shell command that reproduces a case's time paths with the CLI:
/// `printf` of the τ rows into `tau.csv`, then `clustertrade trade-growth simulate --tau tau.csv --home …
/// --foreign … --sigma … --horizon T --step Δ --regime` followed by `regime` (or `--liberalize-at t1,…,tn`
/// when `regime` is "schedule"), with the labour flags when L or L* differ from 1 and `--time discrete`
/// for discrete-period cases.
std::string simulate_command(const Case& c, const std::string& regime);

/// `clustertrade trade-growth equilibrium --home … --foreign … --sigma …` (plus labour flags).
std::string equilibrium_command(const Economy& e);

/// The case as JSON (n, σ, L, L*, A, A*, τ, horizon, liberalisation dates).
nlohmann::json case_json(const Case& c);

/// The candidate simplifications of a case, in the order the shrinker tries them: drop one
/// industry (each index), equal country sizes, rounder σ, rounder technologies (integers, then one
/// decimal), rounder τ entries, rounder dates, shorter horizon (half, then the first failing date).
std::vector<Case> shrink_candidates(const Case& c);

/// Deterministic greedy shrinking: repeatedly takes the first candidate (shrink_candidates()) for
/// which `still_fails` holds, until none does or `max_rounds` accepted steps. The result still fails.
Case shrink_case(Case failing, const std::function<bool(const Case&)>& still_fails, std::size_t max_rounds = 60);

/// A complexity score used to accept only simplifying shrink steps: \f$1000n\f$ plus the decimal digits
/// of all numbers plus the number of output dates.
double case_complexity(const Case& c);

/// The result of running an evaluator over a claim's draws.
struct Sweep {
  std::size_t examined = 0;          ///< draws whose case satisfied the premise
  std::size_t examined_in_scope = 0; ///< of those, inside the paper's stated scope
  std::size_t failed_in_scope = 0;   ///< violations inside the stated scope
  std::size_t failed_outside = 0;    ///< violations just outside it
  double worst_margin_in_scope = 1e300;  ///< smallest margin inside the scope
  double worst_margin_outside = 1e300;   ///< smallest margin outside it
  long first_failure_in_scope = -1;  ///< index of the first violating draw inside the scope
  long first_failure_outside = -1;   ///< index of the first violating draw outside it
  std::size_t ties = 0;              ///< applicable draws whose smallest margin was within the tolerance
  std::size_t errors = 0;            ///< draws whose evaluation threw (engine failure), skipped
  std::string first_error;           ///< the first such error message, with its draw index
  std::vector<Case> cases;           ///< the drawn cases, by index
  std::vector<Finding> findings;     ///< their findings, by index
  std::vector<bool> in_scope;        ///< whether each draw was inside the paper's scope
};

/// A random case and whether it lies inside the paper's stated scope.
struct Drawn {
  Case c;                ///< the case
  bool in_scope = true;  ///< inside the paper's stated scope
};

/// Runs `draws` seeded draws (core/random.hpp run_draws, so the result is independent of the thread
/// count) of `generate` and evaluates each with `evaluate`. `salt` separates the claims' streams.
Sweep sweep(std::size_t draws, std::uint64_t seed, std::uint64_t salt, int threads,
            const std::function<Drawn(std::size_t, DrawRng&)>& generate, const Evaluator& evaluate);

/// The counterexample JSON for a failing case: the shrunk case, its finding, a `command` that
/// reproduces it and a `summary` in words (`summary_prefix` + the finding's detail).
nlohmann::json counterexample_json(const Case& shrunk, const Finding& finding, const std::string& command,
                                   const std::string& summary_prefix);

/// Turns a sweep into an outcome. Verdict: `fails` when a draw inside the paper's scope violates the
/// claim (its first such draw is shrunk with `in_scope` kept true); `holds-with-qualification` when
/// only draws outside the scope do (the first one is shrunk; `qualification` says what the narrower
/// scope is); `holds` otherwise. `command` turns the shrunk case into a reproducing CLI command.
/// The evidence starts with the counts and worst margins and ends with `extra`.
ClaimOutcome conclude(const Sweep& s, const Evaluator& evaluate, const std::function<bool(const Case&)>& in_scope,
                      const std::function<std::string(const Case&)>& command, const std::string& scope,
                      const std::string& summary_prefix, const std::string& qualification, const std::string& extra);

/// Whether a case is H12's four-industry mirror-image setting with equal sizes and σ > 1 (H12 §3).
bool is_mirror_setting(const Case& c);

}  // namespace clustertrade::trade_growth::claims
