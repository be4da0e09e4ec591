// Independent references for the South's enumeration and the policy experiments (issue 10 part 1):
// a deviation into every good, weak and strict equilibrium flags, and policy margins with β unset,
// each derived by hand. λN = 1 throughout, so ratio_j = λ_jS; with the North clustered everywhere a
// backward producer of good m earns ratio_m/θ_m, a cluster in j pays ratio_j, no cluster ratio_j/θ_j.
#include <cmath>
#include <optional>

#include <gtest/gtest.h>

#include "cluster_model/model.hpp"
#include "cluster_model/policy.hpp"

using namespace clustertrade::cluster_model;

namespace {
bool close(double x, double ref) { return std::fabs(x - ref) <= 1e-14 * (1.0 + std::fabs(ref)); }
/// Four sectors, θ = 2: sector j (specialised) has ratio `own`, sector m `target`, the rest `rest`.
Params four(std::size_t j, double own, std::size_t m, double target, double rest) {
  Params p{{rest, rest, rest, rest}, {1.0, 1.0, 1.0, 1.0}, {2.0, 2.0, 2.0, 2.0}, std::nullopt, {}};
  p.lambda_south[j] = own;
  p.lambda_south[m] = target;
  return p;
}
}  // namespace

TEST(ClusterModelEquilibriumReference, DeviationIntoEveryGood) {
  // Cluster in j pays 1; a backward producer of m earns 2.2/2 = 1.1 > 1 (the rest 1.5/2 = 0.75, leaving
  // the cluster 1/2): not an equilibrium, best deviation m, ratio 1.1 — for every pair j ≠ m, so a loop
  // that skips any good (first or last) misses one of them. With 1.9: 0.95, a strict equilibrium.
  for (std::size_t j = 0; j < 4; ++j)
    for (std::size_t m = 0; m < 4; ++m) {
      if (m == j) continue;
      const auto s = evaluate_specialisation(four(j, 1.0, m, 2.2, 1.5), j, true);
      EXPECT_FALSE(s.equilibrium) << j << "," << m;
      EXPECT_EQ(s.best_deviation.sector, m) << j << "," << m;
      EXPECT_EQ(s.best_deviation.technology, Technology::backward);
      EXPECT_TRUE(close(s.best_deviation.ratio, 1.1)) << s.best_deviation.ratio;
      const auto t = evaluate_specialisation(four(j, 1.0, m, 1.9, 1.5), j, true);
      EXPECT_TRUE(t.equilibrium && !t.weak) << j << "," << m;
      // No cluster in j pays 1/2; a backward producer of m earns 1.1/2 = 0.55: ratio 1.1.
      const auto u = evaluate_specialisation(four(j, 1.0, m, 1.1, 0.9), j, false);
      EXPECT_FALSE(u.equilibrium);
      EXPECT_EQ(u.best_deviation.sector, m);
      EXPECT_TRUE(close(u.best_deviation.ratio, 1.1));
    }
}

