// Every output column of the `cluster-mapping` table commands (lq, colocation, strength, summary,
// define) against its header (issue 20 §5c): for a small asymmetric table each column is computed here
// from its definition, by column name, so that two swapped columns, a column off by a factor or a header
// that names the wrong quantity fails. (`cluster-mapping simulate`: tests/cluster_mapping/simulate_columns_test.cpp.)
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/csv_rows.hpp"

using clustertrade::testing::make_temp_dir;
namespace fs = std::filesystem;

namespace {

using Row = clustertrade::testing::CsvRow;

using clustertrade::testing::cell_number;

using clustertrade::testing::run_csv_rows;

std::string write_file(const std::string& dir, const std::string& name, const std::string& text) {
  const std::string path = dir + "/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

}  // namespace

namespace {

// A 3 x 3 table with every cell different (asymmetric in regions and industries); c is local in
// the runs that say so.
const double kE[3][3] = {{10, 2, 5}, {3, 8, 1}, {6, 6, 9}};
const char* const kRegions[3] = {"r1", "r2", "r3"};
const char* const kIndustries[3] = {"a", "b", "c"};
const std::string kTable = "region,a,b,c\nr1,10,2,5\nr2,3,8,1\nr3,6,6,9\n";

// LQ_ri = (e_ri / E_r) / (E_i / E) on the industry's base (traded or local industries), CMP.
double lq(int r, int i, const std::vector<bool>& local) {
  double er = 0, ei = 0, e = 0;
  for (int k = 0; k < 3; ++k)
    if (local[k] == local[i]) er += kE[r][k];
  for (int s = 0; s < 3; ++s) {
    ei += kE[s][i];
    for (int k = 0; k < 3; ++k)
      if (local[k] == local[i]) e += kE[s][k];
  }
  return (kE[r][i] / er) / (ei / e);
}

}  // namespace

TEST(OutputColumns, ClusterMappingLqEveryColumn) {
  const std::string dir = make_temp_dir();
  const std::string table = write_file(dir, "e.csv", kTable);
  for (const bool c_local : {false, true}) {
    const std::vector<bool> local = {false, false, c_local};
    const auto rows = run_csv_rows("cluster-mapping lq --employment " + table + (c_local ? " --local c" : ""));
    ASSERT_EQ(rows.size(), 9u);
    for (const auto& row : rows) {
      int r = 0, i = 0;
      while (r < 3 && row.at("region") != kRegions[r]) ++r;
      while (i < 3 && row.at("industry") != kIndustries[i]) ++i;
      ASSERT_LT(r, 3);
      ASSERT_LT(i, 3);
      EXPECT_DOUBLE_EQ(cell_number(row, "employment"), kE[r][i]);
      EXPECT_NEAR(cell_number(row, "lq"), lq(r, i, local), 1e-12) << kRegions[r] << " " << kIndustries[i];
    }
  }
  fs::remove_all(dir);
}

// Pearson correlation across regions of the shares e_ri / E_r (the default measure) and of the raw
// employment (--measure employment).
TEST(OutputColumns, ClusterMappingColocationEveryColumn) {
  const std::string dir = make_temp_dir();
  const std::string table = write_file(dir, "e.csv", kTable);
  for (const std::string measure : {"share", "employment"}) {
    double v[3][3];
    for (int r = 0; r < 3; ++r) {
      const double total = kE[r][0] + kE[r][1] + kE[r][2];
      for (int i = 0; i < 3; ++i) v[r][i] = measure == "share" ? kE[r][i] / total : kE[r][i];
    }
    auto pearson = [&](int i, int j) {
      double mi = 0, mj = 0;
      for (int r = 0; r < 3; ++r) mi += v[r][i] / 3, mj += v[r][j] / 3;
      double sij = 0, sii = 0, sjj = 0;
      for (int r = 0; r < 3; ++r) {
        sij += (v[r][i] - mi) * (v[r][j] - mj);
        sii += (v[r][i] - mi) * (v[r][i] - mi);
        sjj += (v[r][j] - mj) * (v[r][j] - mj);
      }
      return sij / std::sqrt(sii * sjj);
    };
    const auto rows = run_csv_rows("cluster-mapping colocation --employment " + table + " --measure " + measure);
    ASSERT_EQ(rows.size(), 3u);
    for (const auto& row : rows) {
      int i = 0, j = 0;
      while (i < 3 && row.at("industry_a") != kIndustries[i]) ++i;
      while (j < 3 && row.at("industry_b") != kIndustries[j]) ++j;
      ASSERT_LT(i, 3);
      ASSERT_LT(j, 3);
      EXPECT_NEAR(cell_number(row, "correlation"), pearson(i, j), 1e-12) << measure << " " << i << j;
    }
  }
  fs::remove_all(dir);
}

// Strength and summary with clusters X = {a}, Y = {b, c}: a cluster's employment is the sum over its
// industries, its LQ is (e_rX / E_r) / (E_X / E) on the traded (defined) base, strong is LQ >= 1.5;
// a region's traded employment is E_r, strong_clusters counts the strong ones, top5_share is the
// five largest clusters' share of E_r (both clusters here: 1).
TEST(OutputColumns, ClusterMappingStrengthAndSummaryEveryColumn) {
  const std::string dir = make_temp_dir();
  const std::string table = write_file(dir, "e.csv", kTable);
  const std::string defs = write_file(dir, "d.csv", "industry,cluster\na,X\nb,Y\nc,Y\n");
  double cluster[3][2], er[3], ex[2] = {0, 0}, e = 0;
  for (int r = 0; r < 3; ++r) {
    cluster[r][0] = kE[r][0];
    cluster[r][1] = kE[r][1] + kE[r][2];
    er[r] = cluster[r][0] + cluster[r][1];
    ex[0] += cluster[r][0];
    ex[1] += cluster[r][1];
    e += er[r];
  }
  const auto rows = run_csv_rows("cluster-mapping strength --employment " + table + " --definitions " + defs);
  ASSERT_EQ(rows.size(), 6u);
  int strong[3] = {0, 0, 0};
  for (const auto& row : rows) {
    int r = 0;
    while (r < 3 && row.at("region") != kRegions[r]) ++r;
    ASSERT_LT(r, 3);
    const int c = row.at("cluster") == "X" ? 0 : 1;
    const double want_lq = (cluster[r][c] / er[r]) / (ex[c] / e);
    EXPECT_DOUBLE_EQ(cell_number(row, "employment"), cluster[r][c]);
    EXPECT_NEAR(cell_number(row, "lq"), want_lq, 1e-12);
    EXPECT_EQ(row.at("strong"), want_lq >= 1.5 ? "yes" : "no");
    strong[r] += want_lq >= 1.5;
  }
  EXPECT_EQ(strong[0] + strong[1] + strong[2], 1);  // one strong cluster: r1's X, LQ (10/17)/(19/50) = 1.548
  const auto summary = run_csv_rows("cluster-mapping summary --employment " + table + " --definitions " + defs);
  ASSERT_EQ(summary.size(), 3u);
  for (const auto& row : summary) {
    int r = 0;
    while (r < 3 && row.at("region") != kRegions[r]) ++r;
    ASSERT_LT(r, 3);
    EXPECT_DOUBLE_EQ(cell_number(row, "traded_employment"), er[r]);
    EXPECT_EQ(cell_number(row, "strong_clusters"), strong[r]);
    EXPECT_DOUBLE_EQ(cell_number(row, "top5_share"), 1.0);
  }
  fs::remove_all(dir);
}

namespace {

// A 4 x 5 table, every cell different, for `define`.
const std::vector<std::vector<double>> kDefine = {
    {10, 2, 5, 1, 3}, {30, 80, 10, 40, 60}, {6, 6, 9, 2, 1}, {1, 3, 2, 7, 5}};
const std::string kDefineTable = "region,a,b,c,d,e\nr1,10,2,5,1,3\nr2,30,80,10,40,60\nr3,6,6,9,2,1\nr4,1,3,2,7,5\n";

// Average linkage on d_ij = 1 - Pearson correlation across regions of the measure (share e_ri/E_r or
// employment e_ri): start from singletons, merge the pair of groups with the smallest mean pairwise d
// while more than `k` groups remain and that mean is <= `height`. Labels 1..: groups numbered in order
// of their first industry.
std::vector<int> average_linkage_labels(bool share, std::size_t k, double height) {
  const std::size_t n = kDefine[0].size(), R = kDefine.size();
  std::vector<std::vector<double>> v(n, std::vector<double>(R));
  for (std::size_t r = 0; r < R; ++r) {
    double total = 0;
    for (double x : kDefine[r]) total += x;
    for (std::size_t i = 0; i < n; ++i) v[i][r] = share ? kDefine[r][i] / total : kDefine[r][i];
  }
  auto distance = [&](std::size_t i, std::size_t j) {
    double mi = 0, mj = 0;
    for (std::size_t r = 0; r < R; ++r) mi += v[i][r] / R, mj += v[j][r] / R;
    double sij = 0, sii = 0, sjj = 0;
    for (std::size_t r = 0; r < R; ++r) {
      sij += (v[i][r] - mi) * (v[j][r] - mj);
      sii += (v[i][r] - mi) * (v[i][r] - mi);
      sjj += (v[j][r] - mj) * (v[j][r] - mj);
    }
    return 1 - sij / std::sqrt(sii * sjj);
  };
  std::vector<std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < n; ++i) groups.push_back({i});
  while (groups.size() > k) {
    double best = 1e300;
    std::size_t ba = 0, bb = 1;
    for (std::size_t a = 0; a < groups.size(); ++a)
      for (std::size_t b = a + 1; b < groups.size(); ++b) {
        double d = 0;
        for (auto i : groups[a])
          for (auto j : groups[b]) d += distance(i, j);
        d /= static_cast<double>(groups[a].size() * groups[b].size());
        if (d < best) best = d, ba = a, bb = b;
      }
    if (best > height) break;
    groups[ba].insert(groups[ba].end(), groups[bb].begin(), groups[bb].end());
    groups.erase(groups.begin() + static_cast<long>(bb));
  }
  for (auto& g : groups) std::sort(g.begin(), g.end());
  std::sort(groups.begin(), groups.end());  // by first industry
  std::vector<int> label(n);
  for (std::size_t g = 0; g < groups.size(); ++g)
    for (auto i : groups[g]) label[i] = static_cast<int>(g) + 1;
  return label;
}

}  // namespace

