// Independent references for the J-sector cluster model of RC07 §3 / RC05 §V
// (src/cluster_model/{model,north,policy,coordination}.cpp) with UNEQUAL sectors.
//
// The model in the paper's terms: world prices are set by a fully clustered North,
// p_j = 1/(θ_j λ_jN) (1/λ_jN where North does not cluster j). South specialising in j with a cluster
// pays w = p_j θ_j λ_jS, without one w = p_j λ_jS. A deviation pays p_k λ_kS (backward firm in any k,
// including leaving the cluster in j), β p_k λ_kS (a lone modern firm outside a cluster); the
// candidate is an equilibrium when no deviation pays more than w. Every golden number below is
// worked out by hand from these definitions; a test-local brute-force enumeration, written from the
// same definitions without the model's code, checks the full list on asymmetric cases.
// Tolerances: hand values are one or two roundings away from exact, so 1e-14 relative.
#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

#include <gtest/gtest.h>

#include "cluster_model/coordination.hpp"
#include "cluster_model/model.hpp"
#include "cluster_model/north.hpp"
#include "cluster_model/policy.hpp"

namespace cm = clustertrade::cluster_model;

namespace {

bool near(double x, double ref, double rtol = 1e-14) { return std::fabs(x - ref) <= 1e-15 + rtol * std::fabs(ref); }

// Three unequal sectors: λS = (1, 0.6, 0.5), λN = (1, 1, 1), θ = (2, 1.5, 3), β = 0.5.
// Raw ratios r = λS/λN = (1, 0.6, 0.5); r/θ = (0.5, 0.4, 1/6).
cm::Params three_sectors() { return cm::Params{{1.0, 0.6, 0.5}, {1.0, 1.0, 1.0}, {2.0, 1.5, 3.0}, 0.5, {}}; }

// Brute force from the definitions (not the model's code): the best deviation ratio of a candidate.
double brute_best_ratio(const cm::Params& p, std::size_t j, bool clustered) {
  auto price = [&](std::size_t k) {
    const bool north_cl = p.north_clusters.empty() || p.north_clusters[k] == 1.0;
    return 1.0 / (p.lambda_north[k] * (north_cl ? p.theta[k] : 1.0));
  };
  const double w = price(j) * p.lambda_south[j] * (clustered ? p.theta[j] : 1.0);
  double best = 0.0;
  for (std::size_t k = 0; k < p.sectors(); ++k) {
    const double backward = price(k) * p.lambda_south[k] / w;
    if (k != j || clustered) best = std::max(best, backward);  // backward firm (leaving the cluster in j)
    if (p.beta && (k != j || !clustered)) best = std::max(best, *p.beta * backward);  // lone modern firm
  }
  return best;
}

}  // namespace

