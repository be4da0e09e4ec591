// The columns of figures-cluster-mapping's simulated-nation CSV files (cmap-*.csv) against their headers
// (issue 20 §5c). Each figure function runs at a small, asymmetric size (13 regions, 2 replicate nations
// per point, a Porter nation of 29 regions and 7 planted blocks of sizes 4 2 6 3 5 2 4) into a temporary
// folder of its test; each file's rows are then recomputed from their inputs: the nation written in the
// file's first comment line (parsed back here, so the comment is checked too), the row's swept value and
// the column's regime. The nations themselves come from simulate_nation() (tested in regions_test.cpp);
// the clustering's labels come from recover_blocks() (average linkage, hierarchy_test.cpp). Everything
// the figure files derive from them (shares, correlations, order, outlines, ARI, LQs, top-five shares,
// histograms) is written out below.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <numeric>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>
#include <Eigen/Dense>

#include "cluster_mapping/experiments.hpp"
#include "cluster_mapping/nation_figures.hpp"
#include "cluster_mapping/regions.hpp"
#include "core/figures.hpp"
#include "support/csv_rows.hpp"

namespace cm = clustertrade::cluster_mapping;
using clustertrade::testing::cell_number;
using clustertrade::testing::CsvRow;
using clustertrade::testing::make_temp_dir;
using clustertrade::testing::read_csv_rows;

