/// \file claims_checks.hpp
/// \brief The H12 claims as searches for the core falsification engine (issue 10): for each claim,
/// its random draw, its hand-derived fixed cases, its per-case check returning a Finding, and the
/// search that bundles them (search_*). Each check is "simulate, then compare": the comparisons of
/// paths (`*_finding`) are exposed so the tests can plant cases just beyond and just inside each
/// bound (checker sensitivity, issue 10 part 2).
#pragma once

#include <cmath>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "core/figures.hpp"
#include "trade_growth/claims_support.hpp"

namespace clustertrade::trade_growth::claims {

// ---- tolerances (each justified where it is used) ---------------------------------------------

/// Relative margin on incomes/technologies within which a comparison is a tie: the integration
/// tolerances are 1e-9 on A ~ 10, so a difference below 1e-9 relative is not resolvable.
inline constexpr double kPathTol = 1e-9;
/// Static-gain tolerance: incomes are sums of ≤ 8 positive terms (rounding ~1e-15); 1e-10 separates
/// equality from a gain or a loss.
inline constexpr double kStaticTol = 1e-10;
/// eq. (10): the equilibrium is solved to ~1e-14; a relative miss above 1e-6 is a real difference.
inline constexpr double kEq10Tol = 1e-6;
/// Mirror images: a shared middle industry's fraction comes from a root finder, and its error grows
/// along the path at σ up to 8 to ~1e-6 by t = 20; genuine asymmetries are ≥ 1e-3.
inline constexpr double kMirrorTol = 1e-5;
/// Mobility: paths with and without migration agree to 1e-7 relative (far above the integration error).
inline constexpr double kMobilityTol = 1e-7;
/// Grid of the brute-force relative-wage scan (`h12.unique`).
inline constexpr int kUniqueGrid = 2000;
/// The horizon of the report's Fig. 5 (figures.cpp kHorizon), used by the figure-based composition measure.
inline constexpr double kFig5Horizon = 60.0;
/// H12's own elasticities for Fig. 5's economy (H12 §5, Fig. 8: "the same ... parameter values as in Figure 5").
inline constexpr double kFig5PaperSigmaLow = 4.0 / 3.0;
/// The larger of H12's two (H12 Fig. 8).
inline constexpr double kFig5PaperSigmaHigh = 4.0;
/// Static gains: largest equilibrium residual (labour markets, trade balance) accepted as solved.
inline constexpr double kStaticResidualTol = 1e-9;
/// Uniqueness scan: relative slack with which the solver's ω must lie in the scan's bracket.
inline constexpr double kUniqueBracketTol = 1e-12;
/// Tolerance of the date at which free trade would become cluster building (§4 checks).
inline constexpr double kCbtDateTol = 1e-4;
/// §4: the simulated horizon of the policy paths (a linear tail extends the utility integral).
inline constexpr double kPolicyHorizon = 150.0;
/// §4: the low discount rate at which the policy must be mutually preferred.
inline constexpr double kRhoLow = 0.01;
/// §4: tolerance of the largest discount rate with mutual preference (TOMS 748).
inline constexpr double kRhoBarTol = 1e-6;
/// §4: the last date at which the policy's cluster-building date is looked for.
inline constexpr double kPolicyDateLimit = 60.0;

// ---- shared pieces --------------------------------------------------------------------------

/// Families of random dynamic cases: the spillover structure and the comparative advantage.
enum class Family { within, cbt, cdt, composition };

/// Draw k of a family: k % 4 ∈ {0, 1}: H12's setting (n = 4, mirror images, L = L*, σ ∈ (1.1, 8),
/// A ∈ [1, 20], the family's matrix and comparative advantage); 2: non-mirror (each A*_i times
/// exp(U(−0.3, 0.3))); 3: further out (n ∈ 2..6 or {4, 6}, unequal sizes in [1/3, 3], non-mirror).
/// \param k draw index \param rng its generator \param f the family \return the case
Case draw_family(std::size_t k, DrawRng& rng, Family f);

/// The technology of industry i in use on a trade path: the larger of its producers' (L > 0).
/// \param p a path point \param i industry (0-based) \return the technology in use
double used_technology(const PathPoint& p, Eigen::Index i);

/// Whether free trade at t = 0 makes every industry in one country only, with the pairs (1,2),
/// (3,4), … together (`together`: cluster building) or split (cluster destroying).
/// \param c the case \param together which pattern \return true when it holds
bool pairs_pattern(const Case& c, bool together);

/// Keeps the smaller of `m` and `f.margin` (with its description); `m < −tol` violates, `|m| ≤ tol`
/// ties. The description is deferred (DeferredDetail): the numbers it quotes are stored, and written
/// out only if the engine keeps this finding (issue 21), so a path's new minima cost no formatting.
/// \tparam Describe callable () → DeferredDetail
/// \param f the finding \param m a margin (≥ 0: held) \param tol the tie band \param describe the
/// margin's description (its numbers and their formatter), called only when `m` becomes the finding's margin
template <class Describe>
void record_margin(Finding& f, double m, double tol, Describe&& describe) {
  if (m < f.margin) {
    f.margin = m;
    f.value = m;
    f.deferred = describe();
  }
  if (m < -tol)
    f.violated = true;
  else if (std::fabs(m) <= tol)
    f.tie = true;
}

/// Clears `tie` when the finding is a violation. \param f the finding \return it
Finding finish_finding(Finding f);

/// Growth rate \f$\ln(D_1/D_0)/\Delta t\f$. \param d0 start \param d1 end \param dt time \return rate
double log_growth(double d0, double d1, double dt);

/// Relative perturbation of home's technologies that probes whether a violation is resolvable in
/// double precision: 1e-12, a thousand times below kPathTol and ~1e4 rounding units.
inline constexpr double kConditionProbe = 1e-12;

/// A violation counts only if it is resolvable: `raw` (the comparison of paths, without premise or
/// scope gates) recomputed with home's technologies scaled by \f$1 \pm\f$ kConditionProbe must move
/// the margin by at most kPathTol. Otherwise the path is ill-conditioned and the finding becomes a tie:
/// in continuous time an industry split equally between mirror images is an unstable state (the
/// country with the slightly higher relative productivity takes a larger share, learns faster, and
/// takes the whole industry), so the exact mirror-image path, which keeps the split, is amplified
/// rounding away from within the horizon. Other findings are returned unchanged; `raw` runs only on
/// violations. \param c the case \param f its finding \param raw the comparison on a case
/// \return f, or f as a tie with the probe's movement in its detail
Finding resolvable_or_tie(const Case& c, Finding f, const std::function<Finding(const Case&)>& raw);

// ---- h12.static-gains (App. B) ------------------------------------------------------------

/// Draw k: even k H12's setting (n = 4 mirror, L = L*, σ ∈ (1.05, 8)); odd k beyond it (n ∈ 2..8,
/// independent A, A*, L, L* ∈ [0.2, 5], σ ∈ [0.5, 8] with Cobb–Douglas 10%). \param k index
/// \param rng generator \return the case
Case draw_static(std::size_t k, DrawRng& rng);
/// Fig. 2's economy, and the large-country boundary L/L* = 4 ± 1% (derivation in the source).
/// \return the fixed cases
std::vector<Case> fixed_static_cases();
/// The decision of App. B's claim from the computed numbers: violated on a loss below −kStaticTol
/// (or an equilibrium residual above 1e-9) or when a country imports no good wholly made abroad at
/// a strictly lower cost (`*_edge` ≤ kStaticTol: no strict gain). \param gain_home trade/autarky − 1
/// \param gain_foreign same abroad \param home_edge best \f$\omega A^*_j/A_j - 1\f$ over goods only
/// foreign makes \param foreign_edge best \f$A_j/(\omega A^*_j) - 1\f$ over goods only home makes
/// \param residual the equilibrium residual \return the finding
Finding static_gains_finding(double gain_home, double gain_foreign, double home_edge, double foreign_edge,
                             double residual);
/// Static gains on one case (incomes from cheapest-source prices at the solver's ω). \param c case
/// \return finding (in scope always: H12 App. B argues for any economy)
Finding check_static_gains(const Case& c);

// ---- h12.eq10 ---------------------------------------------------------------------------

/// App. A rewritten here: ω(z) with the comparative-advantage order; `printed` sums foreign's
/// technologies from the marginal industry ẑ itself (H12 eq. (10) as printed), else from ẑ + 1.
/// \param e economy \param z home's share \param printed which form \return ω
double eq10_wage(const Economy& e, double z, bool printed);
/// Violated when |printed/equilibrium − 1| > kEq10Tol. \param printed ω from eq. (10) as printed
/// \param equilibrium the solver's ω \return the finding (value: the relative error)
Finding eq10_finding(double printed, double equilibrium);
/// eq. (10) at the equilibrium's z. \param c case \return finding
Finding check_eq10(const Case& c);
/// Fig. 2 (σ = 2, z = 2: printed ω = sqrt(2/3), true ω = 1) and an unequal-size n = 3 case.
/// \return the fixed cases
std::vector<Case> fixed_eq10_cases();

// ---- h12.unique -------------------------------------------------------------------------

/// Home's excess labour demand at relative wage ω under free trade. \param e economy \param omega ω
/// \return revenue − ωL
double excess_home_labour(const Economy& e, double omega);
/// Counts sign changes of `excess` on a log grid of `grid` + 1 points over [lo, hi]; violated unless
/// exactly one, bracketing `solver`. \param excess the function \param lo lower ω \param hi upper ω
/// \param grid intervals \param solver the solver's ω \return the finding (value: sign changes)
Finding unique_finding(const std::function<double(double)>& excess, double lo, double hi, int grid, double solver);
/// Uniqueness on one case. \param c case \return finding
Finding check_unique(const Case& c);

// ---- dynamic claims (claims_dynamic.cpp) ------------------------------------------------

/// Prop. 1 on two paths: min over dates and countries of trade/autarky income − 1; violated below
/// −kPathTol. \param trade path \param autarky path \return finding
Finding prop1_finding(const Path& trade, const Path& autarky);
/// Prop. 1 on a case (premise: τ = τ_W I, trade possible; scope: H12's mirror setting). \param c case
/// \return finding
Finding check_prop1(const Case& c);
/// Fig. 2 at σ = 2 and a large-country n = 2 case (L = 4.04). \return the fixed cases
std::vector<Case> fixed_prop1_cases();

/// Fn. 10's three-industry draw (learning only in the middle industry; odd k beyond: learning
/// elsewhere or σ < 1). \param k index \param rng generator \return case
Case draw_fn10(std::size_t k, DrawRng& rng);
/// Fn. 10's own setting: n = 3, σ > 1, L = L*, mirror images with industry 1 the strongest, no learning
/// in industries 1 and 3. \param c case \return true inside it
bool fn10_setting(const Case& c);
/// Fn. 10 on two paths: the split industry's technology under trade never above autarky's (t > 0).
/// \param trade path \param autarky path \param split the split industry (0-based) \return finding
Finding fn10_finding(const Path& trade, const Path& autarky, Eigen::Index split);
/// Fn. 10's comparison on a case's trade and autarky paths (no premise gate). \param c case
/// \return finding
Finding fn10_paths(const Case& c);
/// Fn. 10 on a case (violations pass resolvable_or_tie()). \param c case \return finding
Finding check_fn10(const Case& c);
/// A = (10, 4, 2) mirrored, τ_22 = 0.3 only, σ = 2 (in scope) and σ = 0.8 (beyond). \return the cases
std::vector<Case> fixed_fn10_cases();

/// Prop. 2 on two paths: every industry's technology in use under CBT exceeds the better autarky
/// technology at t > 0. \param trade path \param autarky path \return finding
Finding prop2_finding(const Path& trade, const Path& autarky);
/// Prop. 2 on a case. \param c case \return finding
Finding check_prop2(const Case& c);
/// Prop. 3 (levels) on two paths: technology in use under CDT below the lower autarky technology
/// (`own_only`: below the producing country's own). \param trade path \param autarky path
/// \param own_only the narrower reading \return finding
Finding prop3_level_finding(const Path& trade, const Path& autarky, bool own_only);
/// Prop. 3 (levels) on a case, H12's reading ("in either location"). \param c case \return finding
Finding check_prop3_level(const Case& c);
/// Prop. 3 (levels), the narrower reading (the producer's own autarky technology). \param c case
/// \return finding
Finding check_prop3_level_own(const Case& c);
/// Prop. 3 (growth) on two paths: each industry's learning under CDT (eq. (9), τᵀL) strictly below
/// the slower autarky country's, and income growth on each interval below autarky's in both.
/// \param tau learning matrix \param trade path \param autarky path \return finding
Finding prop3_growth_finding(const Eigen::MatrixXd& tau, const Path& trade, const Path& autarky);
/// Prop. 3 (growth) on a case. \param c case \return finding
Finding check_prop3_growth(const Case& c);
/// Fig. 3 (`building`) or Fig. 4 at σ = 2, and the same technologies with L = 1.5 and a one-way
/// cluster matrix (beyond H12's setting). \param building CBT or CDT \return the fixed cases
std::vector<Case> fixed_cluster_cases(bool building);

// ---- effects (claims_effects.cpp) ------------------------------------------------------

/// Mirror draw: n ∈ 2..6, mirror images, L = L*, sparse τ ∈ [0, 0.5], made mirror-symmetric for k % 3 ≠ 2.
/// \param k index \param rng generator \return case
Case draw_mirror(std::size_t k, DrawRng& rng);
/// Incomes of the two countries on one path equal to kMirrorTol (ties above 1e-9).
/// \param path the path \param regime its name \return finding
Finding mirror_finding(const Path& path, const std::string& regime);
/// Whether τ is mirror-symmetric: \f$\tau_{ij} = \tau_{n+1-i,n+1-j}\f$. \param tau matrix \return true if so
bool mirror_symmetric_tau(const Eigen::MatrixXd& tau);
/// Mirror incomes on a case's trade and autarky paths (no premise gate). \param c case
/// \return finding
Finding mirror_paths(const Case& c);
/// Mirror incomes on a case (scope: τ mirror-symmetric; violations pass resolvable_or_tie()).
/// \param c case \return finding
Finding check_mirror_income(const Case& c);
/// n = 3 with a mirror-symmetric, asymmetric τ (in scope) and Fig. 5 (beyond). \return the cases
std::vector<Case> fixed_mirror_cases();

/// Composition draw: draw_family() with Fig. 5-type matrices, unit output intervals, horizon `horizon`.
/// \param k index \param rng generator \param horizon T \return case
Case draw_composition(std::size_t k, DrawRng& rng, double horizon);
/// §3.3, per-period measure: on every output interval the foreign (non-learning) country's growth
/// rate ln(D(t+Δ)/D(t))/Δ is below autarky's and home's above. \param trade path \param autarky path
/// \return finding
Finding composition_finding(const Path& trade, const Path& autarky);
/// §3.3, overall measure (the figure's): growth ln(D(T)/D(0))/T over the whole path, foreign below
/// autarky, home above. \param trade path \param autarky path \return finding
Finding composition_overall_finding(const Path& trade, const Path& autarky);
/// Composition on a case, per-period measure. \param c case \return finding
Finding check_composition(const Case& c);
/// Composition on a case, overall measure. \param c case \return finding
Finding check_composition_overall(const Case& c);

/// Whether CDT lowers average growth ln(D(T)/D(0))/T in both countries (H12 §3.4); `gap` receives the
/// larger of the two growth gaps (trade − autarky). \param c case \param gap out \return true if lower
bool trade_lowers_growth_in_both(const Case& c, double& gap);
/// The case with τ = τ_W I + pair_cluster_matrix(τ_C). \param c case \param tw τ_W \param tc τ_C
/// \return the case
Case with_spillovers(Case c, double tw, double tc);
/// Threshold form: as τ_C/τ_W rises through `ratios`, "lowers growth in both" switches at most once,
/// from no to yes. \param lowers per ratio \param ratios the ratios \return finding
Finding threshold_finding(const std::vector<bool>& lowers, const std::vector<double>& ratios);
/// §3.4 on a case (value: the boundary ratio). \param c case \return finding
Finding check_combined(const Case& c);

/// Mobility, Tables 1–2: migration leaves incomes and populations unchanged (kMobilityTol).
/// \param migration path \param fixed path without migration \param labor_home L \return finding
Finding mobility_same_finding(const Path& migration, const Path& fixed, double labor_home);
/// Mobility, Fig. 5's matrix: home's population rises on every interval, income per head equal.
/// \param migration path \return finding
Finding mobility_composition_finding(const Path& migration);
/// Mobility on a case. \param c case \return finding
Finding check_mobility(const Case& c);

// ---- §4 policy (claims_policy.cpp) ----------------------------------------------------

/// Cluster-building trade: home alone makes industries {1, 2} or {3, 4} (H12 §3.2).
/// \param eq a free-trade equilibrium \return true if cluster building
bool cluster_building(const Equilibrium& eq);
/// The paper's own Fig. 6 or 7 economy (σ = θ = 2). \param figure 6 or 7 \return the case
Case policy_figure_case(int figure);
/// The first date free trade would be cluster building, starting under `before` (tolerance kCbtDateTol).
/// \param c case \param before policy until then \return the date (inf: none by t = 60)
double first_cbt_date(const Case& c, const Policy& before);
/// What one §4 case measured.
struct PolicyOutcome {
  double date = 0.0;             ///< the policy's (delay or second-stage) date
  double full_delay_date = 0.0;  ///< the date full delay would need
  double overtake = -1.0;        ///< from this date on the policy's income leads in both (−1: never)
  double low_rho_gain = 0.0;     ///< mutual relative utility gain at ρ = 0.01
  double rho_bar = 0.0;          ///< the largest ρ with mutual preference
};
/// The §4 decision: violated when the policy never overtakes, is not mutually preferred at ρ = 0.01,
/// or (gradual) needs no shorter date than full delay. \param o the measurements \param gradual Fig. 7
/// \return finding (value: ρ̄)
Finding policy_finding(const PolicyOutcome& o, bool gradual);
/// Draw k of Fig. 6 or 7: k = 0 the paper's numbers (σ = θ = 2); k > 0 a perturbation over the whole ranges
/// of laws::kPolicyShift, kPolicyTau, kPolicySigma, kPolicyGamma; for even k > 0 (the targeted phase) τ̄ is
/// then rescaled so that the full delay lands at a date drawn from laws::kPolicyDelayTarget, near the
/// premise's limit (the full delay scales as 1/τ̄), kept inside τ̄'s range.
/// \param k index \param rng generator \param figure 6 or 7 \return case
Case draw_policy(std::size_t k, DrawRng& rng, int figure);
/// Whether a case is one of the perturbations the §4 draws make of Fig. 6 or 7: mirror images, L = L*,
/// H12 Table 2, τ̄, σ, risk aversion and home's log deviations from the paper's technologies within the
/// ranges of their laws (claims_laws.hpp). \param c case \param figure 6 or 7 \return true inside that family
bool policy_in_scope(const Case& c, int figure);
/// §4 on a case. \param c case \param gradual Fig. 7 \return finding
Finding check_policy(const Case& c, bool gradual);

// ---- the searches ---------------------------------------------------------------------

/// \return the search of `h12.static-gains`
Search<Case> search_static_gains();
/// \return the search of `h12.eq10`
Search<Case> search_eq10();
/// \return the search of `h12.unique`
Search<Case> search_unique();
/// \return the search of `h12.prop1`
Search<Case> search_prop1();
/// \return the search of `h12.prop1-fn10`
Search<Case> search_fn10();
/// \return the search of `h12.prop2`
Search<Case> search_prop2();
/// \return the search of `h12.prop3-level`
Search<Case> search_prop3_level();
/// \return the search of `h12.prop3-level-own`
Search<Case> search_prop3_level_own();
/// \return the search of `h12.prop3-growth`
Search<Case> search_prop3_growth();
/// \return the search of `h12.mirror-income`
Search<Case> search_mirror_income();
/// \return the search of `h12.s3.3-composition` (per-period measure)
Search<Case> search_composition();
/// \return the search of `h12.s3.3-composition-overall` (the figure's measure)
Search<Case> search_composition_overall();
/// \return the search of `h12.s3.3-fig5`: one fixed case, H12 Fig. 5 at H12's own σ = 4/3 (Fig. 8), T = 60,
/// continuous time, overall measure; no draw function (the claim runs it with no draws: a single example)
Search<Case> search_fig5_as_drawn();
/// \return the search of `h12.s3.4-combined`
Search<Case> search_combined();
/// \return the search of `h12.s5-mobility`
Search<Case> search_mobility();
/// \param gradual Fig. 7 (else Fig. 6) \return the search of `h12.s4-gradual` / `h12.s4-delay`
Search<Case> search_policy(bool gradual);

/// Writes `figures/h12-combined-region.csv` (τ_W ∈ {0.02, …, 0.2} × τ_C ∈ {0, 0.04, …, 0.4}, Fig. 4's
/// technologies, σ = 2) and registers `tgcBoundaryRatioMin`/`Max`. For the figure program.
/// \param out the figure output
void write_combined_region(FigureOutput& out);

}  // namespace clustertrade::trade_growth::claims
