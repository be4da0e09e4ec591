// Checker sensitivity (issue 10 part 2): for every cluster-model claim, a planted case just beyond
// the boundary where its conclusion fails, which the check must flag, and one just inside, which it
// must not. The boundaries are derived by hand in the comments; ε = 1e-9 sits far outside the tie
// band (1e-12) yet far inside any loosened threshold (1e-6), so a loosened tolerance, a non-strict
// inequality or a skipped deviation flips one of the pair. Notation: ratio_j = λ_jS/λ_jN; with the
// North clustered in j the world price is 1/(θ_j λ_jN), else 1/λ_jN.
#include <cmath>

#include <gtest/gtest.h>

#include "cluster_model/claims_checks.hpp"
#include "cluster_model/policy.hpp"

using namespace clustertrade;
using namespace clustertrade::cluster_model;

namespace {
constexpr double eps = 1e-9;
Params economy(std::vector<double> south, std::vector<double> theta, std::vector<double> north_clusters = {}) {
  return Params{south, std::vector<double>(south.size(), 1.0), theta, 0.5, north_clusters};
}
void expect_flagged(const Finding& f, bool in_scope, const char* what) {
  EXPECT_TRUE(f.premise) << what;
  EXPECT_TRUE(f.violated) << what << ": " << f.detail;
  EXPECT_FALSE(f.tie) << what;
  EXPECT_EQ(f.in_scope, in_scope) << what;
  EXPECT_LT(f.margin, 0.0) << what;
}
void expect_clean(const Finding& f, const char* what) {
  EXPECT_TRUE(f.premise) << what;
  EXPECT_FALSE(f.violated) << what << ": " << f.detail;
  EXPECT_FALSE(f.tie) << what;
  EXPECT_GT(f.margin, 0.0) << what;
}
}  // namespace

TEST(ClusterModelSensitivity, IdenticalCountries) {
  // No-cluster specialisation in 2 pays 1/θ2; a backward producer of good 1 earns 1/θ1: the ratio is
  // θ2/θ1. θ2 = 2(1 + ε) → ratio 1 + ε: not an equilibrium (beyond RC07's common θ).
  expect_flagged(check_identical_countries_part(economy({1.0, 1.0}, {2.0, 2.0 * (1 + eps)}), false), false, "beyond");
  // θ2 = θ1 = 2: every sector breaks even (ratio exactly 1): in scope, a tie, not a violation.
  const Finding inside = check_identical_countries_part(economy({1.0, 1.0}, {2.0, 2.0}), false);
  EXPECT_TRUE(inside.in_scope);
  EXPECT_FALSE(inside.violated);
  EXPECT_TRUE(inside.tie);
  // A Ricardian difference of ε leaves the premise.
  EXPECT_FALSE(check_identical_countries_part(economy({1.0, 1.0 + eps}, {2.0, 2.0}), false).premise);
  // With a cluster the same unequal θ changes nothing: w = 1, every deviation earns 1/θ_k < 1 (strict).
  const Finding cluster = check_identical_countries_part(economy({1.0, 1.0}, {2.0, 2.0 * (1 + eps)}), true);
  EXPECT_FALSE(cluster.violated);
  EXPECT_FALSE(cluster.tie);
  EXPECT_NEAR(cluster.margin, 0.5, 1e-6);  // 1 − 1/θ1 = 1/2 (backward good 1 earns 1/2)
}