namespace {

// Small and asymmetric: the two nations differ in regions (13 and 29), the Porter blocks in size, and two replicates
// make the seed step (7919) matter.
const cm::NationFigureSizes sizes{13, 2, 29, 7};

// The files one figure function writes, in a temporary folder (each test runs only its own function).
struct Dir {
  std::string path = make_temp_dir();
  explicit Dir(void (*figure)(clustertrade::FigureOutput&, const cm::NationFigureSizes&)) {
    clustertrade::FigureOutput out(path, "figures-cluster-mapping");
    figure(out, sizes);
  }
  Dir(const Dir&) = delete;
  Dir& operator=(const Dir&) = delete;
  [[nodiscard]] std::vector<CsvRow> rows(const std::string& id) const {
    return read_csv_rows(path + "/" + id + ".csv");
  }
  // The nation of the file's first line: "# regions=R blocks=[b1 b2 ...] local=... trade=... seed=...".
  [[nodiscard]] cm::NationParams nation(const std::string& id) const {
    std::ifstream in(path + "/" + id + ".csv");
    std::string line;
    std::getline(in, line);
    EXPECT_EQ(line.rfind("# regions=", 0), 0u) << id << ": " << line;
    std::map<std::string, std::string> field;
    std::istringstream words(line.substr(2));
    for (std::string word; words >> word;) {
      if (word.rfind("blocks=[", 0) == 0)  // the list runs to the word ending in ']'
        for (std::string next; word.back() != ']' && words >> next;) word += " " + next;
      const auto eq = word.find('=');
      field[word.substr(0, eq)] = word.substr(eq + 1);
    }
    cm::NationParams p;
    p.regions = std::stoul(field.at("regions"));
    p.blocks.clear();
    std::istringstream blocks(field.at("blocks").substr(1, field.at("blocks").size() - 2));
    for (std::size_t b; blocks >> b;) p.blocks.push_back(b);
    p.local = std::stoul(field.at("local"));
    p.block_strength = std::stod(field.at("block_strength"));
    p.background = std::stod(field.at("background"));
    p.periods = std::stoul(field.at("periods"));
    p.sigma = std::stod(field.at("sigma"));
    p.spread = std::stod(field.at("spread"));
    p.size_spread = std::stod(field.at("size_spread"));
    p.labor_foreign = std::stod(field.at("labor_foreign"));
    p.openness = std::stod(field.at("openness"));
    p.foreign_gap = std::stod(field.at("foreign_gap"));
    p.noise = std::stod(field.at("noise"));
    const std::map<std::string, cm::Trade> trades = {{"cluster-building", cm::Trade::cluster_building},
                                                     {"cluster-destroying", cm::Trade::cluster_destroying},
                                                     {"free-trade", cm::Trade::free_trade},
                                                     {"autarky", cm::Trade::autarky}};
    p.trade = trades.at(field.at("trade"));
    p.seed = std::stoull(field.at("seed"));
    return p;
  }
  ~Dir() { std::filesystem::remove_all(path); }
};

// The traded industries the nation makes: columns j < sum of block sizes with sum_r e_rj > 0.
std::vector<std::size_t> produced(const cm::Nation& nation, std::size_t traded) {
  std::vector<std::size_t> out;
  for (std::size_t j = 0; j < traded; ++j)
    if (nation.employment.col(static_cast<Eigen::Index>(j)).sum() > 0) out.push_back(j);
  return out;
}

// Porter's locational correlation of shares: s_rj = e_rj / sum_{k traded} e_rk (0 where the region has no
// traded employment), then Pearson's correlation across regions of s_.i and s_.j; an industry with the same
// share everywhere has correlation 0 with every other (1 with itself).
double share_correlation(const cm::Nation& nation, std::size_t traded, std::size_t i, std::size_t j) {
  if (i == j) return 1.0;
  const auto R = nation.employment.rows();
  std::vector<double> a(R), b(R);
  for (Eigen::Index r = 0; r < R; ++r) {
    const double base = nation.employment.row(r).head(static_cast<Eigen::Index>(traded)).sum();
    a[r] = base > 0 ? nation.employment(r, static_cast<Eigen::Index>(i)) / base : 0.0;
    b[r] = base > 0 ? nation.employment(r, static_cast<Eigen::Index>(j)) / base : 0.0;
  }
  const double ma = std::accumulate(a.begin(), a.end(), 0.0) / R, mb = std::accumulate(b.begin(), b.end(), 0.0) / R;
  double sab = 0, saa = 0, sbb = 0;
  for (Eigen::Index r = 0; r < R; ++r)
    sab += (a[r] - ma) * (b[r] - mb), saa += (a[r] - ma) * (a[r] - ma), sbb += (b[r] - mb) * (b[r] - mb);
  return saa > 0 && sbb > 0 ? sab / std::sqrt(saa * sbb) : 0.0;
}

// Hubert and Arabie's adjusted Rand index: with n_uv the contingency counts, a_u and b_v its margins and
// C(x) = x(x-1)/2, ARI = (sum C(n_uv) - E) / ((sum C(a_u) + sum C(b_v))/2 - E), E = sum C(a_u) sum C(b_v) / C(n).
double ari(const std::vector<int>& x, const std::vector<int>& y) {
  const auto c2 = [](double v) { return v * (v - 1) / 2; };
  std::map<std::pair<int, int>, double> n;
  std::map<int, double> a, b;
  for (std::size_t k = 0; k < x.size(); ++k) n[{x[k], y[k]}] += 1, a[x[k]] += 1, b[y[k]] += 1;
  double index = 0, sa = 0, sb = 0;
  for (const auto& [key, v] : n) index += c2(v);
  for (const auto& [key, v] : a) sa += c2(v);
  for (const auto& [key, v] : b) sb += c2(v);
  const double expected = sa * sb / c2(static_cast<double>(x.size()));
  const double top = (sa + sb) / 2;
  return top == expected ? 1.0 : (index - expected) / (top - expected);
}

// One point of a recovery curve: the mean over replicates k = 0, 1 (seed + 7919 k) of the ARI of the
// recovered clusters against the planted blocks, on the traded industries the nation makes.
double mean_ari(cm::NationParams p) {
  const std::uint64_t base = p.seed;
  double sum = 0;
  for (std::size_t k = 0; k < sizes.replicates; ++k) {
    p.seed = base + 7919 * k;
    // One thread: the same nation (the result does not depend on the thread count), less waiting on a busy machine.
    const cm::Nation nation = cm::simulate_nation(p, 1);
    const cm::Recovery rec = cm::recover_blocks(nation);
    std::vector<int> planted;
    for (std::size_t j : produced(nation, p.traded())) planted.push_back(nation.planted[j]);
    EXPECT_EQ(planted, rec.planted);
    sum += ari(rec.recovered, planted);
  }
  return sum / static_cast<double>(sizes.replicates);
}

}  // namespace

