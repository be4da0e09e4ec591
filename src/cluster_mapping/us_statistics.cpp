/// \file us_statistics.cpp
/// \brief The statistics of Porter's U.S. statements (us_statistics.hpp).
#include "cluster_mapping/us_statistics.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <utility>

#include <fmt/format.h>

#include "cluster_mapping/regions.hpp"
#include "core/errors.hpp"

namespace clustertrade::cluster_mapping {

double traded_employment_share(const Eigen::MatrixXd& employment, const LocalMask& local) {
  if (local.size() != static_cast<std::size_t>(employment.cols()))
    throw InvalidParameter("local", fmt::format("must have one entry per industry ({})", employment.cols()));
  double traded = 0.0, total = 0.0;
  for (Eigen::Index i = 0; i < employment.cols(); ++i) {
    const double e = employment.col(i).sum();
    total += e;
    if (!local[static_cast<std::size_t>(i)]) traded += e;
  }
  if (!(total > 0.0)) throw InvalidParameter("employment", "must have a positive total");
  return traded / total;
}

double region_mean(const Eigen::VectorXd& values, const Eigen::VectorXd& weights) {
  if (values.size() == 0) throw InvalidParameter("values", "must hold at least one region");
  if (weights.size() == 0) return values.mean();
  if (weights.size() != values.size()) throw InvalidParameter("weights", "must have one entry per region");
  const double total = weights.sum();
  if (!(total > 0.0)) throw InvalidParameter("weights", "must have a positive sum");
  return weights.dot(values) / total;
}

Eigen::VectorXd strong_cluster_employment_share(const ClusterStrength& strength, double strong_lq) {
  Eigen::VectorXd share = Eigen::VectorXd::Zero(strength.employment.rows());
  for (Eigen::Index r = 0; r < strength.employment.rows(); ++r) {
    if (!(strength.traded[r] > 0.0)) continue;
    double strong = 0.0;
    for (Eigen::Index c = 0; c < strength.employment.cols(); ++c)
      if (strength.lq(r, c) >= strong_lq) strong += strength.employment(r, c);
    share[r] = strong / strength.traded[r];
  }
  return share;
}

double partial_rank_correlation(const Eigen::VectorXd& x, const Eigen::VectorXd& y, const Eigen::VectorXd& z) {
  if (x.size() != y.size() || x.size() != z.size() || x.size() < 4)
    throw InvalidParameter("partial_rank_correlation", "needs three series of equal length >= 4");
  const double rxy = spearman(x, y), rxz = spearman(x, z), ryz = spearman(y, z);
  const double denom = std::sqrt((1.0 - rxz * rxz) * (1.0 - ryz * ryz));
  if (!(denom > 0.0)) return std::numeric_limits<double>::quiet_NaN();
  return std::clamp((rxy - rxz * ryz) / denom, -1.0, 1.0);
}

Eigen::VectorXd locational_gini(const Eigen::MatrixXd& employment) {
  const Eigen::VectorXd region_total = employment.rowwise().sum();
  const double total = region_total.sum();
  if (!(region_total.array() > 0.0).all())
    throw InvalidParameter("employment", "every region must have positive employment");
  const auto regions = static_cast<std::size_t>(employment.rows());
  Eigen::VectorXd gini(employment.cols());
  std::vector<std::size_t> order(regions);
  for (Eigen::Index i = 0; i < employment.cols(); ++i) {
    const double industry = employment.col(i).sum();
    if (!(industry > 0.0))
      throw InvalidParameter(fmt::format("industries[{}]", i), "must have positive national employment");
    // Sort by the LQ a_r/b_r; compared as a_r·b_s < a_s·b_r to avoid dividing.
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      const auto ra = static_cast<Eigen::Index>(a), rb = static_cast<Eigen::Index>(b);
      return employment(ra, i) * region_total[rb] < employment(rb, i) * region_total[ra];
    });
    double running = 0.0, area = 0.0;
    for (std::size_t k = 0; k < regions; ++k) {
      const auto r = static_cast<Eigen::Index>(order[k]);
      const double before = running;
      running += employment(r, i) / industry;
      area += region_total[r] / total * (before + running);
    }
    gini[i] = 1.0 - area;
  }
  return gini;
}

LocalMask gini_rule(const Eigen::VectorXd& gini, std::size_t traded_count) {
  const auto n = static_cast<std::size_t>(gini.size());
  if (traded_count > n) throw InvalidParameter("traded_count", fmt::format("must be at most {}", n));
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return gini[static_cast<Eigen::Index>(a)] > gini[static_cast<Eigen::Index>(b)];
  });
  LocalMask local(n, true);
  for (std::size_t k = 0; k < traded_count; ++k) local[order[k]] = false;
  return local;
}

SplitAgreement split_agreement(const LocalMask& benchmark, const LocalMask& derived,
                               const Eigen::VectorXd& industry_employment) {
  if (derived.size() != benchmark.size() || industry_employment.size() != static_cast<Eigen::Index>(benchmark.size()))
    throw InvalidParameter("split_agreement", "the two splits and the employment must have one entry per industry");
  SplitAgreement a;
  a.industries = benchmark.size();
  double agree_employment = 0.0;
  for (std::size_t i = 0; i < benchmark.size(); ++i)
    if (benchmark[i] == derived[i]) {
      ++a.agree;
      agree_employment += industry_employment[static_cast<Eigen::Index>(i)];
    }
  const double total = industry_employment.sum();
  if (a.industries == 0 || !(total > 0.0))
    throw InvalidParameter("industry_employment", "must cover at least one industry with a positive total");
  a.count_share = static_cast<double>(a.agree) / static_cast<double>(a.industries);
  a.employment_share = agree_employment / total;
  return a;
}

PairRecovery pair_recovery(const std::vector<int>& benchmark, const std::vector<int>& derived) {
  if (benchmark.size() != derived.size()) throw InvalidParameter("derived", "must label as many items as benchmark");
  std::map<int, std::size_t> size;
  std::map<std::pair<int, int>, std::size_t> joint;
  for (std::size_t i = 0; i < benchmark.size(); ++i) {
    ++size[benchmark[i]];
    ++joint[{benchmark[i], derived[i]}];
  }
  const auto choose2 = [](std::size_t m) { return m < 2 ? std::size_t{0} : m * (m - 1) / 2; };
  std::map<int, std::size_t> kept;
  for (const auto& [cd, m] : joint) kept[cd.first] += choose2(m);
  PairRecovery p;
  for (const auto& [c, m] : size) {
    if (m < 2) continue;
    p.clusters.push_back(c);
    p.cluster_size.push_back(m);
    p.cluster_share.push_back(static_cast<double>(kept[c]) / static_cast<double>(choose2(m)));
    p.pairs += choose2(m);
    p.recovered += kept[c];
  }
  p.share = p.pairs > 0 ? static_cast<double>(p.recovered) / static_cast<double>(p.pairs)
                        : std::numeric_limits<double>::quiet_NaN();
  return p;
}

}  // namespace clustertrade::cluster_mapping