TEST(ClusterModelSensitivity, NorthFourEquilibria) {
  // β = 1 + ε: a lone modern producer (factor β) beats the backward one (factor 1) in every
  // unclustered sector: only the all-cluster configuration survives (1 of 4). β = 1 − ε: all four.
  NorthEconomy n{{1.0, 1.0}, 1.0 + eps, 1.0, {1.0, 1.0}, {0.5, 0.5}, 4.0};
  expect_flagged(check_north_four_equilibria(n), false, "beta above 1");
  n.beta = 1.0 - eps;
  expect_clean(check_north_four_equilibria(n), "beta below 1");
  EXPECT_TRUE(check_north_four_equilibria(n).in_scope);
  // β = 0.5, α = 1, L̄ = 1, shares 1/2: a cluster's factor is 0.5 + L/2 for L < 2; it falls below 1
  // when L < 1. L = 1 − ε → factor 1 − ε/2: that cluster is lost. L = 1 + ε → factor 1 + ε/2 (small
  // sectors, out of scope, but all four survive).
  n = NorthEconomy{{1.0, 1.0}, 0.5, 1.0, {1.0, 1.0}, {0.5, 0.5}, 1.0 - eps};
  expect_flagged(check_north_four_equilibria(n), false, "small sector");
  n.labour = 1.0 + eps;
  expect_clean(check_north_four_equilibria(n), "sector just large enough");
}

TEST(ClusterModelSensitivity, ConditionStar) {
  // North without a cluster in 1: p1 = 1/λ1N, so a backward producer of good 1 earns x = ratio1/ratio2
  // times the cluster-in-2 wage: the cluster survives iff x ≤ 1, while (*) says x < θ1 = 2.
  expect_flagged(check_condition_star(economy({1.0 + eps, 1.0}, {2.0, 3.0}, {0.0, 1.0})), false, "x = 1 + eps");
  expect_clean(check_condition_star(economy({1.0 - eps, 1.0}, {2.0, 3.0}, {0.0, 1.0})), "x = 1 - eps");
  // In scope (North clustered): the deviation earns x/θ1: x = 2(1 + ε) → not an equilibrium, (*) fails:
  // they agree (no violation, no tie); x = 2 exactly → breaks even: a tie, not a violation.
  const Finding beyond = check_condition_star(economy({2.0 * (1 + eps), 1.0}, {2.0, 3.0}));
  EXPECT_TRUE(beyond.in_scope);
  expect_clean(beyond, "x = theta1 (1 + eps)");
  const Finding edge = check_condition_star(economy({2.0, 1.0}, {2.0, 3.0}));
  EXPECT_TRUE(edge.tie);
  EXPECT_FALSE(edge.violated);
}

TEST(ClusterModelSensitivity, ConditionStarEveryK) {
  // ratio = (1, 0.5, r3), θ = (4, 1.25, 2): the second ordering fails (1/4 < 0.5/1.25 = 0.4). For k = 3,
  // (*) says 1/r3 < 4: true. A backward producer of good 2 earns (0.5/1.25)/r3 = 0.4/r3 times the wage:
  // r3 = 0.4(1 − ε) → 1 + ε, the cluster in 3 falls although (*) holds; r3 = 0.4(1 + ε) → it stands.
  expect_flagged(check_condition_star_every_k(economy({1.0, 0.5, 0.4 * (1 - eps)}, {4.0, 1.25, 2.0})), false,
                 "r3 below 0.4");
  expect_clean(check_condition_star_every_k(economy({1.0, 0.5, 0.4 * (1 + eps)}, {4.0, 1.25, 2.0})), "r3 above 0.4");
}

TEST(ClusterModelSensitivity, OrderingAssumption) {
  // a_j = ratio_j/θ_j with θ = (2, 1.5): a1 = 1/2, a2 = r2/1.5. r2 = 0.75(1 + ε) → a2 = a1(1 + ε): the
  // assumption fails and the no-cluster specialisation in 1 loses to good 2 by the factor 1 + ε.
  expect_flagged(check_ordering_assumption(economy({1.0, 0.75 * (1 + eps)}, {2.0, 1.5})), false, "a2 > a1");
  const Finding inside = check_ordering_assumption(economy({1.0, 0.75 * (1 - eps)}, {2.0, 1.5}));
  EXPECT_TRUE(inside.in_scope);
  expect_clean(inside, "a2 < a1");
}