// cmap-heatmap-<trade>-size: n, the traded industries the nation makes. cmap-heatmap-<trade>: n² cells, y
// outer and x inner, x and y the positions in the order (recovered cluster, planted block, industry index),
// correlation = the share correlation of the two industries at those positions. cmap-heatmap-<trade>-blocks:
// per maximal run s..e of positions with one planted block and one recovered cluster, the closed outline
// (s-1/2, s-1/2), (e+1/2, s-1/2), (e+1/2, e+1/2), (s-1/2, e+1/2), (s-1/2, s-1/2) then a NaN row, each row's
// planted = the run's block.
TEST(NationFigureColumns, Heatmap) {
  const Dir figures(cm::figure_heatmap);
  for (const std::string part : {"building", "destroying"}) {
    const std::string id = "cmap-heatmap-" + part;
    const cm::NationParams p = figures.nation(id);
    EXPECT_EQ(p.regions, sizes.regions);
    EXPECT_EQ(p.trade, part == "building" ? cm::Trade::cluster_building : cm::Trade::cluster_destroying);
    for (const std::string other : {"-blocks", "-size"})
      EXPECT_EQ(cm::to_string(figures.nation(id + other).trade), cm::to_string(p.trade)) << id + other;
    const cm::Nation nation = cm::simulate_nation(p);
    const std::vector<std::size_t> made = produced(nation, p.traded());
    const std::size_t n = made.size();
    const auto size = figures.rows(id + "-size");
    ASSERT_EQ(size.size(), 1u);
    EXPECT_EQ(size[0].size(), 1u);  // no column left unchecked
    EXPECT_EQ(cell_number(size[0], "n"), static_cast<double>(n)) << id;

    const cm::Recovery rec = cm::recover_blocks(nation);
    ASSERT_EQ(rec.recovered.size(), n);
    std::vector<std::size_t> order(n);  // positions -> index into `made`
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return std::tuple(rec.recovered[a], nation.planted[made[a]], a) <
             std::tuple(rec.recovered[b], nation.planted[made[b]], b);
    });
    const auto cells = figures.rows(id);
    ASSERT_EQ(cells.size(), n * n) << id;
    for (std::size_t k = 0; k < cells.size(); ++k) {
      const std::size_t x = k % n, y = k / n;
      EXPECT_EQ(cells[k].size(), 3u);
      EXPECT_EQ(cell_number(cells[k], "x"), static_cast<double>(x)) << id << " row " << k;
      EXPECT_EQ(cell_number(cells[k], "y"), static_cast<double>(y)) << id << " row " << k;
      EXPECT_NEAR(cell_number(cells[k], "correlation"),
                  share_correlation(nation, p.traded(), made[order[x]], made[order[y]]), 1e-9)
          << id << " at x = " << x << ", y = " << y;
    }

    std::vector<std::vector<double>> want;  // x, y, planted
    for (std::size_t s = 0, e = 0; s < n; s = e + 1) {
      const auto key = [&](std::size_t pos) {
        return std::pair(rec.recovered[order[pos]], nation.planted[made[order[pos]]]);
      };
      for (e = s; e + 1 < n && key(e + 1) == key(s);) ++e;
      const double lo = s - 0.5, hi = e + 0.5, nan = std::nan(""), block = nation.planted[made[order[s]]];
      for (const auto& [x, y] : {std::pair(lo, lo), std::pair(hi, lo), std::pair(hi, hi), std::pair(lo, hi),
                                 std::pair(lo, lo), std::pair(nan, nan)})
        want.push_back({x, y, block});
    }
    const auto boxes = figures.rows(id + "-blocks");
    ASSERT_EQ(boxes.size(), want.size()) << id;
    for (std::size_t k = 0; k < boxes.size(); ++k)
      for (std::size_t c = 0; c < 3; ++c) {
        EXPECT_EQ(boxes[k].size(), 3u);
        const double got = cell_number(boxes[k], c == 0 ? "x" : c == 1 ? "y" : "planted");
        if (std::isnan(want[k][c]))
          EXPECT_TRUE(std::isnan(got)) << id << "-blocks row " << k;
        else
          EXPECT_EQ(got, want[k][c]) << id << "-blocks row " << k << " column " << c;
      }
  }
}

