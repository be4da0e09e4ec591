/// \file us_figures.cpp
/// \brief Figures and numbers of Porter's statements on U.S. data (us_figures.hpp): CBP 2019 by
/// CBSA with the benchmark definitions, ACS 2014–2018 and USPTO patents 2011–2015.
#include "cluster_mapping/us_figures.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cluster_mapping/us_analysis.hpp"

namespace clustertrade::cluster_mapping {

namespace {

constexpr int top5_bins = 20;

void comment_data(CsvTable& t) {
  t.comment(fmt::format("data: data/us/{} with {} (and {}); ACS {}; USPTO {} {}-{}; see data/us/PROVENANCE.md",
                        us_cbp2019_file, us_definitions_naics2017_file, us_definitions_naics2012_file, us_acs2018_file,
                        us_patents_file, us_patent_first_year, us_patent_last_year));
}

// Share of regions in each top-five bin (percent of traded employment, bins of 5 points).
std::vector<double> top5_histogram(const Eigen::VectorXd& top5) {
  std::vector<double> h(top5_bins, 0.0);
  for (Eigen::Index r = 0; r < top5.size(); ++r)
    h[static_cast<std::size_t>(std::min(static_cast<int>(top5[r] * top5_bins), top5_bins - 1))] += 1.0;
  for (auto& x : h) x /= static_cast<double>(top5.size());
  return h;
}

void figure_stats(FigureOutput& out, const UsRegionalStatistics& all, const UsRegionalStatistics& metro) {
  CsvTable top5({"bin", "all", "metro"});
  comment_data(top5);
  const auto h_all = top5_histogram(all.top5), h_metro = top5_histogram(metro.top5);
  for (int b = 0; b < top5_bins; ++b)
    top5.add_row(
        {100.0 * (b + 0.5) / top5_bins, h_all[static_cast<std::size_t>(b)], h_metro[static_cast<std::size_t>(b)]});
  out.write_csv("porter-us-stats", "top5", std::move(top5),
                "share of CBSAs by top-five share of traded employment (percent bins), all and metropolitan");
  CsvTable strong({"strong", "all", "metro"});
  comment_data(strong);
  const double most = std::max(all.strong.maxCoeff(), metro.strong.maxCoeff());
  for (int k = 0; k <= static_cast<int>(most); ++k) {
    const auto share = [k](const Eigen::VectorXd& v) {
      return static_cast<double>((v.array() == static_cast<double>(k)).count()) / static_cast<double>(v.size());
    };
    strong.add_row({static_cast<double>(k), share(all.strong), share(metro.strong)});
  }
  out.write_csv("porter-us-stats", "strong", std::move(strong),
                "share of CBSAs by number of clusters with LQ >= 1.5, all and metropolitan");
  // Porter's values as data: the figure marks them with pgfplots coordinates, which cannot read the
  // numbers' \ensuremath macros.
  CsvTable porter({"top5", "strong"});
  porter.comment("Porter, Measuring Clusters: U.S. Economic Area averages (top five percent, strong clusters)");
  porter.add_row({100.0 * porter_us_top5, porter_us_strong});
  out.write_csv("porter-us-stats", "porter", std::move(porter), "Porter's U.S. values");
}

void figure_strength(FigureOutput& out, const UsRegionalStatistics& all, const UsOutcomes& o) {
  CsvTable t({"strength", "earnings", "logemployment", "metro"});
  comment_data(t);
  for (std::size_t k = 0; k < all.rows.size(); ++k) {
    const auto r = static_cast<Eigen::Index>(all.rows[k]);
    if (!std::isfinite(o.median_earnings[r])) continue;
    t.add_row({100.0 * all.strong_share[static_cast<Eigen::Index>(k)], o.median_earnings[r] / 1000.0,
               std::log10(o.employment[r]), o.metropolitan[all.rows[k]] ? 1.0 : 0.0});
  }
  out.write_csv("porter-us-strength", "", std::move(t),
                "per CBSA: share of traded employment in clusters with LQ >= 1.5 (percent), ACS median earnings "
                "(thousand dollars), log10 employment, metropolitan flag");
}

}  // namespace

void figure_us(FigureOutput& out) {
  const UsData& d = us_data();
  auto& n = out.numbers();
  const UsReading ours;
  const auto all = us_regional_statistics(d.naics2017, d.outcomes2017, ours);
  const auto metro = us_regional_statistics(d.naics2017, d.outcomes2017, {true, false, 1.5});
  const auto weighted = us_regional_statistics(d.naics2017, d.outcomes2017, {false, true, 1.5});
  const auto twelve = us_regional_statistics(d.naics2012, d.outcomes2012, ours);
  const auto low = us_regional_statistics(d.naics2017, d.outcomes2017, {false, false, us_low_lq});
  const auto high = us_regional_statistics(d.naics2017, d.outcomes2017, {false, false, us_high_lq});
  figure_stats(out, all, metro);
  figure_strength(out, all, d.outcomes2017);

  n.add_count("usCbsas", static_cast<long long>(all.regions), "CBSAs in the CBP 2019 table");
  n.add_count("usMetroCbsas", static_cast<long long>(metro.regions), "metropolitan CBSAs among them");
  n.add_count("usClusters", static_cast<long long>(all.clusters), "benchmark traded clusters present (NAICS 2017)");
  n.add_count("usIndustries", static_cast<long long>(d.naics2017.table.industries.size()),
              "six-digit NAICS 2017 industries of the CBP table covered by the definitions");
  n.add_count("usIndustriesTwelve", static_cast<long long>(d.naics2012.table.industries.size()),
              "industries of the CBP table covered by the NAICS 2012 definitions");
  n.add("usStrongLq", ours.strong_lq, "LQ at or above which a cluster counts as strong (Porter's threshold)", 2);
  n.add_count("usPorterAreas", porter_us_areas, "BEA Economic Areas of Porter's figures");
  n.add_count("usPorterClusters", static_cast<long long>(porter_us_clusters), "Porter's count of traded clusters");
  n.add_count("usBenchmarkK", static_cast<long long>(us_benchmark_clusters), "the benchmark's traded clusters");
  n.add("usLowLq", us_low_lq, "lower strong-cluster threshold of the sensitivity rows", 3);
  n.add("usHighLq", us_high_lq, "higher strong-cluster threshold of the sensitivity rows", 3);
  n.add_count("usCbpYear", 2019, "vintage of the County Business Patterns table (data/us/PROVENANCE.md)");
  n.add_count("usNaicsNew", 2017, "NAICS revision of the CBP codes and of the main definitions");
  n.add_count("usNaicsOld", 2012, "NAICS revision of the sensitivity row's definitions");
  n.add_count("usBenchmarkYear", 2016, "year of the benchmark definitions (Delgado, Porter and Stern 2016)");
  n.add_text("usAcsYears", "2014--2018", "years of the ACS five-year estimates");
  n.add_count("usGridMin", static_cast<long long>(us_k_grid_min), "smallest K the validation score tries");
  n.add_count("usGridMax", static_cast<long long>(us_k_grid_max), "largest K the validation score tries");
  n.add_count("usGridStep", static_cast<long long>(us_k_grid_step), "step of the K grid");
  n.add("usPorterTopFive", 100.0 * porter_us_top5, "Porter's mean top-five share (percent, Measuring Clusters)", 2);
  n.add("usPorterStrong", porter_us_strong, "Porter's mean number of strong clusters (Measuring Clusters)", 1);
  n.add("usLocalShare", 100.0 * (1.0 - all.traded_share), "local share of employment, all CBSAs, percent", 3);
  n.add("usLocalShareMetro", 100.0 * (1.0 - metro.traded_share), "local share, metropolitan CBSAs, percent", 3);
  n.add("usLocalShareTwelve", 100.0 * (1.0 - twelve.traded_share), "local share, NAICS 2012 definitions, percent", 3);
  const std::array<std::pair<const char*, const UsRegionalStatistics*>, 4> rows = {
      {{"All", &all}, {"Metro", &metro}, {"Weighted", &weighted}, {"Twelve", &twelve}}};
  for (const auto& [name, s] : rows) {
    n.add(fmt::format("usTopFive{}", name), 100.0 * s->mean_top5, fmt::format("mean top-five share, {}", name), 3);
    n.add(fmt::format("usStrong{}", name), s->mean_strong, fmt::format("mean strong clusters, {}", name), 3);
  }
  n.add("usStrongLow", low.mean_strong, "mean clusters with LQ >= the lower threshold, all CBSAs", 3);
  n.add("usStrongHigh", high.mean_strong, "mean clusters with LQ >= the higher threshold, all CBSAs", 3);

  // Cluster strength against the outcomes: raw, metropolitan only, partial on log employment.
  const std::array<std::pair<const char*, const Eigen::VectorXd*>, 3> outcomes = {
      {{"Earnings", &d.outcomes2017.median_earnings},
       {"Income", &d.outcomes2017.median_household_income},
       {"Patents", &d.outcomes2017.patents_per_thousand}}};
  for (const auto& [name, outcome] : outcomes) {
    std::size_t used = 0;
    n.add(fmt::format("usRho{}", name), us_strength_correlation(all, *outcome, d.outcomes2017.employment, false, used),
          fmt::format("rank correlation of cluster strength with {}, all CBSAs", name), 2);
    n.add(fmt::format("usRho{}Metro", name),
          us_strength_correlation(metro, *outcome, d.outcomes2017.employment, false, used),
          fmt::format("rank correlation with {}, metropolitan CBSAs", name), 2);
    n.add(fmt::format("usRho{}Partial", name),
          us_strength_correlation(all, *outcome, d.outcomes2017.employment, true, used),
          fmt::format("partial rank correlation with {} given log employment", name), 2);
  }
  std::size_t used = 0;
  us_strength_correlation(all, d.outcomes2017.patents_per_thousand, d.outcomes2017.employment, false, used);
  n.add_count("usPatentCbsas", static_cast<long long>(used), "CBSAs with a patent count (older CBSA codes match)");
  Eigen::VectorXd log_employment = d.outcomes2017.employment.array().log();
  n.add("usRhoSize", us_strength_correlation(all, log_employment, d.outcomes2017.employment, false, used),
        "rank correlation of cluster strength with employment", 2);
  n.add_count("usPatentFirstYear", us_patent_first_year, "first year of the patent window");
  n.add_count("usPatentLastYear", us_patent_last_year, "last year of the patent window");

  // Definitions from co-location against the benchmark.
  CsvTable recovery({"rank", "cluster", "pairs", "kporter", "kbenchmark", "kchosen"});
  comment_data(recovery);
  // Location quotients give the same correlations as shares (each column scaled by a positive
  // constant, 1/(E_i/E)), so two measures.
  const std::array<std::pair<const char*, Measure>, 2> measures = {
      {{"Share", Measure::share}, {"Employment", Measure::employment}}};
  for (const auto& [name, m] : measures) {
    const UsDefinitionRun run = us_define(d.naics2017, m);
    const std::size_t chosen = us_k_by_validation(run, us_k_grid_min, us_k_grid_max, us_k_grid_step);
    const auto a41 = us_definition_agreement(run, porter_us_clusters),
               a51 = us_definition_agreement(run, us_benchmark_clusters), ak = us_definition_agreement(run, chosen);
    n.add_count(fmt::format("usChosenK{}", name), static_cast<long long>(chosen),
                fmt::format("K chosen by the validation score, measure {}", name));
    n.add(fmt::format("usAriPorter{}", name), a41.ari, fmt::format("ARI at K = 41, measure {}", name), 2);
    n.add(fmt::format("usAriBenchmark{}", name), a51.ari, fmt::format("ARI at K = 51, measure {}", name), 2);
    n.add(fmt::format("usAriChosen{}", name), ak.ari, fmt::format("ARI at the chosen K, measure {}", name), 2);
    n.add(fmt::format("usPairsPorter{}", name), 100.0 * a41.pairs.share,
          fmt::format("benchmark pairs kept at K = 41, percent, measure {}", name), 2);
    n.add(fmt::format("usPairsBenchmark{}", name), 100.0 * a51.pairs.share,
          fmt::format("benchmark pairs kept at K = 51, percent, measure {}", name), 2);
    n.add(fmt::format("usPairsChosen{}", name), 100.0 * ak.pairs.share,
          fmt::format("benchmark pairs kept at the chosen K, percent, measure {}", name), 2);
    n.add_count(fmt::format("usLargestBenchmark{}", name), static_cast<long long>(a51.largest),
                fmt::format("industries in the largest derived cluster at K = 51, measure {}", name));
    if (m != Measure::share) continue;
    n.add_count("usTradedIndustries", static_cast<long long>(run.columns.size()), "traded industries correlated");
    // Per benchmark cluster, sorted by the share kept at K = 51 (then by code).
    std::vector<std::size_t> order(a51.pairs.clusters.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return a51.pairs.cluster_share[a] > a51.pairs.cluster_share[b];
    });
    for (std::size_t k = 0; k < order.size(); ++k) {
      const std::size_t c = order[k];
      recovery.add_row({static_cast<double>(k + 1),
                        d.naics2017.cluster_codes[static_cast<std::size_t>(a51.pairs.clusters[c] - 1)],
                        static_cast<double>(a51.pairs.cluster_size[c] * (a51.pairs.cluster_size[c] - 1) / 2),
                        a41.pairs.cluster_share[c], a51.pairs.cluster_share[c], ak.pairs.cluster_share[c]});
    }
  }
  out.write_csv("porter-us-recovery", "", std::move(recovery),
                "per benchmark cluster: share of its same-cluster industry pairs kept together at K = 41, 51 and "
                "the K chosen by the validation score (measure: share of traded employment)");

  // Traded and local from concentration.
  const auto split = us_split_check(d.naics2017);
  n.add("usGiniCount", 100.0 * split.agreement.count_share, "Gini rule agreement with the benchmark, percent", 3);
  n.add("usGiniEmployment", 100.0 * split.agreement.employment_share,
        "Gini rule agreement with the benchmark by employment, percent", 3);
  n.add("usGiniTradedMedian", split.traded_median_gini, "median locational Gini, benchmark traded industries", 2);
  n.add("usGiniLocalMedian", split.local_median_gini, "median locational Gini, benchmark local industries", 2);
  n.add_count("usGiniTraded", static_cast<long long>(split.traded), "industries the rule calls traded");
  const auto split12 = us_split_check(d.naics2012);
  n.add("usGiniCountTwelve", 100.0 * split12.agreement.count_share, "Gini rule agreement, NAICS 2012, percent", 3);
  n.add("usGiniEmploymentTwelve", 100.0 * split12.agreement.employment_share,
        "Gini rule agreement by employment, NAICS 2012, percent", 3);
}

}  // namespace clustertrade::cluster_mapping
