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

#include "core/falsify.hpp"
#include "core/random.hpp"
#include "infant_industry/model.hpp"
#include "infant_industry/search.hpp"

namespace clustertrade::infant_industry::checks {

/// \f$R = 1\f$ exactly: \f$\lambda_{2S}\lambda_{1N} = \lambda_{1S}\lambda_{2N}\f$ (meaningful on power-of-two draws).
bool tie_r_one(const Params& p);
/// \f$R = \theta\f$ exactly.
bool tie_r_theta(const Params& p);
/// \f$L_S < \bar L\f$ and \f$R = \theta/(1+\alpha L_S)\f$ exactly.
bool tie_small_south(const Params& p);
/// Any of the three ties.
bool any_tie(const Params& p);
/// \f$L_S < \bar L\f$: outside RC07 fn. 7's assumption (no complete cluster possible).
bool small_south(const Params& p);

/// rc07.identical-productivity: with \f$\lambda_{ji}=c\f$ both specialisations are equilibria with
/// equal wages. Premise: identical productivities. Scope \f$L_S \ge \bar L\f$.
Finding identical_productivity(const Params& p);
/// rc07.spec1-condition: specialisation in 1 found by the search iff \f$R<\theta\f$; tie at \f$R=\theta\f$.
Finding spec1_condition(const Params& p);
/// rc07.ca-iff-spec2: specialisation in 2 found iff CA (\f$R>1\f$). Scope \f$L_S\ge\bar L\f$; tie at \f$R=1\f$.
Finding ca_iff_spec2(const Params& p);
/// rc07.wage-formula: each corner equilibrium found pays \f$\lambda_{jS}/\lambda_{jN}\f$ (relative
/// gap above 1e-9 is a violation). Scope \f$L_S\ge\bar L\f$.
Finding wage_formula(const Params& p);
/// rc07.wage-ranking on one case: premise both specialisations are equilibria.
Finding wage_ranking(const Params& p);
/// The comparison behind wage_ranking: specialisation in 2 pays more (\f$w_2 > w_1(1+10^{-9})\f$)
/// iff CA; a violation unless on a tie. \param p the economy \param w1 wage at specialisation in 1
/// \param w2 in 2
Finding compare_wage_ranking(const Params& p, double w1, double w2);
/// rc07.p-iff-multiple: condition P iff the search finds both specialisations. Scope \f$L_S\ge\bar L\f$.
Finding p_iff_multiple(const Params& p);
/// rc07.p-equiv-ca: condition P (with the world price \f$\lambda_{1N}/(\theta\lambda_{2N})\f$) iff CA.
/// Margin \f$\ln(\theta/R)\f$ when CA holds (negative: P fails while CA holds).
Finding p_equiv_ca(const Params& p);
/// The Mill test simulated: South starts specialised in 2, a sliver of labour moves to good 1,
/// labour then flows to the better-paid sector; true when good 2 survives.
bool mill_survives_by_simulation(const Params& p);
/// rc07.mill-test: good 2 survives free trade iff CA. Scope \f$L_S\ge\bar L\f$; tie at \f$R=1\f$.
Finding mill_test(const Params& p);
/// rc07.fn7-small-south: premise \f$L_S<\bar L\f$; violated when specialisation in 2 is an
/// equilibrium. In scope: identical productivities (the example the footnote annotates).
Finding fn7_small_south(const Params& p);
/// rc07.equilibrium-set: the search's equilibria equal the closed forms of model.hpp.
Finding equilibrium_set(const Params& p);
/// The comparison behind equilibrium_set: same kinds in the same order, positions within
/// \f$10^{-7}L_S\f$, wages within \f$10^{-9}\f$ relative, same stability.
Finding compare_equilibrium_sets(const Params& p, const std::vector<FoundEquilibrium>& found,
                                 const std::vector<Equilibrium>& closed);
/// rc07.ppf-shape: premise \f$L_S > \bar L\f$; the frontier (bisected from the production functions)
/// is convex below the kink \f$Q_2 = \lambda_{2S}\theta\bar L\f$, linear with slope
/// \f$\lambda_{1S}/(\theta\lambda_{2S})\f$ beyond it, and has slope \f$\lambda_{1S}/\lambda_{2S}\f$ at the good-1
/// corner.
Finding ppf_shape(const Params& p);
/// The test behind ppf_shape on a given frontier \f$Q_1(Q_2)\f$ over \f$[0, Q_2^{max}]\f$.
/// \param p the economy
/// \param frontier_q1 the most good 1 South makes while making at least \f$Q_2\f$ of good 2
/// \param q2max the largest \f$Q_2\f$
Finding ppf_shape_of(const Params& p, const std::function<double(double)>& frontier_q1, double q2max);

// ---- what the claims are searched over (claims_cases.cpp) ---------------------------------------

/// 40 % power-of-two lattice draws (exact ties R = 1, R = θ occur), 60 % log-uniform draws
/// (productivities in [0.2, 5], α in [0.05, 5], L̄ and L_S in [0.1, 10]).
Params general_draw(std::size_t k, DrawRng& rng);
/// Identical productivities λ_ji = c (c = 1 half the time); L_S = L̄ in a fifth of the draws.
Params identical_draw(std::size_t k, DrawRng& rng);
/// A general draw with L_S = L̄·U(0.05, 0.95); identical productivities 40 % of the time.
Params small_south_draw(std::size_t k, DrawRng& rng);
/// A log-uniform draw with L_S = L̄·U(1.2, 4).
Params large_south_draw(std::size_t k, DrawRng& rng);
/// The nine hand-derived cases every claim examines first (see the comments in claims_cases.cpp).
std::vector<Params> fixed_cases();
/// Simpler cases, simplest first, never crossing L_S = L̄ (the shrink candidates).
std::vector<Params> simpler(const Params& p);
/// The case as JSON.
nlohmann::json params_json(const Params& p);
/// `clustertrade infant-industry equilibria ...` with these parameters.
std::string command_for(const Params& p);

}  // namespace clustertrade::infant_industry::checks
