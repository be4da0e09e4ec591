// The columns of figures-cluster-mapping's U.S. CSV files against their headers (issue 20 §5c). The
// whole program takes over half a minute (its simulated nations), so the U.S. part it calls,
// cluster_mapping::figure_us(), is run here alone into a temporary folder, and each column is recomputed
// from the vendored CBP 2019 table (as aligned with the benchmark definitions, data/us/) by Porter's
// definitions written out below. The simulated nations' cmap-*.csv files: nation_figure_columns_test.cpp.
//
// Per CBSA r and traded cluster c (the benchmark's): e_rc = sum of its industries' employment, E_r =
// sum_c e_rc (traded employment), LQ_rc = (e_rc/E_r)/(E_c/E) with the totals over the CBSAs kept; a
// cluster is strong at LQ >= 1.5; top5_r = (five largest e_rc)/E_r; strength_r = sum of e_rc over strong
// c, over E_r.
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <Eigen/Dense>

#include "cluster_mapping/us_analysis.hpp"
#include "cluster_mapping/us_figures.hpp"
#include "core/figures.hpp"
#include "support/csv_rows.hpp"

namespace cm = clustertrade::cluster_mapping;
using clustertrade::testing::cell_number;
using clustertrade::testing::CsvRow;
using clustertrade::testing::make_temp_dir;
using clustertrade::testing::read_csv_rows;

namespace {

struct RegionFigures {
  std::vector<double> top5, strong_count, strength;
};

// Porter's per-CBSA statistics over the CBSAs `keep` selects (the LQ's national totals are theirs).
RegionFigures porter_statistics(const cm::AlignedTable& aligned, const std::function<bool(std::size_t)>& keep) {
  const int K = *std::max_element(aligned.labels.begin(), aligned.labels.end());
  std::vector<std::vector<double>> e;
  for (std::size_t r = 0; r < aligned.table.regions.size(); ++r) {
    if (!keep(r)) continue;
    std::vector<double> row(static_cast<std::size_t>(K), 0.0);
    for (std::size_t i = 0; i < aligned.labels.size(); ++i)
      if (aligned.labels[i] > 0)
        row[static_cast<std::size_t>(aligned.labels[i] - 1)] +=
            aligned.table.employment(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(i));
    e.push_back(row);
  }
  std::vector<double> cluster_total(static_cast<std::size_t>(K), 0.0);
  double total = 0;
  for (const auto& row : e)
    for (int c = 0; c < K; ++c) cluster_total[c] += row[c], total += row[c];
  RegionFigures out;
  for (auto row : e) {
    double er = 0, strong = 0, count = 0;
    for (double x : row) er += x;
    for (int c = 0; c < K; ++c)
      if ((row[c] / er) / (cluster_total[c] / total) >= 1.5) strong += row[c], ++count;
    std::sort(row.begin(), row.end(), std::greater<>());
    out.top5.push_back((row[0] + row[1] + row[2] + row[3] + row[4]) / er);
    out.strong_count.push_back(count);
    out.strength.push_back(strong / er);
  }
  return out;
}

struct Dir {
  std::string path = make_temp_dir();
  Dir() {
    clustertrade::FigureOutput out(path, "figures-cluster-mapping");
    cm::figure_us(out);
  }
  std::vector<CsvRow> rows(const std::string& id) const { return read_csv_rows(path + "/" + id + ".csv"); }
  ~Dir() { std::filesystem::remove_all(path); }
};

const Dir& figures() {
  static const Dir dir;
  return dir;
}

}  // namespace

// porter-us-stats-top5 (share of CBSAs per 5-point bin of the top-five share, the last bin closed) and
// porter-us-stats-strong (share of CBSAs per number of strong clusters), for all CBSAs and for the
// metropolitan ones (whose LQs are taken on their own totals); porter-us-stats-porter holds Porter's two
// printed values (Measuring Clusters: the top five clusters hold 52% of traded employment; seven clusters
// with LQ >= 1.5 on average).
TEST(FigureColumnsClusterMapping, UsStatistics) {
  const cm::UsData& d = cm::us_data();
  const auto all = porter_statistics(d.naics2017, [](std::size_t) { return true; });
  const auto metro = porter_statistics(d.naics2017, [&](std::size_t r) { return d.outcomes2017.metropolitan[r]; });
  ASSERT_GT(all.top5.size(), metro.top5.size());
  const auto top5 = figures().rows("porter-us-stats-top5");
  ASSERT_EQ(top5.size(), 20u);
  for (int b = 0; b < 20; ++b) {
    EXPECT_DOUBLE_EQ(cell_number(top5[b], "bin"), 5.0 * b + 2.5);
    for (const auto& [column, s] : {std::pair{"all", &all}, std::pair{"metro", &metro}}) {
      double share = 0;
      for (double x : s->top5) share += std::min(static_cast<int>(x * 20), 19) == b;
      EXPECT_NEAR(cell_number(top5[b], column), share / static_cast<double>(s->top5.size()), 1e-12)
          << column << " bin " << b;
    }
  }
  const auto strong = figures().rows("porter-us-stats-strong");
  const double most = std::max(*std::max_element(all.strong_count.begin(), all.strong_count.end()),
                               *std::max_element(metro.strong_count.begin(), metro.strong_count.end()));
  ASSERT_EQ(strong.size(), static_cast<std::size_t>(most) + 1);
  for (std::size_t k = 0; k < strong.size(); ++k) {
    EXPECT_EQ(cell_number(strong[k], "strong"), static_cast<double>(k));
    for (const auto& [column, s] : {std::pair{"all", &all}, std::pair{"metro", &metro}}) {
      const double n = static_cast<double>(std::count(s->strong_count.begin(), s->strong_count.end(), k));
      EXPECT_NEAR(cell_number(strong[k], column), n / static_cast<double>(s->strong_count.size()), 1e-12)
          << column << " with " << k << " strong clusters";
    }
  }
  const auto porter = figures().rows("porter-us-stats-porter");
  ASSERT_EQ(porter.size(), 1u);
  EXPECT_EQ(cell_number(porter[0], "top5"), 52);
  EXPECT_EQ(cell_number(porter[0], "strong"), 7);
}

