/// \file equilibria.hpp
/// \brief RC07 §4: steady-state equilibria of a small South facing a North clustered in both
/// sectors, with the dynamic productivity variables \f$A_{jit}\f$ at their steady-state ratios.
///
/// Prices come from North (RC07 §4): \f$p_{jt}^* = 1/(\lambda_{jN} A_{jNt}\theta_j)\f$. South specialises
/// in sector k, with or without a cluster; its wage relative to North's is
/// \f$w = p_k^* \lambda_{kS} A_{kS}\,(\theta_k \text{ if clustered})\f$ and the income gap is \f$1/w\f$. A
/// candidate is an equilibrium when no single producer gains by making any good with the backward
/// technology (productivity \f$\lambda_{jS}A_{jS}\f$) or, alone, with the modern one
/// (\f$\beta\lambda_{jS}A_{jS}\f$). Writing \f$A_{jNt} = 1\f$ loses nothing: only \f$a_j = A_{jS}/A_{jN}\f$ matters.
#pragma once

#include <array>
#include <string>

namespace clustertrade::dynamic_spillovers {

/// Two sectors, two countries (RC07 §3–§4 notation): \f$\lambda_{ji}\f$, \f$\theta_j = \beta + \alpha\bar L_j\f$.
struct EconomyParams {
  std::array<double, 2> lambda_north{1.0, 1.0};  ///< \f$\lambda_{1N}, \lambda_{2N} > 0\f$
  std::array<double, 2> lambda_south{1.0, 1.0};  ///< \f$\lambda_{1S}, \lambda_{2S} > 0\f$
  std::array<double, 2> theta{1.5, 1.5};         ///< static cluster gains \f$\theta_j > 1\f$
  double beta = 0.5;                             ///< modern productivity without a cluster, \f$0 < \beta < 1\f$

  /// Throws InvalidParameter unless every \f$\lambda > 0\f$, \f$\theta_j > 1\f$, \f$0 < \beta < 1\f$ (finite).
  void validate() const;
};

/// A candidate steady state of the South: the sector it specialises in (0 = good 1, 1 = good 2)
/// and whether that sector is clustered.
struct Candidate {
  int sector = 0;        ///< 0: good 1; 1: good 2
  bool cluster = false;  ///< South produces it with the modern technology at full scale
};

/// "good 1, cluster" etc.
/// \param candidate the steady-state candidate  \return "good 1" or "good 2", then ", cluster" or ", no cluster"
std::string describe(const Candidate& candidate);

/// South's wage (North's = 1) in candidate `c` with steady relative technologies
/// \f$a_j = A_{jS}/A_{jN}\f$: \f$w = \lambda_{kS} a_k (\theta_k)^{[c]} / (\lambda_{kN}\theta_k)\f$ (RC07 §4).
/// \param p the two-good economy  \param c the candidate
/// \param relative_tech \f$(a_1, a_2)\f$, steady South/North technology ratios
/// \return w in North-labour units
double south_wage(const EconomyParams& p, const Candidate& c, const std::array<double, 2>& relative_tech);

/// The largest gain ratio \f$\max_{j,\text{tech}} p_j^*\,\text{prod}_j/w\f$ over every single-producer
/// deviation (backward in either good; modern alone in either good). The candidate is an
/// equilibrium when it is ≤ 1 (RC07 §3's argument for (*), extended to §4 by the \f$a_j\f$).
/// \param p the two-good economy  \param c the candidate
/// \param relative_tech \f$(a_1, a_2)\f$, steady South/North technology ratios
/// \return the largest ratio (> 1: some deviation pays)
double best_deviation_ratio(const EconomyParams& p, const Candidate& c, const std::array<double, 2>& relative_tech);

/// RC07 §4's steady-state relative technologies under the text's spillover rule: \f$a_j = 1\f$ in the
/// clustered sector, \f$\hat a = 1 - g/\varepsilon\f$ in the others (North clustered everywhere).
/// \param c the candidate  \param a_hat \f$\hat a \in (0, 1)\f$
/// \return \f$(a_1, a_2)\f$
std::array<double, 2> steady_relative_tech(const Candidate& c, double a_hat);

/// RC07 §4's printed income gaps: \f$\lambda_{1N}/\lambda_{1S}\f$ (good 1, cluster),
/// \f$(\theta_1/\hat a)(\lambda_{1N}/\lambda_{1S})\f$ (good 1, no cluster), and for good 2 with a
/// cluster \f$\lambda_{2N}/\lambda_{2S}\f$ (from RC07 §3's \f$w = \lambda_{2S}/\lambda_{2N}\f$, unchanged in §4).
/// Good 2 without a cluster: \f$(\theta_2/\hat a)(\lambda_{2N}/\lambda_{2S})\f$.
/// \param p the two-good economy  \param c the candidate  \param a_hat \f$\hat a \in (0, 1)\f$
/// \return North/South income per worker as printed
double printed_income_gap(const EconomyParams& p, const Candidate& c, double a_hat);

/// RC07 §4's condition for the good-2 cluster equilibrium:
/// \f$(\lambda_{1S}/\lambda_{1N})/(\lambda_{2S}/\lambda_{2N}) < \theta_1/\hat a\f$.
/// \param p the two-good economy  \param a_hat \f$\hat a \in (0, 1)\f$
/// \return whether the printed condition holds
bool printed_spec2_condition(const EconomyParams& p, double a_hat);

/// RC07 §3's static condition (*), \f$(\lambda_{1S}/\lambda_{1N})/(\lambda_{2S}/\lambda_{2N}) < \theta_1\f$ (the
/// \f$\hat a = 1\f$ case), for comparison.
/// \param p the two-good economy
/// \return whether (*) holds
bool static_spec2_condition(const EconomyParams& p);

}  // namespace clustertrade::dynamic_spillovers
