/// \file claims_rc07.cpp
/// \brief RC07 §3's equilibrium claims, one case at a time: identical countries, the North's four
/// equilibria (fn. 13), condition (*) for two goods, and the ordering assumption.
#include <algorithm>
#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "cluster_model/claims_checks.hpp"
#include "cluster_model/draw_laws.hpp"
#include "core/falsify.hpp"
#include "core/validate.hpp"

namespace clustertrade::cluster_model {

namespace {
constexpr double inf = std::numeric_limits<double>::infinity();

std::string sector_label(const Specialisation& s) {
  return fmt::format("specialisation in {} {}", s.sector + 1, s.clustered ? "with a cluster" : "without a cluster");
}
}  // namespace

// ---- rc07.identical-countries -------------------------------------------------------------------------

Finding check_identical_countries_part(const Params& p, bool clustered) {
  if (!validates(p)) return premise_not_met("invalid parameters");
  Finding f;
  f.in_scope = true;
  for (std::size_t j = 0; j < p.sectors(); ++j)
    if (!within_tie(p.lambda_south[j], p.lambda_north[j])) return premise_not_met("Ricardian differences");
  for (std::size_t j = 1; j < p.sectors(); ++j) f.in_scope = f.in_scope && within_tie(p.theta[j], p.theta[0]);
  f.in_scope = f.in_scope && north_clustered_everywhere(p);
  for (const auto& s : enumerate_specialisations(p)) {
    if (s.clustered != clustered) continue;
    // Cluster in j: w = p_j θ_j λ_jS = 1, gap 1. No cluster: w = 1/θ_j, gap θ_j (RC07 §3).
    const double expected_gap = s.clustered ? 1.0 : p.theta[s.sector];
    f.margin = std::min(f.margin, 1.0 - s.best_deviation.ratio);
    if ((!s.equilibrium || !within_tie(s.income_gap, expected_gap)) && !f.violated) {
      f.violated = true;
      f.detail = fmt::format("{}: {} (income gap {}, expected {}; a {} producer in sector {} earns {} times the wage)",
                             sector_label(s), s.equilibrium ? "an equilibrium" : "not an equilibrium",
                             evidence_number(s.income_gap), evidence_number(expected_gap),
                             to_string(s.best_deviation.technology), s.best_deviation.sector + 1,
                             evidence_number_against(s.best_deviation.ratio, 1.0));
    }
  }
  f.tie = !f.violated && std::fabs(f.margin) <= tie_tolerance;
  if (!f.violated)
    f.detail = f.tie ? "every candidate of this kind is an equilibrium, weakly (every sector breaks even: no trade)"
                     : "every candidate of this kind is a strict equilibrium";
  if (f.violated) f.tie = false;  // a violation anywhere in the case outranks a tie
  return f;
}

Search<Params> search_identical_countries(bool clustered) {
  Search<Params> s;
  s.salt = 0x1d3471ca1ULL;
  s.draw = [](std::size_t k, DrawRng& rng) {
    const std::size_t J = static_cast<std::size_t>(laws::sectors_2_6().sample(rng));
    const double theta = laws::common_theta().sample(rng);
    Params p;
    for (std::size_t j = 0; j < J; ++j) {
      const double lambda = laws::common_productivity().sample(rng);  // λ_jS = λ_jN: no Ricardian differences
      p.lambda_south.push_back(lambda);
      p.lambda_north.push_back(lambda);
      // Every fourth draw: unequal θ_j, beyond RC07's common θ.
      p.theta.push_back(k % 4 == 3 ? laws::common_theta().sample(rng) : theta);
    }
    p.beta = laws::beta().sample(rng);
    return p;
  };
  // RC07's own example: λ_ji = 1, θ = 2. Cluster: w = (1/2)·2 = 1; no cluster: w = 1/2, gap 2.
  s.fixed_cases = {Params{{1.0, 1.0}, {1.0, 1.0}, {2.0, 2.0}, 0.5, {}}};
  s.check = [clustered](const Params& p) { return check_identical_countries_part(p, clustered); };
  s.shrink_candidates = [](const Params& p) { return shrink_economy(p); };
  s.to_json = params_json;
  s.command = equilibria_command;
  return s;
}

// ---- rc07.s3-mixed-equilibria --------------------------------------------------------------------------

Finding check_mixed_equilibria(const MixedCase& c) {
  const Params& p = c.params;
  if (!validates(p) || p.sectors() != 2 || !p.beta || !(c.alpha > 0.0)) return premise_not_met("not a two-sector case");
  const double beta = *p.beta;
  std::vector<MixedEquilibrium> mixed;
  try {
    mixed = mixed_equilibria(p, c.alpha, c.labor_south);
  } catch (const InvalidParameter&) {
    return premise_not_met("South too small for a full cluster");
  }
  Finding f;
  f.in_scope = ricardian_ordering_holds(p) && ordering_assumption_holds(p) && north_clustered_everywhere(p);
  f.value = static_cast<double>(mixed.size());
  std::string problem;
  // (a) Each listed allocation, checked on itself: what every option pays, active or idle.
  for (const auto& m : mixed) {
    double best = 0.0, worst_active = inf;
    for (std::size_t j = 0; j < 2; ++j) {
      const double b = north_price(p, j) * p.lambda_south[j];
      const double lbar = (p.theta[j] - beta) / c.alpha;
      const double modern = b * (beta + c.alpha * std::min(lbar, m.modern[j]));  // a lone deviator: β b
      best = std::max({best, b, modern});
      if (m.backward[j] > 0.0) worst_active = std::min(worst_active, b);
      if (m.modern[j] > 0.0) worst_active = std::min(worst_active, modern);
    }
    if (worst_active < best * (1.0 - tie_tolerance) && problem.empty())
      problem = fmt::format("a listed {} allocation is not an equilibrium (an option pays {} times an active one)",
                            to_string(m.family), evidence_number_against(best / worst_active, 1.0));
  }
  auto listed = [&](double m1, double m2) {
    return std::any_of(mixed.begin(), mixed.end(), [&](const MixedEquilibrium& m) {
      return m.family == MixedFamily::backward_anchored && (m.modern[1] > 0.0) == (m2 > 0.0) &&
             std::fabs(m.modern[0] - m1) <= 1e-9 * c.labor_south && std::fabs(m.modern[1] - m2) <= 1e-9 * c.labor_south;
    });
  };
  // (b) The closed form: factor rθ2/θ1 for the partial cluster in 2 beside backward sector 1.
  const double factor = raw_ratio(p, 0) / raw_ratio(p, 1) * p.theta[1] / p.theta[0];
  const bool sector1_best = no_cluster_sector(p) == 0;
  if (sector1_best && condition_star(p, 1) && factor > 1.0 + 1e-9 && factor < p.theta[1] * (1.0 - 1e-9) &&
      !listed(0.0, (factor - beta) / c.alpha) && problem.empty())
    problem = fmt::format("($*$) holds but no partial cluster of factor $r\\theta_2/\\theta_1 = {}$ in sector 2",
                          evidence_math(factor, 4));
  // (c) Modern workers at factor 1 beside backward ones in sector 1.
  if (sector1_best && evaluate_specialisation(p, 0, false).equilibrium &&
      raw_ratio(p, 0) / p.theta[0] > raw_ratio(p, 1) / p.theta[1] * (1.0 + 1e-9) &&
      !listed((1.0 - beta) / c.alpha, 0.0) && problem.empty())
    problem = "no cluster in 1 is an equilibrium but the partial cluster $L_{1M} = (1-\\beta)/\\alpha$ is not listed";
  f.violated = !problem.empty();
  f.margin = f.violated ? -1.0 : inf;
  f.detail = f.violated ? problem : fmt::format("{} mixed equilibria, each surviving every deviation", mixed.size());
  return f;
}

Search<MixedCase> search_mixed_equilibria() {
  Search<MixedCase> s;
  s.salt = claim_salt("rc07.s3-mixed-equilibria");
  s.draw = [](std::size_t k, DrawRng& rng) {
    MixedCase c{draw_economy(rng, 2, k % 2 == 0 ? Ordering::both : Ordering::ricardian),
                laws::mixed_alpha().sample(rng), 0.0};
    const double lbar = (std::max(c.params.theta[0], c.params.theta[1]) - *c.params.beta) / c.alpha;
    c.labor_south = lbar * laws::mixed_labour_ratio().sample(rng);
    return c;
  };
  // Issue 19's example: λS = (1, 0.6), λN = 1, β = 0.5, α = 1, θ = (2, 1.8), L_S = 10: 9 backward
  // workers in 1 and 1 modern worker in 2 (factor 1.5 = rθ2/θ1, r = 5/3), all earning 1/2.
  s.fixed_cases = {MixedCase{Params{{1.0, 0.6}, {1.0, 1.0}, {2.0, 1.8}, 0.5, {}}, 1.0, 10.0}};
  s.check = check_mixed_equilibria;
  s.to_json = [](const MixedCase& c) {
    auto j = params_json(c.params);
    j["alpha"] = c.alpha;
    j["labor_south"] = c.labor_south;
    return j;
  };
  return s;
}

// ---- rc07.north-four-equilibria -----------------------------------------------------------------------

Finding check_north_four_equilibria(const NorthEconomy& n) {
  if (!validates(n)) return premise_not_met("invalid North economy");
  const std::size_t J = n.lambda_north.size();
  Finding f;
  bool full = true, theta_above_one = true;
  double smallest_factor = inf;
  for (std::size_t j = 0; j < J; ++j) {
    const double employment = n.shares[j] * n.labour;
    full = full && employment >= n.lbar[j];
    theta_above_one = theta_above_one && n.beta + n.alpha * n.lbar[j] > 1.0;
    smallest_factor = std::min(smallest_factor, n.beta + n.alpha * std::min(n.lbar[j], employment));
  }
  f.in_scope = J == 2 && n.beta < 1.0 && full && theta_above_one;
  const std::size_t count = count_north_equilibria(n), expected = std::size_t{1} << J;
  f.value = static_cast<double>(count);
  // Every configuration survives iff no cluster has factor < 1 and no lone modern producer beats
  // the backward one (β ≤ 1): the margin is the smaller of the two slacks.
  f.margin = std::min(smallest_factor - 1.0, 1.0 - n.beta);
  f.violated = count != expected;
  f.tie = !f.violated && std::fabs(f.margin) <= tie_tolerance;
  f.detail = fmt::format(
      "{} of {} configurations {} ($\\beta = {}$, smallest cluster factor "
      "$\\min_j[\\beta+\\alpha\\min(\\bar L_j, L_{{jN}})] = {}${})",
      count, expected, count == 1 ? "is an equilibrium" : "are equilibria", evidence_math(n.beta, 4),
      evidence_math(smallest_factor, 4), full ? "" : ", a sector below its $\\bar L_j$");
  if (f.violated) f.tie = false;  // a violation anywhere in the case outranks a tie
  return f;
}

Search<NorthEconomy> search_north_four_equilibria() {
  Search<NorthEconomy> s;
  s.salt = 0x4e0f7ULL;
  s.draw = [](std::size_t k, DrawRng& rng) {
    NorthEconomy n;
    const std::size_t J = k % 4 == 0 ? static_cast<std::size_t>(laws::sectors_3_5().sample(rng)) : 2;
    double share_sum = 0.0;
    for (std::size_t j = 0; j < J; ++j) {
      n.lambda_north.push_back(laws::north_productivity().sample(rng));
      n.lbar.push_back(laws::north_lbar().sample(rng));
      n.shares.push_back(laws::north_share().sample(rng));
      share_sum += n.shares.back();
    }
    for (auto& x : n.shares) x /= share_sum;
    n.labour = laws::north_labour().sample(rng);
    n.beta = laws::north_beta_mix().sample(rng) < 0.8 ? laws::beta().sample(rng) : laws::north_beta_high().sample(rng);
    n.alpha = laws::north_alpha().sample(rng);
    return n;
  };
  // β = 0.5, α = 1, L̄ = 1, s = 1/2, L = 4: employment 2 ≥ L̄, cluster factor 1.5 ≥ 1 and β ≤ 1, so
  // all four configurations are equilibria (fn. 13).
  s.fixed_cases = {NorthEconomy{{1.0, 1.0}, 0.5, 1.0, {1.0, 1.0}, {0.5, 0.5}, 4.0}};
  s.check = check_north_four_equilibria;
  s.shrink_candidates = [](const NorthEconomy& n) {
    std::vector<NorthEconomy> out;
    for (int digits : {2, 1}) {
      NorthEconomy m = n;
      for (auto& x : m.lambda_north) x = round_significant(x, digits);
      for (auto& x : m.lbar) x = round_significant(x, digits);
      m.beta = round_significant(m.beta, digits);
      m.alpha = round_significant(m.alpha, digits);
      m.labour = round_significant(m.labour, digits);
      if (north_json(m) != north_json(n)) out.push_back(m);  // unchanged candidates never stop shrinking
    }
    // Last, the shares on a grid of 10^-6 (the largest one taking up the rest, so they still sum to 1
    // within 10^-15, as the CLI requires), so the reproduce command carries short numbers.
    NorthEconomy m = n;
    const auto largest = std::max_element(m.shares.begin(), m.shares.end()) - m.shares.begin();
    double rest = 1.0;
    for (std::size_t j = 0; j < m.shares.size(); ++j)
      if (static_cast<std::ptrdiff_t>(j) != largest) rest -= (m.shares[j] = std::round(m.shares[j] * 1e6) / 1e6);
    if (!m.shares.empty()) m.shares[static_cast<std::size_t>(largest)] = std::round(rest * 1e6) / 1e6;
    if (north_json(m) != north_json(n)) out.push_back(m);
    return out;
  };
  s.to_json = north_json;
  s.command = north_command;
  return s;
}

// ---- rc07.condition-star ------------------------------------------------------------------------------

Finding check_condition_star(const Params& p) {
  if (!validates(p) || p.sectors() != 2) return premise_not_met("not a valid two-sector economy");
  Finding f;
  f.in_scope = north_clustered_everywhere(p) && ricardian_ordering_holds(p) && ordering_assumption_holds(p);
  const auto s = evaluate_specialisation(p, 1, true);
  const bool star = condition_star(p, 1);
  const double distance = std::fabs(s.best_deviation.ratio - 1.0);
  const bool agree = star == s.equilibrium;
  f.tie = distance <= tie_tolerance;
  f.violated = !agree && !f.tie;
  f.margin = agree ? distance : -distance;
  f.value = raw_ratio(p, 0) / raw_ratio(p, 1) / p.theta[0];
  f.detail = fmt::format(
      "($*$) {} (ratio of Ricardian ratios over $\\theta_1$: {}); the enumeration finds the cluster in "
      "2 {}an equilibrium (best deviation: {} in sector {}, {} times the wage)",
      star ? "holds" : "fails", evidence_number_against(f.value, 1.0), s.equilibrium ? "" : "not ",
      to_string(s.best_deviation.technology), s.best_deviation.sector + 1,
      evidence_number_against(s.best_deviation.ratio, 1.0));
  if (f.violated) f.tie = false;  // a violation anywhere in the case outranks a tie
  return f;
}

Search<Params> search_condition_star() {
  Search<Params> s;
  s.salt = 0x57a2ULL;
  s.draw = [](std::size_t k, DrawRng& rng) {
    Params p = draw_economy(rng, 2, k % 2 == 0 ? Ordering::both : Ordering::ricardian);
    if (k % 4 == 3) p.north_clusters = {0.0, 1.0};  // beyond RC07: North without a cluster in sector 1
    return p;
  };
  // Boundary in exact numbers: x = (2/1)/(1/1) = 2 = θ1, so the deviation into 1 breaks even (a tie).
  // Inside: x = 1.5 < θ1 = 2, deviation ratio 0.75, both say equilibrium.
  s.fixed_cases = {Params{{2.0, 1.0}, {1.0, 1.0}, {2.0, 3.0}, 0.5, {}},
                   Params{{1.5, 1.0}, {1.0, 1.0}, {2.0, 3.0}, 0.5, {}}};
  s.check = check_condition_star;
  s.shrink_candidates = [](const Params& p) { return shrink_economy(p); };
  s.to_json = params_json;
  s.command = equilibria_command;
  return s;
}

// ---- rc07.ordering-assumption -----------------------------------------------------------------------------

Finding check_ordering_assumption(const Params& p) {
  if (!validates(p) || !ricardian_ordering_holds(p) || !north_clustered_everywhere(p))
    return premise_not_met("Ricardian ordering or North clustering not met");
  Finding f;
  f.in_scope = ordering_assumption_holds(p);
  const auto first = evaluate_specialisation(p, 0, false);
  f.margin = 1.0 - first.best_deviation.ratio;
  std::string elsewhere;
  for (std::size_t j = 1; j < p.sectors(); ++j) {
    const auto s = evaluate_specialisation(p, j, false);
    f.margin = std::min(f.margin, s.best_deviation.ratio - 1.0);
    if (s.equilibrium && elsewhere.empty()) elsewhere = fmt::format("sector {}", j + 1);
  }
  f.violated = f.margin < -tie_tolerance;
  f.tie = std::fabs(f.margin) <= tie_tolerance;
  f.value = static_cast<double>(no_cluster_sector(p) + 1);
  f.detail = fmt::format(
      "no-cluster specialisation in 1 is {}an equilibrium (best deviation {} times the wage); "
      "a no-cluster equilibrium elsewhere: {}",
      first.equilibrium ? "" : "not ", evidence_number_against(first.best_deviation.ratio, 1.0),
      elsewhere.empty() ? "none" : elsewhere);
  if (f.violated) f.tie = false;  // a violation anywhere in the case outranks a tie
  return f;
}

Search<Params> search_ordering_assumption() {
  Search<Params> s;
  s.salt = 0x0bde5ULL;
  s.draw = [](std::size_t k, DrawRng& rng) {
    const std::size_t J = k % 2 == 0 ? 2 : static_cast<std::size_t>(laws::sectors_3_6().sample(rng));
    return draw_economy(rng, J, (k / 2) % 2 == 0 ? Ordering::both : Ordering::violated);
  };
  // λN = 1, θ = (2, 1.5): a1 = 1/2, a2 = 0.75/1.5 = 1/2 exactly: both no-cluster candidates break
  // even (a tie). With λ2S = 0.6: a2 = 0.4 < a1, in scope and strict.
  s.fixed_cases = {Params{{1.0, 0.75}, {1.0, 1.0}, {2.0, 1.5}, 0.5, {}},
                   Params{{1.0, 0.6}, {1.0, 1.0}, {2.0, 1.5}, 0.5, {}}};
  s.check = check_ordering_assumption;
  s.shrink_candidates = [](const Params& p) { return shrink_economy(p); };
  s.to_json = params_json;
  s.command = equilibria_command;
  return s;
}

}  // namespace clustertrade::cluster_model
