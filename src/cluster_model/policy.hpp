/// \file policy.hpp
/// \brief The policy experiments of RC07 §3.1 and RC05 §V, computed: import substitution (a
/// tariff on one good starting from specialisation without a cluster) and the promotion of a
/// cluster in a sector where it is not an equilibrium.
#pragma once

#include <cstddef>

#include "cluster_model/model.hpp"

namespace clustertrade::cluster_model {

/// What a South producer does under a tariff t on imports of good `target`, starting from
/// specialisation without a cluster in `start` (RC07 §3.1). As long as the export good `start` is
/// still produced, the wage stays \f$w_0 = p_{start}^*\lambda_{start,S}\f$ (North-labour units).
struct TariffOutcome {
  double tariff = 0.0;          ///< t
  double domestic_price = 0.0;  ///< \f$p^*_{target}(1+t)\f$
  double wage = 0.0;            ///< South wage, North-labour units
  double income_gap = 0.0;      ///< 1/wage
  /// Revenue per worker of a backward entrant in `target` over the wage, \f$p^*(1+t)\lambda_S/w_0\f$.
  double backward_margin = 0.0;
  /// The same for a lone modern entrant (no cluster yet), \f$\beta p^*(1+t)\lambda_S/w_0\f$ (β from
  /// Params, or 1 when not given — the most favourable reading for the modern technology).
  double modern_margin = 0.0;
  bool target_produced = false;                          ///< some entrant breaks even (the better margin ≥ 1)
  Technology entrant_technology = Technology::backward;  ///< the technology the best entrant uses
};

/// Evaluates a tariff t ≥ 0 on good `target` (0-based; default good 2), starting from
/// specialisation in `start` without a cluster (default good 1). Throws InvalidParameter
/// ("tariff") when t is negative or not finite.
/// \param params the economy  \param tariff ad valorem tariff t ≥ 0 on good `target`
/// \param start 0-based sector of the initial specialisation  \param target 0-based protected sector
/// \return the entrants' margins and whether `target` is produced
TariffOutcome import_substitution(const Params& params, double tariff, std::size_t start = 0, std::size_t target = 1);

/// The tariff at which domestic production of `target` starts, located with a bracketing root
/// finder (TOMS 748) on the backward entrant's margin \f$p^*(1+t)\lambda_S - w_0\f$: closed form
/// \f$t^* = w_0/(p^*_{target}\lambda_{target,S}) - 1\f$, 0 when the margin is already non-negative.
/// \param params the economy  \param start 0-based sector of the initial specialisation
/// \param target 0-based protected sector
/// \return \f$t^*\f$ ≥ 0
double production_threshold_tariff(const Params& params, std::size_t start = 0, std::size_t target = 1);

/// The tariff at which a coordinated, protected cluster in `target` would be self-sustaining (no
/// producer gains by moving to `start`): \f$t_C = w_0/(p^*_{target}\theta_{target}\lambda_{target,S}) - 1\f$
/// (0 if negative). Not stated in the papers; it shows that protection can make a cluster an
/// equilibrium without giving any producer a reason to start one.
/// \param params the economy  \param start 0-based sector of the initial specialisation
/// \param target 0-based protected sector
/// \return \f$t_C\f$ ≥ 0
double protected_cluster_tariff(const Params& params, std::size_t start = 0, std::size_t target = 1);

/// Promoting (and subsidising) a cluster in sector k at world prices (RC07 §3.1, RC05 fn. 16).
struct PromotionOutcome {
  std::size_t sector = 0;        ///< k
  double promoted_wage = 0.0;    ///< \f$p_k^*\theta_k\lambda_{kS}\f$: income per worker at world prices
  double status_quo_wage = 0.0;  ///< wage of the lowest equilibrium (no cluster)
  bool is_equilibrium = false;   ///< the cluster in k is an equilibrium without distortion
  /// Wage subsidy rate that keeps every producer in k: best deviation ratio − 1 (0 if none needed).
  double required_subsidy = 0.0;
};

/// The promotion experiment for a cluster in sector k (0-based).
/// \param params the economy  \param k 0-based promoted sector
/// \return wages, equilibrium status and the required subsidy
PromotionOutcome cluster_promotion(const Params& params, std::size_t k);

}  // namespace clustertrade::cluster_model
