/// \file claims_cases.cpp
/// \brief What RC07 §2's claims are searched over: the parameter draws, the hand-derived fixed
/// cases, the simpler cases a counterexample shrinks to, and its JSON and command line.
#include <array>
#include <cmath>

#include <fmt/format.h>

#include "core/validate.hpp"
#include "infant_industry/claims_checks.hpp"

namespace clustertrade::infant_industry::checks {

namespace {
// ---- drawing parameters -------------------------------------------------------------------------
// Every random number below comes from one of these laws (law.sample(rng)), and the claims list the
// same objects (draw_laws.cpp), so the report prints exactly the distributions drawn from.

// A "lattice" draw uses powers of two (and θ built from them), so that products such as λ2S·λ1N
// and θ·λ1S·λ2N are exact and the ties R = 1 and R = θ occur with positive probability.
Params lattice_draw(DrawRng& rng) {
  auto pick = [&] { return std::ldexp(1.0, static_cast<int>(laws::lattice_exponent().sample(rng))); };
  Params p;
  p.alpha = pick();
  p.lbar = pick();
  p.labor_south = pick();
  p.lambda_north = {pick(), pick()};
  p.lambda_south[0] = pick();
  const double th = theta(p);
  const double base = p.lambda_south[0] * p.lambda_north[1] / p.lambda_north[0];  // λ2S giving R = 1
  switch (static_cast<int>(laws::lattice_branch().sample(rng))) {
    case 0:
      p.lambda_south[1] = base;
      break;
    case 1:
      p.lambda_south[1] = base * th;
      break;
    case 2:
      p.lambda_south[1] = base * pick();
      break;
    default:
      // R = 0.5 + (1.5θ − 0.5)·u: U[0.5, 1.5θ) through the unit law (bit-identical to rng.uniform(0.5, 1.5θ)).
      p.lambda_south[1] = base * (0.5 + (1.5 * th - 0.5) * laws::lattice_spread().sample(rng));
      break;
  }
  return p;
}

Params continuous_draw(DrawRng& rng) {
  Params p;
  const DrawLaw& lambda = laws::productivity();
  p.lambda_south = {lambda.sample(rng), lambda.sample(rng)};
  p.lambda_north = {lambda.sample(rng), lambda.sample(rng)};
  p.alpha = laws::alpha().sample(rng);
  p.lbar = laws::lbar().sample(rng);
  p.labor_south = laws::labor_south().sample(rng);
  return p;
}

}  // namespace

Params general_draw(std::size_t, DrawRng& rng) {
  return laws::lattice_mix().sample(rng) < lattice_share ? lattice_draw(rng) : continuous_draw(rng);
}

// Identical productivities λ_ji = c (c = 1 as in the paper, or a common c: the claim is scale-free).
Params identical_draw(std::size_t, DrawRng& rng) {
  Params p = continuous_draw(rng);
  const double c = laws::unit_mix().sample(rng) < unit_share ? 1.0 : laws::productivity().sample(rng);
  p.lambda_south = {c, c};
  p.lambda_north = {c, c};
  if (laws::boundary_mix().sample(rng) < boundary_share) p.labor_south = p.lbar;  // the boundary L_S = L̄
  return p;
}

// L_S < L̄, with identical productivities (the footnote's context) 40 % of the time.
Params small_south_draw(std::size_t k, DrawRng& rng) {
  Params p = general_draw(k, rng);
  if (laws::identical_mix().sample(rng) < identical_share) {
    p.lambda_south = {1.0, 1.0};
    p.lambda_north = {1.0, 1.0};
  }
  p.labor_south = p.lbar * laws::small_south_ratio().sample(rng);
  return p;
}

Params large_south_draw(std::size_t, DrawRng& rng) {
  Params p = continuous_draw(rng);
  p.labor_south = p.lbar * laws::large_south_ratio().sample(rng);
  return p;
}

namespace {

Params make(double l1s, double l2s, double l1n, double l2n, double alpha, double lbar, double ls) {
  Params p;
  p.lambda_south = {l1s, l2s};
  p.lambda_north = {l1n, l2n};
  p.alpha = alpha;
  p.lbar = lbar;
  p.labor_south = ls;
  return p;
}

}  // namespace

// Fixed cases, derived by hand (α = 1, L̄ = 1 so θ = 2 unless stated):
std::vector<Params> fixed_cases() {
  return {
      make(1, 1, 1, 1, 1, 1, 2),       // the paper's benchmark: identical productivities, R = 1
      make(1, 2, 1, 1, 1, 1, 2),       // R = θ = 2: spec-1 is a weak (tie) equilibrium
      make(1, 1.25, 1, 1, 1, 1, 2),    // our Fig. 1: 1 < R = 1.25 < θ, three equilibria
      make(1, 3, 1, 1, 1, 1, 2),       // R = 3 > θ: CA holds, P fails, only spec-2
      make(1, 1.25, 1, 1, 1, 1, 0.5),  // L_S < L̄, R = 1.25 < θ/(1+αL_S) = 4/3: no spec-2
      make(1, 3, 1, 1, 1, 1, 0.5),     // L_S < L̄, R = 3 > 4/3: spec-2 is an equilibrium
      make(1, 1, 1, 1, 1, 1, 0.5),     // identical productivities with L_S < L̄ (fn. 7)
      make(1, 0.5, 1, 1, 1, 1, 2),     // R = 1/2: no CA, only spec-1
      make(0.75, 1, 1, 1, 1, 1, 0.5),  // L_S < L̄ tie R = 4/3 = θ/(1+αL_S): both corners pay 1
  };
}

// ---- reproducing and simplifying a counterexample ----------------------------------------------

std::string command_for(const Params& p) {
  return fmt::format(
      "clustertrade infant-industry equilibria --lambda-south {},{} --lambda-north {},{} --alpha {} --lbar {} "
      "--labor-south {}",
      format_double(p.lambda_south[0]), format_double(p.lambda_south[1]), format_double(p.lambda_north[0]),
      format_double(p.lambda_north[1]), format_double(p.alpha), format_double(p.lbar), format_double(p.labor_south));
}

nlohmann::json params_json(const Params& p) {
  return {{"lambda_south", p.lambda_south},
          {"lambda_north", p.lambda_north},
          {"alpha", p.alpha},
          {"lbar", p.lbar},
          {"labor_south", p.labor_south}};
}

// Simpler cases, simplest first: λ1S = λ1N = 1 (R and the wage ranking depend on ratios only),
// then each field replaced by 1, 2, 1/2, 3 or a rounding of itself — never crossing L_S = L̄.
std::vector<Params> simpler(const Params& p) {
  std::vector<Params> out;
  auto same_side = [&](const Params& q) { return small_south(q) == small_south(p); };
  Params normalised = p;
  normalised.lambda_south = {1.0, p.lambda_south[1] / p.lambda_south[0]};
  normalised.lambda_north = {1.0, p.lambda_north[1] / p.lambda_north[0]};
  auto short_text = [](double x) { return format_double(x).size() <= 6; };
  if ((p.lambda_south[0] != 1.0 || p.lambda_north[0] != 1.0) && short_text(normalised.lambda_south[1]) &&
      short_text(normalised.lambda_north[1]))
    out.push_back(normalised);
  for (std::size_t i = 0; i < 7; ++i) {
    auto field = [i](Params& q) -> double& {
      std::array<double*, 7> f = {&q.lambda_south[0], &q.lambda_south[1], &q.lambda_north[0],
                                  &q.lambda_north[1], &q.alpha,           &q.lbar,
                                  &q.labor_south};
      return *f[i];
    };
    Params base = p;
    const double current = field(base);
    for (double c :
         {1.0, 2.0, 0.5, 3.0, std::round(current), std::round(current * 10) / 10, std::round(current * 100) / 100}) {
      if (c == current) break;  // simplest first: a value already this simple is kept
      if (!(c > 0)) continue;
      Params q = p;
      field(q) = c;
      if (same_side(q)) out.push_back(q);
    }
  }
  return out;
}

}  // namespace clustertrade::infant_industry::checks
