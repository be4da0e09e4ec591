/// \file claims.cpp
/// \brief RC07 §2's claims as falsification searches. Each check draws parameters (seeded per draw
/// index), finds South's equilibria with the brute-force scan of search.hpp (never the closed
/// forms), and compares with what the paper asserts. Fixed cases (the paper's own benchmark and
/// the ties R = 1, R = θ, L_S < L̄) are always added so verdicts do not hang on draw luck.
#include "infant_industry/claims.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

#include <fmt/format.h>

#include "core/random.hpp"
#include "core/validate.hpp"
#include "infant_industry/model.hpp"
#include "infant_industry/search.hpp"

namespace clustertrade::infant_industry {

namespace {

// ---------------------------------------------------------------------------------------------
// Drawing parameters.

// A "lattice" draw uses powers of two (and θ built from them), so that products such as λ2S·λ1N
// and θ·λ1S·λ2N are exact and the ties R = 1 and R = θ occur with positive probability.
Params lattice_draw(DrawRng& rng) {
  const double pow2[] = {0.25, 0.5, 1.0, 2.0, 4.0};
  auto pick = [&] { return pow2[rng.uniform_int(0, 4)]; };
  Params p;
  p.alpha = pick();
  p.lbar = pick();
  p.labor_south = pick();
  p.lambda_north = {pick(), pick()};
  p.lambda_south[0] = pick();
  const double th = theta(p);
  // λ2S such that R is 1, θ, or a random value around them.
  const double base = p.lambda_south[0] * p.lambda_north[1] / p.lambda_north[0];
  switch (rng.uniform_int(0, 3)) {
    case 0: p.lambda_south[1] = base; break;
    case 1: p.lambda_south[1] = base * th; break;
    case 2: p.lambda_south[1] = base * pick(); break;
    default: p.lambda_south[1] = base * rng.uniform(0.5, 1.5 * th); break;
  }
  return p;
}

Params continuous_draw(DrawRng& rng) {
  Params p;
  p.lambda_south = {rng.log_uniform(0.2, 5.0), rng.log_uniform(0.2, 5.0)};
  p.lambda_north = {rng.log_uniform(0.2, 5.0), rng.log_uniform(0.2, 5.0)};
  p.alpha = rng.log_uniform(0.05, 5.0);
  p.lbar = rng.log_uniform(0.1, 10.0);
  p.labor_south = rng.log_uniform(0.1, 10.0);
  return p;
}

Params general_draw(DrawRng& rng) { return rng.bernoulli(0.4) ? lattice_draw(rng) : continuous_draw(rng); }

Params make(double l1s, double l2s, double l1n, double l2n, double alpha, double lbar, double ls) {
  Params p;
  p.lambda_south = {l1s, l2s};
  p.lambda_north = {l1n, l2n};
  p.alpha = alpha;
  p.lbar = lbar;
  p.labor_south = ls;
  return p;
}

// Fixed cases, derived by hand (α = 1, L̄ = 1 so θ = 2 unless stated):
std::vector<Params> fixed_cases() {
  return {
      make(1, 1, 1, 1, 1, 1, 2),        // the paper's benchmark: identical productivities, R = 1
      make(1, 2, 1, 1, 1, 1, 2),        // R = θ = 2: spec-1 is a weak (tie) equilibrium
      make(1, 1.25, 1, 1, 1, 1, 2),     // our Fig. 1: 1 < R = 1.25 < θ, three equilibria
      make(1, 3, 1, 1, 1, 1, 2),        // R = 3 > θ: CA holds, P fails, only spec-2
      make(1, 1.25, 1, 1, 1, 1, 0.5),   // L_S < L̄, R = 1.25 < θ/(1+αL_S) = 4/3: no spec-2
      make(1, 3, 1, 1, 1, 1, 0.5),      // L_S < L̄, R = 3 > 4/3: spec-2 is an equilibrium
      make(1, 1, 1, 1, 1, 1, 0.5),      // identical productivities with L_S < L̄ (fn. 7)
      make(1, 0.5, 1, 1, 1, 1, 2),      // R = 1/2: no CA, only spec-1
      make(0.75, 1, 1, 1, 1, 1, 0.5),   // L_S < L̄ tie R = 4/3 = θ/(1+αL_S): both corners pay 1
  };
}

// ---------------------------------------------------------------------------------------------
// Verdict machinery.

enum class Miss { none, boundary, out_of_scope, general };

struct CaseResult {
  Miss miss = Miss::none;
  std::string note;         // what went wrong in this case
  bool applicable = true;   // false: the case is outside the claim's premise and is not counted
};

const CaseResult not_applicable{Miss::none, "", false};

using Predicate = std::function<CaseResult(const Params&)>;

// Exact ties among the products the conditions compare (meaningful on lattice draws).
bool tie_r_one(const Params& p) { return p.lambda_south[1] * p.lambda_north[0] == p.lambda_south[0] * p.lambda_north[1]; }
bool tie_r_theta(const Params& p) {
  return p.lambda_south[1] * p.lambda_north[0] == theta(p) * p.lambda_south[0] * p.lambda_north[1];
}
bool tie_small_south(const Params& p) {
  return p.labor_south < p.lbar &&
         p.lambda_south[1] * p.lambda_north[0] * (1.0 + p.alpha * p.labor_south) ==
             theta(p) * p.lambda_south[0] * p.lambda_north[1];
}
bool any_tie(const Params& p) { return tie_r_one(p) || tie_r_theta(p) || tie_small_south(p); }
bool small_south(const Params& p) { return p.labor_south < p.lbar; }

std::string command_for(const Params& p) {
  return fmt::format(
      "clustertrade infant-industry equilibria --lambda-south {},{} --lambda-north {},{} --alpha {} --lbar {} "
      "--labor-south {}",
      format_double(p.lambda_south[0]), format_double(p.lambda_south[1]), format_double(p.lambda_north[0]),
      format_double(p.lambda_north[1]), format_double(p.alpha), format_double(p.lbar), format_double(p.labor_south));
}

nlohmann::json params_json(const Params& p) {
  return {{"lambda_south", p.lambda_south}, {"lambda_north", p.lambda_north}, {"alpha", p.alpha},
          {"lbar", p.lbar},                 {"labor_south", p.labor_south}};
}

std::string describe(const std::vector<FoundEquilibrium>& found) {
  std::string text;
  for (const auto& f : found) {
    if (!text.empty()) text += "; ";
    text += to_string(f.kind) + fmt::format(" L2={:.4g}", f.labor_sector2);
    if (f.labor_sector2_max > f.labor_sector2) text += fmt::format("..{:.4g}", f.labor_sector2_max);
    text += fmt::format(" w={:.4g}", f.wage) + (f.stable ? " stable" : " not stable");
  }
  return text.empty() ? "none" : text;
}

// Replaces parameters by simpler values while the case keeps failing in the same way.
Params shrink(Params p, Miss miss, const Predicate& predicate) {
  auto fields = [](Params& q) -> std::array<double*, 7> {
    return {&q.lambda_south[0], &q.lambda_south[1], &q.lambda_north[0], &q.lambda_north[1], &q.alpha, &q.lbar,
            &q.labor_south};
  };
  // First try λ1S = λ1N = 1 (R and the wage ranking only depend on ratios; wages just rescale).
  Params normalised = p;
  normalised.lambda_south = {1.0, p.lambda_south[1] / p.lambda_south[0]};
  normalised.lambda_north = {1.0, p.lambda_north[1] / p.lambda_north[0]};
  auto short_text = [](double x) { return format_double(x).size() <= 6; };
  if (short_text(normalised.lambda_south[1]) && short_text(normalised.lambda_north[1]) &&
      predicate(normalised).miss == miss)
    p = normalised;
  for (int pass = 0; pass < 3; ++pass) {
    for (std::size_t i = 0; i < 7; ++i) {
      const double current = *fields(p)[i];
      const double candidates[] = {1.0, 2.0, 0.5, 3.0, std::round(current), std::round(current * 10) / 10,
                                   std::round(current * 100) / 100};
      for (double c : candidates) {
        if (c == current) break;  // candidates are listed simplest first: keep a value that is already simple
        if (!(c > 0)) continue;
        Params q = p;
        *fields(q)[i] = c;
        // Keep the case on the same side of fn. 7's assumption L_S ≥ L̄ while simplifying it.
        if (small_south(q) == small_south(p) && predicate(q).miss == miss) {
          p = q;
          break;
        }
      }
    }
  }
  return p;
}

struct Scope {
  std::string searched;      // what was drawn
  std::string qualification;  // where the claim holds, when misses are only boundary/out-of-scope
};

ClaimOutcome evaluate(const ClaimRun& run, const std::function<Params(DrawRng&)>& draw, const Predicate& predicate,
                      const Scope& scope, const std::function<std::string(const std::vector<Params>&)>& extra = {}) {
  std::vector<Params> cases = fixed_cases();
  const auto drawn = run_draws<Params>(run.draws, run.seed, run.threads, [&](std::size_t, DrawRng& rng) { return draw(rng); });
  cases.insert(cases.end(), drawn.begin(), drawn.end());
  const auto results = run_draws<CaseResult>(cases.size(), run.seed, run.threads,
                                             [&](std::size_t k, DrawRng&) { return predicate(cases[k]); });
  std::size_t counts[4] = {0, 0, 0, 0};
  std::size_t skipped = 0;
  std::optional<std::size_t> first[4];
  for (std::size_t k = 0; k < results.size(); ++k) {
    if (!results[k].applicable) {
      ++skipped;
      continue;
    }
    const auto m = static_cast<std::size_t>(results[k].miss);
    ++counts[m];
    if (!first[m]) first[m] = k;
  }
  ClaimOutcome out;
  out.draws = cases.size() - skipped;
  out.scope = scope.searched + " (" + std::to_string(fixed_cases().size()) + " fixed cases included)";
  std::optional<std::size_t> shown;
  Miss shown_miss = Miss::none;
  if (counts[3] > 0) {
    out.verdict = Verdict::fails;
    shown = first[3];
    shown_miss = Miss::general;
  } else if (counts[1] + counts[2] > 0) {
    out.verdict = Verdict::holds_with_qualification;
    shown_miss = counts[2] > 0 ? Miss::out_of_scope : Miss::boundary;
    shown = first[static_cast<std::size_t>(shown_miss)];
    out.scope += "; holds ";
    out.scope += scope.qualification;
  } else {
    out.verdict = Verdict::holds;
  }
  out.evidence = fmt::format("{} cases agree with the statement; {} contradict it in scope, {} at ties, {} outside the "
                             "paper's assumptions.",
                             counts[0], counts[3], counts[1], counts[2]);
  if (skipped > 0) out.evidence += fmt::format(" ({} drawn or fixed cases outside the claim's premise not counted.)", skipped);
  if (extra) {
    out.evidence += ' ';
    out.evidence += extra(cases);
  }
  if (shown) {
    const Params p = shrink(cases[*shown], shown_miss, predicate);
    const CaseResult r = predicate(p);
    out.counterexample = {{"params", params_json(p)},
                          {"kind", shown_miss == Miss::general ? "in scope"
                                   : shown_miss == Miss::boundary ? "tie (boundary case)"
                                                                  : "outside the paper's assumptions"},
                          {"summary", r.note},
                          {"equilibria_found", describe(search_equilibria(p))},
                          {"command", command_for(p)}};
  }
  return out;
}

double rel_gap(double a, double b) { return std::fabs(a - b) / std::max(std::fabs(a), std::fabs(b)); }

// ---------------------------------------------------------------------------------------------
// The checks.

ClaimOutcome check_identical_productivity(const ClaimRun& run) {
  // λ_ji = c for every j, i (c = 1 as in the paper, or a common c: the claim is scale-free).
  auto draw = [](DrawRng& rng) {
    Params p = continuous_draw(rng);
    const double c = rng.bernoulli(0.5) ? 1.0 : rng.log_uniform(0.2, 5.0);
    p.lambda_south = {c, c};
    p.lambda_north = {c, c};
    if (rng.bernoulli(0.2)) p.labor_south = p.lbar;  // the boundary L_S = L̄
    return p;
  };
  auto predicate = [](const Params& p) -> CaseResult {
    const bool identical = p.lambda_south[0] == p.lambda_south[1] && p.lambda_south[0] == p.lambda_north[0] &&
                           p.lambda_south[0] == p.lambda_north[1];
    if (!identical) return not_applicable;  // fixed cases without identical productivities
    const auto f = search_equilibria(p);
    const bool both = has_kind(f, EquilibriumKind::specialize1) && has_kind(f, EquilibriumKind::specialize2);
    if (both && rel_gap(find_kind(f, EquilibriumKind::specialize1).wage, find_kind(f, EquilibriumKind::specialize2).wage) < 1e-9)
      return {};
    const std::string note = "identical productivities with L_S = " + format_double(p.labor_south) + " < L_bar = " +
                             format_double(p.lbar) + ": the search finds only " + describe(f) +
                             " (fn. 7 excludes this case by assumption)";
    return {small_south(p) ? Miss::out_of_scope : Miss::general, note};
  };
  auto extra = [](const std::vector<Params>& cases) {
    std::size_t continua = 0, big = 0;
    for (const auto& p : cases) {
      if (!(p.lambda_south[0] == p.lambda_south[1] && p.lambda_south[0] == p.lambda_north[0] &&
            p.lambda_south[0] == p.lambda_north[1]) || !(p.labor_south > p.lbar))
        continue;
      ++big;
      for (const auto& f : search_equilibria(p))
        if (f.kind == EquilibriumKind::interior && f.labor_sector2_max > f.labor_sector2) ++continua;
    }
    return fmt::format("Not in the paper: in {} of {} cases with $L_S > \\bar L$ the search also finds a continuum "
                       "of equilibria, every $L_2 \\in [\\bar L, L_S]$, all paying the same wage.",
                       continua, big);
  };
  return evaluate(run, draw, predicate,
                  {"identical productivities $\\lambda_{ji}=c$, random $\\alpha$, $\\bar L$, $L_S$",
                   "when $L_S \\ge \\bar L$ (RC07 fn. 7's assumption); with $L_S < \\bar L$ only specialisation in 1 "
                   "is an equilibrium"},
                  extra);
}

ClaimOutcome check_spec1_condition(const ClaimRun& run) {
  auto predicate = [](const Params& p) -> CaseResult {
    const auto f = search_equilibria(p);
    const bool found = has_kind(f, EquilibriumKind::specialize1);
    if (found == condition_spec1(p)) return {};
    const std::string note = fmt::format("R = {:.6g}, theta = {:.6g}: the paper's condition R < theta says {}, the "
                                         "search finds {}",
                                         comparative_advantage_ratio(p), theta(p), condition_spec1(p) ? "yes" : "no", describe(f));
    return {tie_r_theta(p) ? Miss::boundary : Miss::general, note};
  };
  return evaluate(run, general_draw, predicate,
                  {"random and power-of-two productivities, $\\alpha$, $\\bar L$, $L_S$",
                   "off the tie $R = \\theta$, where specialisation in 1 is still a (weak, unstable) equilibrium: "
                   "the exact condition is $R \\le \\theta$"});
}

ClaimOutcome check_ca_iff_spec2(const ClaimRun& run) {
  auto predicate = [](const Params& p) -> CaseResult {
    const auto f = search_equilibria(p);
    const bool found = has_kind(f, EquilibriumKind::specialize2);
    if (found == condition_ca(p)) return {};
    const std::string note = fmt::format("R = {:.6g}, L_S = {:.6g}, L_bar = {:.6g}: CA is {}, the search finds {}",
                                         comparative_advantage_ratio(p), p.labor_south, p.lbar,
                                         condition_ca(p) ? "true" : "false", describe(f));
    if (small_south(p)) return {Miss::out_of_scope, note};
    return {tie_r_one(p) ? Miss::boundary : Miss::general, note};
  };
  return evaluate(run, general_draw, predicate,
                  {"random and power-of-two productivities, $\\alpha$, $\\bar L$, $L_S$",
                   "when $L_S \\ge \\bar L$ and $R \\ne 1$ (at $R=1$ specialisation in 2 is a weak equilibrium "
                   "without CA); when $L_S < \\bar L$ it needs $R \\ge \\theta/(1+\\alpha L_S)$, stronger than CA"});
}

ClaimOutcome check_wage_formula(const ClaimRun& run) {
  auto predicate = [](const Params& p) -> CaseResult {
    const auto f = search_equilibria(p);
    for (const auto& e : f) {
      if (e.kind == EquilibriumKind::interior) continue;
      const int j = e.kind == EquilibriumKind::specialize1 ? 0 : 1;
      const double paper = p.lambda_south[j] / p.lambda_north[j];
      // 1e-9: the search's wage is a product of three rounded quotients.
      if (rel_gap(e.wage, paper) > 1e-9) {
        const std::string note = fmt::format("{}: the search's wage is {:.6g}, the paper's lambda_jS/lambda_jN = {:.6g}",
                                             to_string(e.kind), e.wage, paper);
        return {small_south(p) ? Miss::out_of_scope : Miss::general, note};
      }
    }
    return {};
  };
  return evaluate(run, general_draw, predicate,
                  {"random and power-of-two productivities, $\\alpha$, $\\bar L$, $L_S$",
                   "when $L_S \\ge \\bar L$; with $L_S < \\bar L$ specialisation in 2 pays "
                   "$\\lambda_{2S}(1+\\alpha L_S)/(\\theta\\lambda_{2N}) < \\lambda_{2S}/\\lambda_{2N}$"});
}

ClaimOutcome check_wage_ranking(const ClaimRun& run) {
  auto predicate = [](const Params& p) -> CaseResult {
    const auto f = search_equilibria(p);
    if (!has_kind(f, EquilibriumKind::specialize1) || !has_kind(f, EquilibriumKind::specialize2)) return not_applicable;
    const double w1 = find_kind(f, EquilibriumKind::specialize1).wage;
    const double w2 = find_kind(f, EquilibriumKind::specialize2).wage;
    const bool higher = w2 > w1 * (1.0 + 1e-9);  // 1e-9: below it the wages are a tie
    if (higher == condition_ca(p)) return {};
    const std::string note = fmt::format("both specialisations are equilibria, wages {:.6g} (good 1) and {:.6g} "
                                         "(good 2), CA is {}",
                                         w1, w2, condition_ca(p) ? "true" : "false");
    return {any_tie(p) ? Miss::boundary : Miss::general, note};
  };
  auto extra = [](const std::vector<Params>& cases) {
    std::size_t both = 0, interior_ok = 0, interior = 0;
    for (const auto& p : cases) {
      const auto f = search_equilibria(p);
      both += has_kind(f, EquilibriumKind::specialize1) && has_kind(f, EquilibriumKind::specialize2);
      for (const auto& e : f)
        if (e.kind == EquilibriumKind::interior) {
          ++interior;
          interior_ok += rel_gap(e.wage, p.lambda_south[0] / p.lambda_north[0]) < 1e-9;
        }
    }
    return fmt::format("{} cases had both specialisations as equilibria. Interior equilibria ({}) all pay the "
                       "good-1 wage $\\lambda_{{1S}}/\\lambda_{{1N}}$: {} of {}.",
                       both, interior, interior_ok, interior);
  };
  return evaluate(run, general_draw, predicate,
                  {"random and power-of-two parameters; compared where both specialisations are equilibria",
                   "off ties"},
                  extra);
}

ClaimOutcome check_p_iff_multiple(const ClaimRun& run) {
  auto predicate = [](const Params& p) -> CaseResult {
    const auto f = search_equilibria(p);
    if (multiple(f) == condition_p(p)) return {};
    const std::string note = fmt::format("R = {:.6g}, theta = {:.6g}, L_S = {:.6g}, L_bar = {:.6g}: P is {}, the "
                                         "search finds {}",
                                         comparative_advantage_ratio(p), theta(p), p.labor_south, p.lbar,
                                         condition_p(p) ? "true" : "false", describe(f));
    if (small_south(p)) return {Miss::out_of_scope, note};
    return {any_tie(p) ? Miss::boundary : Miss::general, note};
  };
  return evaluate(run, general_draw, predicate,
                  {"random and power-of-two productivities, $\\alpha$, $\\bar L$, $L_S$",
                   "when $L_S \\ge \\bar L$ and off the ties $R=1$, $R=\\theta$ (both give multiple equilibria "
                   "with P false; $R=1$ is the paper's own identical-productivity example); with $L_S<\\bar L$, P "
                   "can hold with specialisation in 1 the only equilibrium"});
}

ClaimOutcome check_p_equiv_ca(const ClaimRun& run) {
  auto predicate = [](const Params& p) -> CaseResult {
    if (condition_p(p) == condition_ca(p)) return {};
    const auto f = search_equilibria(p);
    const std::string note = fmt::format("R = {:.6g} >= theta = {:.6g}: CA holds but P fails (its right-hand "
                                         "inequality, specialisation in 1 being an equilibrium, is violated); the "
                                         "search finds {}",
                                         comparative_advantage_ratio(p), theta(p), describe(f));
    return {any_tie(p) ? Miss::boundary : Miss::general, note};
  };
  auto extra = [](const std::vector<Params>& cases) {
    std::size_t left_ok = 0, p_vs_search = 0, big = 0;
    for (const auto& p : cases) {
      left_ok += condition_p_left(p) == condition_ca(p);
      if (p.labor_south < p.lbar || any_tie(p)) continue;
      ++big;
      p_vs_search += condition_p(p) == has_kind(search_equilibria(p), EquilibriumKind::specialize2);
    }
    return fmt::format("The left inequality of P coincides with CA in {} of {} cases. P agrees with the search's "
                       "existence of specialisation in 2 in only {} of {} cases with $L_S \\ge \\bar L$ off ties.",
                       left_ok, cases.size(), p_vs_search, big);
  };
  return evaluate(run, general_draw, predicate,
                  {"random and power-of-two productivities, $\\alpha$, $\\bar L$, $L_S$",
                   "only when $R < \\theta$"},
                  extra);
}

// The Mill test, checked dynamically: South starts fully specialised in good 2 (as a temporary
// tariff would leave it), a sliver of labour is moved back to good 1, the tariff is gone, and
// labour moves toward the better-paid sector (Euler steps on dL2/dt = L_S·(w2(L2) − w1)/w1).
// Good 2 survives when L2 climbs back to (or stays near) L_S instead of draining away.
bool mill_survives_by_simulation(const Params& p) {
  const double ls = p.labor_south;
  const double w1 = p.lambda_south[0] / p.lambda_north[0];
  double l2 = ls * (1.0 - 1e-6);
  for (int step = 0; step < 200000; ++step) {
    const double gap = search_wage_gap(p, l2);
    l2 = std::clamp(l2 + 0.01 * ls * gap / w1, 0.0, ls);
    if (l2 >= ls) return true;
    if (l2 < ls * (1.0 - 1e-3)) return false;
    if (std::fabs(gap) <= 1e-10 * w1) return true;  // a tie (flat stretch): nothing pushes labour out
  }
  // Still within 0.1 % of L_S after the horizon (a gap of order 1e-9): judge by the gap's sign.
  return search_wage_gap(p, l2) >= 0.0;
}

ClaimOutcome check_mill_test(const ClaimRun& run) {
  auto predicate = [](const Params& p) -> CaseResult {
    const bool survives = mill_survives_by_simulation(p);
    if (survives == condition_ca(p)) return {};
    const std::string note = fmt::format("R = {:.6g}, L_S = {:.6g}, L_bar = {:.6g}: CA is {}, but after removing "
                                         "protection sector 2 {}",
                                         comparative_advantage_ratio(p), p.labor_south, p.lbar,
                                         condition_ca(p) ? "true" : "false", survives ? "survives" : "shrinks away");
    if (small_south(p)) return {Miss::out_of_scope, note};
    return {any_tie(p) ? Miss::boundary : Miss::general, note};
  };
  return evaluate(run, general_draw, predicate,
                  {"random and power-of-two parameters; survival simulated with labour moving to the better-paid "
                   "sector after protection ends",
                   "when $L_S \\ge \\bar L$ and $R \\ne 1$; with $L_S < \\bar L$ survival needs "
                   "$R > \\theta/(1+\\alpha L_S)$"});
}

ClaimOutcome check_fn7_small_south(const ClaimRun& run) {
  auto draw = [](DrawRng& rng) {
    Params p = general_draw(rng);
    if (rng.bernoulli(0.4)) {
      p.lambda_south = {1.0, 1.0};
      p.lambda_north = {1.0, 1.0};
    }
    p.labor_south = p.lbar * rng.uniform(0.05, 0.95);
    return p;
  };
  auto predicate = [](const Params& p) -> CaseResult {
    if (!small_south(p)) return not_applicable;  // the footnote speaks of L_S < L̄ only
    const auto f = search_equilibria(p);
    if (!has_kind(f, EquilibriumKind::specialize2)) return {};
    const bool identical = tie_r_one(p);
    const std::string note = fmt::format("L_S = {:.6g} < L_bar = {:.6g} and R = {:.6g} >= theta/(1+alpha L_S) = "
                                         "{:.6g}: specialisation in 2 is an equilibrium ({})",
                                         p.labor_south, p.lbar, comparative_advantage_ratio(p),
                                         theta(p) / (1.0 + p.alpha * p.labor_south), describe(f));
    return {identical ? Miss::general : Miss::out_of_scope, note};
  };
  return evaluate(run, draw, predicate,
                  {"$L_S < \\bar L$; identical productivities (the footnote's context) and random ones",
                   "in the identical-productivity example it annotates, and generally iff "
                   "$R < \\theta/(1+\\alpha L_S)$; with a strong enough comparative advantage specialisation in 2 is "
                   "an equilibrium even though the cluster is incomplete"});
}

ClaimOutcome check_equilibrium_set(const ClaimRun& run) {
  auto predicate = [](const Params& p) -> CaseResult {
    const auto f = search_equilibria(p);
    const auto e = equilibria(p);
    bool same = f.size() == e.size();
    for (std::size_t i = 0; same && i < f.size(); ++i) {
      // Positions: the search bisects to ~1e-15·L_S, the grid may miss a flat stretch's ends by
      // nothing (they are bisected too); 1e-7·L_S is the stability perturbation.
      const double atol = 1e-7 * p.labor_south;
      same = f[i].kind == e[i].kind && std::fabs(f[i].labor_sector2 - e[i].labor_sector2) <= atol &&
             std::fabs(f[i].labor_sector2_max - e[i].labor_sector2_max) <= atol && rel_gap(f[i].wage, e[i].wage) < 1e-9 &&
             f[i].stable == (e[i].stability == Stability::stable);
    }
    if (same) return {};
    std::string closed;
    for (const auto& x : e) closed += to_string(x.kind) + fmt::format(" L2={:.6g} ", x.labor_sector2) + to_string(x.stability) + "; ";
    return {Miss::general, "search: " + describe(f) + " / closed form: " + closed};
  };
  auto extra = [](const std::vector<Params>& cases) {
    std::size_t interior = 0, unstable = 0;
    for (const auto& p : cases)
      for (const auto& f : search_equilibria(p))
        if (f.kind == EquilibriumKind::interior && f.labor_sector2_max == f.labor_sector2) {
          ++interior;
          unstable += !f.stable;
        }
    return fmt::format("The search found {} isolated interior equilibria, {} of them unstable.", interior, unstable);
  };
  return evaluate(run, general_draw, predicate,
                  {"random and power-of-two parameters, all $L_S$", "(no qualification needed)"}, extra);
}

ClaimOutcome check_ppf_shape(const ClaimRun& run) {
  auto predicate = [](const Params& p) -> CaseResult {
    // Independent frontier: for each target Q2, the most good 1 South can make while making at
    // least Q2 of good 2 — found by bisecting on the allocation L2 with the production functions
    // (good 2's output is increasing in L2, good 1's decreasing).
    auto q2_of = [&](double l2) { return p.lambda_south[1] * (1.0 + p.alpha * std::min(p.lbar, l2)) * l2; };
    auto frontier_q1 = [&](double target) {
      double lo = 0.0, hi = p.labor_south;
      for (int it = 0; it < 200 && hi - lo > 1e-16 * p.labor_south; ++it) {
        const double mid = 0.5 * (lo + hi);
        (q2_of(mid) >= target ? hi : lo) = mid;
      }
      return p.lambda_south[0] * (p.labor_south - hi);
    };
    const int n = 400;
    const double q2max = q2_of(p.labor_south);
    std::vector<double> x(n + 1), y(n + 1);
    for (int i = 0; i <= n; ++i) {
      x[i] = q2max * i / n;
      y[i] = frontier_q1(x[i]);
    }
    const double kink_q2 = p.lambda_south[1] * theta(p) * p.lbar;
    const double scale = p.lambda_south[0] / p.lambda_south[1];
    const double tiny = 1e-9 * q2max;
    const double slope0 = (frontier_q1(0.0) - frontier_q1(tiny)) / tiny;
    std::string problem;
    // 1e-4: over the first 1e-9 of the frontier the externality raises the slope by at most
    // α·L2 ~ 1e-5 for our draws; bisection errors are ~1e-16·L_S / 1e-9·Q2max ~ 1e-7.
    if (rel_gap(slope0, scale) > 1e-4)
      problem = fmt::format("slope at the good-1 corner {:.6g} vs lambda1S/lambda2S {:.6g}", slope0, scale);
    for (int i = 1; i + 1 <= n && problem.empty(); ++i) {
      const double s_prev = -(y[i] - y[i - 1]) / (x[i] - x[i - 1]);
      const double s_next = -(y[i + 1] - y[i]) / (x[i + 1] - x[i]);
      // Convex: the slope magnitude falls (never rises by more than rounding, 1e-9 relative).
      if (x[i + 1] < kink_q2 && s_next > s_prev * (1 + 1e-9))
        problem = fmt::format("not convex near Q2 = {:.6g}", x[i]);
      if (x[i - 1] > kink_q2 && rel_gap(s_next, scale / theta(p)) > 1e-9)
        problem = fmt::format("not linear with slope lambda1S/(theta lambda2S) near Q2 = {:.6g}", x[i]);
    }
    return problem.empty() ? CaseResult{} : CaseResult{Miss::general, problem};
  };
  auto draw = [](DrawRng& rng) {
    Params p = continuous_draw(rng);
    p.labor_south = p.lbar * rng.uniform(1.2, 4.0);
    return p;
  };
  auto extra = [](const std::vector<Params>&) {
    return std::string("Not in the paper: at $L_2=\\bar L$ the frontier has a kink; the marginal rate of "
                       "transformation jumps from $\\lambda_{1S}/(\\lambda_{2S}(1+2\\alpha\\bar L))$ to "
                       "$\\lambda_{1S}/(\\theta\\lambda_{2S})$, so the frontier is not convex across it.");
  };
  return evaluate(run, draw, predicate, {"random parameters with $L_S > \\bar L$", "(no qualification)"}, extra);
}

}  // namespace

void register_claims(ClaimRegistry& registry) {
  const std::string src = "RC07 section 2";  // no "§": pdfTeX font expansion fails on it in the report
  registry.add({"rc07.identical-productivity", src + ", identical-productivity example and fn. 7",
                "With no Ricardian differences ($\\lambda_{ji}=1$), specialisation in good 1 and specialisation in "
                "good 2 are both equilibria and pay the same wage.",
                "holds (shown in the text, assuming $L_S > \\bar L$)", CLUSTERTRADE_CHECK(check_identical_productivity)});
  registry.add({"rc07.spec1-condition", src + ", condition for specialisation in 1",
                "Specialisation in good 1 is an equilibrium iff $(\\lambda_{2S}/\\lambda_{1S})/(\\lambda_{2N}/\\lambda_{1N}) < \\theta$.",
                "holds (derived in the text)", CLUSTERTRADE_CHECK(check_spec1_condition)});
  registry.add({"rc07.ca-iff-spec2", src + ", condition CA",
                "Specialisation in good 2 is an equilibrium iff CA: $\\lambda_{2S}/\\lambda_{1S} > \\lambda_{2N}/\\lambda_{1N}$.",
                "holds (derived in the text)", CLUSTERTRADE_CHECK(check_ca_iff_spec2)});
  registry.add({"rc07.wage-formula", src + ", wages",
                "The equilibrium with specialisation in good $j$ pays $w = \\lambda_{jS}/\\lambda_{jN}$.",
                "holds (stated)", CLUSTERTRADE_CHECK(check_wage_formula)});
  registry.add({"rc07.wage-ranking", src + ", wages and fn. 8",
                "Where both specialisations are equilibria, the one in the good of comparative advantage pays more: "
                "specialisation in 2 pays more iff CA.",
                "holds (stated)", CLUSTERTRADE_CHECK(check_wage_ranking)});
  registry.add({"rc07.p-iff-multiple", src + ", condition P and Fig. 1",
                "Condition P, $\\lambda_{1S}/(\\theta\\lambda_{2S}) < p_2^*/p_1^* < \\lambda_{1S}/\\lambda_{2S}$, gives "
                "multiple equilibria (both specialisations).",
                "holds (argued from Fig. 1)", CLUSTERTRADE_CHECK(check_p_iff_multiple)});
  registry.add({"rc07.p-equiv-ca", src + ", text after condition P",
                "With $p_2^*/p_1^* = \\lambda_{1N}/(\\theta\\lambda_{2N})$, condition P is equivalent to CA.",
                "holds (stated)", CLUSTERTRADE_CHECK(check_p_equiv_ca)});
  registry.add({"rc07.mill-test", src + ", Mill test",
                "Infant-industry protection of good 2 passes the Mill test (good 2 survives free trade once "
                "established) iff CA.",
                "holds (stated)", CLUSTERTRADE_CHECK(check_mill_test)});
  registry.add({"rc07.fn7-small-south", src + ", fn. 7",
                "If South's labour force is below $\\bar L$, specialisation in good 2 is not an equilibrium.",
                "holds (stated, in the identical-productivity example)", CLUSTERTRADE_CHECK(check_fn7_small_south)});
  registry.add({"rc07.equilibrium-set", src + " (our addition)",
                "South's equilibria are exactly: specialisation in 1 iff $R \\le \\theta$; specialisation in 2 iff "
                "$R \\ge \\theta/(1+\\alpha\\min(\\bar L, L_S))$; an unstable interior one at "
                "$L_2 = (\\theta/R - 1)/\\alpha$ when that lies in $(0, \\min(\\bar L, L_S))$; and, at $R=1$ with "
                "$L_S > \\bar L$, every $L_2 \\in [\\bar L, L_S)$.",
                "not stated (the section lists only the two specialisations)", CLUSTERTRADE_CHECK(check_equilibrium_set)});
  registry.add({"rc07.ppf-shape", src + ", Fig. 1",
                "South's PPF is convex while $Q_2 < \\lambda_{2S}\\theta\\bar L$, linear (slope "
                "$\\lambda_{1S}/(\\theta\\lambda_{2S})$) beyond, and has PPF$_{NC}$'s slope "
                "$\\lambda_{1S}/\\lambda_{2S}$ at the good-1 corner.",
                "holds (stated)", CLUSTERTRADE_CHECK(check_ppf_shape)});
}

}  // namespace clustertrade::infant_industry
