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
  double mean_ari = 0.0;           ///< mean ARI over the replicates
  double min_ari = 0.0;            ///< smallest ARI
  double exact_share = 0.0;        ///< share of replicates recovered exactly (ARI = 1)
  double mean_border_share = 0.0;  ///< mean share of planted links that cross the border (border_link_share())
};

/// The step between replicate nations' seeds: replicate k has seed + replicate_seed_step·k.
constexpr std::uint64_t replicate_seed_step = 7919;

/// Porter's method on `reps` nations that differ only in their seed (seed + 7919·k): ARI statistics.
/// Replicates run one after another; each nation's regions run in parallel (thread-count free).
/// \param params the nation (its seed is the base seed) \param reps number of replicate nations (≥ 1)
/// \param measure what the locational correlation correlates \param scoring which industries are scored
/// \return mean, minimum and exact share of the ARI, and the mean border share of the planted links
RecoveryStats recovery_over_seeds(NationParams params, std::size_t reps, Measure measure = Measure::share,
                                  Scoring scoring = Scoring::produced);

/// A distribution across nations, summarised.
struct Spread {
  std::size_t count = 0;         ///< number of values
  double mean = 0.0;             ///< arithmetic mean
  double min = 0.0;              ///< smallest value
  double q10 = 0.0;              ///< 10 % quantile
  double median = 0.0;           ///< 50 % quantile
  double q90 = 0.0;              ///< 90 % quantile
  double max = 0.0;              ///< largest value
  std::size_t positive = 0;      ///< values > 0
  std::size_t at_least_one = 0;  ///< values ≥ 1 (for an ARI: exact recoveries)
};

/// The summary of `values`; quantiles interpolate linearly between order statistics (Hyndman and
/// Fan 1996, type 7: \f$q_p = x_{(h)} + (h - \lfloor h\rfloor)(x_{(\lfloor h\rfloor+1)} - x_{(h)})\f$,
/// \f$h = 1 + (n-1)p\f$ on the sorted values).
/// \param values at least one finite number (InvalidParameter(`values`) otherwise) \return the summary
Spread spread_of(std::vector<double> values);

/// The smallest count c such that a sign test rejects "positive and negative equally likely" at
/// level `alpha` when c of n nations are positive: \f$P(\mathrm{Bin}(n, 1/2) \ge c) \le \alpha\f$.
/// \param n number of nations (≥ 1) \param alpha one-sided level in (0, 1) \return c in [1, n + 1] (n + 1: never)
std::size_t sign_test_threshold(std::size_t n, double alpha);

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
