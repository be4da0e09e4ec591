/// \file claims_rc07_ranking.cpp
/// \brief RC07 §3's ranking claims and §3.1's import substitution, one case at a time: the income
/// ranking of the South's equilibria, the irrelevance of θ₂ (fn. 14), and protection without clusters.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "cluster_model/claims_checks.hpp"
#include "cluster_model/draw_laws.hpp"
#include "cluster_model/policy.hpp"
#include "core/falsify.hpp"
#include "core/validate.hpp"

namespace clustertrade::cluster_model {

// ---- rc07.income-ranking -----------------------------------------------------------------------------------

Finding check_income_ranking(const Params& p) {
  if (!validates(p) || !ricardian_ordering_holds(p)) return premise_not_met("Ricardian ordering not met");
  Finding f;
  f.in_scope = ordering_assumption_holds(p) && north_clustered_everywhere(p);
  const auto top = evaluate_specialisation(p, 0, true), bottom = evaluate_specialisation(p, 0, false);
  // The two ends must be equilibria: slack 1 − r (negative when a deviation is profitable).
  f.margin = std::min(1.0 - top.best_deviation.ratio, 1.0 - bottom.best_deviation.ratio);
  std::string what = !top.equilibrium      ? "the cluster in 1 is not an equilibrium"
                     : !bottom.equilibrium ? "no cluster in 1 is not an equilibrium"
                                           : "";
  const auto eq = south_equilibria(p);
  for (const auto& e : eq) {
    if (e.sector == 0) continue;
    // Strictly between the two ends: w < w_top and w > w_bottom (relative gaps).
    // An unclustered equilibrium outside sector 1 needs no test of its own: it earns at least the
    // backward revenue of good 1, which is the bottom wage, so the no-cluster specialisation in 1 then
    // loses to it (or ties) and the bottom's slack above is already ≤ 0.
    const double m = std::min(1.0 - e.wage / top.wage, e.wage / bottom.wage - 1.0);
    if (m < f.margin && what.empty() && m < -tie_tolerance)
      what = fmt::format("{} in sector {} pays $w = {}$ (top {}, bottom {})", e.clustered ? "a cluster" : "no cluster",
                         e.sector + 1, evidence_math(e.wage, 4),
                         // the ends with the fewest digits that keep them on their side of w
                         evidence_number_against(top.wage, e.wage), evidence_number_against(bottom.wage, e.wage));
    f.margin = std::min(f.margin, m);
  }
  f.violated = f.margin < -tie_tolerance;
  f.tie = std::fabs(f.margin) <= tie_tolerance;
  f.value = static_cast<double>(eq.size());
  f.detail = f.violated ? what
                        : fmt::format("{} equilibria ranked as stated (smallest relative gap {})", eq.size(),
                                      evidence_number(f.margin, 3));
  if (f.violated) f.tie = false;  // a violation anywhere in the case outranks a tie
  return f;
}

Search<Params> search_income_ranking() {
  Search<Params> s;
  s.salt = 0x12a4cULL;
  s.draw = [](std::size_t k, DrawRng& rng) {
    const std::size_t J =
        laws::two_sector_mix().sample(rng) < 0.5 ? 2 : static_cast<std::size_t>(laws::sectors_3_6().sample(rng));
    Params p = draw_economy(rng, J, k % 4 == 2 ? Ordering::violated : Ordering::both);
    if (k % 4 == 3) {  // beyond RC07: the North's last sector without a cluster
      p.north_clusters.assign(J, 1.0);
      p.north_clusters[J - 1] = 0.0;
    }
    return p;
  };
  // Equal Ricardian ratios (1, 1), θ = (2, 3): both clusters pay w = 1, a tie at the top.
  // Ratios (1, 0.75), θ = (2, 3): cluster in 2 pays 0.75, strictly between 1 and 1/2.
  s.fixed_cases = {Params{{1.0, 1.0}, {1.0, 1.0}, {2.0, 3.0}, 0.5, {}},
                   Params{{1.0, 0.75}, {1.0, 1.0}, {2.0, 3.0}, 0.5, {}}};
  s.check = check_income_ranking;
  s.shrink_candidates = [](const Params& p) { return shrink_economy(p); };
  s.to_json = params_json;
  s.command = equilibria_command;
  return s;
}

// ---- rc07.theta2-irrelevant -----------------------------------------------------------------------------------

Finding check_theta2_irrelevant(const Theta2Case& c) {
  const Params& p = c.params;
  if (!validates(p) || p.sectors() != 2 || !(c.theta2_alt > 1.0) || !std::isfinite(c.theta2_alt))
    return premise_not_met("not a valid two-sector case");
  Params q = p;
  q.theta[1] = c.theta2_alt;
  Finding f;
  f.in_scope = north_clustered_everywhere(p);
  const auto a = evaluate_specialisation(p, 1, true), b = evaluate_specialisation(q, 1, true);
  const double spread = std::fabs(a.wage - b.wage) / std::max(a.wage, b.wage);
  const bool changed = a.equilibrium != b.equilibrium;
  const bool at_edge = std::fabs(a.best_deviation.ratio - 1.0) <= tie_tolerance ||
                       std::fabs(b.best_deviation.ratio - 1.0) <= tie_tolerance;
  f.tie = changed && at_edge;
  f.violated = spread > tie_tolerance || (changed && !at_edge);
  f.margin = tie_tolerance - spread;
  if (changed && !at_edge) f.margin = std::min(f.margin, -std::fabs(a.best_deviation.ratio - b.best_deviation.ratio));
  f.value = spread;
  // θ2 next to 1 (fn. 14's limit) is shown as 1 plus the gap; a spread at round-off level as such.
  const double above_one = c.theta2_alt - 1.0;
  const std::string theta2_alt =
      above_one < 1e-3 ? "1 + " + evidence_math(above_one, 3) : evidence_math(c.theta2_alt, 4);
  const std::string spread_text = spread < 1e-10 ? "zero to rounding" : evidence_number(spread, 3);
  f.detail = fmt::format(
      "wage of the cluster in 2: {} at $\\theta_2 = {}$ and {} at $\\theta_2 = {}$ (relative spread {}); "
      "an equilibrium: {} / {}",
      evidence_number(a.wage, 4), evidence_math(p.theta[1], 4), evidence_number(b.wage, 4), theta2_alt, spread_text,
      a.equilibrium ? "yes" : "no", b.equilibrium ? "yes" : "no");
  if (f.violated) f.tie = false;  // a violation anywhere in the case outranks a tie
  return f;
}

Search<Theta2Case> search_theta2_irrelevant() {
  Search<Theta2Case> s;
  s.salt = 0x7e7a2ULL;
  s.draw = [](std::size_t k, DrawRng& rng) {
    Theta2Case c{draw_economy(rng, 2, Ordering::ricardian), 0.0};
    c.theta2_alt = k % 3 == 0 ? 1.0 + 1e-6 : laws::theta2_alternative().sample(rng);  // fn. 14: θ2 close to 1 too
    if (k % 4 == 3) c.params.north_clusters = {1.0, 0.0};  // beyond RC07: North without a cluster in 2
    return c;
  };
  // w = p2* θ2 λ2S = λ2S/λ2N = 0.5 at θ2 = 3 and at θ2 = 1 + 2^-20 alike.
  s.fixed_cases = {Theta2Case{Params{{1.0, 0.5}, {1.0, 1.0}, {3.0, 3.0}, 0.5, {}}, 1.0 + 0x1p-20}};
  s.check = check_theta2_irrelevant;
  s.shrink_candidates = [](const Theta2Case& c) {
    std::vector<Theta2Case> out;
    for (const auto& p : shrink_economy(c.params)) out.push_back({p, c.theta2_alt});
    return out;
  };
  s.to_json = [](const Theta2Case& c) {
    auto j = params_json(c.params);
    j["theta2_alt"] = c.theta2_alt;
    return j;
  };
  s.command = [](const Theta2Case& c) { return equilibria_command(c.params); };
  return s;
}

// ---- rc07.import-substitution-no-cluster -------------------------------------------------------------------

Finding check_import_substitution(const TariffCase& c) {
  const Params& p = c.params;
  if (!validates(p) || p.sectors() != 2 || !p.beta || !(c.tariff >= 0.0) || !std::isfinite(c.tariff))
    return premise_not_met("not a valid two-sector case with beta and a tariff >= 0");
  if (!evaluate_specialisation(p, 0, false).equilibrium)
    return premise_not_met("specialisation in 1 without a cluster is not an equilibrium");
  Finding f;
  f.in_scope = ordering_assumption_holds(p) && north_clustered_everywhere(p);
  // Independent closed form: North factor f_j (θ_j or 1), w0 = λ1S/(f1 λ1N), p2 = 1/(f2 λ2N);
  // the backward entrant's revenue over the wage is (1 + t) p2 λ2S / w0 = (1 + t)/(1 + t*).
  const double f1 = p.north_clustered(0) ? p.theta[0] : 1.0, f2 = p.north_clustered(1) ? p.theta[1] : 1.0;
  const double w0 = p.lambda_south[0] / (f1 * p.lambda_north[0]);
  const double t_star = w0 / (p.lambda_south[1] / (f2 * p.lambda_north[1])) - 1.0;
  const double backward = (1.0 + c.tariff) / (1.0 + t_star);
  const auto o = import_substitution(p, c.tariff);
  const double located = production_threshold_tariff(p);
  f.value = t_star;
  f.tie = std::fabs(backward - 1.0) <= tie_tolerance;
  std::string what;
  if (o.entrant_technology != Technology::backward) what = "the best entrant uses the modern technology";
  if (!within_tie(o.wage, w0))
    what = fmt::format("the wage moved to {} from {}", evidence_number_against(o.wage, w0), evidence_number(w0));
  if (std::fabs(o.backward_margin - backward) > 1e-12 * backward)
    what = fmt::format("backward margin {} instead of {}", evidence_number_against(o.backward_margin, backward),
                       evidence_number(backward));
  if (o.target_produced != (backward >= 1.0) && !f.tie)
    what = fmt::format("good 2 {}produced at $\\psi = {}$ with $\\hat\\psi = {}$", o.target_produced ? "" : "not ",
                       evidence_math(c.tariff), evidence_math(t_star));
  if (std::fabs(located - std::max(0.0, t_star)) > 1e-9 * (1.0 + t_star))
    what = fmt::format("TOMS 748 threshold {} differs from $\\hat\\psi = {}$", evidence_number_against(located, t_star),
                       evidence_math(t_star));
  f.violated = !what.empty();
  f.margin = f.violated ? -std::fabs(backward - 1.0) : std::min(1.0 - *p.beta, std::fabs(backward - 1.0));
  f.detail = f.violated ? what
                        : fmt::format(
                              "$\\psi = {}$, $\\hat\\psi = {}$: good 2 {}produced, by a backward entrant; "
                              "wage unchanged",
                              evidence_math(c.tariff), evidence_math(t_star), o.target_produced ? "" : "not ");
  if (f.violated) f.tie = false;  // a violation anywhere in the case outranks a tie
  return f;
}

Search<TariffCase> search_import_substitution() {
  Search<TariffCase> s;
  s.salt = 0x15ULL;
  s.draw = [](std::size_t, DrawRng& rng) {
    TariffCase c{draw_economy(rng, 2, Ordering::both), 0.0};
    const double t_star = production_threshold_tariff(c.params);
    // (3ψ̂ + 1)·v with v ~ U[0, 1) is rng.uniform(0, 3ψ̂ + 1), bit for bit.
    c.tariff = (3.0 * t_star + 1.0) * laws::tariff_fraction().sample(rng);
    return c;
  };
  // λS = (1, 0.5), λN = 1, θ = (2, 2): w0 = 1/2, p2 λ2S = 1/4, t* = 1. At t = 0.5 the backward
  // entrant earns 1.5/2 = 0.75 of the wage (not produced); at t = 1 it breaks even (a tie).
  s.fixed_cases = {TariffCase{Params{{1.0, 0.5}, {1.0, 1.0}, {2.0, 2.0}, 0.5, {}}, 0.5},
                   TariffCase{Params{{1.0, 0.5}, {1.0, 1.0}, {2.0, 2.0}, 0.5, {}}, 1.0}};
  s.check = check_import_substitution;
  s.shrink_candidates = [](const TariffCase& c) {
    std::vector<TariffCase> out;
    for (const auto& p : shrink_economy(c.params)) out.push_back({p, c.tariff});
    if (round_significant(c.tariff, 2) != c.tariff) out.push_back({c.params, round_significant(c.tariff, 2)});
    return out;
  };
  s.to_json = [](const TariffCase& c) {
    auto j = params_json(c.params);
    j["tariff"] = c.tariff;
    return j;
  };
  s.command = [](const TariffCase&) { return std::string(); };  // no tariff subcommand in the CLI
  return s;
}

}  // namespace clustertrade::cluster_model
