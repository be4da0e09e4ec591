// RC07 §3's mixed equilibria (issue 19 B.7) against brute force: every allocation of South's labour
// on a grid over (backward, modern) × (sector 1, sector 2) is checked for a profitable deviation
// (backward or modern, in either sector, a lone modern producer earning β b_j), independently of
// mixed.cpp; the grid's equilibria must be exactly the complete specialisations of model.hpp plus the
// mixed ones of mixed.hpp. The examples are chosen so that every equilibrium lies on the grid.
#include <cmath>
#include <set>
#include <tuple>

#include <gtest/gtest.h>

#include "cluster_model/claims_checks.hpp"
#include "cluster_model/mixed.hpp"
#include "cluster_model/model.hpp"
#include "core/errors.hpp"
#include "core/random.hpp"

using namespace clustertrade;
using namespace clustertrade::cluster_model;

namespace {

using Allocation = std::tuple<long, long, long, long>;  // B1, M1, B2, M2 in grid units

/// Issue 19's example: λS = (1, 0.6), λN = (1, 1), β = 0.5, α = 1, L̄ = (1.5, 1.3), so θ = (2, 1.8).
Params issue_example() { return from_technology({1.0, 0.6}, {1.0, 1.0}, 0.5, 1.0, {1.5, 1.3}); }

/// Equilibria among grid allocations of `labour` in `units` steps: no option pays more than any
/// active one (relative 1e-9).
std::set<Allocation> brute_force(const Params& p, double alpha, double labour, long units) {
  const double beta = *p.beta, h = labour / static_cast<double>(units);
  double b[2], lbar[2];
  for (int j = 0; j < 2; ++j) {
    b[j] = p.lambda_south[j] / (p.theta[j] * p.lambda_north[j]);  // North clustered: p_j = 1/(θ_j λ_jN)
    lbar[j] = (p.theta[j] - beta) / alpha;
  }
  std::set<Allocation> found;
  for (long b1 = 0; b1 <= units; ++b1)
    for (long m1 = 0; b1 + m1 <= units; ++m1)
      for (long m2 = 0; b1 + m1 + m2 <= units; ++m2) {
        const long b2 = units - b1 - m1 - m2;
        const long backward[2] = {b1, b2}, modern[2] = {m1, m2};
        double best = 0.0, worst_active = INFINITY;
        for (int j = 0; j < 2; ++j) {
          const double mj = static_cast<double>(modern[j]) * h;
          const double modern_pay = b[j] * (beta + alpha * std::min(lbar[j], mj));  // a lone deviator: β b_j
          best = std::max({best, b[j], modern_pay});
          if (backward[j] > 0) worst_active = std::min(worst_active, b[j]);
          if (modern[j] > 0) worst_active = std::min(worst_active, modern_pay);
        }
        if (worst_active >= best * (1.0 - 1e-9)) found.insert({b1, m1, b2, m2});
      }
  return found;
}

std::set<Allocation> enumerated(const Params& p, double alpha, double labour, long units) {
  const double h = labour / static_cast<double>(units);
  auto on_grid = [h](double x) {
    const long k = std::lround(x / h);
    EXPECT_NEAR(x, static_cast<double>(k) * h, 1e-9) << "choose an example whose equilibria lie on the grid";
    return k;
  };
  std::set<Allocation> out;
  for (const auto& s : south_equilibria(p)) {
    long alloc[4] = {0, 0, 0, 0};
    alloc[2 * s.sector + (s.clustered ? 1 : 0)] = units;
    out.insert({alloc[0], alloc[1], alloc[2], alloc[3]});
  }
  for (const auto& m : mixed_equilibria(p, alpha, labour))
    out.insert({on_grid(m.backward[0]), on_grid(m.modern[0]), on_grid(m.backward[1]), on_grid(m.modern[1])});
  return out;
}

}  // namespace

TEST(ClusterModelMixed, IssueExampleByHand) {
  // b1 = λ1S/(θ1 λ1N) = 1/2, b2 = 0.6/1.8 = 1/3. Backward sector 1 pays 1/2; a partial cluster in 2
  // pays (1/3)(0.5 + M2) = 1/2 at M2 = 1 (factor 1.5 = rθ2/θ1 with r = 5/3): 9 backward in 1, 1 modern
  // in 2. The best deviation, backward into 2, earns 1/3.
  const auto mixed = mixed_equilibria(issue_example(), 1.0, 10.0);
  bool seen = false;
  for (const auto& m : mixed)
    if (m.family == MixedFamily::backward_anchored && m.modern[0] == 0.0 && m.modern[1] > 0.0) {
      seen = true;
      EXPECT_NEAR(m.backward[0], 9.0, 1e-12);
      EXPECT_NEAR(m.modern[1], 1.0, 1e-12);
      EXPECT_NEAR(m.wage, 0.5, 1e-15);
    }
  EXPECT_TRUE(seen);
}