// cmap-recovery-<sweep>: the first column is the swept value (T, the within-block tau, or the noise); the
// others the mean ARI (mean_ari()) of the file's nation with that value under, in order, cluster-building,
// cluster-destroying, random-foreign trade and autarky, or (noise) cluster-building trade at sigma = 1.5, 2,
// 3 and 5. The sweep's grids are the report's (periods 0..30, tau 0.01..0.5, noise 0..4).
TEST(NationFigureColumns, Recovery) {
  const Dir figures(cm::figure_recovery);
  using Set = std::function<void(cm::NationParams&, double)>;
  const std::map<std::string, cm::Trade> regimes = {{"building", cm::Trade::cluster_building},
                                                    {"destroying", cm::Trade::cluster_destroying},
                                                    {"trade", cm::Trade::free_trade},
                                                    {"autarky", cm::Trade::autarky}};
  struct Sweep {
    std::string file;  // cmap-recovery-<file>, whose first column is named <file> too
    std::vector<double> grid;
    Set set;
  };
  const std::vector<Sweep> sweeps = {
      {"periods", {0, 1, 2, 4, 6, 10, 15, 20, 30}, [](auto& p, double v) { p.periods = std::size_t(v); }},
      {"tau", {0.01, 0.02, 0.05, 0.08, 0.12, 0.2, 0.3, 0.5}, [](auto& p, double v) { p.block_strength = v; }},
      {"noise", {0, 1, 2, 3, 4}, [](auto& p, double v) { p.noise = v; }}};
  for (const auto& sweep : sweeps) {
    const std::string id = "cmap-recovery-" + sweep.file;
    const cm::NationParams base = figures.nation(id);
    EXPECT_EQ(base.regions, sizes.regions);
    EXPECT_EQ(base.trade, cm::Trade::cluster_building);
    const auto rows = figures.rows(id);
    ASSERT_EQ(rows.size(), sweep.grid.size()) << id;
    for (std::size_t k = 0; k < rows.size(); ++k) {
      EXPECT_EQ(cell_number(rows[k], sweep.file), sweep.grid[k]) << id << " row " << k;
      std::map<std::string, cm::NationParams> columns;
      if (sweep.file == "noise") {
        for (const auto& [column, sigma] : {std::pair{"sigma15", 1.5}, std::pair{"sigma2", 2.0},
                                            std::pair{"sigma3", 3.0}, std::pair{"sigma5", 5.0}}) {
          columns[column] = base;
          columns[column].sigma = sigma;
        }
      } else {
        for (const auto& [column, trade] : regimes) {
          columns[column] = base;
          columns[column].trade = trade;
        }
      }
      EXPECT_EQ(rows[k].size(), columns.size() + 1);
      for (auto& [column, p] : columns) {
        sweep.set(p, sweep.grid[k]);
        EXPECT_NEAR(cell_number(rows[k], column), mean_ari(p), 1e-12) << id << " row " << k << " column " << column;
      }
    }
  }
}