// Hand enumeration for three_sectors():
//  cl0: w = 1;   deviations 0.4 (k=1), 1/6 (k=2), leave 1/θ0 = 0.5 ⇒ strict equilibrium, best = leave (0, backward).
//  cl1: w = 0.6; deviations 0.5/0.6 = 5/6 (k=0), (1/6)/0.6, leave 1/1.5 ⇒ strict, best = sector 0.
//  cl2: w = 0.5; deviation 0.5/0.5 = 1 (k=0) ⇒ WEAK equilibrium (r0/r2 = 2 = θ0 exactly).
//  nc0: w = 0.5; deviations 0.8 (k=1), 1/3 (k=2), own modern β = 0.5 ⇒ strict equilibrium.
//  nc1: w = 0.4; deviation 0.5/0.4 = 1.25 ⇒ not an equilibrium.  nc2: w = 1/6; 3 ⇒ not.
// Ranking by wage: cl0 (1) > cl1 (0.6) > cl2 = nc0 (0.5, tie: clustered first).
TEST(ClusterModelReference, ThreeUnequalSectorsHandEnumeration) {
  const cm::Params p = three_sectors();
  const auto eq = cm::south_equilibria(p);
  ASSERT_EQ(eq.size(), 4u);
  const std::size_t sector[] = {0, 1, 2, 0};
  const bool clustered[] = {true, true, true, false};
  const double wage[] = {1.0, 0.6, 0.5, 0.5};
  const bool weak[] = {false, false, true, false};
  for (std::size_t k = 0; k < 4; ++k) {
    EXPECT_EQ(eq[k].sector, sector[k]) << k;
    EXPECT_EQ(eq[k].clustered, clustered[k]) << k;
    EXPECT_TRUE(near(eq[k].wage, wage[k])) << k << ": " << eq[k].wage;
    EXPECT_TRUE(near(eq[k].income_gap, 1.0 / wage[k])) << k;
    EXPECT_EQ(eq[k].weak, weak[k]) << k;
  }
  // Best deviations: cl0's is leaving its own cluster (1/θ0 = 0.5); cl1's is backward in sector 0.
  EXPECT_EQ(eq[0].best_deviation.sector, 0u);
  EXPECT_EQ(eq[0].best_deviation.technology, cm::Technology::backward);
  EXPECT_TRUE(near(eq[0].best_deviation.ratio, 0.5));
  EXPECT_EQ(eq[1].best_deviation.sector, 0u);
  EXPECT_TRUE(near(eq[1].best_deviation.ratio, 5.0 / 6.0));
  // The non-equilibria.
  const auto nc1 = cm::evaluate_specialisation(p, 1, false);
  EXPECT_FALSE(nc1.equilibrium);
  EXPECT_TRUE(near(nc1.best_deviation.ratio, 1.25));
  EXPECT_FALSE(cm::evaluate_specialisation(p, 2, false).equilibrium);
}

// A lone modern firm in the own good is the binding deviation of a no-cluster candidate when β is
// large: λS = (1, 0.9), λN = (1, 1), θ = (2, 2), β = 0.95. nc0: w = 0.5; backward in 1: 0.45/0.5 = 0.9;
// lone modern in 0: β = 0.95 ⇒ best deviation (0, modern, 0.95).
TEST(ClusterModelReference, LoneModernFirmInOwnGoodIsChecked) {
  const cm::Params p{{1.0, 0.9}, {1.0, 1.0}, {2.0, 2.0}, 0.95, {}};
  const auto s = cm::evaluate_specialisation(p, 0, false);
  EXPECT_TRUE(s.equilibrium);
  EXPECT_EQ(s.best_deviation.sector, 0u);
  EXPECT_EQ(s.best_deviation.technology, cm::Technology::modern);
  EXPECT_TRUE(near(s.best_deviation.ratio, 0.95));
}

// Condition (*) for every k, strict: r0/rk < θ0. three_sectors(): k=1: 1/0.6 = 5/3 < 2 holds;
// k=2: 1/0.5 = 2 < 2 fails (exact in binary). For all sectors: k=1 needs r_m/r_1 ≤ θ_m for m ≠ 1:
// m=0: 5/3 ≤ θ0 = 2, m=2: 5/6 ≤ 3 ⇒ holds (against θ_1 = 1.5 the m=0 comparison would fail).
TEST(ClusterModelReference, ConditionStarForEveryK) {
  const cm::Params p = three_sectors();
  EXPECT_TRUE(cm::condition_star(p, 0));
  EXPECT_TRUE(cm::condition_star(p, 1));
  EXPECT_FALSE(cm::condition_star(p, 2));
  EXPECT_TRUE(cm::condition_star_all_sectors(p, 1));
  EXPECT_TRUE(cm::condition_star_all_sectors(p, 2));  // m=0: 2 > 2 is false; m=1: 1.2 > 1.5 false
  EXPECT_TRUE(cm::condition_star_all_sectors(p, 0));
  // Raising r1 to 0.7: m=1 against k=2: 1.4 ≤ θ1 = 1.5 still; lowering θ1 to 1.3 breaks it.
  cm::Params q = p;
  q.lambda_south[1] = 0.7;
  q.theta[1] = 1.3;
  EXPECT_FALSE(cm::condition_star_all_sectors(q, 2));
}

