/// \file draw_laws.cpp
/// \brief The distributions the cluster-model claims draw from (see draw_laws.hpp).
#include "cluster_model/draw_laws.hpp"

namespace clustertrade::cluster_model::laws {

namespace {
using K = DrawLaw::Kind;
}  // namespace

const DrawLaw& raw_ratio() {
  static const DrawLaw law{"\\lambda_{jS}/\\lambda_{jN}", K::log_uniform, 0.1, 3.0,
                           "each sector; sorted so that sector 1 has the largest"};
  return law;
}

const DrawLaw& north_productivity() {
  static const DrawLaw law{"\\lambda_{jN}", K::log_uniform, 0.5, 2.0, "each sector"};
  return law;
}

const DrawLaw& beta() {
  static const DrawLaw law{"\\beta", K::uniform, 0.05, 0.95, {}};
  return law;
}

const DrawLaw& theta() {
  static const DrawLaw law{"\\theta_j", K::uniform, 1.05, 4.0,
                           "each sector; redrawn until the orderings asked for hold (after 200 tries sorted, RC05's "
                           "sufficient condition, or reversed)"};
  return law;
}

const DrawLaw& sectors_2_6() {
  static const DrawLaw law{"J", K::integer, 2.0, 6.0, {}};
  return law;
}

const DrawLaw& sectors_3_6() {
  static const DrawLaw law{"J", K::integer, 3.0, 6.0, {}};
  return law;
}

const DrawLaw& sectors_3_8() {
  static const DrawLaw law{"J", K::integer, 3.0, 8.0, {}};
  return law;
}

const DrawLaw& sectors_3_5() {
  static const DrawLaw law{"J", K::integer, 3.0, 5.0, "every fourth draw; else $J = 2$"};
  return law;
}

const DrawLaw& two_sector_mix() {
  static const DrawLaw law{"u_J", K::uniform, 0.0, 1.0, "$J = 2$ when $u_J < 0.5$"};
  return law;
}

const DrawLaw& common_theta() {
  static const DrawLaw law{"\\theta", K::uniform, 1.05, 5.0, "common to all sectors; every fourth draw one per sector"};
  return law;
}

const DrawLaw& common_productivity() {
  static const DrawLaw law{"\\lambda_{jS} = \\lambda_{jN}", K::log_uniform, 0.5, 2.0, "each sector"};
  return law;
}

const DrawLaw& north_lbar() {
  static const DrawLaw law{"\\bar L_j", K::log_uniform, 0.05, 1.0, "each sector"};
  return law;
}

const DrawLaw& north_share() {
  static const DrawLaw law{"s_j", K::uniform, 0.1, 1.0, "each sector, then normalised to sum to 1"};
  return law;
}

const DrawLaw& north_labour() {
  static const DrawLaw law{"L_N", K::log_uniform, 0.2, 20.0, {}};
  return law;
}

const DrawLaw& north_beta_mix() {
  static const DrawLaw law{"u_\\beta", K::uniform, 0.0, 1.0,
                           "$\\beta$ from the first law when $u_\\beta < 0.8$, else from the second"};
  return law;
}

const DrawLaw& north_beta_high() {
  static const DrawLaw law{"\\beta", K::uniform, 1.0, 2.0, "beyond RC07's $\\beta < 1$"};
  return law;
}

const DrawLaw& north_alpha() {
  static const DrawLaw law{"\\alpha", K::log_uniform, 0.5, 10.0, {}};
  return law;
}

const DrawLaw& theta2_alternative() {
  static const DrawLaw law{"\\theta_2'", K::uniform, 1.05, 10.0,
                           "the second value of $\\theta_2$; every third draw $1 + 10^{-6}$ instead"};
  return law;
}

const DrawLaw& tariff_fraction() {
  static const DrawLaw law{"v", K::uniform, 0.0, 1.0, "tariff $\\psi = (3\\hat\\psi + 1)v$"};
  return law;
}

const DrawLaw& spillover_gain() {
  static const DrawLaw law{"\\mu", K::uniform, 0.1, 10.0, {}};
  return law;
}

const DrawLaw& knowledge_cost() {
  static const DrawLaw law{"C", K::uniform, 0.0, 5.0, {}};
  return law;
}

const DrawLaw& firms() {
  static const DrawLaw law{"N_f", K::integer, 1.0, 10.0, "every fourth draw; else a continuum"};
  return law;
}

const DrawLaw& cpp_lambda() {
  static const DrawLaw law{"\\lambda", K::uniform, 1.05, 5.0, "no-CA panel, every fourth draw; common to both goods"};
  return law;
}

const DrawLaw& cpp_productivity() {
  static const DrawLaw law{"y_{iR} = y_{iP}", K::log_uniform, 0.5, 2.0, "no-CA panel, each good"};
  return law;
}

const DrawLaw& mixed_alpha() {
  static const DrawLaw law{"\\alpha", K::log_uniform, 0.5, 5.0, "then $\\bar L_j = (\\theta_j - \\beta)/\\alpha$"};
  return law;
}

const DrawLaw& mixed_labour_ratio() {
  static const DrawLaw law{"L_S/\\max_j \\bar L_j", K::uniform, 1.0, 4.0, {}};
  return law;
}

DrawLaw uncoordinated_sector(std::size_t J) {
  return {"m", K::integer, 2.0, static_cast<double>(J),
          "every fourth draw, North's sector $m$ uncoordinated; $U\\{2, \\ldots, J\\}$ for each $J$"};
}

std::vector<DrawLaw> economy() { return {raw_ratio(), north_productivity(), beta(), theta()}; }

}  // namespace clustertrade::cluster_model::laws
