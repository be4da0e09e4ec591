/// \file us_analysis.cpp
/// \brief Porter's U.S. statements computed on the vendored data (us_analysis.hpp).
#include "cluster_mapping/us_analysis.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "cluster_mapping/regions.hpp"
#include "cluster_mapping/strength.hpp"
#include "core/errors.hpp"

namespace clustertrade::cluster_mapping {

namespace {

double median(std::vector<double> v) {
  if (v.empty()) return std::numeric_limits<double>::quiet_NaN();
  std::sort(v.begin(), v.end());
  const std::size_t m = v.size() / 2;
  return v.size() % 2 ? v[m] : 0.5 * (v[m - 1] + v[m]);
}

}  // namespace

UsOutcomes align_outcomes(const AlignedTable& aligned, const std::map<std::string, AcsRecord>& acs,
                          const std::map<std::string, double>& patents, const std::string& acs_source) {
  const auto& t = aligned.table;
  const auto regions = static_cast<Eigen::Index>(t.regions.size());
  UsOutcomes o;
  o.metropolitan.assign(t.regions.size(), false);
  o.median_earnings.resize(regions);
  o.median_household_income.resize(regions);
  o.patents_per_thousand.resize(regions);
  o.employment = t.employment.rowwise().sum();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  for (Eigen::Index r = 0; r < regions; ++r) {
    const std::string& code = t.regions[static_cast<std::size_t>(r)];
    const auto row = acs.find(code);
    if (row == acs.end()) throw InvalidInput(acs_source, fmt::format("has no row for CBSA '{}'", code));
    o.metropolitan[static_cast<std::size_t>(r)] = row->second.metropolitan;
    o.median_earnings[r] = row->second.median_earnings;
    o.median_household_income[r] = row->second.median_household_income;
    const auto p = patents.find(code);
    o.patents_per_thousand[r] =
        p == patents.end() || !(o.employment[r] > 0.0) ? nan : 1000.0 * p->second / o.employment[r];
  }
  return o;
}

UsRegionalStatistics us_regional_statistics(const AlignedTable& aligned, const UsOutcomes& outcomes,
                                            const UsReading& reading) {
  UsRegionalStatistics s;
  for (std::size_t r = 0; r < aligned.table.regions.size(); ++r)
    if (!reading.metropolitan_only || outcomes.metropolitan[r]) s.rows.push_back(r);
  const auto kept = static_cast<Eigen::Index>(s.rows.size());
  Eigen::MatrixXd employment(kept, aligned.table.employment.cols());
  for (Eigen::Index k = 0; k < kept; ++k)
    employment.row(k) = aligned.table.employment.row(static_cast<Eigen::Index>(s.rows[static_cast<std::size_t>(k)]));
  s.regions = s.rows.size();
  s.traded_share = traded_employment_share(employment, aligned.local);
  const ClusterStrength strength = cluster_strength(employment, aligned.labels);
  s.clusters = static_cast<std::size_t>(strength.employment.cols());
  const auto summaries = region_summaries(strength, reading.strong_lq, 5);
  s.top5.resize(kept);
  s.strong.resize(kept);
  for (Eigen::Index k = 0; k < kept; ++k) {
    s.top5[k] = summaries[static_cast<std::size_t>(k)].top5_share;
    s.strong[k] = static_cast<double>(summaries[static_cast<std::size_t>(k)].strong_clusters);
  }
  s.traded = strength.traded;
  s.strong_share = strong_cluster_employment_share(strength, reading.strong_lq);
  const Eigen::VectorXd weights = reading.employment_weighted ? s.traded : Eigen::VectorXd();
  s.mean_top5 = region_mean(s.top5, weights);
  s.mean_strong = region_mean(s.strong, weights);
  return s;
}

double us_strength_correlation(const UsRegionalStatistics& stats, const Eigen::VectorXd& outcome,
                               const Eigen::VectorXd& employment, bool partial, std::size_t& used) {
  std::vector<Eigen::Index> keep;
  for (std::size_t k = 0; k < stats.rows.size(); ++k)
    if (std::isfinite(outcome[static_cast<Eigen::Index>(stats.rows[k])])) keep.push_back(static_cast<Eigen::Index>(k));
  used = keep.size();
  Eigen::VectorXd x(used), y(used), z(used);
  for (std::size_t k = 0; k < used; ++k) {
    const Eigen::Index row = static_cast<Eigen::Index>(stats.rows[static_cast<std::size_t>(keep[k])]);
    x[static_cast<Eigen::Index>(k)] = stats.strong_share[keep[k]];
    y[static_cast<Eigen::Index>(k)] = outcome[row];
    z[static_cast<Eigen::Index>(k)] = std::log(employment[row]);
  }
  return partial ? partial_rank_correlation(x, y, z) : spearman(x, y);
}

UsDefinitionRun us_define(const AlignedTable& aligned, Measure measure) {
  UsDefinitionRun run;
  run.measure = measure;
  for (std::size_t i = 0; i < aligned.labels.size(); ++i)
    if (aligned.labels[i] > 0) {
      run.columns.push_back(i);
      run.benchmark.push_back(aligned.labels[i]);
    }
  Eigen::MatrixXd traded(aligned.table.employment.rows(), static_cast<Eigen::Index>(run.columns.size()));
  for (std::size_t k = 0; k < run.columns.size(); ++k)
    traded.col(static_cast<Eigen::Index>(k)) = aligned.table.employment.col(static_cast<Eigen::Index>(run.columns[k]));
  run.correlation = locational_correlation(measure_matrix(traded, measure), ConstantColumns::zero);
  run.dendrogram = average_linkage(correlation_distance(run.correlation));
  return run;
}

UsDefinitionAgreement us_definition_agreement(const UsDefinitionRun& run, std::size_t k) {
  UsDefinitionAgreement a;
  a.k = k;
  const std::vector<int> cut = cut_clusters(run.dendrogram, k);
  std::vector<std::size_t> size(k + 1, 0);
  for (int label : cut) a.largest = std::max(a.largest, ++size[static_cast<std::size_t>(label)]);
  a.ari = adjusted_rand_index(run.benchmark, cut);
  a.pairs = pair_recovery(run.benchmark, cut);
  a.score = validation_score(run.correlation, cut);
  return a;
}

std::size_t us_k_by_validation(const UsDefinitionRun& run, std::size_t k_min, std::size_t k_max, std::size_t step) {
  if (k_min < 2 || k_max < k_min || step == 0 || k_max > run.columns.size())
    throw InvalidParameter("k_min/k_max/step", "need 2 <= k_min <= k_max <= traded industries and step > 0");
  std::size_t best = k_min;
  double best_closer = -1.0;
  for (std::size_t k = k_min; k <= k_max; k += step) {
    const double closer = validation_score(run.correlation, cut_clusters(run.dendrogram, k)).closer;
    if (closer > best_closer) {
      best_closer = closer;
      best = k;
    }
  }
  return best;
}

const UsData& us_data() {
  static const UsData data = [] {
    UsData d;
    d.naics2017 = load_us_cbp2019(us_definitions_naics2017_file);
    d.naics2012 = load_us_cbp2019(us_definitions_naics2012_file);
    const auto acs_path = vendored_us_data(us_acs2018_file);
    const auto acs = read_acs_csv(acs_path);
    const auto patents = read_patents_csv(vendored_us_data(us_patents_file), us_patent_first_year, us_patent_last_year);
    d.outcomes2017 = align_outcomes(d.naics2017, acs, patents, acs_path.string());
    d.outcomes2012 = align_outcomes(d.naics2012, acs, patents, acs_path.string());
    return d;
  }();
  return data;
}

UsSplitCheck us_split_check(const AlignedTable& aligned) {
  const Eigen::MatrixXd& e = aligned.table.employment;
  const Eigen::VectorXd national = e.colwise().sum();
  std::vector<Eigen::Index> used;
  for (Eigen::Index i = 0; i < e.cols(); ++i)
    if (national[i] > 0.0) used.push_back(i);
  Eigen::MatrixXd kept(e.rows(), static_cast<Eigen::Index>(used.size()));
  Eigen::VectorXd kept_national(static_cast<Eigen::Index>(used.size()));
  LocalMask benchmark;
  for (std::size_t k = 0; k < used.size(); ++k) {
    kept.col(static_cast<Eigen::Index>(k)) = e.col(used[k]);
    kept_national[static_cast<Eigen::Index>(k)] = national[used[k]];
    benchmark.push_back(aligned.local[static_cast<std::size_t>(used[k])]);
  }
  UsSplitCheck c;
  c.industries = used.size();
  c.traded = static_cast<std::size_t>(std::count(benchmark.begin(), benchmark.end(), false));
  const Eigen::VectorXd gini = locational_gini(kept);
  c.agreement = split_agreement(benchmark, gini_rule(gini, c.traded), kept_national);
  std::vector<double> traded_gini, local_gini;
  for (std::size_t k = 0; k < used.size(); ++k)
    (benchmark[k] ? local_gini : traded_gini).push_back(gini[static_cast<Eigen::Index>(k)]);
  c.traded_median_gini = median(traded_gini);
  c.local_median_gini = median(local_gini);
  return c;
}

}  // namespace clustertrade::cluster_mapping
