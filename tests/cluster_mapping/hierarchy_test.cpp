// Average linkage (nearest-neighbour chain) against the naive O(n³) definition, cuts, the adjusted
// Rand index on a hand example, the validation score, and exact recovery of strongly planted blocks.
#include <cmath>
#include <vector>

#include <gtest/gtest.h>

#include "cluster_mapping/hierarchy.hpp"
#include "cluster_mapping/model.hpp"
#include "core/errors.hpp"
#include "core/random.hpp"

namespace cm = clustertrade::cluster_mapping;

namespace {

Eigen::MatrixXd random_distance(std::size_t n, std::uint64_t seed) {
  clustertrade::DrawRng rng(seed, n);
  Eigen::MatrixXd d = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(n));
  for (Eigen::Index i = 0; i < d.rows(); ++i)
    for (Eigen::Index j = 0; j < i; ++j) d(i, j) = d(j, i) = rng.uniform(0.0, 2.0);
  return d;
}

// A table with strongly planted blocks: region r's employment in industry i of block b is
// 100·f_rb·(1 + 0.05u) with block factors f_rb uniform on (0, 1) and u uniform on (−1, 1).
Eigen::MatrixXd planted_table(const std::vector<int>& block, int regions, std::uint64_t seed) {
  clustertrade::DrawRng rng(seed, 0);
  const int k = *std::max_element(block.begin(), block.end());
  Eigen::MatrixXd e(regions, static_cast<Eigen::Index>(block.size()));
  for (int r = 0; r < regions; ++r) {
    std::vector<double> f(static_cast<std::size_t>(k) + 1);
    for (auto& v : f) v = rng.uniform(0.01, 1.0);
    for (std::size_t i = 0; i < block.size(); ++i)
      e(r, static_cast<Eigen::Index>(i)) =
          100.0 * f[static_cast<std::size_t>(block[i])] * (1.0 + 0.05 * rng.uniform(-1.0, 1.0));
  }
  return e;
}

}  // namespace

TEST(ClusterMappingHierarchy, ChainMatchesNaiveOnRandomDistances) {
  for (std::size_t n : {2, 3, 7, 20, 41}) {
    for (std::uint64_t seed = 1; seed <= 3; ++seed) {
      const Eigen::MatrixXd d = random_distance(n, seed);
      const auto fast = cm::average_linkage(d), slow = cm::average_linkage_naive(d);
      ASSERT_EQ(fast.merges.size(), n - 1);
      for (std::size_t m = 0; m + 1 < n; ++m) {
        EXPECT_NEAR(fast.merges[m].height, slow.merges[m].height, 1e-12) << n << " " << m;
        EXPECT_EQ(fast.merges[m].size, slow.merges[m].size);
      }
      for (std::size_t k = 1; k <= n; ++k)
        EXPECT_EQ(cm::cut_clusters(fast, k), cm::cut_clusters(slow, k)) << n << " k=" << k;
    }
  }
}

TEST(ClusterMappingHierarchy, HandDendrogram) {
  // Points on a line at 0, 1, 5, 6.5 (distance |x - y|): {0,1} merge at 1, {5,6.5} at 1.5, and the
  // two pairs at the mean of |0-5|,|0-6.5|,|1-5|,|1-6.5| = (5+6.5+4+5.5)/4 = 5.25.
  Eigen::MatrixXd d(4, 4);
  const double x[] = {0, 1, 5, 6.5};
  for (int i = 0; i < 4; ++i)
    for (int j = 0; j < 4; ++j) d(i, j) = std::fabs(x[i] - x[j]);
  const auto dendro = cm::average_linkage(d);
  EXPECT_DOUBLE_EQ(dendro.merges[0].height, 1.0);
  EXPECT_DOUBLE_EQ(dendro.merges[1].height, 1.5);
  EXPECT_DOUBLE_EQ(dendro.merges[2].height, 5.25);
  EXPECT_EQ(cm::cut_clusters(dendro, 2), (std::vector<int>{1, 1, 2, 2}));
  EXPECT_EQ(cm::cut_height(dendro, 1.2), (std::vector<int>{1, 1, 2, 3}));
  EXPECT_EQ(cm::cut_clusters(dendro, 4), (std::vector<int>{1, 2, 3, 4}));
  EXPECT_THROW(cm::cut_clusters(dendro, 0), clustertrade::InvalidParameter);
  EXPECT_THROW(cm::cut_clusters(dendro, 5), clustertrade::InvalidParameter);
}

