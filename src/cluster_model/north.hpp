/// \file north.hpp
/// \brief The North as an isolated economy (RC07 §3 and fn. 13): each sector with or without a
/// cluster, 2^J configurations, and which of them are equilibria.
///
/// With Cobb–Douglas demand (expenditure shares \f$s_j\f$) and labour as the only factor, sector j
/// employs \f$L_{jN} = s_jL_N\f$ whatever the technology. With a cluster the sector's productivity
/// factor is \f$\beta + \alpha\min(\bar L_j, s_jL_N)\f$; it is an equilibrium when no lone producer
/// gains by switching to the backward technology (factor 1). Without a cluster a lone modern producer
/// gets factor \f$\beta\f$, which must not beat 1.
#pragma once

#include <cstddef>
#include <vector>

namespace clustertrade::cluster_model {

/// The North's primitives for fn. 13's enumeration. β is allowed in (0, ∞) here (the paper assumes
/// β < 1) so that the role of that assumption can be examined.
struct NorthEconomy {
  std::vector<double> lambda_north;  ///< \f$\lambda_{jN}\f$
  double beta = 0.5;                 ///< \f$\beta\f$: modern factor with no cluster
  double alpha = 1.0;                ///< \f$\alpha\f$: strength of the Marshallian externality
  std::vector<double> lbar;          ///< \f$\bar L_j\f$: employment at which the externality is exhausted
  std::vector<double> shares;        ///< \f$s_j\f$: Cobb–Douglas expenditure shares (sum to 1)
  double labour = 1.0;               ///< \f$L_N\f$: North's labour force

  /// Throws InvalidParameter unless J ≥ 2 (size of lambda_north, at most 20 so that 2^J stays
  /// small), matching lengths, λ, \f$\bar L\f$, shares, β, α and \f$L_N\f$ finite and > 0, and the
  /// shares sum to 1 within 1e-9.
  void validate() const;
};

/// One of the North's 2^J configurations and whether it is an equilibrium.
struct NorthConfiguration {
  std::vector<bool> clustered;  ///< cluster (modern technology) in sector j
  std::vector<double> factor;   ///< productivity factor: \f$\beta + \alpha\min(\bar L_j, s_jL_N)\f$ or 1
  std::vector<double> prices;   ///< \f$p_j = 1/(\text{factor}_j\lambda_{jN})\f$ (North labour the numeraire)
  bool equilibrium = false;     ///< no lone producer gains by switching technology
  bool full_clusters = false;   ///< every cluster reaches \f$\bar L_j\f$, so prices are the paper's
};

/// All 2^J configurations, in binary order (configuration c clusters sector j iff bit j of c is set).
/// \param north the North economy
/// \return 2^J configurations with prices and equilibrium status
std::vector<NorthConfiguration> north_configurations(const NorthEconomy& north);

/// The number of configurations that are equilibria (RC07 fn. 13 says four for J = 2).
/// \param north the North economy
/// \return how many of north_configurations(north) are equilibria
std::size_t count_north_equilibria(const NorthEconomy& north);

}  // namespace clustertrade::cluster_model
