// Unit tests of model.hpp: validation rules, prices, the enumeration and condition (*).
// Golden values are derived by hand in the comments; tolerances are a few ulps of the quantities
// involved (1e-14 relative), because every value is one or two floating-point operations away from
// an exactly representable number.
#include <cmath>

#include <gtest/gtest.h>

#include "cluster_model/model.hpp"
#include "core/errors.hpp"

using namespace clustertrade;
using namespace clustertrade::cluster_model;

namespace {

Params example() { return Params{{1.0, 0.6}, {1.0, 1.0}, {2.0, 1.8}, 0.5, {}}; }

std::string rejected_field(const Params& p) {
  try {
    p.validate();
  } catch (const InvalidParameter& e) {
    return e.field() + ": " + e.rule();
  }
  return "";
}

bool close(double x, double ref) { return std::fabs(x - ref) <= 1e-14 + 1e-14 * std::fabs(ref); }

}  // namespace

TEST(ClusterModelParams, AcceptsTheExample) { EXPECT_NO_THROW(example().validate()); }

TEST(ClusterModelParams, RejectsFewerThanTwoSectors) {
  EXPECT_EQ(rejected_field(Params{{1.0}, {1.0}, {2.0}, std::nullopt, {}}).rfind("lambda_south", 0), 0U);
}

TEST(ClusterModelParams, RejectsMismatchedNorthLength) {
  Params p = example();
  p.lambda_north = {1.0};
  EXPECT_EQ(rejected_field(p).rfind("lambda_north:", 0), 0U);
}

TEST(ClusterModelParams, RejectsMismatchedThetaLength) {
  Params p = example();
  p.theta = {2.0, 2.0, 2.0};
  EXPECT_EQ(rejected_field(p).rfind("theta:", 0), 0U);
}

TEST(ClusterModelParams, RejectsNonPositiveLambda) {
  Params p = example();
  p.lambda_south[1] = 0.0;
  EXPECT_EQ(rejected_field(p).rfind("lambda_south[2]", 0), 0U);
  p = example();
  p.lambda_north[0] = -1.0;
  EXPECT_EQ(rejected_field(p).rfind("lambda_north[1]", 0), 0U);
}

TEST(ClusterModelParams, RejectsNonFiniteLambda) {
  Params p = example();
  p.lambda_south[0] = NAN;
  EXPECT_EQ(rejected_field(p).rfind("lambda_south[1]", 0), 0U);
  p = example();
  p.lambda_north[1] = INFINITY;
  EXPECT_EQ(rejected_field(p).rfind("lambda_north[2]", 0), 0U);
}

TEST(ClusterModelParams, RejectsThetaAtMostOne) {
  Params p = example();
  p.theta[1] = 1.0;
  EXPECT_EQ(rejected_field(p).rfind("theta[2]: must be > 1", 0), 0U);
}

TEST(ClusterModelParams, RejectsNonFiniteTheta) {
  Params p = example();
  p.theta[0] = INFINITY;
  EXPECT_EQ(rejected_field(p).rfind("theta[1]", 0), 0U);
}

TEST(ClusterModelParams, RejectsBetaOutsideUnitInterval) {
  Params p = example();
  p.beta = 1.0;
  EXPECT_EQ(rejected_field(p).rfind("beta", 0), 0U);
  p.beta = 0.0;
  EXPECT_EQ(rejected_field(p).rfind("beta", 0), 0U);
}

TEST(ClusterModelParams, RejectsNorthClustersNotZeroOne) {
  Params p = example();
  p.north_clusters = {1.0, 0.5};
  EXPECT_EQ(rejected_field(p).rfind("north_clusters[2]: must be 0 or 1", 0), 0U);
  p.north_clusters = {1.0};
  EXPECT_EQ(rejected_field(p).rfind("north_clusters:", 0), 0U);
}

TEST(ClusterModelParams, FromTechnologyBuildsTheta) {
  // θ_j = β + α L̄_j = 0.5 + 2·(1, 0.5) = (2.5, 1.5).
  const Params p = from_technology({1.0, 1.0}, {1.0, 1.0}, 0.5, 2.0, {1.0, 0.5});
  EXPECT_TRUE(close(p.theta[0], 2.5));
  EXPECT_TRUE(close(p.theta[1], 1.5));
  EXPECT_EQ(*p.beta, 0.5);
}

