// Verdict pins for every cluster-model claim: the verdict and failure kind from the registry, and
// the counts at a fixed seed, each recounted here by an independent closed form applied to the same
// draws (DrawRng(seed ^ salt, k), as the engine draws them) — never pasted from the program's output.
// The closed forms below are written from the papers' algebra, not from model.cpp: a backward producer
// of good m earns p_m λ_mS = ratio_m / f_m (North-labour units, f_m = θ_m if the North is clustered in
// m, else 1) and specialisation in j pays w = θ_j^{clustered} ratio_j / f_j; it is an equilibrium iff no
// m ≠ j has ratio_m / f_m > w (a lone modern firm earns β < 1 of a backward one and never decides).
#include <algorithm>
#include <cmath>
#include <map>

#include <gtest/gtest.h>

#include "cluster_model/claims.hpp"
#include "cluster_model/claims_checks.hpp"
#include "support/run_command.hpp"

using namespace clustertrade;
using namespace clustertrade::cluster_model;

namespace {

constexpr std::size_t kDraws = 400;
constexpr std::uint64_t kSeed = 20070101;

/// What the independent classification says about one case.
struct Expected {
  bool premise = true, in_scope = true, violated = false, tie = false;
};

/// Runs the search and, independently, classifies the fixed cases and the same draws; compares counts.
template <class Case, class Classify>
Tally expect_counts(const Search<Case>& search, Classify classify, const char* id) {
  const Tally t = run_search(search, ClaimRun{kDraws, kSeed, 1});
  Counts c;
  auto add = [&](const Case& x) {
    const Expected e = classify(x);
    if (!e.premise) return;
    ++c.premise_met;
    c.in_scope += e.in_scope;
    c.ties += e.tie;
    if (e.violated && !e.tie) ++(e.in_scope ? c.violations_in_scope : c.violations_outside_scope);
  };
  for (const auto& x : search.fixed_cases) add(x);
  for (std::size_t k = 0; k < kDraws; ++k) {
    DrawRng rng(kSeed ^ search.salt, k);
    add(search.draw(k, rng));
  }
  EXPECT_EQ(t.counts.draws_used, kDraws) << id;
  EXPECT_EQ(t.counts.fixed_cases, search.fixed_cases.size()) << id;
  EXPECT_EQ(t.counts.errors, 0U) << id;
  EXPECT_EQ(t.counts.premise_met, c.premise_met) << id;
  EXPECT_EQ(t.counts.in_scope, c.in_scope) << id;
  EXPECT_EQ(t.counts.violations_in_scope, c.violations_in_scope) << id;
  EXPECT_EQ(t.counts.violations_outside_scope, c.violations_outside_scope) << id;
  EXPECT_EQ(t.counts.ties, c.ties) << id;
  // The counts must not be vacuous: the premise is met, and the classification sees both sides.
  EXPECT_GT(c.premise_met, kDraws / 3) << id;
  return t;
}

double ratio(const Params& p, std::size_t j) { return p.lambda_south[j] / p.lambda_north[j]; }
double north_factor(const Params& p, std::size_t j) {
  return p.north_clusters.empty() || p.north_clusters[j] == 1.0 ? p.theta[j] : 1.0;
}
double wage(const Params& p, std::size_t j, bool clustered) {
  return (clustered ? p.theta[j] : 1.0) * ratio(p, j) / north_factor(p, j);
}
/// Largest revenue over the wage of a backward producer in a sector m ≠ j.
double best_ratio(const Params& p, std::size_t j, bool clustered) {
  double best = clustered ? 1.0 / p.theta[j] : 0.0;  // leaving the cluster: ratio_j/f_j over θ_j ratio_j/f_j
  for (std::size_t m = 0; m < p.sectors(); ++m)
    if (m != j) best = std::max(best, ratio(p, m) / north_factor(p, m) / wage(p, j, clustered));
  return best;
}
bool eq(const Params& p, std::size_t j, bool c) { return best_ratio(p, j, c) <= 1.0 + 1e-12; }
bool near_one(double r) { return std::fabs(r - 1.0) <= 1e-12; }
bool all_clustered(const Params& p) {
  return std::all_of(p.north_clusters.begin(), p.north_clusters.end(), [](double v) { return v == 1.0; });
}
bool ricardian(const Params& p) {
  for (std::size_t j = 1; j < p.sectors(); ++j)
    if (ratio(p, j) > ratio(p, j - 1)) return false;
  return true;
}
bool ordered(const Params& p) {
  for (std::size_t j = 1; j < p.sectors(); ++j)
    if (ratio(p, j) / p.theta[j] > ratio(p, j - 1) / p.theta[j - 1]) return false;
  return true;
}

Verdict verdict_for(const std::string& id, const Tally& t, FailureKind* kind = nullptr) {
  ClaimRegistry registry;
  register_claims(registry);
  const Claim& claim = registry.find(id);
  if (kind) *kind = failure_kind_of(claim, t);
  EXPECT_FALSE(claim.measure.empty()) << id;
  EXPECT_FALSE(claim.scope.empty()) << id;
  return verdict_of(claim, t);
}

}  // namespace

