/// \file claims_checks.cpp
/// \brief RC07 §2's per-case checks (see claims_checks.hpp): the search of search.hpp against
/// what the paper asserts, as Findings for the falsification engine.
#include "infant_industry/claims_checks.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

#include <fmt/format.h>

#include "core/claim.hpp"
#include "core/falsify.hpp"
#include "core/validate.hpp"

namespace clustertrade::infant_industry::checks {

namespace {

/// A number for evidence text as LaTeX mathematics without delimiters: the number itself when it is
/// exact to four significant digits as such, else `n/d` when it is a fraction with denominator at most
/// 12 (to 1e-12 relative: θ/(1+αL_S) = 2/1.5 is `4/3`), else four significant digits (evidence_math).
/// \param x the number
/// \return the LaTeX
std::string exact_or_digits(double x) {
  const std::string digits = evidence_math(x, 4);
  const bool plain = digits.find('\\') == std::string::npos;  // no `\times 10^{k}`
  if (plain && std::fabs(std::stod(digits) - x) <= 1e-12 * std::max(1.0, std::fabs(x))) return digits;
  for (int d = 2; d <= 12; ++d) {
    const double n = std::round(x * d);
    if (std::fabs(x * d - n) <= 1e-12 * std::max(1.0, std::fabs(x * d)) && std::fmod(n, d) != 0.0) {
      int g = std::abs(static_cast<int>(std::fmod(n, d))), dd = d;
      while (g != 0) std::swap(g, dd %= g);  // gcd(n mod d, d) in dd
      return fmt::format("{}/{}", static_cast<long long>(n) / dd, d / dd);
    }
  }
  return digits;
}

double rel_gap(double a, double b) { return std::fabs(a - b) / std::max(std::fabs(a), std::fabs(b)); }

/// An equilibrium kind in words: "specialisation in 1", "specialisation in 2", "an interior allocation".
std::string kind_words(EquilibriumKind kind) {
  switch (kind) {
    case EquilibriumKind::specialize1:
      return "specialisation in 1";
    case EquilibriumKind::specialize2:
      return "specialisation in 2";
    case EquilibriumKind::interior:
      break;
  }
  return "an interior allocation";
}

/// The search's equilibria as LaTeX prose, e.g. "specialisation in 1 ($L_2=0$, $w=1$, stable)".
std::string describe(const std::vector<FoundEquilibrium>& found) {
  std::string text;
  for (const auto& f : found) {
    if (!text.empty()) text += "; ";
    text += kind_words(f.kind) + " ($L_2=" + evidence_math(f.labor_sector2, 4);
    if (f.labor_sector2_max > f.labor_sector2) text += "\\dots " + evidence_math(f.labor_sector2_max, 4);
    text += "$, $w=" + evidence_math(f.wage, 4) + "$, " + (f.stable ? "stable)" : "not stable)");
  }
  return text.empty() ? "no equilibrium" : text;
}

bool identical(const Params& p) {
  return p.lambda_south[0] == p.lambda_south[1] && p.lambda_south[0] == p.lambda_north[0] &&
         p.lambda_south[0] == p.lambda_north[1];
}

Finding not_applicable() {
  Finding f;
  f.premise = false;
  return f;
}

/// A finding for an "iff" comparison: agreement holds; disagreement is a tie on `on_tie`, else a violation.
Finding iff_finding(bool agree, bool in_scope, bool on_tie, std::string detail) {
  Finding f;
  f.in_scope = in_scope;
  f.tie = on_tie;
  f.violated = !agree;
  f.margin = agree ? std::numeric_limits<double>::infinity() : -1.0;
  f.detail = agree ? std::string() : std::move(detail);
  return f;
}

}  // namespace

bool tie_r_one(const Params& p) {
  return p.lambda_south[1] * p.lambda_north[0] == p.lambda_south[0] * p.lambda_north[1];
}
bool tie_r_theta(const Params& p) {
  return p.lambda_south[1] * p.lambda_north[0] == theta(p) * p.lambda_south[0] * p.lambda_north[1];
}
bool tie_small_south(const Params& p) {
  return p.labor_south < p.lbar && p.lambda_south[1] * p.lambda_north[0] * (1.0 + p.alpha * p.labor_south) ==
                                       theta(p) * p.lambda_south[0] * p.lambda_north[1];
}
bool any_tie(const Params& p) { return tie_r_one(p) || tie_r_theta(p) || tie_small_south(p); }
bool small_south(const Params& p) { return p.labor_south < p.lbar; }

Finding identical_productivity(const Params& p) {
  if (!identical(p)) return not_applicable();
  const auto f = search_equilibria(p);
  const bool both = has_kind(f, EquilibriumKind::specialize1) && has_kind(f, EquilibriumKind::specialize2);
  const bool equal = both && rel_gap(find_kind(f, EquilibriumKind::specialize1).wage,
                                     find_kind(f, EquilibriumKind::specialize2).wage) < wage_rel_tol;
  return iff_finding(
      equal, !small_south(p), false,
      fmt::format("identical productivities with $L_S = {} {} \\bar L = {}$: the search finds {}",
                  evidence_math(p.labor_south), small_south(p) ? "<" : "\\ge", evidence_math(p.lbar), describe(f)));
}

Finding spec1_condition(const Params& p) {
  const auto f = search_equilibria(p);
  const bool found = has_kind(f, EquilibriumKind::specialize1);
  Finding out =
      iff_finding(found == condition_spec1(p), true, tie_r_theta(p),
                  fmt::format("$R = {}$, $\\theta = {}$: the paper's $R < \\theta$ says {}, the search finds {}",
                              evidence_math(comparative_advantage_ratio(p)), evidence_math(theta(p)),
                              condition_spec1(p) ? "yes" : "no", describe(f)));
  return out;
}

Finding ca_iff_spec2(const Params& p) {
  const auto f = search_equilibria(p);
  const bool found = has_kind(f, EquilibriumKind::specialize2);
  return iff_finding(found == condition_ca(p), !small_south(p), tie_r_one(p),
                     fmt::format("$R = {}$, $L_S = {}$, $\\bar L = {}$: CA is {}, the search finds {}",
                                 evidence_math(comparative_advantage_ratio(p)), evidence_math(p.labor_south),
                                 evidence_math(p.lbar), condition_ca(p) ? "true" : "false", describe(f)));
}

Finding wage_formula(const Params& p) {
  const auto f = search_equilibria(p);
  for (const auto& e : f) {
    if (e.kind == EquilibriumKind::interior) continue;
    const int j = e.kind == EquilibriumKind::specialize1 ? 0 : 1;
    const double paper = p.lambda_south[j] / p.lambda_north[j];
    // 1e-9: the search's wage is a product of three rounded quotients.
    if (rel_gap(e.wage, paper) > wage_rel_tol)
      return iff_finding(false, !small_south(p), false,
                         fmt::format("{}: the search's wage is {}, the paper's $\\lambda_{{jS}}/\\lambda_{{jN}} = {}$",
                                     kind_words(e.kind), evidence_number(e.wage), evidence_math(paper)));
  }
  return iff_finding(true, !small_south(p), false, "");
}

Finding compare_wage_ranking(const Params& p, double w1, double w2) {
  const bool higher = w2 > w1 * (1.0 + wage_rel_tol);  // below it the wages are a tie
  return iff_finding(higher == condition_ca(p), true, any_tie(p),
                     fmt::format("both specialisations are equilibria, wages $w_1 = {}$ and $w_2 = {}$, CA is {}",
                                 evidence_math(w1), evidence_math(w2), condition_ca(p) ? "true" : "false"));
}

Finding wage_ranking(const Params& p) {
  const auto f = search_equilibria(p);
  if (!has_kind(f, EquilibriumKind::specialize1) || !has_kind(f, EquilibriumKind::specialize2)) return not_applicable();
  return compare_wage_ranking(p, find_kind(f, EquilibriumKind::specialize1).wage,
                              find_kind(f, EquilibriumKind::specialize2).wage);
}

namespace {
std::string p_case_words(const Params& p, const std::vector<FoundEquilibrium>& f) {
  return fmt::format("$R = {}$, $\\theta = {}$, $L_S = {}$, $\\bar L = {}$: condition P is {}, the search finds {}",
                     evidence_math(comparative_advantage_ratio(p)), evidence_math(theta(p)),
                     evidence_math(p.labor_south), evidence_math(p.lbar), condition_p(p) ? "true" : "false",
                     describe(f));
}
}  // namespace

Finding p_implies_multiple(const Params& p) {
  if (!condition_p(p)) return not_applicable();  // the implication says nothing without P
  const auto f = search_equilibria(p);
  // A boundary of the compared conditions is a tie in and beyond the paper's setting alike.
  return iff_finding(multiple(f), !small_south(p), any_tie(p), p_case_words(p, f));
}

Finding multiple_implies_p(const Params& p) {
  const auto f = search_equilibria(p);
  if (!multiple(f)) return not_applicable();
  return iff_finding(condition_p(p), !small_south(p), any_tie(p), p_case_words(p, f));
}

Finding p_equiv_ca(const Params& p) {
  Finding out = iff_finding(condition_p(p) == condition_ca(p), true, any_tie(p),
                            fmt::format("$R = {} \\ge \\theta = {}$: CA holds but P fails (its right-hand inequality, "
                                        "specialisation in 1 being an equilibrium, is violated)",
                                        evidence_math(comparative_advantage_ratio(p)), evidence_math(theta(p))));
  if (condition_ca(p)) out.margin = std::log(theta(p) / comparative_advantage_ratio(p));
  return out;
}

// Euler steps on dL2/dt = L_S·(w2(L2) − w1)/w1 from L2 = L_S(1 − mill_start_gap); survival when L2 climbs back.
bool mill_survives_by_simulation(const Params& p) {
  const double ls = p.labor_south;
  const double w1 = p.lambda_south[0] / p.lambda_north[0];
  double l2 = ls * (1.0 - mill_start_gap);
  for (int step = 0; step < 200000; ++step) {
    const double gap = search_wage_gap(p, l2);
    l2 = std::clamp(l2 + mill_step * ls * gap / w1, 0.0, ls);
    if (l2 >= ls) return true;
    if (l2 < ls * (1.0 - mill_exit_gap)) return false;
    if (std::fabs(gap) <= mill_flat_tol * w1) return true;  // a tie (flat stretch): nothing pushes labour out
  }
  return search_wage_gap(p, l2) >= 0.0;  // still within mill_exit_gap of L_S: judge by the gap's sign
}

Finding mill_test(const Params& p) {
  const bool survives = mill_survives_by_simulation(p);
  return iff_finding(
      survives == condition_ca(p), !small_south(p), any_tie(p),
      fmt::format("$R = {}$, $L_S = {}$, $\\bar L = {}$: CA is {}, but after removing protection "
                  "sector 2 {}",
                  evidence_math(comparative_advantage_ratio(p)), evidence_math(p.labor_south), evidence_math(p.lbar),
                  condition_ca(p) ? "true" : "false", survives ? "survives" : "shrinks away"));
}

Finding fn7_small_south(const Params& p) {
  if (!small_south(p)) return not_applicable();  // the footnote speaks of L_S < L̄ only
  const auto f = search_equilibria(p);
  const bool spec2 = has_kind(f, EquilibriumKind::specialize2);
  Finding out = iff_finding(!spec2, identical(p), tie_small_south(p),
                            fmt::format("$L_S = {} < \\bar L = {}$ and $R = {} \\ge \\theta/(1+\\alpha L_S) = {}$: "
                                        "specialisation in 2 is an equilibrium",
                                        exact_or_digits(p.labor_south), exact_or_digits(p.lbar),
                                        exact_or_digits(comparative_advantage_ratio(p)),
                                        exact_or_digits(theta(p) / (1.0 + p.alpha * p.labor_south))));
  // Margin: how far R stays below the footnote's threshold, in log (negative: beyond it).
  out.margin = std::log(theta(p) / (1.0 + p.alpha * p.labor_south) / comparative_advantage_ratio(p));
  return out;
}

Finding compare_equilibrium_sets(const Params& p, const std::vector<FoundEquilibrium>& found,
                                 const std::vector<Equilibrium>& closed) {
  bool same = found.size() == closed.size();
  // Positions: the search bisects to ~1e-15·L_S; 1e-7·L_S is its stability perturbation.
  const double atol = position_rel_tol * p.labor_south;
  for (std::size_t i = 0; same && i < found.size(); ++i)
    same = found[i].kind == closed[i].kind && std::fabs(found[i].labor_sector2 - closed[i].labor_sector2) <= atol &&
           std::fabs(found[i].labor_sector2_max - closed[i].labor_sector2_max) <= atol &&
           rel_gap(found[i].wage, closed[i].wage) < wage_rel_tol &&
           found[i].stable == (closed[i].stability == Stability::stable);
  std::string text;
  if (!same) {
    for (const auto& x : closed)
      text += (text.empty() ? "" : "; ") + kind_words(x.kind) + " ($L_2=" + evidence_math(x.labor_sector2) + "$, " +
              to_string(x.stability) + ")";
    text = "the search finds " + describe(found) + "; the closed form gives " + text;
  }
  return iff_finding(same, true, false, text);
}

Finding equilibrium_set(const Params& p) { return compare_equilibrium_sets(p, search_equilibria(p), equilibria(p)); }

Finding ppf_shape_of(const Params& p, const std::function<double(double)>& frontier_q1, double q2max) {
  if (!(p.labor_south > p.lbar)) return not_applicable();
  const int n = ppf_points;
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
  // 1e-4: over the first 1e-9 of the frontier the externality raises the slope by at most α·L2 ~ 1e-5
  // for our draws; bisection errors are ~1e-16·L_S / 1e-9·Q2max ~ 1e-7.
  if (rel_gap(slope0, scale) > ppf_corner_rel_tol)
    problem = fmt::format("slope at the good-1 corner {} against $\\lambda_{{1S}}/\\lambda_{{2S}} = {}$",
                          evidence_number(slope0), evidence_math(scale));
  for (int i = 1; i + 1 <= n && problem.empty(); ++i) {
    const double s_prev = -(y[i] - y[i - 1]) / (x[i] - x[i - 1]);
    const double s_next = -(y[i + 1] - y[i]) / (x[i + 1] - x[i]);
    // Convex: the slope magnitude falls (never rises by more than rounding, 1e-9 relative).
    if (x[i + 1] < kink_q2 && s_next > s_prev * (1 + ppf_slope_rel_tol))
      problem = "not convex near $Q_2 = " + evidence_math(x[i]) + "$";
    if (x[i - 1] > kink_q2 && rel_gap(s_next, scale / theta(p)) > ppf_slope_rel_tol)
      problem = fmt::format("not linear with slope $\\lambda_{{1S}}/(\\theta\\lambda_{{2S}})$ near $Q_2 = {}$",
                            evidence_math(x[i]));
  }
  return iff_finding(problem.empty(), true, false, problem);
}

Finding ppf_shape(const Params& p) {
  // Independent frontier: for each target Q2, the most good 1 South can make while making at least
  // Q2 of good 2, by bisecting on L2 with the production functions.
  auto q2_of = [&](double l2) { return p.lambda_south[1] * (1.0 + p.alpha * std::min(p.lbar, l2)) * l2; };
  auto frontier_q1 = [&](double target) {
    double lo = 0.0, hi = p.labor_south;
    for (int it = 0; it < 200 && hi - lo > 1e-16 * p.labor_south; ++it) {
      const double mid = 0.5 * (lo + hi);
      (q2_of(mid) >= target ? hi : lo) = mid;
    }
    return p.lambda_south[0] * (p.labor_south - hi);
  };
  return ppf_shape_of(p, frontier_q1, q2_of(p.labor_south));
}

}  // namespace clustertrade::infant_industry::checks
