/// \file strength.cpp
/// \brief Cluster employment, cluster LQs and Porter's regional statistics.
#include "cluster_mapping/strength.hpp"

#include <algorithm>
#include <functional>

#include <fmt/format.h>

#include "core/errors.hpp"

namespace clustertrade::cluster_mapping {

ClusterStrength cluster_strength(const Eigen::MatrixXd& employment, const std::vector<int>& labels) {
  if (labels.size() != static_cast<std::size_t>(employment.cols()))
    throw InvalidParameter("labels", fmt::format("must have one entry per industry ({})", employment.cols()));
  int k = 0;
  for (int label : labels) {
    if (label < 0) throw InvalidParameter("labels", "must be >= 0 (0 marks a local industry)");
    k = std::max(k, label);
  }
  ClusterStrength s;
  s.employment = Eigen::MatrixXd::Zero(employment.rows(), k);
  for (std::size_t i = 0; i < labels.size(); ++i)
    if (labels[i] > 0) s.employment.col(labels[i] - 1) += employment.col(static_cast<Eigen::Index>(i));
  s.traded = s.employment.rowwise().sum();
  const double nation = s.traded.sum();
  s.lq = Eigen::MatrixXd::Zero(employment.rows(), k);
  for (Eigen::Index c = 0; c < k; ++c) {
    const double national_cluster = s.employment.col(c).sum();
    for (Eigen::Index r = 0; r < employment.rows(); ++r)
      if (s.traded[r] > 0.0 && national_cluster > 0.0)
        s.lq(r, c) = (s.employment(r, c) / s.traded[r]) / (national_cluster / nation);
  }
  return s;
}

std::vector<RegionSummary> region_summaries(const ClusterStrength& strength, double strong_lq, std::size_t top) {
  std::vector<RegionSummary> out(static_cast<std::size_t>(strength.employment.rows()));
  for (Eigen::Index r = 0; r < strength.employment.rows(); ++r) {
    auto& s = out[static_cast<std::size_t>(r)];
    s.traded_employment = strength.traded[r];
    for (Eigen::Index c = 0; c < strength.lq.cols(); ++c)
      if (strength.lq(r, c) >= strong_lq) ++s.strong_clusters;
    std::vector<double> e;
    for (Eigen::Index c = 0; c < strength.employment.cols(); ++c) e.push_back(strength.employment(r, c));
    std::sort(e.begin(), e.end(), std::greater<>());
    // The top-k sum is a prefix of the total summed in the same (descending) order, so a region
    // with at most k clusters gets a share of exactly 1.
    double top_sum = 0.0, total = 0.0;
    for (std::size_t c = 0; c < e.size(); ++c) {
      total += e[c];
      if (c + 1 == std::min(top, e.size())) top_sum = total;
    }
    s.top5_share = total > 0.0 ? top_sum / total : 0.0;
  }
  return out;
}

}  // namespace clustertrade::cluster_mapping
