// Every output column against its header (issue 20 §5c): for a small asymmetric case, each column
// of a command's CSV is computed here independently (closed forms and definitions written out in
// the test), by column name, so that two swapped columns, a column off by a factor or a header
// that names the wrong quantity fails.
#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/csv_rows.hpp"

using clustertrade::testing::expect_close;
using clustertrade::testing::make_temp_dir;
namespace fs = std::filesystem;

namespace {

using Row = clustertrade::testing::CsvRow;

double num(const Row& row, const std::string& column) { return clustertrade::testing::cell_number(row, column); }

std::vector<Row> run_csv(const std::string& args) { return clustertrade::testing::run_csv_rows(args); }

std::string write_file(const std::string& dir, const std::string& name, const std::string& text) {
  const std::string path = dir + "/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

}  // namespace

// CPP §5 eqs. (5)-(6): Z_rich' = x Z_rich, Z_poor' = z Z_poor (plus x Z_poor with a cluster), z =
// Z_poor/Z_rich. Without a cluster z' = z (z - x), a Bernoulli equation: 1/z = 1/x + (1/z0 - 1/x)
// e^{xt}. With a cluster from t = 0, z' = z^2: z = 1/(1/z0 - t).
TEST(OutputColumns, CppSimulateEveryColumn) {
  const double x = 0.03, z0 = 0.4;
  for (const bool cluster : {false, true}) {
    const auto rows =
        run_csv("dynamic-spillovers cpp-simulate --rich-growth-rate 0.03 --z0 0.4 --horizon 2 --step 0.5" +
                std::string(cluster ? " --cluster-from 0" : ""));
    ASSERT_EQ(rows.size(), 5u);
    for (const auto& row : rows) {
      const double t = num(row, "t");
      const double z = cluster ? 1.0 / (1.0 / z0 - t) : 1.0 / (1.0 / x + (1.0 / z0 - 1.0 / x) * std::exp(x * t));
      const std::string at = " at t = " + row.at("t") + (cluster ? " (cluster)" : "");
      expect_close(num(row, "Z_rich"), std::exp(x * t), 1e-6, "Z_rich" + at);
      expect_close(num(row, "z"), z, 1e-6, "z" + at);
      expect_close(num(row, "Z_poor"), z * std::exp(x * t), 1e-6, "Z_poor" + at);
      expect_close(num(row, "growth_rich"), x, 1e-9, "growth_rich" + at);
      expect_close(num(row, "growth_poor"), cluster ? z + x : z, 1e-6, "growth_poor" + at);
    }
  }
}

// RC07 §4 with South never clustered: A_N' = g A_N (North leads, so its spillover term is 0) and
// A_S' = epsilon (1 - a) A_S with a = A_S/A_N, so a' = (epsilon - g) a - epsilon a^2, the logistic
// a = K / (1 + (K/a0 - 1) e^{-(epsilon - g) t}) with K = (epsilon - g)/epsilon.
TEST(OutputColumns, DynamicSpilloversSimulateEveryColumn) {
  const double g = 0.02, eps = 0.05, a0 = 0.3, K = (eps - g) / eps;
  const auto rows =
      run_csv("dynamic-spillovers simulate --learning-rate 0.02 --epsilon 0.05 --a0 0.3 --horizon 40 --step 10");
  ASSERT_EQ(rows.size(), 5u);
  for (const auto& row : rows) {
    const double t = num(row, "t");
    const double a = K / (1.0 + (K / a0 - 1.0) * std::exp(-(eps - g) * t));
    const std::string at = " at t = " + row.at("t");
    expect_close(num(row, "A_north"), std::exp(g * t), 1e-6, "A_north" + at);
    expect_close(num(row, "a"), a, 1e-6, "a" + at);
    expect_close(num(row, "A_south"), a * std::exp(g * t), 1e-6, "A_south" + at);
    expect_close(num(row, "growth_north"), g, 1e-9, "growth_north" + at);
    expect_close(num(row, "growth_south"), eps * (1.0 - a), 1e-6, "growth_south" + at);
  }
}

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
    const auto rows = run_csv("cluster-mapping lq --employment " + table + (c_local ? " --local c" : ""));
    ASSERT_EQ(rows.size(), 9u);
    for (const auto& row : rows) {
      int r = 0, i = 0;
      while (r < 3 && row.at("region") != kRegions[r]) ++r;
      while (i < 3 && row.at("industry") != kIndustries[i]) ++i;
      ASSERT_LT(r, 3);
      ASSERT_LT(i, 3);
      EXPECT_DOUBLE_EQ(num(row, "employment"), kE[r][i]);
      EXPECT_NEAR(num(row, "lq"), lq(r, i, local), 1e-12) << kRegions[r] << " " << kIndustries[i];
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
    const auto rows = run_csv("cluster-mapping colocation --employment " + table + " --measure " + measure);
    ASSERT_EQ(rows.size(), 3u);
    for (const auto& row : rows) {
      int i = 0, j = 0;
      while (i < 3 && row.at("industry_a") != kIndustries[i]) ++i;
      while (j < 3 && row.at("industry_b") != kIndustries[j]) ++j;
      ASSERT_LT(i, 3);
      ASSERT_LT(j, 3);
      EXPECT_NEAR(num(row, "correlation"), pearson(i, j), 1e-12) << measure << " " << i << j;
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
  const auto rows = run_csv("cluster-mapping strength --employment " + table + " --definitions " + defs);
  ASSERT_EQ(rows.size(), 6u);
  int strong[3] = {0, 0, 0};
  for (const auto& row : rows) {
    int r = 0;
    while (r < 3 && row.at("region") != kRegions[r]) ++r;
    ASSERT_LT(r, 3);
    const int c = row.at("cluster") == "X" ? 0 : 1;
    const double want_lq = (cluster[r][c] / er[r]) / (ex[c] / e);
    EXPECT_DOUBLE_EQ(num(row, "employment"), cluster[r][c]);
    EXPECT_NEAR(num(row, "lq"), want_lq, 1e-12);
    EXPECT_EQ(row.at("strong"), want_lq >= 1.5 ? "yes" : "no");
    strong[r] += want_lq >= 1.5;
  }
  EXPECT_EQ(strong[0] + strong[1] + strong[2], 1);  // one strong cluster: r1's X, LQ (10/17)/(19/50) = 1.548
  const auto summary = run_csv("cluster-mapping summary --employment " + table + " --definitions " + defs);
  ASSERT_EQ(summary.size(), 3u);
  for (const auto& row : summary) {
    int r = 0;
    while (r < 3 && row.at("region") != kRegions[r]) ++r;
    ASSERT_LT(r, 3);
    EXPECT_DOUBLE_EQ(num(row, "traded_employment"), er[r]);
    EXPECT_EQ(num(row, "strong_clusters"), strong[r]);
    EXPECT_DOUBLE_EQ(num(row, "top5_share"), 1.0);
  }
  fs::remove_all(dir);
}
