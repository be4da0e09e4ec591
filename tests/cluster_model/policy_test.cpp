// Tests of north.hpp, policy.hpp, coordination.hpp and crosswalk.hpp, with hand-derived values.
// Tolerances: 1e-12 relative for quantities from a root finder stopped at 1e-14 absolute width;
// 1e-14 for direct arithmetic.
#include <cmath>

#include <gtest/gtest.h>

#include "cluster_model/coordination.hpp"
#include "cluster_model/crosswalk.hpp"
#include "cluster_model/north.hpp"
#include "cluster_model/policy.hpp"
#include "core/errors.hpp"

using namespace clustertrade;
using namespace clustertrade::cluster_model;

namespace {
bool close(double x, double ref, double rtol = 1e-14) { return std::fabs(x - ref) <= rtol * (1.0 + std::fabs(ref)); }
Params policy_example() { return Params{{1.0, 0.4}, {1.0, 1.0}, {2.0, 1.8}, 0.5, {}}; }
NorthEconomy north_example() { return NorthEconomy{{1.0, 1.0}, 0.5, 2.0, {1.0, 1.0}, {0.5, 0.5}, 4.0}; }
}  // namespace

TEST(ClusterModelNorth, FourEquilibriaWhenSectorsAreLarge) {
  // Each sector employs 2 ≥ L̄ = 1: cluster factor 0.5 + 2 = 2.5 > 1; β = 0.5 < 1: all four survive.
  const auto all = north_configurations(north_example());
  ASSERT_EQ(all.size(), 4U);
  for (const auto& c : all) EXPECT_TRUE(c.equilibrium);
  EXPECT_TRUE(close(all[3].prices[0], 1.0 / 2.5));
}

TEST(ClusterModelNorth, SmallSectorsCannotHoldClusters) {
  // L_N = 0.4: each sector employs 0.2, factor 0.5 + 2·0.2 = 0.9 < 1: only "no clusters" survives.
  NorthEconomy n = north_example();
  n.labour = 0.4;
  EXPECT_EQ(count_north_equilibria(n), 1U);
}

TEST(ClusterModelNorth, BetaAboveOneKillsNoClusterConfigurations) {
  NorthEconomy n = north_example();
  n.beta = 1.2;
  EXPECT_EQ(count_north_equilibria(n), 1U);
  EXPECT_TRUE(north_configurations(n)[3].equilibrium);
}

TEST(ClusterModelNorth, RejectsSharesNotSummingToOne) {
  NorthEconomy n = north_example();
  n.shares = {0.5, 0.6};
  EXPECT_THROW(n.validate(), InvalidParameter);
}

TEST(ClusterModelPolicy, TariffThresholdByHand) {
  // w0 = λ1S/(θ1λ1N) = 1/2; p2* λ2S = 0.4/1.8; t* = (1/2)/(0.4/1.8) − 1 = 1.25.
  EXPECT_TRUE(close(production_threshold_tariff(policy_example()), 1.25, 1e-12));
  // Protected cluster: t_C = (1/2)/(0.4/1.8·1.8) − 1 = 0.25.
  EXPECT_TRUE(close(protected_cluster_tariff(policy_example()), 0.25, 1e-12));
}

TEST(ClusterModelPolicy, TariffBringsBackwardProductionNotACluster) {
  const auto below = import_substitution(policy_example(), 1.0);
  EXPECT_FALSE(below.target_produced);
  const auto above = import_substitution(policy_example(), 2.5);
  EXPECT_TRUE(above.target_produced);
  EXPECT_EQ(above.entrant_technology, Technology::backward);
  // Margin: p2*(1+t)λ2S/w0 = (0.4/1.8)·3.5/0.5 = 1.5556; modern: β times that.
  EXPECT_TRUE(close(above.backward_margin, 0.4 / 1.8 * 3.5 / 0.5));
  EXPECT_TRUE(close(above.modern_margin, 0.5 * above.backward_margin));
  EXPECT_TRUE(close(above.wage, 0.5));
  EXPECT_THROW(import_substitution(policy_example(), -0.1), InvalidParameter);
}

TEST(ClusterModelPolicy, PromotionAgainstComparativeAdvantage) {
  // Cluster in 2: wage 0.4 < no-cluster wage 0.5; subsidy 0.5/0.4 − 1 = 0.25.
  const auto o = cluster_promotion(policy_example(), 1);
  EXPECT_FALSE(o.is_equilibrium);
  EXPECT_TRUE(close(o.promoted_wage, 0.4));
  EXPECT_TRUE(close(o.status_quo_wage, 0.5));
  EXPECT_TRUE(close(o.required_subsidy, 0.25));
}

TEST(ClusterModelCoordination, TwoStableAndOneInteriorEquilibrium) {
  // A = 3, C = 1: n = 0 (−1 < 1), n = 1 (2 > 1), interior 3n − 1 = 1 ⇒ n = 2/3.
  const auto eq = coordination_equilibria(SpilloverGame{3.0, 1.0, false, std::nullopt});
  ASSERT_EQ(eq.size(), 3U);
  EXPECT_EQ(eq[0].n, 0.0);
  EXPECT_TRUE(close(eq[1].n, 2.0 / 3.0, 1e-12));
  EXPECT_FALSE(eq[1].stable);
  EXPECT_EQ(eq[2].n, 1.0);
  EXPECT_TRUE(close(eq[2].output, 2.0));
}