TEST(ClusterModelEquilibriumReference, WeakAndStrictFlagsWithBetaUnset) {
  // Cluster in 2 with ratio (2, 1), θ = (2, 3): w = 1; a backward producer of good 1 earns 2/2 = 1:
  // exactly break-even → an equilibrium, weak. λ1S = 1.9 → 0.95: strict. λ1S = 2(1 + 1e-9): not one.
  const auto weak = evaluate_specialisation({{2.0, 1.0}, {1.0, 1.0}, {2.0, 3.0}, std::nullopt, {}}, 1, true);
  EXPECT_TRUE(weak.equilibrium);
  EXPECT_TRUE(weak.weak);
  EXPECT_EQ(weak.best_deviation.sector, 0U);
  const auto strict = evaluate_specialisation({{1.9, 1.0}, {1.0, 1.0}, {2.0, 3.0}, std::nullopt, {}}, 1, true);
  EXPECT_TRUE(strict.equilibrium);
  EXPECT_FALSE(strict.weak);
  const auto out =
      evaluate_specialisation({{2.0 * (1 + 1e-9), 1.0}, {1.0, 1.0}, {2.0, 3.0}, std::nullopt, {}}, 1, true);
  EXPECT_FALSE(out.equilibrium);
  EXPECT_FALSE(out.weak);
  // An algebraic tie computed an ulp below 1: λS = (0.3, 0.1), θ = (3, 3): a backward producer of good
  // 1 earns 0.3/3 = 0.09999999999999999 in doubles, the cluster in 2 pays 0.1: ratio 1 − 1.1e-16. The
  // tie band must still call it weak (a flag without the band would call it strict).
  const auto ulp = evaluate_specialisation({{0.3, 0.1}, {1.0, 1.0}, {3.0, 3.0}, std::nullopt, {}}, 1, true);
  EXPECT_LT(ulp.best_deviation.ratio, 1.0);
  EXPECT_TRUE(ulp.equilibrium);
  EXPECT_TRUE(ulp.weak);
  // Condition (*) as printed is strict: at x = θ1 it says no, though the enumeration finds a weak one.
  EXPECT_FALSE(condition_star({{2.0, 1.0}, {1.0, 1.0}, {2.0, 3.0}, std::nullopt, {}}, 1));
  EXPECT_TRUE(condition_star({{1.9, 1.0}, {1.0, 1.0}, {2.0, 3.0}, std::nullopt, {}}, 1));
  // With β unset no lone-modern deviation exists: no cluster in 1 with ratio (1, 0.5), θ = (2, 2): the
  // only deviation is backward into 2, 0.25/0.5 = 1/2.
  const auto none = evaluate_specialisation({{1.0, 0.5}, {1.0, 1.0}, {2.0, 2.0}, std::nullopt, {}}, 0, false);
  EXPECT_EQ(none.best_deviation.sector, 1U);
  EXPECT_EQ(none.best_deviation.technology, Technology::backward);
  EXPECT_TRUE(close(none.best_deviation.ratio, 0.5));
  // With β = 0.9 the lone modern producer in 1 earns 0.9 of the wage and becomes the best deviation.
  const auto lone = evaluate_specialisation({{1.0, 0.5}, {1.0, 1.0}, {2.0, 2.0}, 0.9, {}}, 0, false);
  EXPECT_EQ(lone.best_deviation.sector, 0U);
  EXPECT_EQ(lone.best_deviation.technology, Technology::modern);
  EXPECT_TRUE(close(lone.best_deviation.ratio, 0.9));
}

TEST(ClusterModelEquilibriumReference, PolicyMarginsWithBetaUnset) {
  // ratio (1, 0.25), θ = (2, 3), β unset. Start: no cluster in 1, w0 = 1/2; p2 λ2S = 0.25/3 = 1/12.
  const Params p{{1.0, 0.25}, {1.0, 1.0}, {2.0, 3.0}, std::nullopt, {}};
  // t* = w0/(p2 λ2S) − 1 = 6 − 1 = 5; the protected cluster's t_C = w0/(p2 θ2 λ2S) − 1 = 2 − 1 = 1.
  EXPECT_NEAR(production_threshold_tariff(p), 5.0, 1e-12);
  EXPECT_TRUE(close(protected_cluster_tariff(p), 1.0));
  // t = 2: backward margin (1/12)·3/(1/2) = 1/2; β unset reads as 1, so the modern margin equals it
  // and the backward technology is kept (modern must be strictly better). Not produced.
  const auto o = import_substitution(p, 2.0);
  EXPECT_TRUE(close(o.backward_margin, 0.5));
  EXPECT_TRUE(close(o.modern_margin, 0.5));
  EXPECT_EQ(o.entrant_technology, Technology::backward);
  EXPECT_FALSE(o.target_produced);
  // t = 5: margin 6/12/(1/2) = 1 exactly: break-even counts as produced; t = 5 − 1e-9: not.
  EXPECT_TRUE(import_substitution(p, 5.0).target_produced);
  EXPECT_FALSE(import_substitution(p, 5.0 - 1e-9).target_produced);
  // Promotion of a cluster in 2: it pays 0.25, a backward producer of 1 earns 1/2 = 2 times that:
  // subsidy 1; the status quo is the lowest equilibrium, no cluster in 1, 1/2.
  const auto promo = cluster_promotion(p, 1);
  EXPECT_FALSE(promo.is_equilibrium);
  EXPECT_TRUE(close(promo.promoted_wage, 0.25));
  EXPECT_TRUE(close(promo.required_subsidy, 1.0));
  EXPECT_TRUE(close(promo.status_quo_wage, 0.5));
}
