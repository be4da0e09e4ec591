/// \file claims_rc05.cpp
/// \brief RC05 §V's J-sector claims and §II's coordination game, one case at a time: condition (*)
/// for every k, the wage ranking across cluster equilibria, fn. 16's promotion, and the two
/// knowledge-spillover examples.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "cluster_model/claims_checks.hpp"
#include "cluster_model/draw_laws.hpp"
#include "core/falsify.hpp"
#include "core/validate.hpp"

namespace clustertrade::cluster_model {

// ---- rc05.condition-star-every-k --------------------------------------------------------------------------

Finding check_condition_star_every_k(const Params& p) {
  if (!validates(p) || p.sectors() < 3 || !ricardian_ordering_holds(p))
    return premise_not_met("needs J >= 3 and the Ricardian ordering");
  Finding f;
  f.in_scope = ordering_assumption_holds(p) && north_clustered_everywhere(p);
  std::size_t clusters = 0;
  for (std::size_t k = 1; k < p.sectors(); ++k) {
    const auto s = evaluate_specialisation(p, k, true);
    clusters += s.equilibrium;
    const bool star = condition_star(p, k);
    const double distance = std::fabs(s.best_deviation.ratio - 1.0);
    const bool agree = star == s.equilibrium;
    f.tie = f.tie || distance <= tie_tolerance;
    if (!agree && distance > tie_tolerance && !f.violated) {
      f.violated = true;
      f.detail = fmt::format(
          "$k = {}$: ($*$) {} but the enumeration finds the cluster {}an equilibrium (a {} producer in "
          "sector {} earns {} times the wage)",
          k + 1, star ? "holds" : "fails", s.equilibrium ? "" : "not ", to_string(s.best_deviation.technology),
          s.best_deviation.sector + 1, evidence_number_against(s.best_deviation.ratio, 1.0));
    }
    f.margin = std::min(f.margin, agree ? distance : -distance);
  }
  f.value = static_cast<double>(clusters);
  if (!f.violated)
    f.detail = fmt::format("($*$) matched the enumeration for all {} sectors $k \\ge 2$", p.sectors() - 1);
  if (f.violated) f.tie = false;  // a violation anywhere in the case outranks a tie
  return f;
}

Search<Params> search_condition_star_every_k() {
  Search<Params> s;
  s.salt = 0x5eeeULL;
  s.draw = [](std::size_t k, DrawRng& rng) {
    const std::size_t J = static_cast<std::size_t>(laws::sectors_3_8().sample(rng));
    return draw_economy(rng, J, k % 2 == 0 ? Ordering::both : Ordering::violated);
  };
  // λN = 1, λS = (2, 1.5, 1), θ = (2, 2.5, 3): for k = 3, x = 2/1 = θ1: the deviation into 1 breaks
  // even, a weak equilibrium by RC05's zero-profit definition that (*)'s strict '<' excludes (a tie).
  s.fixed_cases = {Params{{2.0, 1.5, 1.0}, {1.0, 1.0, 1.0}, {2.0, 2.5, 3.0}, std::nullopt, {}}};
  s.check = check_condition_star_every_k;
  s.shrink_candidates = [](const Params& p) { return shrink_economy(p, 3); };
  s.to_json = params_json;
  s.command = equilibria_command;
  return s;
}

// ---- rc05.theta-nondecreasing-sufficient ---------------------------------------------------------------

Finding check_theta_nondecreasing(const Params& p) {
  if (!validates(p) || !ricardian_ordering_holds(p)) return premise_not_met("Ricardian ordering not met");
  for (std::size_t j = 1; j < p.sectors(); ++j)
    if (p.theta[j] < p.theta[j - 1]) return premise_not_met("theta decreasing somewhere");
  Finding f;
  // Conclusion: λ_jS/(θ_j λ_jN) non-increasing; margin the smallest relative step down.
  for (std::size_t j = 1; j < p.sectors(); ++j) {
    const double before = raw_ratio(p, j - 1) / p.theta[j - 1], after = raw_ratio(p, j) / p.theta[j];
    f.margin = std::min(f.margin, 1.0 - after / before);
  }
  f.violated = f.margin < -tie_tolerance;
  f.tie = !f.violated && f.margin <= tie_tolerance;
  f.detail = f.violated ? fmt::format("$\\lambda_{{jS}}/(\\theta_j\\lambda_{{jN}})$ rises by {} somewhere",
                                      evidence_number(-f.margin, 3))
                        : "the second ordering holds";
  return f;
}

Search<Params> search_theta_nondecreasing() {
  Search<Params> s;
  s.salt = claim_salt("rc05.theta-nondecreasing-sufficient");
  s.draw = [](std::size_t k, DrawRng& rng) {
    const std::size_t J = static_cast<std::size_t>(laws::sectors_3_8().sample(rng));
    Params p = draw_economy(rng, J, Ordering::ricardian);
    if (k % 2 == 0) std::sort(p.theta.begin(), p.theta.end());  // the premise: θ_j non-decreasing
    return p;
  };
  // λN = 1, λS = (1, 0.5, 0.5), θ = (2, 2, 3): ratios 1/2, 1/4, 1/6 fall; equal raw ratios in 2 and 3
  // still fall once θ rises. θ = (2, 2, 2) with λS = (1, 0.5, 0.5): 1/4 = 1/4, a tie.
  s.fixed_cases = {Params{{1.0, 0.5, 0.5}, {1.0, 1.0, 1.0}, {2.0, 2.0, 3.0}, 0.5, {}},
                   Params{{1.0, 0.5, 0.5}, {1.0, 1.0, 1.0}, {2.0, 2.0, 2.0}, 0.5, {}}};
  s.check = check_theta_nondecreasing;
  s.shrink_candidates = [](const Params& p) { return shrink_economy(p, 3); };
  s.to_json = params_json;
  s.command = equilibria_command;
  return s;
}

// ---- rc05.wage-declining-in-k ---------------------------------------------------------------------------

Finding check_wage_declining(const Params& p) {
  if (!validates(p) || p.sectors() < 3 || !ricardian_ordering_holds(p))
    return premise_not_met("needs J >= 3 and the Ricardian ordering");
  Finding f;
  f.in_scope = ordering_assumption_holds(p) && north_clustered_everywhere(p);
  std::size_t clusters = 0;
  double previous_wage = 0.0;
  std::size_t previous = 0;
  for (std::size_t k = 0; k < p.sectors(); ++k) {
    const auto s = evaluate_specialisation(p, k, true);
    if (!s.equilibrium) continue;
    if (clusters > 0) {
      const double m = 1.0 - s.wage / previous_wage;
      if (m < -tie_tolerance && !f.violated)
        f.detail =
            fmt::format("the cluster in {} pays {}, more than the cluster in {} ({})", k + 1,
                        evidence_number_against(s.wage, previous_wage), previous + 1, evidence_number(previous_wage));
      f.violated = f.violated || m < -tie_tolerance;
      f.tie = f.tie || std::fabs(m) <= tie_tolerance;
      f.margin = std::min(f.margin, m);
    }
    ++clusters;
    previous_wage = s.wage;
    previous = k;
  }
  f.value = static_cast<double>(clusters);
  if (!f.violated) f.detail = fmt::format("{} cluster equilibria, wages non-increasing in $k$", clusters);
  if (f.violated) f.tie = false;  // a violation anywhere in the case outranks a tie
  return f;
}

Search<Params> search_wage_declining() {
  Search<Params> s;
  s.salt = 0xdec1ULL;
  s.draw = [](std::size_t k, DrawRng& rng) {
    const std::size_t J = static_cast<std::size_t>(laws::sectors_3_8().sample(rng));
    Params p = draw_economy(rng, J, Ordering::both);
    if (k % 4 == 3) {  // beyond RC05: one North sector without coordination
      p.north_clusters.assign(J, 1.0);
      p.north_clusters[static_cast<std::size_t>(laws::uncoordinated_sector(J).sample(rng)) - 1] = 0.0;
    }
    return p;
  };
  // λN = 1, λS = (1, 0.8, 0.8), θ = (2, 2, 2): clusters in 2 and 3 both pay 0.8 (a tie); each is an
  // equilibrium (deviation into 1 earns (1/2)/0.8 = 0.625 of the wage).
  s.fixed_cases = {Params{{1.0, 0.8, 0.8}, {1.0, 1.0, 1.0}, {2.0, 2.0, 2.0}, 0.5, {}}};
  s.check = check_wage_declining;
  s.shrink_candidates = [](const Params& p) { return shrink_economy(p, 3); };
  s.to_json = params_json;
  s.command = equilibria_command;
  return s;
}

// ---- rc05.fn16-promotion-lowers-wage ---------------------------------------------------------------------

Finding check_promotion_lowers_wage(const Params& p) {
  if (!validates(p) || !ricardian_ordering_holds(p) || !north_clustered_everywhere(p))
    return premise_not_met("Ricardian ordering or North clustering not met");
  // fn. 16's comparison: specialisation in 1 without coordination, w = λ1S/(θ1 λ1N).
  const double w_is1 = specialisation_wage(p, 0, false);
  Finding f;
  f.premise = false;
  f.in_scope = ordering_assumption_holds(p);
  f.value = 0.0;
  for (std::size_t k = 1; k < p.sectors(); ++k) {
    const auto s = evaluate_specialisation(p, k, true);
    if (s.best_deviation.ratio <= 1.0 + tie_tolerance) continue;  // an equilibrium (or weak): not fn. 16's case
    f.premise = true;
    const double m = 1.0 - s.wage / w_is1;
    f.value = std::max(f.value, s.wage / w_is1);
    if (m < -tie_tolerance && !f.violated)
      f.detail = fmt::format("a promoted cluster in {} pays {}, more than no cluster in 1 ({})", k + 1,
                             evidence_number_against(s.wage, w_is1), evidence_number_against(w_is1, s.wage));
    f.violated = f.violated || m < -tie_tolerance;
    f.tie = f.tie || std::fabs(m) <= tie_tolerance;
    f.margin = std::min(f.margin, m);
  }
  if (!f.premise) f.detail = "every cluster is an equilibrium";
  if (f.premise && !f.violated)
    f.detail = fmt::format("every promoted cluster pays at most {} times the no-cluster wage in 1",
                           evidence_number_against(f.value, 1.0));
  if (f.violated) f.tie = false;  // a violation anywhere in the case outranks a tie
  return f;
}

Search<Params> search_promotion_lowers_wage() {
  Search<Params> s;
  s.salt = 0xf16ULL;
  s.draw = [](std::size_t k, DrawRng& rng) {
    const std::size_t J = static_cast<std::size_t>(laws::sectors_2_6().sample(rng));
    return draw_economy(rng, J, k % 2 == 0 ? Ordering::both : Ordering::violated);
  };
  // λN = 1, λS = (1, 0.25), θ = (2, 3): x = 4 > θ1, the cluster in 2 pays 0.25 < 1/2 = w(1, no cluster).
  s.fixed_cases = {Params{{1.0, 0.25}, {1.0, 1.0}, {2.0, 3.0}, 0.5, {}}};
  s.check = check_promotion_lowers_wage;
  s.shrink_candidates = [](const Params& p) { return shrink_economy(p); };
  s.to_json = params_json;
  s.command = equilibria_command;
  return s;
}

// ---- rc05.s2-multiple-iff --------------------------------------------------------------------------------

namespace {
/// The margin deciding whether n = 0 is an equilibrium: a lone investor gets A/N − C against 1
/// (continuum: −C against 1), so the slack is 1 + C − A/N (or 1 + C).
double zero_slack(const SpilloverGame& g) { return 1.0 + g.C - (g.firms ? g.A / *g.firms : 0.0); }
}  // namespace

Finding check_s2_multiple(const SpilloverGame& g) {
  if (!validates(g) || g.spillover_to_backward) return premise_not_met("not the first §II example");
  Finding f;
  f.in_scope = !g.firms;
  const auto eq = coordination_equilibria(g);
  const bool multiple = eq.size() > 1;
  const bool condition = g.A - g.C > 1.0;
  // Deciding margins: n = 1 survives iff A − C ≥ 1; n = 0 survives iff 1 + C − A/N ≥ 0.
  const double one = g.A - g.C - 1.0, zero = zero_slack(g);
  const bool agree = multiple == condition;
  f.tie = std::fabs(one) <= tie_tolerance * std::max(1.0, g.A) || std::fabs(zero) <= tie_tolerance * std::max(1.0, g.A);
  f.violated = !agree && !f.tie;
  const double distance = std::min(std::fabs(one), std::fabs(zero));
  f.margin = agree ? distance : -distance;
  f.value = static_cast<double>(eq.size());
  f.detail = fmt::format("$\\mu - C = {}$: {} {} ({}), {}", evidence_math(g.A - g.C), eq.size(),
                         eq.size() == 1 ? "equilibrium" : "equilibria",
                         g.firms ? fmt::format("$N_f = {}$ firms", *g.firms) : "a continuum of firms",
                         agree ? "as the condition says" : "against the condition");
  if (f.violated) f.tie = false;  // a violation anywhere in the case outranks a tie
  return f;
}

Finding check_s2_multiple_if(const SpilloverGame& g) {
  if (!validates(g) || g.spillover_to_backward) return premise_not_met("not the first §II example");
  if (!(g.A - g.C > 1.0)) return premise_not_met("A - C <= 1: the implication says nothing");
  return check_s2_multiple(g);
}

Finding check_s2_multiple_only_if(const SpilloverGame& g) {
  if (!validates(g) || g.spillover_to_backward) return premise_not_met("not the first §II example");
  if (coordination_equilibria(g).size() < 2) return premise_not_met("a single equilibrium");
  return check_s2_multiple(g);
}

Search<SpilloverGame> search_s2_multiple() {
  Search<SpilloverGame> s;
  s.salt = 0x5211ULL;
  s.draw = [](std::size_t k, DrawRng& rng) {
    SpilloverGame g;
    g.A = laws::spillover_gain().sample(rng);
    g.C = laws::knowledge_cost().sample(rng);
    if (k % 4 == 3) g.firms = static_cast<int>(laws::firms().sample(rng));  // beyond §II: few firms
    return g;
  };
  // A = 3, C = 1 (A − C = 2 > 1): n = 0 (−1 < 1) and n = 1 (2 > 1) plus the unstable n = 2/3.
  s.fixed_cases = {SpilloverGame{3.0, 1.0, false, std::nullopt}};
  s.check = check_s2_multiple;
  s.shrink_candidates = [](const SpilloverGame& g) {
    std::vector<SpilloverGame> out;
    for (int digits : {2, 1}) {
      SpilloverGame h = g;
      h.A = round_significant(g.A, digits);
      h.C = round_significant(g.C, digits);
      if (h.A != g.A || h.C != g.C) out.push_back(h);  // an unchanged candidate would never stop shrinking
    }
    return out;
  };
  s.to_json = game_json;
  s.command = coordination_command;
  return s;
}

// ---- rc05.s2-unique-inefficient -------------------------------------------------------------------------

Finding check_s2_unique_inefficient(const SpilloverGame& g) {
  if (!validates(g) || !g.spillover_to_backward) return premise_not_met("not the second §II example");
  Finding f;
  f.in_scope = !g.firms && g.A - g.C > 1.0;
  const auto eq = coordination_equilibria(g);
  const bool unique_zero = eq.size() == 1 && eq[0].n == 0.0;
  // Everybody better off at n = 1: average output A − C there against 1 at n = 0.
  const double better = average_output(g, 1.0) - average_output(g, 0.0);
  const double zero = zero_slack(g);
  f.margin = std::min(better, zero);
  const bool tie_better = std::fabs(better) <= tie_tolerance * std::max(1.0, g.A);
  const bool tie_zero = std::fabs(zero) <= tie_tolerance * std::max(1.0, g.A);
  f.tie = tie_better || tie_zero;
  f.violated = (!unique_zero && !tie_zero) || (better < 0.0 && !tie_better);
  f.value = g.A - g.C - 1.0;
  f.detail = fmt::format(
      "{}: {}; average output at $\\nu = 1$ minus at $\\nu = 0$: {}",
      g.firms ? fmt::format("$N_f = {}$ firms", *g.firms) : "a continuum of firms",
      unique_zero      ? "$\\nu = 0$ is the unique equilibrium"
      : eq.size() == 1 ? fmt::format("one equilibrium, at $\\nu = {}$", evidence_math(eq[0].n))
                       : fmt::format("{} equilibria, the first at $\\nu = {}$", eq.size(), evidence_math(eq[0].n)),
      evidence_number(better));
  if (f.violated) f.tie = false;  // a violation anywhere in the case outranks a tie
  return f;
}

Search<SpilloverGame> search_s2_unique_inefficient() {
  Search<SpilloverGame> s = search_s2_multiple();
  s.salt = 0x5212ULL;
  s.draw = [](std::size_t k, DrawRng& rng) {
    SpilloverGame g;
    g.A = laws::spillover_gain().sample(rng);
    g.C = laws::knowledge_cost().sample(rng);
    g.spillover_to_backward = true;
    if (k % 4 == 3) g.firms = static_cast<int>(laws::firms().sample(rng));
    return g;
  };
  // A = 3, C = 1: modern minus backward is −1 − C = −2 at every n, so n = 0 only; output 2 > 1 at n = 1.
  s.fixed_cases = {SpilloverGame{3.0, 1.0, true, std::nullopt}};
  s.check = check_s2_unique_inefficient;
  return s;
}

}  // namespace clustertrade::cluster_model