TEST(ClusterModelCoordination, SpilloverLeavesOnlyTheBadEquilibrium) {
  const SpilloverGame g{3.0, 1.0, true, std::nullopt};
  const auto eq = coordination_equilibria(g);
  ASSERT_EQ(eq.size(), 1U);
  EXPECT_EQ(eq[0].n, 0.0);
  EXPECT_EQ(efficient_share(g), 1.0);  // average output 1 + n(A − C − 1) = 1 + n
}

TEST(ClusterModelCoordination, FewFirmsLoseTheBadEquilibrium) {
  // N = 2, A = 10, C = 1: a lone investor gets 10·1/2 − 1 = 4 > 1.
  const auto eq = coordination_equilibria(SpilloverGame{10.0, 1.0, false, 2});
  ASSERT_EQ(eq.size(), 1U);
  EXPECT_EQ(eq[0].n, 1.0);
}

TEST(ClusterModelCoordination, RejectsBadParameters) {
  EXPECT_THROW(coordination_equilibria(SpilloverGame{0.0, 1.0, false, std::nullopt}), InvalidParameter);
  EXPECT_THROW(coordination_equilibria(SpilloverGame{1.0, -1.0, false, std::nullopt}), InvalidParameter);
  EXPECT_THROW(coordination_equilibria(SpilloverGame{1.0, 1.0, false, 0}), InvalidParameter);
}

TEST(ClusterModelCrosswalk, TableTwoRowsByHand) {
  // y_R = (1, 1), y_P = (1, 0.6), λ = (2, 1.8): gaps 1, 2, 1/0.6; condition (4): 1/0.6 < 2 holds.
  const auto rows = cpp_table2(CppParams{{1.0, 1.0}, {1.0, 0.6}, {2.0, 1.8}});
  ASSERT_EQ(rows.size(), 3U);
  EXPECT_TRUE(close(rows[0].enumerated_gap, 1.0));
  EXPECT_TRUE(close(rows[1].enumerated_gap, 2.0));
  EXPECT_TRUE(close(rows[2].enumerated_gap, 1.0 / 0.6));
  for (const auto& r : rows) {
    EXPECT_TRUE(r.enumerated_exists);
    EXPECT_EQ(r.printed_exists, r.enumerated_exists);
    EXPECT_TRUE(close(r.printed_gap, r.enumerated_gap));
  }
}

TEST(ClusterModelCrosswalk, PrintedAssumptionSixContradictsTable) {
  const CppParams cpp{{1.0, 1.0}, {1.0, 0.8}, {3.0, 1.5}};
  EXPECT_TRUE(cpp_assumption6_as_printed(cpp));
  EXPECT_FALSE(cpp_table2(cpp)[1].enumerated_exists);
}

TEST(ClusterModelCrosswalk, ValidationNamesCppFields) {
  try {
    CppParams{{1.0, 1.0}, {1.0, 0.6}, {2.0, 0.9}}.validate();
    FAIL();
  } catch (const InvalidParameter& e) {
    EXPECT_EQ(e.field(), "lambda[2]");
  }
}

TEST(ClusterModelCoordination, PayoffsByHand) {
  // A = 3, C = 1, n = 0.5: modern 3·0.5 − 1 = 0.5; backward 1 or 1 + 1.5 = 2.5;
  // average 0.5·0.5 + 0.5·1 = 0.75 (plain), 0.5·0.5 + 0.5·2.5 = 1.5 (= 1 + n(A − C − 1)).
  const SpilloverGame plain{3.0, 1.0, false, std::nullopt}, spill{3.0, 1.0, true, std::nullopt};
  EXPECT_TRUE(close(modern_payoff(plain, 0.5), 0.5));
  EXPECT_TRUE(close(backward_payoff(plain, 0.5), 1.0));
  EXPECT_TRUE(close(backward_payoff(spill, 0.5), 2.5));
  EXPECT_TRUE(close(average_output(plain, 0.5), 0.75));
  EXPECT_TRUE(close(average_output(spill, 0.5), 1.5));
  EXPECT_EQ(efficient_share(SpilloverGame{1.5, 1.0, true, std::nullopt}), 0.0);  // A − C − 1 < 0
}

TEST(ClusterModelCrosswalk, MapsNotation) {
  const Params p = to_rc07(CppParams{{2.0, 3.0}, {0.5, 0.7}, {1.5, 2.5}});
  EXPECT_EQ(p.lambda_north, (std::vector<double>{2.0, 3.0}));  // y_iR → λ_iN
  EXPECT_EQ(p.lambda_south, (std::vector<double>{0.5, 0.7}));  // y_iP → λ_iS
  EXPECT_EQ(p.theta, (std::vector<double>{1.5, 2.5}));         // λ_i → θ_i
  EXPECT_TRUE(p.north_clusters.empty());                       // R clustered everywhere
}
