/// \file experiments.cpp
/// \brief Recovery statistics, Porter's regional statistics and the strength–income correlation.
#include "cluster_mapping/experiments.hpp"

#include <algorithm>
#include <limits>

namespace clustertrade::cluster_mapping {

RecoveryStats recovery_over_seeds(NationParams params, std::size_t reps, Measure measure) {
  RecoveryStats s;
  s.min_ari = std::numeric_limits<double>::infinity();
  const std::uint64_t base = params.seed;
  for (std::size_t k = 0; k < reps; ++k) {
    params.seed = base + 7919 * k;
    const double ari = recover_blocks(simulate_nation(params), measure).ari;
    s.mean_ari += ari / static_cast<double>(reps);
    s.min_ari = std::min(s.min_ari, ari);
    if (ari == 1.0) s.exact_share += 1.0 / static_cast<double>(reps);
  }
  return s;
}

PorterStatistics porter_statistics(const NationParams& params, double strong_lq) {
  const Nation nation = simulate_nation(params);
  const Recovery rec = recover_blocks(nation);
  std::vector<int> labels(nation.planted.size(), 0);  // local industries stay 0 (not in a traded cluster)
  std::copy(rec.recovered.begin(), rec.recovered.end(), labels.begin());
  const auto summaries = region_summaries(cluster_strength(nation.employment, labels), strong_lq);
  PorterStatistics out;
  out.ari = rec.ari;
  for (const auto& s : summaries) {
    out.top5_share.push_back(s.top5_share);
    out.strong.push_back(s.strong_clusters);
    out.mean_top5 += s.top5_share / static_cast<double>(summaries.size());
    out.mean_strong += static_cast<double>(s.strong_clusters) / static_cast<double>(summaries.size());
  }
  return out;
}

Eigen::VectorXd strong_cluster_share(const Nation& nation, double strong_lq) {
  const ClusterStrength s = cluster_strength(nation.employment, nation.planted);
  Eigen::VectorXd share = Eigen::VectorXd::Zero(s.employment.rows());
  for (Eigen::Index r = 0; r < s.employment.rows(); ++r) {
    for (Eigen::Index c = 0; c < s.employment.cols(); ++c)
      if (s.lq(r, c) >= strong_lq) share[r] += s.employment(r, c);
    if (s.traded[r] > 0.0) share[r] /= s.traded[r];
  }
  return share;
}

double strength_income_correlation(const Nation& nation, double strong_lq) {
  return spearman(strong_cluster_share(nation, strong_lq), nation.income);
}

std::vector<std::size_t> porter_blocks(std::size_t count) {
  const std::size_t pattern[] = {4, 2, 6, 3, 5, 2, 4, 3, 6, 5, 3, 2};
  std::vector<std::size_t> blocks(count);
  for (std::size_t b = 0; b < count; ++b) blocks[b] = pattern[b % 12];
  return blocks;
}

}  // namespace clustertrade::cluster_mapping
