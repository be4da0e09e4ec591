// Figure inputs of rc07-catchup, rc07-income-gap-path, rc07-dynamic-map and cpp-vs-rc07-dynamics
// (src/dynamic_spillovers/scenarios.hpp, used by figures.cpp). RC07 §4 and CPP §5 print no numbers:
// the pin is the values the report states and RC07 §4's assumption ε > g, under which the steady gap
// â = 1 − g/ε lies in (0, 1) (papers/001_f47ea8d5c9b5782b.txt, §4, line 196: "ε > g", steady gap g = ε(1 − â)).
#include <gtest/gtest.h>

#include "dynamic_spillovers/model.hpp"
#include "dynamic_spillovers/scenarios.hpp"

namespace ds = clustertrade::dynamic_spillovers;

// g = 0.02, ε = 0.05 ⇒ â = 1 − 0.4 = 0.6 (the figure program's comment and the report's text).
TEST(DynamicSpilloversFigureInputs, IllustrationSatisfiesEpsilonAboveG) {
  EXPECT_EQ(ds::illustration_g, 0.02);
  EXPECT_EQ(ds::illustration_epsilon, 0.05);
  EXPECT_GT(ds::illustration_epsilon, ds::illustration_g);
  EXPECT_NEAR(ds::steady_state_gap(ds::illustration_g, ds::illustration_epsilon), 0.6, 1e-15);
  EXPECT_EQ(ds::illustration_theta, 1.5);
  EXPECT_GT(ds::illustration_theta, 1.0);  // a cluster gain (RC07 §3: θ > 1)
  EXPECT_EQ(ds::illustration_cluster_date, 150.0);
}
