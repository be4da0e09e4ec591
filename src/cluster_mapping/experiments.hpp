/// \file experiments.hpp
/// \brief The experiments of the report on the simulated nation (regions.hpp): recovery of the
/// planted blocks by Porter's method as T, block strength, noise and σ vary; Porter's regional
/// statistics; the rank correlation of cluster strength with real income.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "cluster_mapping/regions.hpp"
#include "cluster_mapping/strength.hpp"

namespace clustertrade::cluster_mapping {

/// Mean and spread of the adjusted Rand index over replicate nations.
struct RecoveryStats {
  double mean_ari = 0.0;     ///< mean ARI over the replicates
  double min_ari = 0.0;      ///< smallest ARI
  double exact_share = 0.0;  ///< share of replicates recovered exactly (ARI = 1)
};

/// Porter's method on `reps` nations that differ only in their seed (seed + 7919·k): ARI statistics.
/// Replicates run one after another; each nation's regions run in parallel (thread-count free).
/// \param params the nation (its seed is the base seed) \param reps number of replicate nations (≥ 1)
/// \param measure what the locational correlation correlates \return mean, minimum and exact share of the ARI
RecoveryStats recovery_over_seeds(NationParams params, std::size_t reps, Measure measure = Measure::share);

/// Porter's regional statistics on one nation, with the clusters Porter's method recovers from it.
struct PorterStatistics {
  std::vector<double> top5_share;   ///< per region: the five largest clusters' share of traded employment
  std::vector<std::size_t> strong;  ///< per region: clusters with LQ ≥ 1.5
  double mean_top5 = 0.0;           ///< average over regions (Porter: 52 % in U.S. Economic Areas)
  double mean_strong = 0.0;         ///< average over regions (Porter: 7)
  double ari = 0.0;                 ///< recovery of the planted blocks in this nation
};

/// Porter's statistics of a simulated nation (definitions: recovered at K = number of blocks).
/// \param params the nation \param strong_lq the LQ at which a cluster counts as strong (Porter: 1.5)
/// \return per-region and average statistics, and the recovery's ARI
PorterStatistics porter_statistics(const NationParams& params, double strong_lq = 1.5);

/// A region's cluster strength for Porter's performance claim: the share of its traded employment
/// in clusters where its LQ is ≥ `strong_lq` (definitions: the planted blocks).
/// \param nation a simulated nation \param strong_lq the LQ at which a cluster counts as strong
/// \return one share in [0, 1] per region
Eigen::VectorXd strong_cluster_share(const Nation& nation, double strong_lq = 1.5);

/// Spearman's rank correlation, across regions, of strong_cluster_share() with real income per worker.
/// \param nation a simulated nation \param strong_lq the LQ at which a cluster counts as strong
/// \return the correlation, in [−1, 1]
double strength_income_correlation(const Nation& nation, double strong_lq = 1.5);

/// Block sizes for a nation with Porter's 41 traded clusters: sizes 2–6 from a fixed pattern.
/// \param count number of blocks \return the size of each block
std::vector<std::size_t> porter_blocks(std::size_t count = 41);

}  // namespace clustertrade::cluster_mapping
