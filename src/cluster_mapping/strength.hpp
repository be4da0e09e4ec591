/// \file strength.hpp
/// \brief Cluster strength by region (Porter §"Measuring Clusters"; CMP cluster_calcs_mapper.js):
/// cluster employment, cluster LQ on the traded base, strong clusters (LQ ≥ a threshold) and the
/// share of traded employment held by a region's five largest clusters.
#pragma once

#include <cstddef>
#include <vector>

#include <Eigen/Dense>

namespace clustertrade::cluster_mapping {

/// Cluster employment and LQs of every region.
struct ClusterStrength {
  Eigen::MatrixXd employment;  ///< R × K: \f$e_{rc} = \sum_{i\in c} e_{ri}\f$
  Eigen::MatrixXd lq;      ///< R × K: \f$LQ_{rc} = (e_{rc}/E_r)/(E_c/E)\f$ on the traded base (0 where \f$E_r = 0\f$)
  Eigen::VectorXd traded;  ///< R: traded employment \f$E_r = \sum_c e_{rc}\f$
};

/// Cluster employment and LQs. \f$E_r\f$ and \f$E\f$ are totals over the traded industries, i.e.
/// those with a cluster label; industries labelled 0 are local and ignored (CMP: a traded
/// cluster's LQ is taken on the traded base).
/// \param employment R × n \param labels cluster 1..K of each industry (0: local, not in any cluster)
/// \return cluster employment, LQs and traded employment of every region
ClusterStrength cluster_strength(const Eigen::MatrixXd& employment, const std::vector<int>& labels);

/// Porter's two regional statistics.
struct RegionSummary {
  double traded_employment = 0.0;   ///< \f$E_r\f$
  std::size_t strong_clusters = 0;  ///< number of clusters c with \f$LQ_{rc} \ge\f$ the threshold
  double top5_share = 0.0;          ///< \f$\sum_{\text{5 largest } c} e_{rc}/E_r\f$ (0 when \f$E_r = 0\f$)
};

/// Porter's statistics of every region: "the top five clusters account for 52% of traded
/// employment in the average Economic Area", "seven clusters with LQ ≥ 1.5" (Porter p. 3).
/// \param strength from cluster_strength() \param strong_lq threshold (Porter: 1.5) \param top how many clusters (5)
/// \return one summary per region
std::vector<RegionSummary> region_summaries(const ClusterStrength& strength, double strong_lq = 1.5,
                                            std::size_t top = 5);

}  // namespace clustertrade::cluster_mapping