TEST(ClusterModelParams, FromTechnologyRejectsThetaNotAboveOne) {
  // 0.5 + 0.25·2 = 1: not > 1.
  EXPECT_THROW(from_technology({1.0, 1.0}, {1.0, 1.0}, 0.5, 0.25, {2.0, 4.0}), InvalidParameter);
  EXPECT_THROW(from_technology({1.0, 1.0}, {1.0, 1.0}, 1.5, 1.0, {1.0, 1.0}), InvalidParameter);
  EXPECT_THROW(from_technology({1.0, 1.0}, {1.0, 1.0}, 0.5, -1.0, {1.0, 1.0}), InvalidParameter);
}

TEST(ClusterModel, NorthPricesFollowClusters) {
  Params p = example();
  // Clustered: 1/(θλ_N) = 1/2 and 1/1.8; unclustered sector 2: 1/λ_2N = 1.
  EXPECT_TRUE(close(north_price(p, 0), 0.5));
  EXPECT_TRUE(close(north_price(p, 1), 1.0 / 1.8));
  p.north_clusters = {1.0, 0.0};
  EXPECT_TRUE(close(north_price(p, 1), 1.0));
}

TEST(ClusterModel, WorkedExampleEquilibria) {
  // λ_S = (1, 0.6), λ_N = (1, 1), θ = (2, 1.8), β = 0.5. By hand:
  //  cluster in 1: w = λ1S/λ1N = 1; cluster in 2: w = 0.6, exists since 1/0.6 = 1.67 < θ1 = 2;
  //  no cluster in 1: w = 1/2 (ordering: 1/2 ≥ 0.6/1.8 = 1/3); no cluster in 2: w = 1/3 < 1/2, not eq.
  const auto eq = south_equilibria(example());
  ASSERT_EQ(eq.size(), 3U);
  EXPECT_EQ(eq[0].sector, 0U);
  EXPECT_TRUE(eq[0].clustered);
  EXPECT_TRUE(close(eq[0].wage, 1.0));
  EXPECT_EQ(eq[1].sector, 1U);
  EXPECT_TRUE(eq[1].clustered);
  EXPECT_TRUE(close(eq[1].wage, 0.6));
  EXPECT_TRUE(close(eq[1].income_gap, 1.0 / 0.6));
  EXPECT_EQ(eq[2].sector, 0U);
  EXPECT_FALSE(eq[2].clustered);
  EXPECT_TRUE(close(eq[2].wage, 0.5));
  EXPECT_TRUE(close(eq[2].income_gap, 2.0));
}

TEST(ClusterModel, DeviationRatiosByHand) {
  // No cluster in 2: w = 1/3; backward deviation into 1 earns p1 λ1S = 1/2: ratio 3/2.
  const auto s = evaluate_specialisation(example(), 1, false);
  EXPECT_FALSE(s.equilibrium);
  EXPECT_EQ(s.best_deviation.sector, 0U);
  EXPECT_EQ(s.best_deviation.technology, Technology::backward);
  EXPECT_TRUE(close(s.best_deviation.ratio, 1.5));
  // Cluster in 1: leaving the cluster earns 1/θ1 = 1/2 of the wage; moving to 2 earns 0.6/(1.8·1) = 1/3.
  const auto c = evaluate_specialisation(example(), 0, true);
  EXPECT_TRUE(close(c.best_deviation.ratio, 0.5));
}

TEST(ClusterModel, LoneModernDeviationUsesBeta) {
  // λ_S = λ_N = (1, 1), θ = (2, 1.1), β = 0.9, no cluster in 1: w = p1·λ1S = 1/2. Backward into 2 earns
  // p2·λ2S = 1/1.1, ratio 2/1.1; a lone modern producer in 2 earns 0.9 of that; in 1, 0.9 of the wage.
  const Params p{{1.0, 1.0}, {1.0, 1.0}, {2.0, 1.1}, 0.9, {}};
  const auto s = evaluate_specialisation(p, 0, false);
  EXPECT_EQ(s.best_deviation.technology, Technology::backward);
  EXPECT_TRUE(close(s.best_deviation.ratio, 2.0 / 1.1));
}

