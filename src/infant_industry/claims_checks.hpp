/// \file claims_checks.hpp
/// \brief The per-case checks of RC07 §2's claims: each takes one parameter set, finds South's
/// equilibria with the brute-force scan of search.hpp (never the closed forms it is checked
/// against) and says, as a clustertrade::Finding, whether the case meets the claim's premise,
/// lies in the paper's own setting and violates the claim. Exposed so tests can plant cases
/// just inside and just beyond each claim's boundary.
///
/// Scope conventions shared by the checks: the paper's own setting is \f$L_S \ge \bar L\f$ (RC07
/// fn. 7 assumes a complete cluster is possible); cases exactly on a boundary of the compared
/// conditions (\f$R = 1\f$, \f$R = \theta\f$, \f$R = \theta/(1+\alpha L_S)\f$), where a strict and a
/// weak inequality differ, are ties: counted, never violations.
#pragma once

#include <functional>
#include <vector>

#include "core/claim.hpp"
#include "core/falsify.hpp"
#include "core/random.hpp"
#include "infant_industry/model.hpp"
#include "infant_industry/search.hpp"

namespace clustertrade::infant_industry::checks {

/// \f$R = 1\f$ exactly: \f$\lambda_{2S}\lambda_{1N} = \lambda_{1S}\lambda_{2N}\f$ (meaningful on power-of-two draws).
/// \param p the case: one RC07 §2 economy
/// \return whether the case is on that boundary
bool tie_r_one(const Params& p);
/// \f$R = \theta\f$ exactly.
/// \param p the case: one RC07 §2 economy
/// \return whether the case is on that boundary
bool tie_r_theta(const Params& p);
/// \f$L_S < \bar L\f$ and \f$R = \theta/(1+\alpha L_S)\f$ exactly.
/// \param p the case: one RC07 §2 economy
/// \return whether the case is on that boundary
bool tie_small_south(const Params& p);
/// Any of the three ties.
/// \param p the case: one RC07 §2 economy
/// \return whether the case is on that boundary
bool any_tie(const Params& p);
/// \f$L_S < \bar L\f$: outside RC07 fn. 7's assumption (no complete cluster possible).
/// \param p the case: one RC07 §2 economy
/// \return whether \f$L_S < \bar L\f$
bool small_south(const Params& p);

/// rc07.identical-productivity: with \f$\lambda_{ji}=c\f$ both specialisations are equilibria with
/// equal wages. Premise: identical productivities. Scope \f$L_S \ge \bar L\f$.
/// \param p the case: one RC07 §2 economy
/// \return premise, scope, violation and margin on this case
Finding identical_productivity(const Params& p);
/// rc07.spec1-condition: specialisation in 1 found by the search iff \f$R<\theta\f$; tie at \f$R=\theta\f$.
/// \param p the case: one RC07 §2 economy
/// \return premise, scope, violation and margin on this case
Finding spec1_condition(const Params& p);
/// rc07.ca-iff-spec2: specialisation in 2 found iff CA (\f$R>1\f$). Scope \f$L_S\ge\bar L\f$; tie at \f$R=1\f$.
/// \param p the case: one RC07 §2 economy
/// \return premise, scope, violation and margin on this case
Finding ca_iff_spec2(const Params& p);
/// rc07.wage-formula: each corner equilibrium found pays \f$\lambda_{jS}/\lambda_{jN}\f$ (relative
/// gap above 1e-9 is a violation). Scope \f$L_S\ge\bar L\f$.
/// \param p the case: one RC07 §2 economy
/// \return premise, scope, violation and margin on this case
Finding wage_formula(const Params& p);
/// rc07.wage-ranking on one case: premise both specialisations are equilibria.
/// \param p the case: one RC07 §2 economy
/// \return premise, scope, violation and margin on this case
Finding wage_ranking(const Params& p);
/// The comparison behind wage_ranking: specialisation in 2 pays more (\f$w_2 > w_1(1+10^{-9})\f$)
/// iff CA; a violation unless on a tie.
/// \param p the case: one RC07 §2 economy
/// \param w1 wage at specialisation in 1 (North-labour units)  \param w2 wage at specialisation in 2
/// \return premise, scope, violation and margin on this case
Finding compare_wage_ranking(const Params& p, double w1, double w2);
/// rc07.p-implies-multiple (RC07 §2: "if (P) there is multiple equilibria"): premise condition P;
/// violated when the search does not find both specialisations. Scope \f$L_S\ge\bar L\f$; a case on
/// a boundary (\f$R = 1\f$, \f$R = \theta\f$, \f$R = \theta/(1+\alpha L_S)\f$) is a tie in and beyond scope.
/// \param p the case: one RC07 §2 economy
/// \return premise, scope, violation and margin on this case
Finding p_implies_multiple(const Params& p);
/// rc07.multiple-implies-p (our addition, the converse): premise the search finds both
/// specialisations; violated when condition P fails. Scope and ties as p_implies_multiple.
/// \param p the case: one RC07 §2 economy
/// \return premise, scope, violation and margin on this case
Finding multiple_implies_p(const Params& p);
/// rc07.p-equiv-ca: condition P (with the world price \f$\lambda_{1N}/(\theta\lambda_{2N})\f$) iff CA.
/// Margin \f$\ln(\theta/R)\f$ when CA holds (negative: P fails while CA holds).
/// \param p the case: one RC07 §2 economy
/// \return premise, scope, violation and margin on this case
Finding p_equiv_ca(const Params& p);
/// The Mill test simulated: South starts specialised in 2, a sliver of labour moves to good 1,
/// labour then flows to the better-paid sector; true when good 2 survives.
/// \param p the case: one RC07 §2 economy
/// \return whether good 2 is still produced at the end of the simulation
bool mill_survives_by_simulation(const Params& p);
/// rc07.mill-test: good 2 survives free trade iff CA. Scope \f$L_S\ge\bar L\f$; tie at \f$R=1\f$.
/// \param p the case: one RC07 §2 economy
/// \return premise, scope, violation and margin on this case
Finding mill_test(const Params& p);
/// rc07.fn7-small-south: premise \f$L_S<\bar L\f$; violated when specialisation in 2 is an
/// equilibrium. In scope: identical productivities (the example the footnote annotates).
/// \param p the case: one RC07 §2 economy
/// \return premise, scope, violation and margin on this case
Finding fn7_small_south(const Params& p);
/// rc07.equilibrium-set: the search's equilibria equal the closed forms of model.hpp.
/// \param p the case: one RC07 §2 economy
/// \return premise, scope, violation and margin on this case
Finding equilibrium_set(const Params& p);
/// The comparison behind equilibrium_set: same kinds in the same order, positions within
/// \f$10^{-7}L_S\f$, wages within \f$10^{-9}\f$ relative, same stability.
/// \param p the case: one RC07 §2 economy
/// \param found equilibria found by search_equilibria(p)
/// \param closed equilibria from the closed forms, equilibria(p)
/// \return violated when the two sets differ; the detail then lists both sets
Finding compare_equilibrium_sets(const Params& p, const std::vector<FoundEquilibrium>& found,
                                 const std::vector<Equilibrium>& closed);
/// rc07.ppf-shape: premise \f$L_S > \bar L\f$; the frontier (bisected from the production functions)
/// is convex below the kink \f$Q_2 = \lambda_{2S}\theta\bar L\f$, linear with slope
/// \f$\lambda_{1S}/(\theta\lambda_{2S})\f$ beyond it, and has slope \f$\lambda_{1S}/\lambda_{2S}\f$ at the good-1
/// corner.
/// \param p the case: one RC07 §2 economy
/// \return premise, scope, violation and margin on this case
Finding ppf_shape(const Params& p);
/// The test behind ppf_shape on a given frontier \f$Q_1(Q_2)\f$ over \f$[0, Q_2^{max}]\f$.
/// \param p the case: one RC07 §2 economy
/// \param frontier_q1 the most good 1 South makes while making at least \f$Q_2\f$ of good 2
/// \param q2max the largest \f$Q_2\f$
/// \return premise, scope, violation and margin on this frontier
Finding ppf_shape_of(const Params& p, const std::function<double(double)>& frontier_q1, double q2max);

// ---- the laws the draws sample (draw_laws.cpp; issue 19 A.4) -------------------------------------

/// Share of general draws taken from the power-of-two lattice (the rest log-uniform).
inline constexpr double lattice_share = 0.4;
/// Share of identical-productivity draws with the common productivity c = 1.
inline constexpr double unit_share = 0.5;
/// Share of identical-productivity draws put on the boundary \f$L_S = \bar L\f$.
inline constexpr double boundary_share = 0.2;
/// Share of small-South draws given identical productivities (fn. 7's own example).
inline constexpr double identical_share = 0.4;
/// Relative gap below which two wages count as equal (wage formula, wage ranking, equilibrium set):
/// the search's wage is a product of three rounded quotients.
inline constexpr double wage_rel_tol = 1e-9;
/// Tolerance on an equilibrium's position, relative to \f$L_S\f$ (the search's stability perturbation).
inline constexpr double position_rel_tol = 1e-7;

/// Relative tolerance on the frontier's slope at the good-1 corner (rc07.ppf-shape): over the first
/// \f$10^{-9}\f$ of the frontier the externality moves the slope by at most about \f$10^{-5}\f$.
inline constexpr double ppf_corner_rel_tol = 1e-4;
/// Relative tolerance on the frontier's convexity and linear slope (rounding of the bisected frontier).
inline constexpr double ppf_slope_rel_tol = 1e-9;

/// Points on which rc07.ppf-shape evaluates the frontier.
inline constexpr int ppf_points = 400;
/// The Mill-test simulation (mill_survives_by_simulation): good 2 starts this fraction of \f$L_S\f$
/// below complete specialisation,
inline constexpr double mill_start_gap = 1e-6;
/// moves labour by this fraction of \f$L_S\f$ times the relative wage gap per step,
inline constexpr double mill_step = 0.01;
/// counts good 2 as shrinking away once it is this fraction of \f$L_S\f$ below complete specialisation,
inline constexpr double mill_exit_gap = 1e-3;
/// and stops on a flat stretch where the wage gap is below this fraction of \f$w_1\f$.
inline constexpr double mill_flat_tol = 1e-10;

/// The distributions the draws below sample: each function returns one law object; the draws call
/// its `sample` and the claims list it, so the ledger prints exactly what is drawn.
namespace laws {
/// \return u ~ U[0, 1): lattice draw when u < lattice_share
const DrawLaw& lattice_mix();
/// \return e ~ U{-2, …, 2}: a lattice parameter is \f$2^e\f$
const DrawLaw& lattice_exponent();
/// \return b ~ U{0, …, 3}: which lattice value R takes
const DrawLaw& lattice_branch();
/// \return v ~ U[0, 1): R = 0.5 + (1.5θ − 0.5)v in lattice branch 3
const DrawLaw& lattice_spread();
/// \return \f$\lambda_{jc}\f$ ~ log U[0.2, 5)
const DrawLaw& productivity();
/// \return α ~ log U[0.05, 5)
const DrawLaw& alpha();
/// \return \f$\bar L\f$ ~ log U[0.1, 10)
const DrawLaw& lbar();
/// \return \f$L_S\f$ ~ log U[0.1, 10)
const DrawLaw& labor_south();
/// \return u ~ U[0, 1): common productivity 1 when u < unit_share
const DrawLaw& unit_mix();
/// \return u ~ U[0, 1): \f$L_S = \bar L\f$ when u < boundary_share
const DrawLaw& boundary_mix();
/// \return u ~ U[0, 1): identical productivities when u < identical_share
const DrawLaw& identical_mix();
/// \return \f$L_S/\bar L\f$ ~ U[0.05, 0.95)
const DrawLaw& small_south_ratio();
/// \return \f$L_S/\bar L\f$ ~ U[1.2, 4)
const DrawLaw& large_south_ratio();
}  // namespace laws

/// The laws general_draw samples.
/// \return the lattice and log-uniform laws, in the order drawn
std::vector<DrawLaw> general_laws();
/// The laws identical_draw samples.
/// \return the log-uniform laws, the common-productivity and boundary mixes
std::vector<DrawLaw> identical_laws();
/// The laws small_south_draw samples.
/// \return general_laws(), the identical mix and \f$L_S/\bar L\f$
std::vector<DrawLaw> small_south_laws();
/// The laws large_south_draw samples.
/// \return the log-uniform laws and \f$L_S/\bar L\f$
std::vector<DrawLaw> large_south_laws();

// ---- what the claims are searched over (claims_cases.cpp) ---------------------------------------

/// 40 % power-of-two lattice draws (exact ties R = 1, R = θ occur), 60 % log-uniform draws
/// (productivities in [0.2, 5], α in [0.05, 5], L̄ and L_S in [0.1, 10]).
/// \param k draw index (unused: the draw depends on rng alone)
/// \param rng the draw's generator
/// \return a validated economy
Params general_draw(std::size_t k, DrawRng& rng);
/// Identical productivities λ_ji = c (c = 1 half the time); L_S = L̄ in a fifth of the draws.
/// \param k draw index (unused: the draw depends on rng alone)
/// \param rng the draw's generator
/// \return a validated economy
Params identical_draw(std::size_t k, DrawRng& rng);
/// A general draw with L_S = L̄·U(0.05, 0.95); identical productivities 40 % of the time.
/// \param k draw index (unused: the draw depends on rng alone)
/// \param rng the draw's generator
/// \return a validated economy
Params small_south_draw(std::size_t k, DrawRng& rng);
/// A log-uniform draw with L_S = L̄·U(1.2, 4).
/// \param k draw index (unused: the draw depends on rng alone)
/// \param rng the draw's generator
/// \return a validated economy
Params large_south_draw(std::size_t k, DrawRng& rng);
/// The nine hand-derived cases every claim examines first (see the comments in claims_cases.cpp).
/// \return the nine economies
std::vector<Params> fixed_cases();
/// Simpler cases, simplest first, never crossing L_S = L̄ (the shrink candidates).
/// \param p the violating economy
/// \return the candidates, simplest first
std::vector<Params> simpler(const Params& p);
/// The case as JSON.
/// \param p the economy
/// \return an object with one field per Params member
nlohmann::json params_json(const Params& p);
/// `clustertrade infant-industry equilibria ...` with these parameters.
/// \param p the economy
/// \return the shell command reproducing the case
std::string command_for(const Params& p);

}  // namespace clustertrade::infant_industry::checks