TEST(ClusterModelSensitivity, IncomeRanking) {
  // North without a cluster in 2: the cluster in 2 pays θ2 ratio2 = 3 r2. With ratio1 = 1, θ1 = 1.5 the
  // top (cluster in 1) pays 1, the bottom (no cluster in 1) 2/3. r2 = (1 + ε)/3 → the cluster in 2 pays
  // 1 + ε, above the top; r2 = (1 − ε)/3 → 1 − ε, strictly between. Both are equilibria (a backward
  // producer of good 1 earns 2/3 < 1 − ε times the wage).
  expect_flagged(check_income_ranking(economy({1.0, (1 + eps) / 3.0}, {1.5, 3.0}, {1.0, 0.0})), false, "above top");
  expect_clean(check_income_ranking(economy({1.0, (1 - eps) / 3.0}, {1.5, 3.0}, {1.0, 0.0})), "below top");
}

TEST(ClusterModelSensitivity, Theta2Irrelevant) {
  // North without a cluster in 2: the cluster-in-2 wage is θ2 ratio2, so θ2' = θ2(1 + ε) moves it by ε
  // (flagged, beyond the 1e-12 tolerance); θ2' = θ2(1 + 1e-13) moves it by 1e-13, inside the tolerance.
  const Params p = economy({1.0, 0.5}, {3.0, 3.0}, {1.0, 0.0});
  expect_flagged(check_theta2_irrelevant({p, 3.0 * (1 + eps)}), false, "spread eps");
  expect_clean(check_theta2_irrelevant({p, 3.0 * (1 + 1e-13)}), "spread 1e-13");
  // North clustered: w = ratio2 = 0.5 at any θ2, even 1 + 2^-20 (fn. 14).
  const Finding clustered = check_theta2_irrelevant({economy({1.0, 0.5}, {3.0, 3.0}), 1.0 + 0x1p-20});
  EXPECT_TRUE(clustered.in_scope);
  expect_clean(clustered, "North clustered");
}

TEST(ClusterModelSensitivity, WageDeclining) {
  // ratio = (1, 0.8, r3), θ = 2 everywhere, North without a cluster in 3: the cluster in 3 pays
  // θ3 r3 = 2 r3, the cluster in 2 pays 0.8. r3 = 0.4(1 + ε) → 0.8(1 + ε) > 0.8: the wage rises with k.
  // All three clusters are equilibria (the best backward deviation earns at most 0.5/0.8 of the wage).
  expect_flagged(check_wage_declining(economy({1.0, 0.8, 0.4 * (1 + eps)}, {2.0, 2.0, 2.0}, {1.0, 1.0, 0.0})), false,
                 "rises");
  expect_clean(check_wage_declining(economy({1.0, 0.8, 0.4 * (1 - eps)}, {2.0, 2.0, 2.0}, {1.0, 1.0, 0.0})), "falls");
}

TEST(ClusterModelSensitivity, ImportSubstitution) {
  // λS = (1, 0.5), θ = (2, 2): w0 = 1/2, a backward entrant in good 2 earns (1 + t)/4, t* = 1. No tariff
  // makes the modern entrant win (β = 0.5 < 1), so the claim cannot fail; the check's deciding boundary
  // is t*: t = 1 + 2ε → produced, t = 1 − 2ε → not, both without violation or tie. A threshold loosened
  // in import_substitution (production at a margin ≥ 1 − 1e-6) produces at 1 − 2ε and is flagged.
  const Params p = economy({1.0, 0.5}, {2.0, 2.0});
  EXPECT_TRUE(import_substitution(p, 1.0 + 2 * eps).target_produced);
  EXPECT_FALSE(import_substitution(p, 1.0 - 2 * eps).target_produced);
  expect_clean(check_import_substitution({p, 1.0 + 2 * eps}), "above t*");
  expect_clean(check_import_substitution({p, 1.0 - 2 * eps}), "below t*");
  // The premise boundary: the start (no cluster in 1) must be an equilibrium. θ = (2, 1.5), a1 = 1/2,
  // a2 = r2/1.5: r2 = 0.75(1 + ε) → a2 = a1(1 + ε), good 2 beats the start; r2 = 0.75(1 − ε) → it stands.
  EXPECT_FALSE(check_import_substitution({economy({1.0, 0.75 * (1 + eps)}, {2.0, 1.5}), 0.0}).premise);
  EXPECT_TRUE(check_import_substitution({economy({1.0, 0.75 * (1 - eps)}, {2.0, 1.5}), 0.0}).premise);
}