// Orderings: r = (1, 0.6, 0.5) is non-increasing (Ricardian ordering holds); r/θ = (0.5, 0.4, 1/6)
// too. Swapping the first two sectors' South productivities (0.6, 1, 0.5) breaks the Ricardian
// ordering in the FIRST pair only.
// The no-cluster sector is argmax r_j/θ_j: with λS = (1, 0.8), θ = (3, 1.5): r/θ = (1/3, 0.533) ⇒ 1
// (the raw argmax would be 0).
TEST(ClusterModelReference, OrderingsAndNoClusterSector) {
  const cm::Params p = three_sectors();
  EXPECT_TRUE(cm::ricardian_ordering_holds(p));
  EXPECT_TRUE(cm::ordering_assumption_holds(p));
  EXPECT_EQ(cm::no_cluster_sector(p), 0u);
  cm::Params swapped = p;
  swapped.lambda_south = {0.6, 1.0, 0.5};
  EXPECT_FALSE(cm::ricardian_ordering_holds(swapped));
  const cm::Params q{{1.0, 0.8}, {1.0, 1.0}, {3.0, 1.5}, 0.5, {}};
  EXPECT_EQ(cm::no_cluster_sector(q), 1u);
  EXPECT_FALSE(cm::ordering_assumption_holds(q));  // 0.533 > 0.333
}

// θ_j = β + α L̄_j (RC07 §3): β = 0.5, α = 1, L̄ = (1, 2) ⇒ θ = (1.5, 2.5).
TEST(ClusterModelReference, ThetaFromTechnology) {
  const cm::Params p = cm::from_technology({1.0, 0.5}, {1.0, 2.0}, 0.5, 1.0, {1.0, 2.0});
  ASSERT_EQ(p.theta.size(), 2u);
  EXPECT_TRUE(near(p.theta[0], 1.5));
  EXPECT_TRUE(near(p.theta[1], 2.5));
}

// North not clustering a sector: north_clusters = (1, 0, 1) with three_sectors(): p = (1/2, 1, 1/3).
// Then nc1 pays w = p1 λ1S = 0.6 and deviations are 0.5/0.6, (1/6)/0.6, own modern β = 0.5 ⇒ strict
// equilibrium with wage 0.6.
TEST(ClusterModelReference, NorthWithoutClusterInOneSector) {
  cm::Params p = three_sectors();
  p.north_clusters = {1.0, 0.0, 1.0};
  EXPECT_TRUE(near(cm::north_price(p, 0), 0.5));
  EXPECT_TRUE(near(cm::north_price(p, 1), 1.0));
  EXPECT_TRUE(near(cm::north_price(p, 2), 1.0 / 3.0));
  const auto s = cm::evaluate_specialisation(p, 1, false);
  EXPECT_TRUE(near(s.wage, 0.6));
  EXPECT_TRUE(s.equilibrium);
  EXPECT_TRUE(near(s.best_deviation.ratio, 5.0 / 6.0));
}

// The full candidate list against the brute-force enumeration, on asymmetric cases (β set and unset,
// North clustering every sector or not).
TEST(ClusterModelReference, EquilibriaAgreeWithBruteForceEnumeration) {
  std::vector<cm::Params> cases = {
      three_sectors(),
      cm::Params{{1.0, 0.9}, {1.0, 1.0}, {2.0, 2.0}, 0.95, {}},
      cm::Params{{1.3, 0.7, 0.9, 0.4}, {0.8, 1.1, 1.0, 0.6}, {1.7, 2.4, 1.2, 3.1}, 0.3, {}},
      cm::Params{{0.5, 2.0, 1.1}, {1.0, 1.9, 0.7}, {1.4, 1.9, 2.6}, std::nullopt, {}},
      cm::Params{{1.0, 0.8, 0.6, 0.5}, {1.0, 1.0, 1.0, 1.0}, {1.5, 2.0, 2.5, 3.0}, 0.8, {1.0, 0.0, 1.0, 0.0}},
  };
  for (std::size_t c = 0; c < cases.size(); ++c) {
    const auto& p = cases[c];
    const auto all = cm::enumerate_specialisations(p);
    ASSERT_EQ(all.size(), 2 * p.sectors());
    std::size_t count = 0;
    for (const auto& s : all) {
      const double best = brute_best_ratio(p, s.sector, s.clustered);
      EXPECT_TRUE(near(s.best_deviation.ratio, best, 1e-13)) << "case " << c << " sector " << s.sector;
      EXPECT_EQ(s.equilibrium, best <= 1.0 + cm::tie_tolerance) << "case " << c << " sector " << s.sector;
      count += s.equilibrium;
    }
    const auto eq = cm::south_equilibria(p);
    EXPECT_EQ(eq.size(), count) << "case " << c;
    for (std::size_t k = 1; k < eq.size(); ++k) EXPECT_GE(eq[k - 1].wage, eq[k].wage) << "case " << c;
  }
}

