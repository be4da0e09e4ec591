// The outside input: the public 150-good discrete DFS (1977) example in
// tests/data/dfs1977-example (Cobb–Douglas shares b, L = L* = 1), solved at openness 1 and 0.9.
// The expected relative wage comes from a bisection written here on the DFS balanced-trade
// condition with iceberg costs — not from the solver.
#include <cmath>
#include <filesystem>
#include <fstream>
#include <vector>

#include <gtest/gtest.h>

#include "trade_growth/dfs_reference.hpp"
#include "trade_growth/static_equilibrium.hpp"

namespace tg = clustertrade::trade_growth;

using tgtest::dfs_wage_by_bisection;
using tgtest::kData;
using tgtest::load;

TEST(TradeGrowthDfsExample, SolvesAtOpennessOneAndNineTenths) {
  tg::Economy e;
  // Test data is part of the repository: a missing or short file is a failure, not a skip.
  ASSERT_TRUE(load(e)) << "DFS example missing or incomplete at " << kData;
  for (double g : {1.0, 0.9}) {
    const Eigen::VectorXd open = Eigen::VectorXd::Constant(150, g);
    const tg::Equilibrium eq = tg::solve_static_equilibrium(e, open);
    const double expected = dfs_wage_by_bisection(e, g);
    // The bisection brackets the root to a few ulps after 300 halvings in log space.
    EXPECT_NEAR(eq.rel_wage, expected, 1e-12 * expected) << "g = " << g;
    const tg::Residuals r = tg::equilibrium_residuals(e, open, eq);
    EXPECT_LE(r.trade_balance, 1e-12);
    EXPECT_LE(r.labor_home, 1e-12);
    EXPECT_LE(r.labor_foreign, 1e-12);
  }
}