TEST(ClusterModel, TiesAreWeakAndOrderedDeterministically) {
  // Identical countries, θ = 2: clusters pay 1 in both sectors, no cluster 1/2 in both (weak).
  const Params p{{1.0, 1.0}, {1.0, 1.0}, {2.0, 2.0}, std::nullopt, {}};
  const auto eq = south_equilibria(p);
  ASSERT_EQ(eq.size(), 4U);
  EXPECT_TRUE(eq[0].clustered && eq[0].sector == 0U);
  EXPECT_TRUE(eq[1].clustered && eq[1].sector == 1U);
  EXPECT_TRUE(!eq[2].clustered && eq[2].sector == 0U && eq[2].weak);
  EXPECT_TRUE(!eq[3].clustered && eq[3].sector == 1U && eq[3].weak);
}

TEST(ClusterModel, ConditionStarClosedForms) {
  const Params p = example();
  EXPECT_TRUE(condition_star(p, 1));  // 1/0.6 < 2
  Params q = example();
  q.lambda_south[1] = 0.4;  // 1/0.4 = 2.5 > 2
  EXPECT_FALSE(condition_star(q, 1));
  EXPECT_FALSE(condition_star_all_sectors(q, 1));
  EXPECT_FALSE(evaluate_specialisation(q, 1, true).equilibrium);
  // J = 3, ordering violated: (*) with sector 1 holds for k = 3 (2 < 3) but sector 2 tempts (2 > 1.5).
  const Params r{{1.0, 1.0, 0.5}, {1.0, 1.0, 1.0}, {3.0, 1.5, 3.0}, std::nullopt, {}};
  EXPECT_TRUE(condition_star(r, 2));
  EXPECT_FALSE(condition_star_all_sectors(r, 2));
  EXPECT_FALSE(evaluate_specialisation(r, 2, true).equilibrium);
  EXPECT_FALSE(ordering_assumption_holds(r));
}

TEST(ClusterModel, NoClusterSectorMovesWhenOrderingFails) {
  // λ_S = (1, 0.8), θ = (3, 1.5): λS/(θλN) = (1/3, 0.533): the no-cluster equilibrium is in sector 2.
  const Params p{{1.0, 0.8}, {1.0, 1.0}, {3.0, 1.5}, std::nullopt, {}};
  EXPECT_TRUE(ricardian_ordering_holds(p));
  EXPECT_FALSE(ordering_assumption_holds(p));
  EXPECT_EQ(no_cluster_sector(p), 1U);
  EXPECT_FALSE(evaluate_specialisation(p, 0, false).equilibrium);
  EXPECT_TRUE(evaluate_specialisation(p, 1, false).equilibrium);
}

TEST(ClusterModel, NorthUnclusteredRaisesSouthClusterWage) {
  // North without a cluster in 2: p2 = 1, South cluster in 2 pays θ2 λ2S = 1.8·0.6 = 1.08 > 1.
  Params p = example();
  p.north_clusters = {1.0, 0.0};
  EXPECT_TRUE(close(specialisation_wage(p, 1, true), 1.08));
  EXPECT_EQ(south_equilibria(p).front().sector, 1U);
}

TEST(ClusterModel, SouthProductivityAndCandidates) {
  // θ_2 λ_2S = 1.8·0.6 = 1.08 with a cluster, 0.6 without; 2J = 4 candidates, sector-major, clustered first.
  const Params p = example();
  EXPECT_TRUE(close(south_productivity(p, 1, true), 1.08));
  EXPECT_TRUE(close(south_productivity(p, 1, false), 0.6));
  const auto all = enumerate_specialisations(p);
  ASSERT_EQ(all.size(), 4U);
  EXPECT_TRUE(all[0].clustered && all[0].sector == 0U);
  EXPECT_TRUE(!all[3].clustered && all[3].sector == 1U);
  EXPECT_EQ(to_string(Technology::backward), "backward");
  EXPECT_EQ(to_string(Technology::modern), "modern");
  EXPECT_THROW(evaluate_specialisation(p, 2, true), std::out_of_range);
}