// porter-us-strength: one row per CBSA with ACS median earnings, in table order: strength (percent of
// traded employment in strong clusters, LQs over all CBSAs), earnings (thousand dollars), log10 of the
// CBSA's employment in the covered industries (traded and local) and the metropolitan flag.
TEST(FigureColumnsClusterMapping, UsStrength) {
  const cm::UsData& d = cm::us_data();
  const auto all = porter_statistics(d.naics2017, [](std::size_t) { return true; });
  const auto rows = figures().rows("porter-us-strength");
  std::size_t k = 0;
  for (std::size_t r = 0; r < d.naics2017.table.regions.size(); ++r) {
    const double earnings = d.outcomes2017.median_earnings[static_cast<Eigen::Index>(r)];
    if (!std::isfinite(earnings)) continue;
    ASSERT_LT(k, rows.size());
    const CsvRow& row = rows[k++];
    const std::string at = " for CBSA " + d.naics2017.table.regions[r];
    EXPECT_NEAR(cell_number(row, "strength"), 100 * all.strength[r], 1e-10) << at;
    EXPECT_NEAR(cell_number(row, "earnings"), earnings / 1000, 1e-12) << at;
    EXPECT_NEAR(cell_number(row, "logemployment"),
                std::log10(d.naics2017.table.employment.row(static_cast<Eigen::Index>(r)).sum()), 1e-12)
        << at;
    EXPECT_EQ(cell_number(row, "metro"), d.outcomes2017.metropolitan[r] ? 1 : 0) << at;
  }
  EXPECT_EQ(k, rows.size());
  EXPECT_GT(k, 800u);
}

// porter-us-recovery: per benchmark cluster with at least two industries, its pairs of industries
// (m(m-1)/2) and the share of them that the derived definitions (average linkage on 1 - correlation of
// employment shares, us_define(); the library's clustering, tested elsewhere) put in one cluster when cut
// at K = 41 (Porter's count), 51 (the benchmark's) and the K the validation score chooses; rows ranked by
// the share kept at K = 51, highest first.
TEST(FigureColumnsClusterMapping, UsRecovery) {
  const cm::UsData& d = cm::us_data();
  const cm::UsDefinitionRun run = cm::us_define(d.naics2017, cm::Measure::share);
  const std::size_t chosen = cm::us_k_by_validation(run, 10, 150, 5);
  std::map<std::string, std::vector<double>> want;  // code -> pairs, kept at 41, 51, chosen
  const std::vector<std::vector<int>> cuts = {cm::cut_clusters(run.dendrogram, 41),
                                              cm::cut_clusters(run.dendrogram, 51),
                                              cm::cut_clusters(run.dendrogram, chosen)};
  const int K = *std::max_element(run.benchmark.begin(), run.benchmark.end());
  for (int b = 1; b <= K; ++b) {
    std::vector<std::size_t> members;
    for (std::size_t i = 0; i < run.benchmark.size(); ++i)
      if (run.benchmark[i] == b) members.push_back(i);
    if (members.size() < 2) continue;
    std::vector<double> row = {static_cast<double>(members.size() * (members.size() - 1) / 2)};
    for (const auto& cut : cuts) {
      double kept = 0;
      for (std::size_t x = 0; x < members.size(); ++x)
        for (std::size_t y = x + 1; y < members.size(); ++y) kept += cut[members[x]] == cut[members[y]];
      row.push_back(kept / row[0]);
    }
    want[d.naics2017.cluster_codes[static_cast<std::size_t>(b - 1)]] = row;
  }
  const auto rows = figures().rows("porter-us-recovery");
  ASSERT_EQ(rows.size(), want.size());
  for (std::size_t k = 0; k < rows.size(); ++k) {
    const CsvRow& row = rows[k];
    EXPECT_EQ(cell_number(row, "rank"), static_cast<double>(k + 1));
    ASSERT_EQ(want.count(row.at("cluster")), 1u) << row.at("cluster");
    const auto& w = want.at(row.at("cluster"));
    const std::string at = " for cluster " + row.at("cluster");
    EXPECT_EQ(cell_number(row, "pairs"), w[0]) << at;
    EXPECT_NEAR(cell_number(row, "kporter"), w[1], 1e-12) << at;
    EXPECT_NEAR(cell_number(row, "kbenchmark"), w[2], 1e-12) << at;
    EXPECT_NEAR(cell_number(row, "kchosen"), w[3], 1e-12) << at;
    if (k > 0) {
      EXPECT_LE(cell_number(row, "kbenchmark"), cell_number(rows[k - 1], "kbenchmark")) << at;
    }
  }
}