TEST(ClusterModelSensitivity, PromotionLowersWage) {
  // ratio = (1, 0.5, r3), θ = (4, 1.25, 2): the cluster in 3 is no equilibrium (a backward producer of
  // good 2 earns 0.4/r3 ≈ 1.6 times its wage), and fn. 16 compares its wage r3 with no cluster in 1,
  // 1/θ1 = 1/4. r3 = (1 + ε)/4 → more (flagged, beyond the ordering assumption); r3 = (1 − ε)/4 → less.
  expect_flagged(check_promotion_lowers_wage(economy({1.0, 0.5, 0.25 * (1 + eps)}, {4.0, 1.25, 2.0})), false, "above");
  expect_clean(check_promotion_lowers_wage(economy({1.0, 0.5, 0.25 * (1 - eps)}, {4.0, 1.25, 2.0})), "below");
  // Premise boundary (North clustered, ordered): ratio (2, 1), θ = (2, 3): the deviation into 1 earns
  // (2/2)/1 = 1 — a weak equilibrium, so the cluster in 2 is not fn. 16's case (premise not met); with
  // λ1S = 2(1 + ε) it falls by ε and pays 1 < 1 + ε = the no-cluster wage in 1: premise met, clean.
  EXPECT_FALSE(check_promotion_lowers_wage(economy({2.0, 1.0}, {2.0, 3.0})).premise);
  const Finding just = check_promotion_lowers_wage(economy({2.0 * (1 + eps), 1.0}, {2.0, 3.0}));
  EXPECT_TRUE(just.in_scope);
  expect_clean(just, "cluster just not an equilibrium");
}

TEST(ClusterModelSensitivity, SpilloverMultiple) {
  // Two firms, C = 1: a lone investor moves n to 1/2 and nets A/2 − 1 against 1: n = 0 survives iff
  // A ≤ 4. A = 4(1 + ε): only n = 1 although A − C = 3 > 1 (flagged); A = 4(1 − ε): n = 0 and n = 1.
  expect_flagged(check_s2_multiple({4.0 * (1 + eps), 1.0, false, 2}), false, "A above 4");
  expect_clean(check_s2_multiple({4.0 * (1 - eps), 1.0, false, 2}), "A below 4");
  // Continuum, C = 1: A = 2 + ε gives three equilibria (0, (1 + C)/A, 1), A = 2 − ε one: both agree.
  EXPECT_EQ(check_s2_multiple({2.0 + eps, 1.0, false, std::nullopt}).value, 3.0);
  EXPECT_EQ(check_s2_multiple({2.0 - eps, 1.0, false, std::nullopt}).value, 1.0);
  expect_clean(check_s2_multiple({2.0 - eps, 1.0, false, std::nullopt}), "continuum below");
}

TEST(ClusterModelSensitivity, SpilloverUniqueInefficient) {
  // Continuum, C = 1: average output is 1 at n = 0 and A − C at n = 1. A = 2 − ε → n = 1 is worse
  // (flagged, outside the carried-over A − C > 1); A = 2 + ε → better by ε, in scope.
  expect_flagged(check_s2_unique_inefficient({2.0 - eps, 1.0, true, std::nullopt}), false, "A - C below 1");
  const Finding inside = check_s2_unique_inefficient({2.0 + eps, 1.0, true, std::nullopt});
  EXPECT_TRUE(inside.in_scope);
  expect_clean(inside, "A - C above 1");
  // Two firms: a lone investor gets A/2 − 1 against backward output 1: n = 0 survives iff A ≤ 4.
  expect_flagged(check_s2_unique_inefficient({4.0 * (1 + eps), 1.0, true, 2}), false, "A above 4");
  expect_clean(check_s2_unique_inefficient({4.0 * (1 - eps), 1.0, true, 2}), "A below 4");
}