TEST(ClusterModelClaims, IdenticalCountriesCounts) {
  // Premise always met (λS = λN by construction). In scope iff every θ_j is equal. The two
  // sub-conclusions are graded apart (issue 19 B.10). No cluster: every candidate breaks even in
  // scope (a tie); out of scope (unequal θ, k % 4 == 3) the no-cluster specialisation in the sector
  // with the largest θ loses to the smallest: θ_max/θ_min > 1.
  const Tally t = expect_counts(
      search_identical_countries(false),
      [](const Params& p) {
        const auto [lo, hi] = std::minmax_element(p.theta.begin(), p.theta.end());
        Expected e;
        e.in_scope = *lo == *hi;
        e.violated = *hi / *lo > 1.0 + 1e-12;
        e.tie = !e.violated;
        return e;
      },
      "identical, no cluster");
  EXPECT_EQ(t.counts.violations_outside_scope, kDraws / 4);  // every unequal-θ draw (continuous θ)
  EXPECT_EQ(verdict_for("rc07.identical-countries-no-cluster", t), Verdict::holds_in_scope);
  // With a cluster: w = 1 in every sector, every deviation earns 1/θ_k < 1 or β/θ_k: strict
  // equilibria with gap 1, in and beyond scope alike — no ties, no violations.
  const Tally tc = expect_counts(
      search_identical_countries(true),
      [](const Params& p) {
        Expected e;
        e.in_scope =
            *std::min_element(p.theta.begin(), p.theta.end()) == *std::max_element(p.theta.begin(), p.theta.end());
        return e;
      },
      "identical, cluster");
  EXPECT_EQ(verdict_for("rc07.identical-countries-cluster", tc), Verdict::holds);
  // The shrunk counterexample: λ normalised to 1, J = 2, θ rounded to two significant digits (one
  // digit would round θ ∈ (1.05, 1.5) to 1, an invalid case) — and it still violates.
  const auto& ce = t.first_outside["case"];
  const Params shrunk{ce["lambda_south"].get<std::vector<double>>(),
                      ce["lambda_north"].get<std::vector<double>>(),
                      ce["theta"].get<std::vector<double>>(),
                      std::nullopt,
                      {}};
  EXPECT_EQ(shrunk.sectors(), 2U);
  for (double v : shrunk.lambda_north) EXPECT_EQ(v, 1.0);
  for (double v : shrunk.theta) EXPECT_EQ(v, round_significant(v, 2));
  EXPECT_TRUE(check_identical_countries_part(shrunk, false).violated);
}

TEST(ClusterModelClaims, NorthFourEquilibriaCounts) {
  const Tally t = expect_counts(
      search_north_four_equilibria(),
      [](const NorthEconomy& n) {
        Expected e;
        double smallest = 1e300;
        bool full = true;
        for (std::size_t j = 0; j < n.lbar.size(); ++j) {
          // RC07 assumes θ_j = β + α L̄_j > 1 and a full cluster (employment ≥ L̄_j).
          full = full && n.shares[j] * n.labour >= n.lbar[j] && n.beta + n.alpha * n.lbar[j] > 1.0;
          smallest = std::min(smallest, n.beta + n.alpha * std::min(n.lbar[j], n.shares[j] * n.labour));
        }
        e.in_scope = n.lbar.size() == 2 && n.beta < 1.0 && full;
        e.violated = n.beta > 1.0 || smallest < 1.0;  // a configuration falls (fn. 13's count fails)
        return e;
      },
      "north");
  EXPECT_EQ(t.counts.violations_in_scope, 0U);
  EXPECT_EQ(verdict_for("rc07.north-four-equilibria", t), Verdict::holds_in_scope);
}

