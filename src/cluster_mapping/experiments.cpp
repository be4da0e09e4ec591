/// \file experiments.cpp
/// \brief Recovery statistics, Porter's regional statistics and the strength–income correlation.
#include "cluster_mapping/experiments.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/errors.hpp"

namespace clustertrade::cluster_mapping {

RecoveryStats recovery_over_seeds(NationParams params, std::size_t reps, Measure measure, Scoring scoring) {
  RecoveryStats s;
  s.min_ari = std::numeric_limits<double>::infinity();
  const std::uint64_t base = params.seed;
  for (std::size_t k = 0; k < reps; ++k) {
    params.seed = base + replicate_seed_step * k;
    const Recovery rec = recover_blocks(simulate_nation(params), measure, scoring);
    const double ari = rec.ari;
    s.mean_border_share += rec.border_share / static_cast<double>(reps);
    s.mean_ari += ari / static_cast<double>(reps);
    s.min_ari = std::min(s.min_ari, ari);
    if (ari == 1.0) s.exact_share += 1.0 / static_cast<double>(reps);
  }
  return s;
}

PorterStatistics porter_statistics(const NationParams& params, double strong_lq) {
  const Nation nation = simulate_nation(params);
  const Recovery rec = recover_blocks(nation);
  // Local industries and traded ones the nation does not make stay 0 (in no traded cluster).
  std::vector<int> labels(nation.planted.size(), 0);
  for (std::size_t k = 0; k < rec.industries.size(); ++k) labels[rec.industries[k]] = rec.recovered[k];
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

Spread spread_of(std::vector<double> values) {
  if (values.empty()) throw InvalidParameter("values", "need at least one value");
  for (double v : values)
    if (!std::isfinite(v)) throw InvalidParameter("values", "must be finite");
  std::sort(values.begin(), values.end());
  const auto quantile = [&](double p) {
    const double h = static_cast<double>(values.size() - 1) * p;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    const std::size_t hi = std::min(lo + 1, values.size() - 1);
    return values[lo] + (h - static_cast<double>(lo)) * (values[hi] - values[lo]);
  };
  Spread s;
  s.count = values.size();
  for (double v : values) {
    s.mean += v / static_cast<double>(values.size());
    if (v > 0.0) ++s.positive;
    if (v >= 1.0) ++s.at_least_one;
  }
  s.min = values.front();
  s.max = values.back();
  s.q10 = quantile(0.1);
  s.median = quantile(0.5);
  s.q90 = quantile(0.9);
  return s;
}

std::size_t sign_test_threshold(std::size_t n, double alpha) {
  if (n < 1) throw InvalidParameter("nations", "need at least one");
  if (!(alpha > 0.0 && alpha < 1.0)) throw InvalidParameter("alpha", "must lie in (0, 1)");
  // Upper tail P(Bin(n, 1/2) >= c), from c = n down, with binomial coefficients in log space.
  double tail = 0.0;
  std::size_t c = n + 1;
  for (std::size_t k = n + 1; k-- > 0;) {
    const double log_p = std::lgamma(static_cast<double>(n) + 1.0) - std::lgamma(static_cast<double>(k) + 1.0) -
                         std::lgamma(static_cast<double>(n - k) + 1.0) - static_cast<double>(n) * std::log(2.0);
    tail += std::exp(log_p);
    if (tail > alpha) break;
    c = k;
  }
  return c;
}

std::vector<std::size_t> porter_blocks(std::size_t count) {
  const std::size_t pattern[] = {4, 2, 6, 3, 5, 2, 4, 3, 6, 5, 3, 2};
  std::vector<std::size_t> blocks(count);
  for (std::size_t b = 0; b < count; ++b) blocks[b] = pattern[b % 12];
  return blocks;
}

}  // namespace clustertrade::cluster_mapping
