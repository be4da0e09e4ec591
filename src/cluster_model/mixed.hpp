/// \file mixed.hpp
/// \brief RC07 §3's South equilibria beyond complete specialisation (issue 19 B.7): allocations in
/// which two technologies, or two sectors, are active at once. RC07 eq. (8)'s modern productivity
/// \f$\lambda_{jS}(\beta+\alpha\min(\bar L_j, L_{jSM}))\f$ makes modern workers in a sector earn
/// \f$b_j f_j\f$, with \f$b_j = p_j^*\lambda_{jS}\f$ a backward worker's revenue and
/// \f$f_j = \beta+\alpha\min(\bar L_j, L_{jSM})\f$ the modern factor. Every active option must pay the
/// common wage w and no idle option more, which leaves, generically (no two \f$b_j\f$ or \f$b_j\theta_j\f$
/// equal), three families besides the complete specialisations of model.hpp:
///
/// - **backward-anchored**: the sector n with the largest \f$b_n\f$ works backward, w = \f$b_n\f$, and one
///   or more sectors k carry a partial cluster with factor \f$f_k = b_n/b_k\in(1,\theta_k)\f$ (for k = n:
///   \f$f_n = 1\f$, \f$L_{nSM} = (1-\beta)/\alpha\f$, modern and backward side by side). With two sectors,
///   the ordering assumption and (*), k = 2 gives \f$f_2 = r\theta_2/\theta_1\f$,
///   \f$r = (\lambda_{1S}/\lambda_{1N})/(\lambda_{2S}/\lambda_{2N})\f$; k = 1 exists whenever the
///   no-cluster specialisation does;
/// - **cluster-anchored**: a full cluster in j (\f$L_{jSM}\ge\bar L_j\f$), w = \f$b_j\theta_j\f$, and partial
///   clusters in sectors k with \f$f_k = w/b_k\in(1,\theta_k)\f$;
/// - **partial only**: two or more partial clusters and no other activity, \f$w = (\alpha L_S +
///   |S|\beta)/\sum_{k\in S}1/b_k\f$.
///
/// All are unstable: one more modern worker in a partial cluster raises its factor and pulls others in.
/// They pay exactly the wage of a complete specialisation (\f$b_n\f$, \f$b_j\theta_j\f$) or, in the last
/// family, a wage between them, so they add no income level above the cluster in sector 1.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "cluster_model/model.hpp"

namespace clustertrade::cluster_model {

/// Which family a mixed equilibrium belongs to (see the file comment).
enum class MixedFamily {
  backward_anchored,  ///< the best backward sector works, partial clusters beside it
  cluster_anchored,   ///< a full cluster works, partial clusters beside it
  partial_only,       ///< two or more partial clusters and nothing else
};

/// One South equilibrium that is not a complete specialisation.
struct MixedEquilibrium {
  MixedFamily family = MixedFamily::backward_anchored;  ///< its family
  std::vector<double> backward;                         ///< \f$L_{jSB}\f$, backward labour by sector
  std::vector<double> modern;                           ///< \f$L_{jSM}\f$, modern labour by sector
  double wage = 0.0;                                    ///< the common wage, North-labour units
};

/// The South's mixed equilibria (RC07 §3 with eq. (8)'s technology; issue 19 B.7), highest wage
/// first. Needs β (params.beta), the externality's strength α and South's labour \f$L_S\f$; then
/// \f$\bar L_j = (\theta_j - \beta)/\alpha\f$. Throws InvalidParameter when β is absent, α ≤ 0, or
/// \f$L_S\f$ is below some \f$\bar L_j\f$ (RC07 fn. 7's assumption that a full cluster is possible in
/// every sector, under which the complete specialisations of model.hpp are the full ones).
/// Knife-edge cases (equal \f$b_j\f$, a factor exactly 1 or \f$\theta_k\f$ within tie_tolerance) are
/// skipped: there the equilibria form continua.
/// \param params the economy (validated; β required)
/// \param alpha \f$\alpha > 0\f$, productivity gain per modern worker in a sector
/// \param labor_south \f$L_S \ge \max_j \bar L_j\f$
/// \return the mixed equilibria, highest wage first
std::vector<MixedEquilibrium> mixed_equilibria(const Params& params, double alpha, double labor_south);

/// "backward-anchored", "cluster-anchored" or "partial-only".
/// \param family the family to name
/// \return its name
std::string to_string(MixedFamily family);

}  // namespace clustertrade::cluster_model