TEST(ClusterModelClaims, ConditionStarCounts) {
  // x = ratio1/ratio2. North clustered: the enumeration agrees with (*) except at x = θ1 (a tie).
  // North unclustered in 1 (k % 4 == 3): the deviation into 1 earns x times the wage, so the cluster in
  // 2 survives iff x ≤ 1 while (*) says x < θ1: they disagree for 1 < x < θ1.
  const Tally t = expect_counts(
      search_condition_star(),
      [](const Params& p) {
        Expected e;
        const double x = ratio(p, 0) / ratio(p, 1);
        e.in_scope = all_clustered(p) && ricardian(p) && ordered(p);
        e.tie = near_one(best_ratio(p, 1, true));
        e.violated = !all_clustered(p) && x > 1.0 + 1e-12 && x < p.theta[0];
        return e;
      },
      "condition-star");
  EXPECT_EQ(t.counts.ties, 1U);  // the fixed boundary case x = 2/1 = θ1 only
  EXPECT_EQ(verdict_for("rc07.condition-star", t), Verdict::holds_in_scope);
  // Shrunk counterexample: North unclustered in 1 and 1 < x < θ1 still, on unit North productivities.
  const auto& ce = t.first_outside["case"];
  EXPECT_EQ(ce["north_clusters"], nlohmann::json({0.0, 1.0}));
  EXPECT_EQ(ce["lambda_north"], nlohmann::json({1.0, 1.0}));
  const auto s = ce["lambda_south"].get<std::vector<double>>();
  EXPECT_GT(s[0] / s[1], 1.0);
  EXPECT_LT(s[0] / s[1], ce["theta"][0].get<double>());
}

TEST(ClusterModelClaims, ConditionStarEveryKCounts) {
  // (*) with sector 1 against the full closed form: the cluster in k survives iff ratio_m/ratio_k ≤ θ_m
  // for every m ≠ k (North clustered everywhere in these draws).
  const Tally t = expect_counts(
      search_condition_star_every_k(),
      [](const Params& p) {
        Expected e;
        e.in_scope = ordered(p);
        for (std::size_t k = 1; k < p.sectors(); ++k) {
          const bool star = ratio(p, 0) / ratio(p, k) < p.theta[0];
          e.tie = e.tie || near_one(best_ratio(p, k, true));
          e.violated = e.violated || (star != eq(p, k, true) && !near_one(best_ratio(p, k, true)));
        }
        if (e.violated) e.tie = false;
        return e;
      },
      "every-k");
  EXPECT_EQ(t.counts.violations_in_scope, 0U);
  EXPECT_GT(t.counts.violations_outside_scope, 0U);
  EXPECT_EQ(verdict_for("rc05.condition-star-every-k", t), Verdict::holds_in_scope);
}

TEST(ClusterModelClaims, OrderingAssumptionCounts) {
  // a_j = ratio_j/θ_j. The no-cluster specialisation in j survives iff a_j = max a; the claim (only in
  // sector 1) fails iff some a_j > a_1.
  const Tally t = expect_counts(
      search_ordering_assumption(),
      [](const Params& p) {
        Expected e;
        e.in_scope = ordered(p);
        double a_max_else = 0.0;
        for (std::size_t j = 1; j < p.sectors(); ++j) a_max_else = std::max(a_max_else, ratio(p, j) / p.theta[j]);
        const double a1 = ratio(p, 0) / p.theta[0];
        e.violated = a_max_else > a1 * (1.0 + 1e-12);
        e.tie = std::fabs(a_max_else / a1 - 1.0) <= 1e-12;
        return e;
      },
      "ordering");
  EXPECT_EQ(verdict_for("rc07.ordering-assumption", t), Verdict::holds_in_scope);
}