// cmap-porter-stats-top5 and -strong: on the file's nation (7 blocks of porter_blocks(): 4 2 6 3 5 2 4) under
// cluster-building (column building) and random-foreign trade (column trade). With the recovered clusters c
// (labels of recover_blocks() on the industries made; K = the planted count): e_rc = sum of the cluster's
// employment, E_r = sum_c e_rc, LQ_rc = (e_rc/E_r)/(E_c/E) (0 when E_r = 0); a cluster is strong at LQ >= 1.5;
// top5_r = the five largest e_rc over E_r. top5: bins b = 0..19 at bin = (b + 1/2)/20 hold the share of
// regions with min(floor(20 top5_r), 19) = b; strong: rows k = 0..max(8, most strong) hold the share of regions
// with k strong clusters. cmap-porter-stats-us: Porter's U.S. averages (Measuring Clusters): the top five
// clusters hold 52 % of traded employment (as a share, 0.52), seven clusters with LQ >= 1.5.
TEST(NationFigureColumns, PorterStatistics) {
  const Dir figures(cm::figure_porter_stats);
  struct Stats {
    std::vector<double> top5, strong;
  };
  const auto statistics = [](const cm::NationParams& p) {
    const cm::Nation nation = cm::simulate_nation(p);
    const cm::Recovery rec = cm::recover_blocks(nation);
    const int K = *std::max_element(rec.recovered.begin(), rec.recovered.end());
    const auto R = nation.employment.rows();
    std::vector<std::vector<double>> e(R, std::vector<double>(K, 0.0));
    std::vector<double> cluster_total(K, 0.0);
    double total = 0;
    for (Eigen::Index r = 0; r < R; ++r)
      for (std::size_t k = 0; k < rec.industries.size(); ++k) {
        const double x = nation.employment(r, static_cast<Eigen::Index>(rec.industries[k]));
        e[r][rec.recovered[k] - 1] += x, cluster_total[rec.recovered[k] - 1] += x, total += x;
      }
    Stats s;
    for (auto row : e) {
      const double er = std::accumulate(row.begin(), row.end(), 0.0);
      double strong = 0;
      for (int c = 0; c < K; ++c) strong += er > 0 && (row[c] / er) / (cluster_total[c] / total) >= 1.5;
      std::sort(row.begin(), row.end(), std::greater<>());
      double top = 0;
      for (int c = 0; c < std::min(K, 5); ++c) top += row[c];
      s.top5.push_back(er > 0 ? top / er : 0.0);
      s.strong.push_back(strong);
    }
    return s;
  };
  const cm::NationParams p = figures.nation("cmap-porter-stats-top5");
  EXPECT_EQ(p.regions, sizes.porter_regions);
  EXPECT_EQ(p.blocks, (std::vector<std::size_t>{4, 2, 6, 3, 5, 2, 4}));
  EXPECT_EQ(p.trade, cm::Trade::cluster_building);
  EXPECT_EQ(cm::to_string(figures.nation("cmap-porter-stats-strong").trade), cm::to_string(p.trade));
  std::map<std::string, Stats> stats;
  for (const auto& [column, trade] :
       {std::pair{"building", cm::Trade::cluster_building}, std::pair{"trade", cm::Trade::free_trade}}) {
    auto q = p;
    q.trade = trade;
    stats[column] = statistics(q);
  }

  const auto top5 = figures.rows("cmap-porter-stats-top5");
  ASSERT_EQ(top5.size(), 20u);
  for (int b = 0; b < 20; ++b) {
    EXPECT_EQ(top5[b].size(), 1 + stats.size());
    EXPECT_DOUBLE_EQ(cell_number(top5[b], "bin"), (b + 0.5) / 20);
    for (const auto& [column, s] : stats) {
      double share = 0;
      for (double v : s.top5) share += std::min(static_cast<int>(v * 20), 19) == b;
      EXPECT_NEAR(cell_number(top5[b], column), share / static_cast<double>(s.top5.size()), 1e-15)
          << column << " bin " << b;
    }
  }
  double most = 8;
  for (const auto& [column, s] : stats) most = std::max(most, *std::max_element(s.strong.begin(), s.strong.end()));
  const auto strong = figures.rows("cmap-porter-stats-strong");
  ASSERT_EQ(strong.size(), static_cast<std::size_t>(most) + 1);
  for (std::size_t k = 0; k < strong.size(); ++k) {
    EXPECT_EQ(strong[k].size(), 1 + stats.size());
    EXPECT_EQ(cell_number(strong[k], "strong"), static_cast<double>(k));
    for (const auto& [column, s] : stats) {
      const double count = static_cast<double>(std::count(s.strong.begin(), s.strong.end(), static_cast<double>(k)));
      EXPECT_NEAR(cell_number(strong[k], column), count / static_cast<double>(s.strong.size()), 1e-15)
          << column << " with " << k << " strong clusters";
    }
  }

  const auto us = figures.rows("cmap-porter-stats-us");
  ASSERT_EQ(us.size(), 1u);
  EXPECT_EQ(us[0].size(), 2u);
  EXPECT_EQ(cell_number(us[0], "top5"), 0.52);
  EXPECT_EQ(cell_number(us[0], "strong"), 7);
}
