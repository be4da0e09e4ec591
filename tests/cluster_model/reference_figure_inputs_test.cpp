// Figure inputs of the cluster-model figures (src/cluster_model/scenarios.hpp, used by figures.cpp),
// pinned to the conditions of the papers' text they illustrate. RC05 prints no numbers for them, so
// the pin is twofold: the values the report states (A = 3, C = 1; the J = 5 ladder) and the paper's
// condition, checked by hand.
#include <gtest/gtest.h>

#include "cluster_model/scenarios.hpp"

namespace cm = clustertrade::cluster_model;

// RC05 §II (papers/000_f5086fccaf045262.txt, lines 190–214): modern output An − C, backward 1; "if
// A − C > 1 there are multiple equilibria" (n = 0 and n = 1); with backward output 1 + An the only
// equilibrium is n = 0 although n = 1 is better for all (A − C > 1 again). A = 3, C = 1: A − C = 2 > 1.
TEST(ClusterModelFigureInputs, CoordinationGameSatisfiesTheMultiplicityCondition) {
  for (bool spill : {false, true}) {
    const cm::SpilloverGame g = cm::rc05_coordination_game(spill);
    EXPECT_EQ(g.A, 3.0);
    EXPECT_EQ(g.C, 1.0);
    EXPECT_GT(g.A - g.C, 1.0);
    EXPECT_EQ(g.spillover_to_backward, spill);
    EXPECT_FALSE(g.firms.has_value());  // the paper's continuum of firms
  }
  // What the figure shows follows: two stable equilibria without the spillover to backward firms, one
  // (n = 0) with it, where average output at n = 1 (A − C = 2) beats n = 0 (1).
  EXPECT_EQ(cm::coordination_equilibria(cm::rc05_coordination_game(false)).size(), 3u);  // 0, 2/3, 1
  const auto spill = cm::coordination_equilibria(cm::rc05_coordination_game(true));
  ASSERT_EQ(spill.size(), 1u);
  EXPECT_EQ(spill[0].n, 0.0);
  EXPECT_EQ(cm::efficient_share(cm::rc05_coordination_game(true)), 1.0);
}

// RC05 §V (the J-sector model; ranking of equilibria, line 505): the ladder's sectors are unequal and
// ordered — λ_jS/λ_jN = (1, 0.85, 0.7, 0.55, 0.4) decreasing and λ_jS/(θ_jλ_jN) = (0.625, 0.472, 0.35,
// 0.25, 0.167) decreasing — as the figure's comment line and the report state.
TEST(ClusterModelFigureInputs, WageLadderInputs) {
  const cm::Params p = cm::rc05_wage_ladder();
  EXPECT_EQ(p.lambda_south, (std::vector<double>{1.0, 0.85, 0.7, 0.55, 0.4}));
  EXPECT_EQ(p.lambda_north, (std::vector<double>{1.0, 1.0, 1.0, 1.0, 1.0}));
  EXPECT_EQ(p.theta, (std::vector<double>{1.6, 1.8, 2.0, 2.2, 2.4}));
  EXPECT_FALSE(p.beta.has_value());
  EXPECT_TRUE(p.north_clusters.empty());
  EXPECT_TRUE(cm::ricardian_ordering_holds(p));
  EXPECT_TRUE(cm::ordering_assumption_holds(p));
}