TEST(ClusterModelClaims, IncomeRankingCounts) {
  const Tally t = expect_counts(
      search_income_ranking(),
      [](const Params& p) {
        Expected e;
        e.in_scope = ordered(p) && all_clustered(p);
        const double top = wage(p, 0, true), bottom = wage(p, 0, false);
        double margin = std::min(1.0 - best_ratio(p, 0, true), 1.0 - best_ratio(p, 0, false));
        for (std::size_t j = 1; j < p.sectors(); ++j)
          for (bool c : {true, false})
            if (eq(p, j, c)) {
              double m = std::min(1.0 - wage(p, j, c) / top, wage(p, j, c) / bottom - 1.0);
              if (!c) m = std::min(m, best_ratio(p, j, c) - 1.0);
              margin = std::min(margin, m);
            }
        e.violated = margin < -1e-12;
        e.tie = std::fabs(margin) <= 1e-12;
        return e;
      },
      "ranking");
  EXPECT_EQ(t.counts.ties, 1U);  // the fixed case with equal Ricardian ratios
  EXPECT_EQ(verdict_for("rc07.income-ranking", t), Verdict::holds_in_scope);
}

TEST(ClusterModelClaims, Theta2IrrelevantCounts) {
  // North clustered in 2: w = ratio_2 whatever θ2. Unclustered: w = θ2 ratio_2, so any θ2 ≠ θ2' moves it.
  const Tally t = expect_counts(
      search_theta2_irrelevant(),
      [](const Theta2Case& c) {
        Expected e;
        e.in_scope = all_clustered(c.params);
        e.violated = !e.in_scope && std::fabs(c.params.theta[1] / c.theta2_alt - 1.0) > 1e-12;
        return e;
      },
      "theta2");
  EXPECT_EQ(t.counts.violations_outside_scope, kDraws / 4);
  EXPECT_EQ(verdict_for("rc07.theta2-irrelevant", t), Verdict::holds_in_scope);
}

TEST(ClusterModelClaims, WageDecliningCounts) {
  const Tally t = expect_counts(
      search_wage_declining(),
      [](const Params& p) {
        Expected e;
        e.in_scope = ordered(p) && all_clustered(p);
        double previous = -1.0, margin = 1.0;
        for (std::size_t k = 0; k < p.sectors(); ++k) {
          if (!eq(p, k, true)) continue;
          if (previous > 0.0) margin = std::min(margin, 1.0 - wage(p, k, true) / previous);
          previous = wage(p, k, true);
        }
        e.violated = margin < -1e-12;
        e.tie = std::fabs(margin) <= 1e-12;
        return e;
      },
      "wage-declining");
  EXPECT_EQ(t.counts.in_scope, 1 + kDraws - kDraws / 4);  // fixed case + every draw with the North clustered
  EXPECT_EQ(verdict_for("rc05.wage-declining-in-k", t), Verdict::holds_in_scope);
}

TEST(ClusterModelClaims, ImportSubstitutionCounts) {
  // Every draw satisfies both orderings (start is an equilibrium, in scope); the entrant's margin is
  // β·(revenue) < revenue, so it is backward; the only tie is the fixed case t = t* = 1.
  const Tally u = expect_counts(
      search_import_substitution(),
      [](const TariffCase& c) {
        Expected e;
        const Params& p = c.params;
        const double t_star = (ratio(p, 0) / p.theta[0]) / (ratio(p, 1) / p.theta[1]) - 1.0;
        e.tie = std::fabs((1.0 + c.tariff) / (1.0 + t_star) - 1.0) <= 1e-12;
        return e;
      },
      "import-substitution");
  EXPECT_EQ(u.counts.ties, 1U);
  EXPECT_EQ(verdict_for("rc07.import-substitution-no-cluster", u), Verdict::holds);
}

