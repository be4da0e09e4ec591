/// \file claims_checks.hpp
/// \brief The economics of each cluster-model claim, one case at a time: the case types, the
/// per-case checks (premise, scope, conclusion, margin) and the searches built from them.
///
/// Every check judges the paper's statement by the enumeration of every candidate specialisation
/// and every unilateral deviation (model.hpp), by the 2^J North configurations (north.hpp) or by
/// the finite/continuum coordination game (coordination.hpp) — never by the closed form the paper
/// states. A comparison within the model's `tie_tolerance` is a tie (counted, never a violation).
/// Tests call the checks directly on planted cases at each claim's boundary.
#pragma once

#include "cluster_model/claims_support.hpp"
#include "cluster_model/coordination.hpp"
#include "cluster_model/crosswalk.hpp"
#include "cluster_model/mixed.hpp"
#include "cluster_model/model.hpp"
#include "cluster_model/north.hpp"

namespace clustertrade::cluster_model {

/// A case for rc07.theta2-irrelevant: an economy and a second value of θ₂ to compare it with.
struct Theta2Case {
  Params params;            ///< J = 2 economy (θ₂ = params.theta[1])
  double theta2_alt = 2.0;  ///< the other θ₂ (> 1)
};

/// A case for rc07.import-substitution-no-cluster: an economy and a tariff on good 2.
struct TariffCase {
  Params params;        ///< J = 2 economy
  double tariff = 0.0;  ///< t ≥ 0 on imports of good 2
};

/// A case for rc07.s3-mixed-equilibria: a two-sector economy with β, the externality's strength α
/// and South's labour \f$L_S\f$ (at least every \f$\bar L_j = (\theta_j-\beta)/\alpha\f$).
struct MixedCase {
  Params params;             ///< J = 2 economy with β
  double alpha = 1.0;        ///< α > 0
  double labor_south = 1.0;  ///< \f$L_S\f$
};

// ---- RC07 §3 ---------------------------------------------------------------------------------------

/// rc07.identical-countries-cluster / -no-cluster, RC07 §3's two sub-conclusions graded apart (issue
/// 19 B.10). Premise: \f$\lambda_{jS}=\lambda_{jN}\f$ for all j (no Ricardian differences). Scope: a
/// common θ and North clustered everywhere. With `clustered`, every specialisation with a cluster is
/// an equilibrium with income gap 1; without, every specialisation without a cluster (no trade) is
/// one with gap \f$\theta_j\f$. Margin: the smallest \f$1-r\f$ over those J candidates, r the best
/// deviation's revenue over the wage. The no-cluster equilibria are weak by nature (every sector
/// breaks even), so an in-scope case of that part is a tie.
/// \param p the economy  \param clustered which sub-conclusion
/// \return premise, scope, violation and margin on this case
Finding check_identical_countries_part(const Params& p, bool clustered);

/// rc07.north-four-equilibria (RC07 fn. 13). Scope: J = 2, β < 1, every sector large enough for
/// its cluster to be full (\f$s_jL_N\ge\bar L_j\f$). Conclusion: all \f$2^J\f$ configurations are
/// equilibria. Margin: \f$\min(\min_j f_j - 1,\ 1-\beta)\f$ with \f$f_j=\beta+\alpha\min(\bar L_j,s_jL_N)\f$.
/// \param n the North \return the finding (value: the number of equilibria)
Finding check_north_four_equilibria(const NorthEconomy& n);

/// rc07.condition-star (J = 2). Premise: J = 2. Scope: North clustered everywhere and RC07's two
/// orderings. Conclusion: condition (*) ⇔ the enumeration finds specialisation in 2 with a cluster
/// an equilibrium. Margin: ±|r − 1| (r the best deviation ratio; − when they disagree); |r − 1| within
/// tie_tolerance is a tie. Value: \f$x/\theta_1\f$, x the ratio of Ricardian ratios.
/// \param p the economy \return the finding
Finding check_condition_star(const Params& p);

/// rc07.ordering-assumption. Premise: Ricardian ordering, North clustered everywhere. Scope: the
/// ordering assumption. Conclusion: specialisation without a cluster is an equilibrium in sector 1
/// and in no other sector. Margin: min of \f$1-r_1\f$ (no-cluster in 1) and \f$r_j-1\f$ (j ≥ 2).
/// \param p the economy \return the finding (value: index of the closed-form no-cluster sector, 1-based)
Finding check_ordering_assumption(const Params& p);

/// rc07.income-ranking. Premise: Ricardian ordering. Scope: the ordering assumption and North
/// clustered everywhere. Conclusion: the cluster in sector 1 pays the most, no cluster in sector 1
/// the least, every other equilibrium is clustered and pays strictly in between. Margin: smallest
/// relative wage gap of the ranking (ties: within tie_tolerance).
/// \param p the economy \return the finding (value: number of equilibria)
Finding check_income_ranking(const Params& p);

/// rc07.theta2-irrelevant (RC07 fn. 14). Premise: J = 2. Scope: North clustered everywhere.
/// Conclusion: the wage of specialisation in 2 with a cluster, and whether it is an equilibrium,
/// are the same at θ₂ and at theta2_alt. Margin: tie_tolerance − relative wage spread.
/// \param c the case \return the finding (value: the relative spread)
Finding check_theta2_irrelevant(const Theta2Case& c);

/// rc07.import-substitution-no-cluster (RC07 §3.1). Premise: J = 2, β given, specialisation in 1
/// without a cluster is an equilibrium (the starting point). Scope: ordering assumption, North
/// clustered. Conclusion: at tariff t the best entrant in good 2 uses the backward technology, the
/// wage stays at the no-cluster level, good 2 is produced iff \f$t\ge t^*\f$ with the closed form
/// \f$t^*=\frac{\lambda_{1S}/(\theta_1\lambda_{1N})}{\lambda_{2S}/(\theta_2\lambda_{2N})}-1\f$, and the
/// TOMS 748 threshold matches it. Margin: min(1 − β, |backward margin − 1|).
/// \param c the case \return the finding (value: t*)
Finding check_import_substitution(const TariffCase& c);

// ---- RC05 §V -----------------------------------------------------------------------------------------

/// rc05.condition-star-every-k. Premise: J ≥ 3 and Ricardian ordering. Scope: RC05's second ordering
/// and North clustered everywhere. Conclusion: for every k ≥ 2, (*) with sector 1 ⇔ the enumeration's
/// verdict on specialisation in k with coordination. Margin: ±|r_k − 1| as in check_condition_star.
/// \param p the economy \return the finding (value: number of k whose cluster is an equilibrium)
Finding check_condition_star_every_k(const Params& p);

/// rc05.wage-declining-in-k. Premise: J ≥ 3, Ricardian ordering. Scope: RC05's orderings, North
/// clustered everywhere. Conclusion: over the cluster equilibria in increasing k the wage falls
/// strictly. Margin: smallest \f$1-w_{next}/w_{prev}\f$.
/// \param p the economy \return the finding (value: number of cluster equilibria)
Finding check_wage_declining(const Params& p);

/// rc05.fn16-promotion-lowers-wage. Premise: Ricardian ordering, North clustered, some k ≥ 2 whose
/// cluster is not an equilibrium (enumeration, beyond the tie band). Scope: the ordering assumption.
/// Conclusion (as fn. 16 words it): each such promoted cluster pays at most the wage of
/// specialisation in sector 1 without coordination, \f$\lambda_{1S}/(\theta_1\lambda_{1N})\f$.
/// Margin: smallest \f$1-w_k/w_{1,Is}\f$.
/// \param p the economy \return the finding (value: largest \f$w_k/w_{1,Is}\f$)
Finding check_promotion_lowers_wage(const Params& p);

// ---- RC05 §II ---------------------------------------------------------------------------------------

/// The comparison behind rc05.s2-multiple-if and -only-if. Premise: backward output 1 (no spillover to backward firms).
/// Scope: a continuum of firms. Conclusion: more than one equilibrium ⇔ A − C > 1. Margin: ±|A − C − 1| (and, with N
/// firms, ±|1 + C − A/N|); within tie_tolerance a tie. \param g the game \return the finding (value: number of
/// equilibria)
Finding check_s2_multiple(const SpilloverGame& g);
/// rc05.s2-multiple-if, the paper's implication ("If A − C > 1 then there are multiple equilibria",
/// RC05 §II): premise \f$\mu - C > 1\f$; then as check_s2_multiple.
/// \param g the game
/// \return premise, scope, violation and margin on this case
Finding check_s2_multiple_if(const SpilloverGame& g);
/// rc05.s2-multiple-only-if, our addition (the converse): premise more than one equilibrium; then as
/// check_s2_multiple.
/// \param g the game
/// \return premise, scope, violation and margin on this case
Finding check_s2_multiple_only_if(const SpilloverGame& g);

/// rc05.s2-unique-inefficient. Premise: backward output 1 + An. Scope: a continuum and A − C > 1
/// (carried over from the first example). Conclusion: n = 0 is the unique equilibrium and average
/// output is higher at n = 1. Margin: min(A − C − 1, uniqueness margin \f$1+C-A/N\f$ or \f$1+C\f$).
/// \param g the game \return the finding (value: A − C − 1)
Finding check_s2_unique_inefficient(const SpilloverGame& g);

// ---- CPP §5 ------------------------------------------------------------------------------------------

/// cpp.table2-crosswalk. Premise: two goods and R's Ricardian advantage in good 2
/// (\f$y_{2R}/y_{2P}\ge y_{1R}/y_{1P}\f$), or the no-CA panel (y equal across regions, λ₁ = λ₂).
/// Scope: CPP's assumption 6 as printed, \f$(y_{1R}/y_{1P})\lambda_1>(y_{2R}/y_{2P})\lambda_2\f$ (the
/// no-CA panel is always in scope). Conclusion: every Table 2 row's existence and income gap match
/// the enumeration. Margin: ±|r − 1| of the deciding deviation per row.
/// \param c the CPP economy \return the finding
Finding check_cpp_table2(const CppParams& c);

// ---- the searches -------------------------------------------------------------------------------------

/// Draws, fixed cases and check for rc07.identical-countries-cluster (`clustered`) or -no-cluster.
/// \param clustered which sub-conclusion the check grades
/// \return that Search
Search<Params> search_identical_countries(bool clustered);
/// rc07.s3-mixed-equilibria (our addition, issue 19 B.7). Premise: a valid two-sector economy with β.
/// Scope: RC07's orderings, North clustered everywhere. Conclusion: every equilibrium mixed_equilibria
/// lists survives every unilateral deviation (checked here on the allocation itself: every active
/// option pays the most any option pays, within tie_tolerance); when (*) holds with the factor
/// \f$r\theta_2/\theta_1\in(1,\theta_2)\f$ the list holds sector 1 backward with a partial cluster in 2 of
/// that factor; when specialisation in 1 without a cluster is an equilibrium (sector 1 the best
/// backward sector) it holds \f$(1-\beta)/\alpha\f$ modern workers in sector 1 beside backward ones.
/// Margin: yes/no. Value: the number of mixed equilibria.
/// \param c the case \return the finding
Finding check_mixed_equilibria(const MixedCase& c);
/// Draws, fixed cases and check for rc07.s3-mixed-equilibria.
/// \return that Search
Search<MixedCase> search_mixed_equilibria();
/// rc05.theta-nondecreasing-sufficient (RC05 §V: "a sufficient condition for this is that θj be
/// non-decreasing in j"). Premise: the Ricardian ordering and \f$\theta_j\f$ non-decreasing. Conclusion:
/// \f$\lambda_{jS}/(\theta_j\lambda_{jN})\f$ non-increasing. Margin: the smallest relative step down.
/// \param p the economy \return the finding
Finding check_theta_nondecreasing(const Params& p);
/// Draws, fixed cases and check for rc05.theta-nondecreasing-sufficient (θ sorted in even draws).
/// \return that Search
Search<Params> search_theta_nondecreasing();
/// Draws, fixed cases and check for rc07.north-four-equilibria.
/// \return that Search
Search<NorthEconomy> search_north_four_equilibria();
/// Draws, fixed cases and check for rc07.condition-star.
/// \return that Search
Search<Params> search_condition_star();
/// Draws, fixed cases and check for rc07.ordering-assumption.
/// \return that Search
Search<Params> search_ordering_assumption();
/// Draws, fixed cases and check for rc07.income-ranking.
/// \return that Search
Search<Params> search_income_ranking();
/// Draws, fixed cases and check for rc07.theta2-irrelevant.
/// \return that Search
Search<Theta2Case> search_theta2_irrelevant();
/// Draws, fixed cases and check for rc07.import-substitution-no-cluster.
/// \return that Search
Search<TariffCase> search_import_substitution();
/// Draws, fixed cases and check for rc05.condition-star-every-k.
/// \return that Search
Search<Params> search_condition_star_every_k();
/// Draws, fixed cases and check for rc05.wage-declining-in-k.
/// \return that Search
Search<Params> search_wage_declining();
/// Draws, fixed cases and check for rc05.fn16-promotion-lowers-wage.
/// \return that Search
Search<Params> search_promotion_lowers_wage();
/// Draws, fixed cases and shrinking for rc05.s2-multiple-if / -only-if (check: the iff comparison;
/// the claims replace it with check_s2_multiple_if / check_s2_multiple_only_if).
/// \return that Search
Search<SpilloverGame> search_s2_multiple();
/// Draws, fixed cases and check for rc05.s2-unique-inefficient.
/// \return that Search
Search<SpilloverGame> search_s2_unique_inefficient();
/// Draws, fixed cases and check for cpp.table2-crosswalk.
/// \return that Search
Search<CppParams> search_cpp_table2();

}  // namespace clustertrade::cluster_model