TEST(ClusterModelMixed, MatchesBruteForceOnTheGrid) {
  // L_S = 10 (grid 0.1): spec 1 with and without a cluster, spec 2 with one ((*) holds: 5/3 < 2), and
  // four mixed: B1 + M1 = (1 − β)/α = 0.5; B1 + M2 = 1; both; the sector-2 cluster (w = 0.6) with a
  // partial cluster in 1 at factor 1.2 (M1 = 0.7).
  const Params p = issue_example();
  const auto found = brute_force(p, 1.0, 10.0, 100);
  EXPECT_EQ(found.size(), 7U);
  EXPECT_EQ(found, enumerated(p, 1.0, 10.0, 100));
  // L_S = 1.9 < L̄1 + L̄2 (grid 0.01): also two partial clusters and nothing else, w = (1.9 + 1)/5 =
  // 0.58, M1 = 0.66, M2 = 1.24; the sector-2 cluster with a partial 1 no longer fits (1.9 − 0.7 < 1.3).
  const auto small = brute_force(p, 1.0, 1.9, 190);
  EXPECT_EQ(small, enumerated(p, 1.0, 1.9, 190));
  EXPECT_TRUE(small.count({0, 66, 0, 124}));
}

TEST(ClusterModelMixed, IssueStatementsOnRandomEconomies) {
  // Whenever (*) holds (and the ordering assumption strictly), sector 1 backward with a partial
  // cluster in 2 of factor rθ2/θ1 is an equilibrium; whenever the no-cluster specialisation in 1 is,
  // so is sector 1 with L_1M = (1 − β)/α modern workers beside its backward ones.
  int star = 0;
  for (std::size_t k = 0; k < 500; ++k) {
    DrawRng rng(99, k);
    const double beta = rng.uniform(0.05, 0.95), alpha = rng.log_uniform(0.5, 5.0);
    const std::vector<double> lbar = {rng.uniform(1.05 - beta, 3.0) / alpha, rng.uniform(1.05 - beta, 3.0) / alpha};
    const Params p =
        from_technology({rng.log_uniform(0.5, 2.0), rng.log_uniform(0.2, 1.0)}, {1.0, 1.0}, beta, alpha, lbar);
    const double labour = std::max(lbar[0], lbar[1]) * rng.uniform(1.0, 4.0);
    const auto mixed = mixed_equilibria(p, alpha, labour);
    auto has = [&](double m1, double m2) {
      for (const auto& m : mixed)
        if (m.family == MixedFamily::backward_anchored && std::fabs(m.modern[0] - m1) < 1e-9 &&
            std::fabs(m.modern[1] - m2) < 1e-9)
          return true;
      return false;
    };
    const double r = (p.lambda_south[0] / p.lambda_north[0]) / (p.lambda_south[1] / p.lambda_north[1]);
    const double factor = r * p.theta[1] / p.theta[0];
    if (condition_star(p, 1) && factor > 1.0 + 1e-9 && factor < p.theta[1] * (1 - 1e-9)) {
      ++star;
      EXPECT_TRUE(has(0.0, (factor - beta) / alpha)) << k;
    }
    if (evaluate_specialisation(p, 0, false).equilibrium && no_cluster_sector(p) == 0) {
      EXPECT_TRUE(has((1.0 - beta) / alpha, 0.0)) << k;
    }
  }
  EXPECT_GT(star, 50);
}

TEST(ClusterModelMixed, RejectsWhatItCannotSolve) {
  const Params p = issue_example();
  EXPECT_THROW(mixed_equilibria(p, 1.0, 1.4), InvalidParameter);  // L_S < L̄1 = 1.5 (RC07 fn. 7)
  EXPECT_THROW(mixed_equilibria(p, 0.0, 10.0), InvalidParameter);
  Params no_beta = p;
  no_beta.beta.reset();
  EXPECT_THROW(mixed_equilibria(no_beta, 1.0, 10.0), InvalidParameter);
}

TEST(ClusterModelMixed, ClaimCheckOnTheIssueExample) {
  // Four mixed equilibria at L_S = 10 (see MatchesBruteForceOnTheGrid), each surviving every deviation,
  // the two the issue names among them: no violation.
  const Finding f = check_mixed_equilibria({issue_example(), 1.0, 10.0});
  EXPECT_TRUE(f.premise);
  EXPECT_TRUE(f.in_scope);
  EXPECT_FALSE(f.violated) << f.detail;
  EXPECT_EQ(f.value, 4.0);
  // South below L̄1 (fn. 7): the premise is not met, not an error.
  EXPECT_FALSE(check_mixed_equilibria({issue_example(), 1.0, 1.0}).premise);
}