TEST(ClusterModelClaims, PromotionCounts) {
  // Premise: some k ≥ 2 with best ratio > 1 (cluster not an equilibrium). Violated iff such a k pays
  // ratio_k > ratio_1/θ_1; in scope iff ordered.
  const Tally t = expect_counts(
      search_promotion_lowers_wage(),
      [](const Params& p) {
        Expected e;
        e.premise = false;
        e.in_scope = ordered(p);
        for (std::size_t k = 1; k < p.sectors(); ++k) {
          if (best_ratio(p, k, true) <= 1.0 + 1e-12) continue;
          e.premise = true;
          e.violated = e.violated || ratio(p, k) > wage(p, 0, false) * (1.0 + 1e-12);
        }
        return e;
      },
      "fn16");
  EXPECT_EQ(verdict_for("rc05.fn16-promotion-lowers-wage", t), Verdict::holds_in_scope);
}

TEST(ClusterModelClaims, SpilloverMultipleCounts) {
  // The paper's implication (issue 19 A.2). Continuum: n = 1 survives iff A − C ≥ 1, n = 0 always,
  // so A − C > 1 gives multiple equilibria. N firms: n = 0 dies when A/N − C > 1, leaving n = 1 alone.
  Search<SpilloverGame> implication = search_s2_multiple();
  implication.check = check_s2_multiple_if;
  const Tally t = expect_counts(
      implication,
      [](const SpilloverGame& g) {
        Expected e;
        e.premise = g.A - g.C > 1.0;
        e.in_scope = !g.firms;
        e.violated = g.firms && g.A / *g.firms - g.C > 1.0;
        return e;
      },
      "s2-multiple-if");
  EXPECT_EQ(t.counts.violations_in_scope, 0U);
  EXPECT_EQ(verdict_for("rc05.s2-multiple-if", t), Verdict::holds_in_scope);
  // Shrunk: A rounded to one significant digit while still A/N − C > 1 (draw 3: A = 9.1.., N = 6).
  const auto& ce = t.first_outside["case"];
  EXPECT_EQ(ce["A"].get<double>(), round_significant(ce["A"].get<double>(), 1));
  EXPECT_EQ(ce["C"].get<double>(), round_significant(ce["C"].get<double>(), 1));
  EXPECT_GT(ce["A"].get<double>() / ce["firms"].get<int>() - ce["C"].get<double>(), 1.0);
  // The converse, our addition: multiple equilibria need n = 1 (A − C ≥ 1) and n = 0 (A/N − C ≤ 1;
  // always with a continuum); then A − C > 1 off the measure-zero tie A − C = 1: no violation anywhere.
  Search<SpilloverGame> converse = search_s2_multiple();
  converse.check = check_s2_multiple_only_if;
  const Tally tc = expect_counts(
      converse,
      [](const SpilloverGame& g) {
        Expected e;
        e.premise = g.A - g.C >= 1.0 && (!g.firms || g.A / *g.firms - g.C <= 1.0);
        e.in_scope = !g.firms;
        return e;
      },
      "s2-multiple-only-if");
  EXPECT_EQ(verdict_for("rc05.s2-multiple-only-if", tc), Verdict::holds);
}

TEST(ClusterModelClaims, SpilloverUniqueCounts) {
  const Tally t = expect_counts(
      search_s2_unique_inefficient(),
      [](const SpilloverGame& g) {
        Expected e;
        e.in_scope = !g.firms && g.A - g.C > 1.0;
        e.violated = g.A - g.C < 1.0 || (g.firms && g.A / *g.firms > 1.0 + g.C);
        return e;
      },
      "s2-unique");
  EXPECT_EQ(verdict_for("rc05.s2-unique-inefficient", t), Verdict::holds_in_scope);
}