// `define`: the cluster column is the cut of average linkage at K clusters (every K, both measures) or
// at a height (--threshold); with --subclusters K2 the subcluster column is 'k.j', j numbering the K2-cut
// groups inside cluster k by first industry; with --definitions the cluster_benchmark column repeats each
// industry's defined cluster.
TEST(OutputColumns, ClusterMappingDefineEveryColumn) {
  const std::string dir = make_temp_dir();
  const std::string table = write_file(dir, "e.csv", kDefineTable);
  const std::vector<std::string> industries = {"a", "b", "c", "d", "e"};
  auto check = [&](const std::string& flags, const std::vector<int>& want, const std::vector<std::string>& sub) {
    const auto rows = run_csv_rows("cluster-mapping define --employment " + table + " " + flags);
    ASSERT_EQ(rows.size(), industries.size()) << flags;
    for (std::size_t i = 0; i < industries.size(); ++i) {
      EXPECT_EQ(rows[i].at("industry"), industries[i]) << flags;
      EXPECT_EQ(cell_number(rows[i], "cluster"), want[i]) << flags << ", industry " << industries[i];
      if (!sub.empty()) {
        EXPECT_EQ(rows[i].at("subcluster"), sub[i]) << flags << ", industry " << industries[i];
      }
    }
  };
  std::set<std::vector<int>> distinct;
  for (const std::string measure : {"share", "employment"})
    for (std::size_t k = 1; k <= 5; ++k) {
      const auto want = average_linkage_labels(measure == "share", k, 1e300);
      distinct.insert(want);
      check("--measure " + measure + " --clusters " + std::to_string(k), want, {});
    }
  EXPECT_GE(distinct.size(), 6u) << "the two measures give different cuts somewhere";
  for (const double height : {0.2, 0.6, 1.0, 1.4})
    check("--threshold " + std::to_string(height), average_linkage_labels(true, 1, height), {});
  // Subclusters: K = 2 and K2 = 4; j numbers the K2-groups inside cluster k by their first industry.
  const auto outer = average_linkage_labels(true, 2, 1e300), inner = average_linkage_labels(true, 4, 1e300);
  std::vector<std::string> sub(5);
  std::map<int, std::vector<int>> seen;  // cluster -> inner labels in order of first industry
  for (std::size_t i = 0; i < 5; ++i) {
    auto& list = seen[outer[i]];
    auto at = std::find(list.begin(), list.end(), inner[i]);
    if (at == list.end()) at = list.insert(list.end(), inner[i]);
    sub[i] = std::to_string(outer[i]) + "." + std::to_string(at - list.begin() + 1);
  }
  check("--clusters 2 --subclusters 4", outer, sub);
  const std::string defs = write_file(dir, "d.csv", "industry,cluster\na,X\nb,Y\nc,X\nd,Z\ne,Y\n");
  const auto rows =
      run_csv_rows("cluster-mapping define --employment " + table + " --clusters 3 --definitions " + defs);
  ASSERT_EQ(rows.size(), 5u);
  const std::vector<std::string> defined = {"X", "Y", "X", "Z", "Y"};
  const auto want = average_linkage_labels(true, 3, 1e300);
  for (std::size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(cell_number(rows[i], "cluster"), want[i]) << industries[i];
    EXPECT_EQ(rows[i].at("cluster_benchmark"), defined[i]) << industries[i];
  }
  fs::remove_all(dir);
}