// North's configurations (2^J), λN = (1, 2), β = 0.5, α = 1, L̄ = (0.5, 3), shares (0.25, 0.75), L_N = 2:
// employment s_j L_N = (0.5, 1.5). Cluster factors β + α min(L̄_j, employment): (0.5 + 0.5, 0.5 + 1.5)
// = (1, 2). A cluster is an equilibrium when its factor ≥ 1 (both are; sector 0 exactly at the tie);
// backward sectors are since β ≤ 1. Full clusters: sector 0 reaches L̄ exactly (0.5 ≥ 0.5), sector 1
// does not (1.5 < 3). Prices 1/(factor λN): both clustered (1, 1/4); none (1, 1/2).
TEST(ClusterModelReference, NorthConfigurationsWithUnequalSectors) {
  const cm::NorthEconomy north{{1.0, 2.0}, 0.5, 1.0, {0.5, 3.0}, {0.25, 0.75}, 2.0};
  const auto all = cm::north_configurations(north);
  ASSERT_EQ(all.size(), 4u);
  EXPECT_EQ(cm::count_north_equilibria(north), 4u);
  for (const auto& c : all) {
    const bool c0 = c.clustered[0], c1 = c.clustered[1];
    EXPECT_TRUE(c.equilibrium);
    EXPECT_TRUE(near(c.factor[0], 1.0));
    EXPECT_TRUE(near(c.factor[1], c1 ? 2.0 : 1.0));
    EXPECT_TRUE(near(c.prices[0], 1.0));
    EXPECT_TRUE(near(c.prices[1], c1 ? 0.25 : 0.5));
    EXPECT_EQ(c.full_clusters, !c1) << c0 << c1;
  }
  // β > 1 makes every backward sector a non-equilibrium (a lone modern firm gains): only the
  // all-cluster configuration survives. L̄ = (1, 3): factor0 = 1.2 + 0.5 = 1.7, factor1 = 1.2 + 1.5.
  const cm::NorthEconomy strong{{1.0, 2.0}, 1.2, 1.0, {1.0, 3.0}, {0.25, 0.75}, 2.0};
  EXPECT_EQ(cm::count_north_equilibria(strong), 1u);
  // A cluster factor below 1 (β = 0.3, L̄0 employment 0.5: 0.3 + 0.5 = 0.8) is not an equilibrium.
  const cm::NorthEconomy weak{{1.0, 2.0}, 0.3, 1.0, {0.5, 3.0}, {0.25, 0.75}, 2.0};
  EXPECT_EQ(cm::count_north_equilibria(weak), 2u);  // sector 0 backward; sector 1 either way (1.8 ≥ 1)
}