TEST(ClusterModelClaims, CppTable2CountsAndMisprint) {
  // No-CA panel (k % 4 == 3 and one fixed case): in scope, every row holds, the no-trade rows tie.
  // CA panel: in scope iff the printed assumption 6 holds, i.e. a1 > a2 with a_i = (y_iR/y_iP)λ_i; then
  // the Is row fails (a backward producer of good 2 earns a1/a2 > 1 times the wage). Otherwise every row
  // matches (RC07's ordering).
  const Tally t = expect_counts(
      search_cpp_table2(),
      [](const CppParams& c) {
        Expected e;
        if (c.y_rich == c.y_poor && c.lambda[0] == c.lambda[1]) {
          e.tie = true;
          return e;
        }
        const double a1 = c.y_rich[0] / c.y_poor[0] * c.lambda[0], a2 = c.y_rich[1] / c.y_poor[1] * c.lambda[1];
        e.in_scope = a1 > a2;
        e.violated = e.in_scope;
        return e;
      },
      "cpp");
  FailureKind kind = FailureKind::none;
  EXPECT_EQ(verdict_for("cpp.table2-crosswalk", t, &kind), Verdict::fails);
  EXPECT_EQ(kind, FailureKind::misprint);
  EXPECT_EQ(t.counts.violations_outside_scope, 0U);  // the corrected reading never fails
  // The first in-scope violation is fixed case 1 (index −3), λ = (3, 1.5); shrinking rounds λ2 = 1.5 to
  // one digit, 2, which keeps a1 = 3 > a2 = 1.25·2 = 2.5: the Is row still fails (0.8/2 = 0.4 > 1/3).
  EXPECT_EQ(t.first_in_scope["index"], -3);
  EXPECT_EQ(t.first_in_scope["case"]["lambda"], nlohmann::json({3.0, 2.0}));
  EXPECT_EQ(t.first_in_scope["case"]["y_poor"], nlohmann::json({1.0, 0.8}));
}

TEST(ClusterModelClaims, IndependentOfThreadCount) {
  ClaimRegistry registry;
  register_claims(registry);
  for (const auto& claim : registry.claims()) {
    const Tally one = claim.search(ClaimRun{200, kSeed, 1}), two = claim.search(ClaimRun{200, kSeed, 2});
    EXPECT_EQ(tally_to_json(one), tally_to_json(two)) << claim.id;
    // The evidence is rendered from the tally alone and states its counts.
    const std::string evidence = claim.evidence(one, ClaimRun{200, kSeed, 1});
    // (the engine's counts sentence, default_evidence, which the report's generator re-renders as LaTeX)
    const std::string counts = "Premise met in " + std::to_string(one.counts.premise_met) + " of ";
    const std::string violations = "Violations: " + std::to_string(one.counts.violations_in_scope) + " in scope, " +
                                   std::to_string(one.counts.violations_outside_scope) + " beyond it";
    EXPECT_EQ(evidence.rfind(default_evidence(one), 0), 0u) << claim.id << ": " << evidence;
    EXPECT_NE(evidence.find(counts), std::string::npos) << claim.id << ": " << evidence;
    EXPECT_NE(evidence.find(violations), std::string::npos) << claim.id << ": " << evidence;
  }
}

TEST(ClusterModelClaims, CounterexampleCommandsReproduce) {
  // Every recorded (shrunk) counterexample's command runs, and for three claims its output shows the
  // violation itself: the enumeration lists equilibria only, so a missing row is a missing equilibrium.
  ClaimRegistry registry;
  register_claims(registry);
  const std::map<std::string, std::string> absent_row = {
      {"rc07.condition-star", "\n2,yes,"},  // (*) holds, but the cluster in 2 is no equilibrium
      {"cpp.table2-crosswalk", "\n1,no,"},  // Table 2's Is row in good 1 is no equilibrium
  };
  std::size_t ran = 0;
  for (const auto& claim : registry.claims()) {
    const Tally t = claim.search(ClaimRun{200, kSeed, 1});
    for (const auto* record : {&t.first_in_scope, &t.first_outside}) {
      if (record->is_null() || (*record)["command"].get<std::string>().empty()) continue;
      const std::string command = (*record)["command"].get<std::string>();
      ASSERT_EQ(command.rfind("clustertrade ", 0), 0U) << command;
      const auto r = clustertrade::testing::run_clustertrade(command.substr(13));
      EXPECT_EQ(r.status, 0) << claim.id << ": " << command << "\n" << r.err;
      EXPECT_FALSE(r.out.empty()) << claim.id;
      ++ran;
      if (absent_row.count(claim.id)) {
        EXPECT_EQ(r.out.find(absent_row.at(claim.id)), std::string::npos) << r.out;
      }
      // The few-firms case of §II: one equilibrium row only (header + 1 line), though A − C > 1.
      if (claim.id == "rc05.s2-multiple-if") {
        EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 2) << r.out;
      }
    }
  }
  EXPECT_GE(ran, 12U);  // every claim but import substitution (no CLI) records at least one violation
}