TEST(ClusterModelSensitivity, CppTable2) {
  // y_R = 1, y_P = (1, y2), λ = (2, 1.5): a1 = 2, a2 = 1.5/y2. y2 = 0.75(1 + ε) → a2 = 2/(1 + ε) < a1: the
  // printed assumption 6 holds and the Is row fails (good 2's backward producer earns a1/a2 = 1 + ε
  // times the wage of P's no-cluster specialisation in 1). y2 = 0.75(1 − ε): RC07's ordering, every row holds.
  expect_flagged(check_cpp_table2({{1.0, 1.0}, {1.0, 0.75 * (1 + eps)}, {2.0, 1.5}}), true, "printed assumption");
  const Finding inside = check_cpp_table2({{1.0, 1.0}, {1.0, 0.75 * (1 - eps)}, {2.0, 1.5}});
  EXPECT_FALSE(inside.in_scope);
  expect_clean(inside, "corrected assumption");
  // Row 3 (P in good 2 with Cl) is printed with CPP's strict condition (4): x = (y1P/y1R)/(y2P/y2R) < λ1.
  // y_P = (2, 1), λ = (2, 3): x = 2 = λ1, so CPP says no while the deviation into good 1 exactly breaks
  // even (a weak equilibrium): a tie, not a violation.
  const CppParams edge{{1.0, 1.0}, {2.0, 1.0}, {2.0, 3.0}};
  EXPECT_FALSE(cpp_table2(edge)[2].printed_exists);
  EXPECT_TRUE(cpp_table2(edge)[2].enumerated_exists);
  EXPECT_TRUE(check_cpp_table2(edge).tie);
  EXPECT_FALSE(check_cpp_table2(edge).violated);
  // Premise: R's Ricardian advantage in good 2, y2P/y2R ≤ y1P/y1R: y_P = (1, 1 + ε) leaves it.
  EXPECT_FALSE(check_cpp_table2({{1.0, 1.0}, {1.0, 1.0 + eps}, {2.0, 1.5}}).premise);
  EXPECT_TRUE(check_cpp_table2({{1.0, 1.0}, {1.0, 1.0 - eps}, {2.0, 1.5}}).premise);
}

TEST(ClusterModelSensitivity, ThetaNondecreasingSufficient) {
  // RC05 §V: raw ratios (1, 0.5, 0.5) and θ = (2, 2, 3): λ_jS/(θ_j λ_jN) = 1/2, 1/4, 1/6, the smallest
  // step down 1 − (1/6)/(1/4) = 1/3. θ = (2, 2, 2): the last step is 0, a tie. θ falling (3, 2, 2) leaves
  // the premise, and so does a rising raw ratio.
  const Finding strict = check_theta_nondecreasing(economy({1.0, 0.5, 0.5}, {2.0, 2.0, 3.0}));
  EXPECT_FALSE(strict.violated);
  EXPECT_NEAR(strict.margin, 1.0 / 3.0, 1e-12);
  EXPECT_TRUE(check_theta_nondecreasing(economy({1.0, 0.5, 0.5}, {2.0, 2.0, 2.0})).tie);
  EXPECT_FALSE(check_theta_nondecreasing(economy({1.0, 0.5, 0.5}, {3.0, 2.0, 2.0})).premise);
  EXPECT_FALSE(check_theta_nondecreasing(economy({0.5, 1.0, 0.5}, {2.0, 2.0, 3.0})).premise);
}
