/// \file draw_laws.cpp
/// \brief The distributions RC07 §4's and CPP §5's claims draw from (issue 19 A.4): the draws of
/// claims_cases.cpp sample these objects and the claims list the same objects.
#include "dynamic_spillovers/claims_checks.hpp"

namespace clustertrade::dynamic_spillovers::checks::laws {

namespace {
using K = DrawLaw::Kind;
}  // namespace

const DrawLaw& growth() {
  static const DrawLaw law{"g", K::log_uniform, 0.005, 0.05, {}};
  return law;
}

const DrawLaw& catch_up_speed() {
  static const DrawLaw law{"\\varepsilon/g", K::log_uniform, 1.25, 8.0, {}};
  return law;
}

const DrawLaw& start_below() {
  static const DrawLaw law{"a_0/\\hat a", K::uniform, 0.02, 0.999, "even draws"};
  return law;
}

const DrawLaw& start_above_unit() {
  static const DrawLaw law{"v", K::uniform, 0.0, 1.0, "odd draws: $a_0/\\hat a = 1.001 + (3/\\hat a - 1.001)v$"};
  return law;
}

const DrawLaw& wide_start() {
  static const DrawLaw law{"a_0", K::log_uniform, 0.05, 2.0, {}};
  return law;
}

const DrawLaw& cluster_start() {
  static const DrawLaw law{"a_0", K::uniform, 0.05, 1.0, {}};
  return law;
}

const DrawLaw& switch_time() {
  static const DrawLaw law{"t_0", K::uniform, 0.0, 100.0, "date of the South cluster"};
  return law;
}

const DrawLaw& partial() {
  static const DrawLaw law{"s", K::uniform, 0.0, 1.0, "intensity of a partial cluster (evidence only)"};
  return law;
}

const DrawLaw& backward_start() {
  static const DrawLaw law{"a_0^{B}", K::log_uniform, 0.05, 2.0, "start of the integration without a South cluster"};
  return law;
}

const DrawLaw& identical_theta() {
  static const DrawLaw law{"\\theta_1 = \\theta_2", K::uniform, 1.05, 3.0,
                           "identical countries (every fourth draw where allowed)"};
  return law;
}

const DrawLaw& beta() {
  static const DrawLaw law{"\\beta", K::uniform, 0.05, 0.95, {}};
  return law;
}

const DrawLaw& theta1() {
  static const DrawLaw law{"\\theta_1", K::uniform, 1.05, 3.0, {}};
  return law;
}

const DrawLaw& north_productivity() {
  static const DrawLaw law{"\\lambda_{jN}", K::log_uniform, 0.5, 2.0, "each sector"};
  return law;
}

const DrawLaw& south_productivity() {
  static const DrawLaw law{"\\lambda_{1S}", K::log_uniform, 0.2, 2.0, {}};
  return law;
}

const DrawLaw& ca_unit() {
  static const DrawLaw law{"v_R", K::uniform, 0.0, 1.0,
                           "$R = (\\lambda_{1S}/\\lambda_{1N})/(\\lambda_{2S}/\\lambda_{2N})$ log-uniform on $[1, "
                           "3\\theta_1/\\hat a)$: $\\ln R = v_R\\ln(3\\theta_1/\\hat a)$"};
  return law;
}

const DrawLaw& theta2_unit() {
  static const DrawLaw law{"v_\\theta", K::uniform, 0.0, 1.0,
                           "$\\theta_2$ uniform on $[\\max(1.05, \\theta_1/R), 3.5)$ through $v_\\theta$"};
  return law;
}

const DrawLaw& cpp_near() {
  static const DrawLaw law{"z_0/x", K::uniform, 0.99, 1.01, "even draws: within $1\\%$ of the stationary ratio"};
  return law;
}

const DrawLaw& cpp_start() {
  static const DrawLaw law{"z_0", K::uniform, 0.05, 1.0, {}};
  return law;
}

}  // namespace clustertrade::dynamic_spillovers::checks::laws
