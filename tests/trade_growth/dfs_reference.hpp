/// \file dfs_reference.hpp
/// \brief Test helper: the public 150-good DFS example and an independent bisection on the DFS
/// balanced-trade condition with iceberg costs (used by the library and command-line tests).
#pragma once

#include <cmath>
#include <filesystem>
#include <fstream>
#include <vector>

#include "trade_growth/params.hpp"

namespace tgtest {

namespace tg = clustertrade::trade_growth;

// The example lives in the repository (tests/data/dfs1977-example, provenance in tests/data/README.md);
// CLUSTERTRADE_TEST_DATA_DIR is set by tests/CMakeLists.txt.
inline const std::filesystem::path kData = std::filesystem::path(CLUSTERTRADE_TEST_DATA_DIR) / "dfs1977-example";

/// Reads the example into `e`; returns false (the caller must FAIL, never skip) when a file is
/// missing or does not hold 150 goods.
inline bool load(tg::Economy& e) {
  std::ifstream a(kData / "a.txt"), b(kData / "b.txt");
  if (!a || !b) return false;
  std::vector<double> af, ah, w;
  double x = 0, y = 0;
  while (a >> x >> y) af.push_back(x), ah.push_back(y);  // column 1 foreign, column 2 home (unit labour)
  while (b >> x) w.push_back(x);
  const auto n = static_cast<Eigen::Index>(af.size());
  e.home.resize(n);
  e.foreign.resize(n);
  e.weights.resize(n);
  for (Eigen::Index i = 0; i < n; ++i) {
    e.home[i] = 1.0 / ah[static_cast<std::size_t>(i)];
    e.foreign[i] = 1.0 / af[static_cast<std::size_t>(i)];
    e.weights[i] = w[static_cast<std::size_t>(i)];
  }
  e.sigma = 1.0;
  return n == 150 && w.size() == 150;
}

// DFS with Cobb–Douglas shares b (Σ b = 1) and iceberg g: home exports good i iff ω < g a_i and
// imports it iff ω > a_i/g; balanced trade ω L Σ_{imported} b = L* Σ_{exported} b. The left side
// rises and the right side falls in ω, so f(ω) = ωL·m(ω) − L*·x(ω) is increasing; the equilibrium
// is where it changes sign (on a jump when a good is shared).
inline double dfs_wage_by_bisection(const tg::Economy& e, double g) {
  auto f = [&](double w) {
    double m = 0, x = 0;
    for (Eigen::Index i = 0; i < e.home.size(); ++i) {
      const double a = e.home[i] / e.foreign[i];
      if (w > a / g) m += e.weights[i];
      if (w < g * a) x += e.weights[i];
    }
    return w * e.labor_home * m - e.labor_foreign * x;
  };
  double lo = 1e-6, hi = 1e6;
  for (int k = 0; k < 300; ++k) {
    const double mid = std::sqrt(lo * hi);
    (f(mid) < 0 ? lo : hi) = mid;
  }
  return 0.5 * (lo + hi);
}

}  // namespace tgtest
