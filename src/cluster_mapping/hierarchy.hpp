/// \file hierarchy.hpp
/// \brief Cluster definitions from locational correlation: agglomerative hierarchical clustering
/// with average linkage on the distance \f$1-\rho\f$ (as the CMP and Delgado, Porter and Stern 2016
/// use it), cuts at K clusters or at a height, the adjusted Rand index, and a validation score.
#pragma once

#include <cstddef>
#include <vector>

#include <Eigen/Dense>

namespace clustertrade::cluster_mapping {

/// One merge of the dendrogram: the clusters holding leaves `left` and `right` join at `height`.
/// Leaves are named by the smallest leaf index of their cluster, so merges apply with union-find.
struct Merge {
  std::size_t left = 0;   ///< smallest leaf of one cluster
  std::size_t right = 0;  ///< smallest leaf of the other (left < right)
  double height = 0.0;    ///< average-linkage distance between the two clusters
  std::size_t size = 0;   ///< size of the merged cluster
};

/// A dendrogram over `leaves` items: n − 1 merges sorted by height (ties keep creation order, so
/// a cluster is always created before it merges again).
struct Dendrogram {
  std::size_t leaves = 0;     ///< number of items n
  std::vector<Merge> merges;  ///< n − 1 merges, heights non-decreasing
};

/// The CMP distance between industries: \f$d_{ij} = 1 - \rho_{ij}\f$ (0 on the diagonal).
/// \param correlation n × n correlation matrix \f$\rho\f$ \return n × n distances, in [0, 2]
Eigen::MatrixXd correlation_distance(const Eigen::MatrixXd& correlation);

/// Average linkage (UPGMA): clusters A, B at distance \f$\frac{1}{|A||B|}\sum_{a\in A,b\in B} d_{ab}\f$
/// merge closest first. Nearest-neighbour chain algorithm (Murtagh 1983; Müllner 2011, §3) with the
/// Lance–Williams update \f$d(k, i\cup j) = \frac{n_i d(k,i) + n_j d(k,j)}{n_i+n_j}\f$: O(n²) time and
/// memory; exact for average linkage because it is reducible.
/// \param distance symmetric n × n, finite, zero diagonal (InvalidParameter(`distance`) otherwise)
/// \return the n − 1 merges
Dendrogram average_linkage(const Eigen::MatrixXd& distance);

/// The textbook O(n³) average linkage, for tests: at each step every pair of clusters is compared
/// by the mean of its original pairwise distances (no update formula); ties go to the pair with
/// the smallest leaves.
/// \param distance symmetric n × n, finite, zero diagonal \return the n − 1 merges
Dendrogram average_linkage_naive(const Eigen::MatrixXd& distance);

/// Cluster labels 1..K of each leaf after the first n − K merges (K in [1, n]). Labels are
/// numbered in order of each cluster's smallest leaf.
/// \param dendrogram the merges \param k number of clusters K \return the label of each leaf
std::vector<int> cut_clusters(const Dendrogram& dendrogram, std::size_t k);

/// Cluster labels after every merge with height ≤ `height` (same numbering as cut_clusters()).
/// \param dendrogram the merges \param height the cut height (a distance) \return the label of each leaf
std::vector<int> cut_height(const Dendrogram& dendrogram, double height);

/// Adjusted Rand index (Hubert and Arabie 1985) between two labelings of the same items:
/// \f$\frac{\sum_{ij}\binom{n_{ij}}{2} - [\sum_i\binom{a_i}{2}\sum_j\binom{b_j}{2}]/\binom{n}{2}}
/// {\frac12[\sum_i\binom{a_i}{2}+\sum_j\binom{b_j}{2}] - [\sum_i\binom{a_i}{2}\sum_j\binom{b_j}{2}]/\binom{n}{2}}\f$;
/// 1 for identical partitions (also when both are trivial), about 0 for independent ones.
/// \param a one labeling \param b the other, same length \return the index, at most 1
double adjusted_rand_index(const std::vector<int>& a, const std::vector<int>& b);

/// A validation score in the spirit of Delgado, Porter and Stern (2016, §3): linkage within
/// clusters against linkage between them.
struct ValidationScore {
  double within = 0.0;   ///< mean \f$\rho_{ij}\f$ over pairs in the same cluster
  double between = 0.0;  ///< mean \f$\rho_{ij}\f$ over pairs in different clusters
  double closer = 0.0;   ///< share of industries (in clusters of ≥ 2) whose mean linkage to their own
                         ///< cluster exceeds their mean linkage to every other cluster
};

/// The validation score of `labels` under `correlation` (NaN entries where a mean has no pairs).
/// \param correlation n × n locational correlation \param labels cluster of each of the n industries
/// \return within, between and the share of industries closer to their own cluster
ValidationScore validation_score(const Eigen::MatrixXd& correlation, const std::vector<int>& labels);

}  // namespace clustertrade::cluster_mapping