// Policy margins, J = 2: λS = (1, 0.6), λN = (1, 1.5), θ = (2, 1.6), β unset; start 0, target 1.
// w0 = p0 λ0S = 1/2; p1 = 1/(1.6·1.5) = 1/2.4. Backward margin at tariff t: (1+t)(0.6/2.4)/0.5 = (1+t)/2.
// Production threshold: (1+t)/2 = 1 ⇒ t = 1. Protected cluster: w0/(p1 θ1 λ1S) − 1 = 0.5/0.4 − 1 = 0.25.
// β unset: the modern margin is the backward one (β read as 1, the header's stated convention).
TEST(ClusterModelReference, PolicyMarginsWithBetaUnset) {
  const cm::Params p{{1.0, 0.6}, {1.0, 1.5}, {2.0, 1.6}, std::nullopt, {}};
  const auto o = cm::import_substitution(p, 0.5, 0, 1);
  EXPECT_TRUE(near(o.wage, 0.5));
  EXPECT_TRUE(near(o.income_gap, 2.0));
  EXPECT_TRUE(near(o.domestic_price, 1.5 / 2.4));
  EXPECT_TRUE(near(o.backward_margin, 0.75));
  EXPECT_TRUE(near(o.modern_margin, 0.75));
  EXPECT_FALSE(o.target_produced);
  EXPECT_TRUE(cm::import_substitution(p, 1.0 + 1e-9, 0, 1).target_produced);
  EXPECT_NEAR(cm::production_threshold_tariff(p, 0, 1), 1.0, 1e-12);
  EXPECT_TRUE(near(cm::protected_cluster_tariff(p, 0, 1), 0.25, 1e-13));
  // With β = 0.5 the modern entrant's margin is half: 0.375 at t = 0.5.
  cm::Params b = p;
  b.beta = 0.5;
  EXPECT_TRUE(near(cm::import_substitution(b, 0.5, 0, 1).modern_margin, 0.375));
}

// Promotion of a cluster that is not an equilibrium: λS = (1, 0.6, 0.3), λN = 1, θ = (2, 1.5, 3),
// β = 0.5. cl2: w = 0.3, best deviation 0.5/0.3 = 5/3 ⇒ subsidy 2/3. Equilibria wages: cl0 1, cl1 0.6,
// nc0 0.5 (cl2 is not one) ⇒ status quo (lowest) 0.5; promoted wage 0.3.
TEST(ClusterModelReference, PromotionSubsidyAndStatusQuo) {
  const cm::Params p{{1.0, 0.6, 0.3}, {1.0, 1.0, 1.0}, {2.0, 1.5, 3.0}, 0.5, {}};
  const auto o = cm::cluster_promotion(p, 2);
  EXPECT_FALSE(o.is_equilibrium);
  EXPECT_TRUE(near(o.promoted_wage, 0.3));
  EXPECT_TRUE(near(o.required_subsidy, 2.0 / 3.0, 1e-13));
  EXPECT_TRUE(near(o.status_quo_wage, 0.5));
}

// RC05 §II coordination game, finite N = 3, A = 3, C = 1, no spillover: modern pays 3n − 1, backward 1.
// k = 0: a deviator to modern earns 3/3 − 1 = 0 < 1 ⇒ equilibrium. k = 1: the modern firm earns 0 and
// would earn 1 backward ⇒ not. k = 2: the modern firms earn 1 = backward (no strict gain), but a
// backward firm switching makes k = 3 and earns 2 > 1 ⇒ not. k = 3: a deviator to backward earns 1 < 2
// ⇒ equilibrium. So n ∈ {0, 1}, outputs 1 and 2.
// Continuum: gain 3n − 2 ⇒ stable n = 0 and n = 1, unstable interior n = 2/3.
TEST(ClusterModelReference, CoordinationGameFiniteAndContinuum) {
  cm::SpilloverGame g{3.0, 1.0, false, 3};
  const auto eq = cm::coordination_equilibria(g);
  ASSERT_EQ(eq.size(), 2u);
  EXPECT_EQ(eq[0].n, 0.0);
  EXPECT_EQ(eq[1].n, 1.0);
  EXPECT_TRUE(near(eq[0].output, 1.0));
  EXPECT_TRUE(near(eq[1].output, 2.0));
  g.firms.reset();
  const auto c = cm::coordination_equilibria(g);
  ASSERT_EQ(c.size(), 3u);
  EXPECT_TRUE(c[0].stable);
  EXPECT_NEAR(c[1].n, 2.0 / 3.0, 1e-12);
  EXPECT_FALSE(c[1].stable);
  EXPECT_TRUE(c[2].stable);
  // C = 2: gain(1) = 0 exactly, n = 1 is a weak (not stable) equilibrium and there is no interior one.
  const auto w = cm::coordination_equilibria(cm::SpilloverGame{3.0, 2.0, false, std::nullopt});
  ASSERT_EQ(w.size(), 2u);
  EXPECT_TRUE(w[0].stable);
  EXPECT_EQ(w[1].n, 1.0);
  EXPECT_FALSE(w[1].stable);
}
