/// \file draw_laws.cpp
/// \brief The distributions RC07 §2's claims draw from (issue 19 A.4): the draws of
/// claims_cases.cpp sample these objects and the claims list the same objects, so the ledger
/// prints exactly what is drawn.
#include <fmt/format.h>

#include "infant_industry/claims_checks.hpp"

namespace clustertrade::infant_industry::checks {

namespace laws {

namespace {
std::string share_note(const char* what, double share) {
  return fmt::format("{} when $u < {}$", what, evidence_math(share));
}
}  // namespace

const DrawLaw& lattice_mix() {
  static const DrawLaw law{"u", DrawLaw::Kind::uniform, 0.0, 1.0,
                           share_note("power-of-two lattice draw", lattice_share) + ", else log-uniform draw"};
  return law;
}
const DrawLaw& lattice_exponent() {
  static const DrawLaw law{"e", DrawLaw::Kind::integer, -2.0, 2.0,
                           "lattice: $\\alpha$, $\\bar L$, $L_S$, $\\lambda_{1N}$, $\\lambda_{2N}$, $\\lambda_{1S}$ "
                           "are $2^e$, each its own $e$"};
  return law;
}
const DrawLaw& lattice_branch() {
  static const DrawLaw law{"b", DrawLaw::Kind::integer, 0.0, 3.0,
                           "lattice: $R = 1$, $\\theta$, $2^e$ or $0.5 + (1.5\\theta - 0.5)v$ for $b = 0, 1, 2, 3$"};
  return law;
}
const DrawLaw& lattice_spread() {
  static const DrawLaw law{"v", DrawLaw::Kind::uniform, 0.0, 1.0, "lattice, $b = 3$"};
  return law;
}
const DrawLaw& productivity() {
  static const DrawLaw law{"\\lambda_{jc}", DrawLaw::Kind::log_uniform, 0.2, 5.0, "each independently"};
  return law;
}
const DrawLaw& alpha() {
  static const DrawLaw law{"\\alpha", DrawLaw::Kind::log_uniform, 0.05, 5.0};
  return law;
}
const DrawLaw& lbar() {
  static const DrawLaw law{"\\bar L", DrawLaw::Kind::log_uniform, 0.1, 10.0};
  return law;
}
const DrawLaw& labor_south() {
  static const DrawLaw law{"L_S", DrawLaw::Kind::log_uniform, 0.1, 10.0};
  return law;
}
const DrawLaw& unit_mix() {
  static const DrawLaw law{
      "u_c", DrawLaw::Kind::uniform, 0.0, 1.0,
      share_note("common productivity $c = 1$", unit_share) + ", else $c$ drawn as $\\lambda_{jc}$"};
  return law;
}
const DrawLaw& boundary_mix() {
  static const DrawLaw law{"u_L", DrawLaw::Kind::uniform, 0.0, 1.0, share_note("$L_S = \\bar L$", boundary_share)};
  return law;
}
const DrawLaw& identical_mix() {
  static const DrawLaw law{"u_\\lambda", DrawLaw::Kind::uniform, 0.0, 1.0,
                           share_note("every $\\lambda_{jc} = 1$", identical_share)};
  return law;
}
const DrawLaw& small_south_ratio() {
  static const DrawLaw law{"L_S/\\bar L", DrawLaw::Kind::uniform, 0.05, 0.95, "replacing the drawn $L_S$"};
  return law;
}
const DrawLaw& large_south_ratio() {
  static const DrawLaw law{"L_S/\\bar L", DrawLaw::Kind::uniform, 1.2, 4.0, "replacing the drawn $L_S$"};
  return law;
}

}  // namespace laws

namespace {
std::vector<DrawLaw> continuous_laws() {
  return {laws::productivity(), laws::alpha(), laws::lbar(), laws::labor_south()};
}
}  // namespace

std::vector<DrawLaw> general_laws() {
  std::vector<DrawLaw> out = {laws::lattice_mix(), laws::lattice_exponent(), laws::lattice_branch(),
                              laws::lattice_spread()};
  for (auto& law : continuous_laws()) out.push_back(law);
  return out;
}

std::vector<DrawLaw> identical_laws() {
  std::vector<DrawLaw> out = continuous_laws();
  out.push_back(laws::unit_mix());
  out.push_back(laws::boundary_mix());
  return out;
}

std::vector<DrawLaw> small_south_laws() {
  std::vector<DrawLaw> out = general_laws();
  out.push_back(laws::identical_mix());
  out.push_back(laws::small_south_ratio());
  return out;
}

std::vector<DrawLaw> large_south_laws() {
  std::vector<DrawLaw> out = continuous_laws();
  out.push_back(laws::large_south_ratio());
  return out;
}

}  // namespace clustertrade::infant_industry::checks
