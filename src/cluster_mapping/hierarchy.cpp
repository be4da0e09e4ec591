/// \file hierarchy.cpp
/// \brief Average-linkage clustering (nearest-neighbour chain and a naive reference), cuts, ARI.
#include "cluster_mapping/hierarchy.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

#include <fmt/format.h>

#include "core/errors.hpp"

namespace clustertrade::cluster_mapping {

namespace {

void check_distance(const Eigen::MatrixXd& d) {
  if (d.rows() != d.cols() || d.rows() < 1) throw InvalidParameter("distance", "must be a non-empty square matrix");
  for (Eigen::Index i = 0; i < d.rows(); ++i)
    for (Eigen::Index j = 0; j < d.cols(); ++j)
      if (!std::isfinite(d(i, j)) || d(i, j) != d(j, i))
        throw InvalidParameter("distance", fmt::format("must be finite and symmetric (entry {},{})", i + 1, j + 1));
}

struct UnionFind {
  std::vector<std::size_t> parent;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t find(std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void unite(std::size_t a, std::size_t b) {
    a = find(a);
    b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

std::vector<int> labels_from(UnionFind& uf, std::size_t n) {
  std::vector<int> labels(n, 0);
  std::vector<int> label_of_root(n, 0);
  int next = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t root = uf.find(i);
    if (label_of_root[root] == 0) label_of_root[root] = ++next;
    labels[i] = label_of_root[root];
  }
  return labels;
}

double choose2(double x) { return 0.5 * x * (x - 1.0); }

}  // namespace

Eigen::MatrixXd correlation_distance(const Eigen::MatrixXd& correlation) {
  Eigen::MatrixXd d = (1.0 - correlation.array()).matrix();
  d.diagonal().setZero();
  return d;
}

Dendrogram average_linkage(const Eigen::MatrixXd& distance) {
  check_distance(distance);
  const std::size_t n = static_cast<std::size_t>(distance.rows());
  Eigen::MatrixXd d = distance;
  std::vector<std::size_t> size(n, 1), min_leaf(n);
  std::iota(min_leaf.begin(), min_leaf.end(), 0);
  std::vector<char> active(n, 1);
  std::vector<std::size_t> chain;
  std::vector<Merge> merges;
  merges.reserve(n - 1);
  while (merges.size() + 1 < n) {
    if (chain.empty())
      for (std::size_t i = 0; i < n; ++i)
        if (active[i]) {
          chain.push_back(i);
          break;
        }
    std::size_t a = 0, b = 0;
    while (true) {
      a = chain.back();
      const std::size_t prev = chain.size() >= 2 ? chain[chain.size() - 2] : n;
      // Nearest active neighbour of a; on a tie the previous chain element wins (so the chain
      // always ends in a reciprocal pair), then the smallest index.
      double best = std::numeric_limits<double>::infinity();
      b = n;
      if (prev != n) {
        best = d(static_cast<Eigen::Index>(a), static_cast<Eigen::Index>(prev));
        b = prev;
      }
      for (std::size_t k = 0; k < n; ++k) {
        if (!active[k] || k == a) continue;
        const double v = d(static_cast<Eigen::Index>(a), static_cast<Eigen::Index>(k));
        if (v < best) {
          best = v;
          b = k;
        }
      }
      if (b == prev) break;
      chain.push_back(b);
    }
    chain.pop_back();
    chain.pop_back();
    const auto ia = static_cast<Eigen::Index>(a), ib = static_cast<Eigen::Index>(b);
    const std::size_t merged = size[a] + size[b];
    merges.push_back({std::min(min_leaf[a], min_leaf[b]), std::max(min_leaf[a], min_leaf[b]), d(ia, ib), merged});
    // Keep the merged cluster in slot `keep`, retire the other; Lance–Williams update for average linkage.
    const std::size_t keep = std::min(a, b), gone = std::max(a, b);
    const double wa = static_cast<double>(size[a]) / static_cast<double>(merged);
    const double wb = static_cast<double>(size[b]) / static_cast<double>(merged);
    for (std::size_t k = 0; k < n; ++k) {
      if (!active[k] || k == a || k == b) continue;
      const auto ik = static_cast<Eigen::Index>(k);
      const double v = wa * d(ia, ik) + wb * d(ib, ik);
      d(static_cast<Eigen::Index>(keep), ik) = v;
      d(ik, static_cast<Eigen::Index>(keep)) = v;
    }
    active[gone] = 0;
    size[keep] = merged;
    min_leaf[keep] = std::min(min_leaf[a], min_leaf[b]);
  }
  std::stable_sort(merges.begin(), merges.end(), [](const Merge& x, const Merge& y) { return x.height < y.height; });
  return {n, std::move(merges)};
}

Dendrogram average_linkage_naive(const Eigen::MatrixXd& distance) {
  check_distance(distance);
  const std::size_t n = static_cast<std::size_t>(distance.rows());
  std::vector<std::vector<std::size_t>> clusters(n);
  for (std::size_t i = 0; i < n; ++i) clusters[i] = {i};
  Dendrogram out{n, {}};
  while (clusters.size() > 1) {
    double best = std::numeric_limits<double>::infinity();
    std::size_t bi = 0, bj = 1;
    for (std::size_t i = 0; i < clusters.size(); ++i)
      for (std::size_t j = i + 1; j < clusters.size(); ++j) {
        double sum = 0.0;
        for (std::size_t a : clusters[i])
          for (std::size_t b : clusters[j]) sum += distance(static_cast<Eigen::Index>(a), static_cast<Eigen::Index>(b));
        const double mean = sum / static_cast<double>(clusters[i].size() * clusters[j].size());
        if (mean < best) {  // clusters are kept ordered by smallest leaf, so the first minimum is the tie-break
          best = mean;
          bi = i;
          bj = j;
        }
      }
    const std::size_t left = clusters[bi].front(), right = clusters[bj].front();
    clusters[bi].insert(clusters[bi].end(), clusters[bj].begin(), clusters[bj].end());
    std::sort(clusters[bi].begin(), clusters[bi].end());
    out.merges.push_back({std::min(left, right), std::max(left, right), best, clusters[bi].size()});
    clusters.erase(clusters.begin() + static_cast<std::ptrdiff_t>(bj));
  }
  return out;
}

std::vector<int> cut_clusters(const Dendrogram& dendrogram, std::size_t k) {
  const std::size_t n = dendrogram.leaves;
  if (k < 1 || k > n) throw InvalidParameter("clusters", fmt::format("must be in [1, {}] (got {})", n, k));
  UnionFind uf(n);
  for (std::size_t m = 0; m < n - k; ++m) uf.unite(dendrogram.merges[m].left, dendrogram.merges[m].right);
  return labels_from(uf, n);
}

std::vector<int> cut_height(const Dendrogram& dendrogram, double height) {
  UnionFind uf(dendrogram.leaves);
  for (const auto& m : dendrogram.merges)
    if (m.height <= height) uf.unite(m.left, m.right);
  return labels_from(uf, dendrogram.leaves);
}

double adjusted_rand_index(const std::vector<int>& a, const std::vector<int>& b) {
  if (a.size() != b.size()) throw InvalidParameter("labels", "the two labelings must cover the same items");
  std::map<std::pair<int, int>, double> joint;
  std::map<int, double> rows, cols;
  for (std::size_t i = 0; i < a.size(); ++i) {
    joint[{a[i], b[i]}] += 1.0;
    rows[a[i]] += 1.0;
    cols[b[i]] += 1.0;
  }
  double index = 0.0, sum_a = 0.0, sum_b = 0.0;
  for (const auto& [key, count] : joint) index += choose2(count);
  for (const auto& [key, count] : rows) sum_a += choose2(count);
  for (const auto& [key, count] : cols) sum_b += choose2(count);
  const double expected = sum_a * sum_b / choose2(static_cast<double>(a.size()));
  const double maximum = 0.5 * (sum_a + sum_b);
  if (maximum == expected) return 1.0;  // both partitions trivial (all singletons or one block) and equal in form
  return (index - expected) / (maximum - expected);
}

ValidationScore validation_score(const Eigen::MatrixXd& correlation, const std::vector<int>& labels) {
  const std::size_t n = labels.size();
  const int k = n == 0 ? 0 : *std::max_element(labels.begin(), labels.end());
  double within = 0.0, between = 0.0;
  std::size_t n_within = 0, n_between = 0, closer = 0, counted = 0;
  for (std::size_t i = 0; i < n; ++i) {
    std::vector<double> sum(static_cast<std::size_t>(k) + 1, 0.0), count(static_cast<std::size_t>(k) + 1, 0.0);
    for (std::size_t j = 0; j < n; ++j) {
      if (j == i) continue;
      const double c = correlation(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j));
      sum[static_cast<std::size_t>(labels[j])] += c;
      count[static_cast<std::size_t>(labels[j])] += 1.0;
      if (j > i) {
        if (labels[i] == labels[j]) {
          within += c;
          ++n_within;
        } else {
          between += c;
          ++n_between;
        }
      }
    }
    const auto own = static_cast<std::size_t>(labels[i]);
    if (count[own] == 0.0) continue;
    ++counted;
    const double own_mean = sum[own] / count[own];
    bool best = true;
    for (std::size_t c = 1; c < sum.size(); ++c)
      if (c != own && count[c] > 0.0 && sum[c] / count[c] >= own_mean) best = false;
    if (best) ++closer;
  }
  const double nan = std::numeric_limits<double>::quiet_NaN();
  return {n_within ? within / static_cast<double>(n_within) : nan,
          n_between ? between / static_cast<double>(n_between) : nan,
          counted ? static_cast<double>(closer) / static_cast<double>(counted) : nan};
}

}  // namespace clustertrade::cluster_mapping