TEST(ClusterMappingHierarchy, RejectsAsymmetricDistance) {
  Eigen::MatrixXd d = random_distance(5, 1);
  d(1, 2) += 0.1;
  EXPECT_THROW(cm::average_linkage(d), clustertrade::InvalidParameter);
}

TEST(ClusterMappingAri, HandExample) {
  // Contingency of a = 111222 and b = 112233: cells 2,1,1,2 → Σ C(n_ij,2) = 2; rows 3,3 → 6;
  // columns 2,2,2 → 3; C(6,2) = 15; expected 6·3/15 = 1.2; max (6+3)/2 = 4.5;
  // ARI = (2 − 1.2)/(4.5 − 1.2) = 8/33.
  EXPECT_NEAR(cm::adjusted_rand_index({1, 1, 1, 2, 2, 2}, {1, 1, 2, 2, 3, 3}), 8.0 / 33.0, 1e-15);
  EXPECT_DOUBLE_EQ(cm::adjusted_rand_index({1, 1, 2, 2, 3}, {7, 7, 4, 4, 9}), 1.0);  // relabelled
  EXPECT_DOUBLE_EQ(cm::adjusted_rand_index({1, 1, 1}, {1, 1, 1}), 1.0);
  // a = 1122, b = 1212: every pair split differently: Σ C(n_ij,2) = 0, sums 2 and 2, C(4,2) = 6,
  // expected 4/6, max 2: ARI = (0 − 2/3)/(2 − 2/3) = −1/2.
  EXPECT_NEAR(cm::adjusted_rand_index({1, 1, 2, 2}, {1, 2, 1, 2}), -0.5, 1e-15);
}

TEST(ClusterMappingValidation, WithinAndBetween) {
  // Correlations: {0,1} 0.8, {2,3} 0.6, every cross pair 0.1 (0-2 0.2 to break symmetry).
  Eigen::MatrixXd c = Eigen::MatrixXd::Constant(4, 4, 0.1);
  c.diagonal().setOnes();
  c(0, 1) = c(1, 0) = 0.8;
  c(2, 3) = c(3, 2) = 0.6;
  c(0, 2) = c(2, 0) = 0.2;
  const auto s = cm::validation_score(c, {1, 1, 2, 2});
  EXPECT_NEAR(s.within, 0.7, 1e-15);                   // (0.8 + 0.6)/2
  EXPECT_NEAR(s.between, (0.2 + 0.1 * 3) / 4, 1e-15);  // four cross pairs
  EXPECT_DOUBLE_EQ(s.closer, 1.0);
  const auto wrong = cm::validation_score(c, {1, 2, 1, 2});
  EXPECT_LT(wrong.closer, 1.0);
}

TEST(ClusterMappingHierarchy, StronglyPlantedBlocksRecoveredExactly) {
  const std::vector<int> block = {0, 1, 0, 2, 1, 1, 2, 0, 3, 3, 2, 1};  // four interleaved blocks of unequal size
  const Eigen::MatrixXd e = planted_table(block, 120, 5);
  for (auto measure : {cm::Measure::employment, cm::Measure::share, cm::Measure::lq}) {
    const Eigen::MatrixXd c = cm::locational_correlation(cm::measure_matrix(e, measure));
    const auto labels = cm::cut_clusters(cm::average_linkage(cm::correlation_distance(c)), 4);
    std::vector<int> truth(block.begin(), block.end());
    EXPECT_DOUBLE_EQ(cm::adjusted_rand_index(labels, truth), 1.0) << cm::to_string(measure);
  }
}
