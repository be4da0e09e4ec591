/// \file draw_laws.hpp
/// \brief The distributions the cluster-model claims draw from (issue 19 A.4). Each function returns
/// one law object: the draws call its `sample` and the claims list it, so the ledger prints exactly
/// what is drawn.
#pragma once

#include <cstddef>
#include <vector>

#include "core/claim.hpp"
#include "core/falsify.hpp"

namespace clustertrade::cluster_model::laws {

/// \return South's raw ratio \f$\lambda_{jS}/\lambda_{jN}\f$ ~ log U[0.1, 3), sorted so sector 1 leads
const DrawLaw& raw_ratio();
/// \return \f$\lambda_{jN}\f$ ~ log U[0.5, 2)
const DrawLaw& north_productivity();
/// \return β ~ U[0.05, 0.95)
const DrawLaw& beta();
/// \return \f$\theta_j\f$ ~ U[1.05, 4), redrawn until the orderings asked for hold
const DrawLaw& theta();
/// The laws draw_economy samples.
/// \return raw ratio, North productivity, β, θ
std::vector<DrawLaw> economy();
/// \return J ~ U{2, …, 6} (identical countries, ordering, promotion)
const DrawLaw& sectors_2_6();
/// \return J ~ U{3, …, 6} (the many-sector half of the ordering and ranking draws)
const DrawLaw& sectors_3_6();
/// \return J ~ U{3, …, 8} (RC05 §V's claims)
const DrawLaw& sectors_3_8();
/// \return J ~ U{3, …, 5} (North's many-sector quarter)
const DrawLaw& sectors_3_5();
/// \return u ~ U[0, 1): two sectors when u < 0.5 (income ranking)
const DrawLaw& two_sector_mix();
/// \return the common θ ~ U[1.05, 5) of identical countries (and each θ_j in the unequal quarter)
const DrawLaw& common_theta();
/// \return \f$\lambda_{jS} = \lambda_{jN}\f$ ~ log U[0.5, 2) of identical countries
const DrawLaw& common_productivity();
/// \return \f$\bar L_j\f$ ~ log U[0.05, 1) (North economies)
const DrawLaw& north_lbar();
/// \return sector share (before normalisation) ~ U[0.1, 1) (North economies)
const DrawLaw& north_share();
/// \return North labour ~ log U[0.2, 20)
const DrawLaw& north_labour();
/// \return u ~ U[0, 1): β below 1 when u < 0.8 (North economies)
const DrawLaw& north_beta_mix();
/// \return β ~ U[1, 2) beyond RC07's β < 1 (North economies)
const DrawLaw& north_beta_high();
/// \return α ~ log U[0.5, 10) (North economies)
const DrawLaw& north_alpha();
/// \return the second value of \f$\theta_2\f$ ~ U[1.05, 10) (fn. 14; a third of the draws take 1 + 10^{-6})
const DrawLaw& theta2_alternative();
/// \return v ~ U[0, 1): tariff ψ = (3ψ̂ + 1)v
const DrawLaw& tariff_fraction();
/// The North sector left uncoordinated in RC05 §V's beyond-scope quarter, 1-based: m ~ U{2, …, J}
/// (the same span as the 0-based U{1, …, J−1}, so the same draw).
/// \param J the number of sectors
/// \return the law for this J (the ledger prints it at J = 8)
DrawLaw uncoordinated_sector(std::size_t J);
/// \return α ~ log U[0.5, 5) (mixed equilibria)
const DrawLaw& mixed_alpha();
/// \return \f$L_S/\max_j\bar L_j\f$ ~ U[1, 4) (mixed equilibria)
const DrawLaw& mixed_labour_ratio();
/// \return the modern output parameter μ (RC05's A) ~ U[0.1, 10)
const DrawLaw& spillover_gain();
/// \return the knowledge cost C ~ U[0, 5)
const DrawLaw& knowledge_cost();
/// \return the number of firms N_f ~ U{1, …, 10} (every fourth draw)
const DrawLaw& firms();
/// \return CPP's common λ ~ U[1.05, 5) (no-CA panel)
const DrawLaw& cpp_lambda();
/// \return CPP's \f$y_{iR} = y_{iP}\f$ ~ log U[0.5, 2) (no-CA panel)
const DrawLaw& cpp_productivity();

}  // namespace clustertrade::cluster_model::laws
