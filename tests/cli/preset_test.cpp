// `--preset h12-figN` reruns a reproduced H12 figure from the command line: its data rows must equal
// the figure program's CSV (figures-trade-growth writes figures/h12-figN.csv), text for text.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/run_command.hpp"

using clustertrade::testing::make_temp_dir;
using clustertrade::testing::run_clustertrade;
namespace fs = std::filesystem;

namespace {

std::vector<std::vector<std::string>> data_rows(const std::string& csv) {
  std::vector<std::vector<std::string>> rows;
  std::istringstream in(csv);
  bool header = true;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    std::vector<std::string> cells;
    std::istringstream cell_stream(line);
    for (std::string cell; std::getline(cell_stream, cell, ',');) cells.push_back(cell);
    rows.push_back(cells);
  }
  return rows;
}

}  // namespace

TEST(CliPreset, H12FiguresTwoToFiveEqualTheFigureProgramsCsv) {
  const fs::path program = fs::path(CLUSTERTRADE_BIN).parent_path() / "figures-trade-growth";
  ASSERT_TRUE(fs::exists(program)) << program;
  const std::string dir = make_temp_dir();
  // Appended piece by piece: `"'" + text` triggers a false -Wrestrict in GCC 12.
  std::string command = "'";
  command.append(program.string()).append("' --figures-dir '").append(dir).append("' --results-dir '");
  command.append(dir).append("' >/dev/null 2>&1");
  ASSERT_EQ(std::system(command.c_str()), 0);
  for (int f = 2; f <= 5; ++f) {
    const std::string id = "h12-fig" + std::to_string(f);
    std::ifstream in(dir + "/" + id + ".csv");
    std::stringstream figure_csv;
    figure_csv << in.rdbuf();
    // Figure columns: t, autarky_home, autarky_foreign, trade_home, trade_foreign.
    const auto figure = data_rows(figure_csv.str());
    const auto trade = run_clustertrade("--preset " + id);
    const auto autarky = run_clustertrade("--preset " + id + "-autarky");
    ASSERT_EQ(trade.status, 0) << trade.err;
    ASSERT_EQ(autarky.status, 0) << autarky.err;
    const auto t_rows = data_rows(trade.out);  // t, income_home, income_foreign, ...
    const auto a_rows = data_rows(autarky.out);
    ASSERT_EQ(figure.size(), 241u) << id;  // T = 60 in steps of 0.25
    ASSERT_EQ(t_rows.size(), figure.size()) << id;
    ASSERT_EQ(a_rows.size(), figure.size()) << id;
    for (std::size_t k = 0; k < figure.size(); ++k) {
      EXPECT_EQ(figure[k][0], t_rows[k][0]) << id << " row " << k;
      EXPECT_EQ(figure[k][1], a_rows[k][1]) << id << " row " << k;
      EXPECT_EQ(figure[k][2], a_rows[k][2]) << id << " row " << k;
      EXPECT_EQ(figure[k][3], t_rows[k][1]) << id << " row " << k;
      EXPECT_EQ(figure[k][4], t_rows[k][2]) << id << " row " << k;
    }
  }
  fs::remove_all(dir);
}

// `--preset h12-fig8-sigma4-3` / `h12-fig8-sigma4`: the figure's share columns are home's population
// share (L_home_1 + ... + L_home_4) / 2 (L + L* = 2); recomputed from the CLI's employment columns,
// so compared to 1e-12 (the sum's order may differ) rather than text for text.
TEST(CliPreset, H12FigureEightSharesEqualTheFigureProgramsCsv) {
  const fs::path program = fs::path(CLUSTERTRADE_BIN).parent_path() / "figures-trade-growth";
  ASSERT_TRUE(fs::exists(program)) << program;
  const std::string dir = make_temp_dir();
  std::string command = "'";
  command.append(program.string()).append("' --figures-dir '").append(dir).append("' --results-dir '");
  command.append(dir).append("' >/dev/null 2>&1");
  ASSERT_EQ(std::system(command.c_str()), 0);
  std::ifstream in(dir + "/h12-fig8.csv");
  std::stringstream figure_csv;
  figure_csv << in.rdbuf();
  const auto figure = data_rows(figure_csv.str());  // t, share_sigma_4_3, share_sigma_4
  ASSERT_EQ(figure.size(), 201u);                   // T = 100 in steps of 0.5
  const std::vector<std::string> presets = {"h12-fig8-sigma4-3", "h12-fig8-sigma4"};
  for (std::size_t c = 0; c < presets.size(); ++c) {
    const auto run = run_clustertrade("--preset " + presets[c]);
    ASSERT_EQ(run.status, 0) << run.err;
    // Columns: t, income_home, income_foreign, rel_wage, A_home_1..4, A_foreign_1..4, L_home_1..4, ...
    const auto rows = data_rows(run.out);
    ASSERT_EQ(rows.size(), figure.size()) << presets[c];
    for (std::size_t k = 0; k < rows.size(); ++k) {
      EXPECT_EQ(figure[k][0], rows[k][0]) << presets[c] << " row " << k;
      double home = 0.0;
      for (std::size_t i = 12; i < 16; ++i) home += std::stod(rows[k][i]);
      EXPECT_NEAR(std::stod(figure[k][1 + c]), home / 2.0, 1e-12) << presets[c] << " row " << k;
    }
  }
  fs::remove_all(dir);
}

// `--preset h12-fig6[-autarky|-delayed]` and `h12-fig7[-autarky|-delayed|-gradual]`: each run's
// income columns equal the figure CSV's <run>_home/<run>_foreign columns, text for text.
TEST(CliPreset, H12FiguresSixAndSevenEqualTheFigureProgramsCsv) {
  const fs::path program = fs::path(CLUSTERTRADE_BIN).parent_path() / "figures-trade-growth";
  ASSERT_TRUE(fs::exists(program)) << program;
  const std::string dir = make_temp_dir();
  std::string command = "'";
  command.append(program.string()).append("' --figures-dir '").append(dir).append("' --results-dir '");
  command.append(dir).append("' >/dev/null 2>&1");
  ASSERT_EQ(std::system(command.c_str()), 0);
  // Figure columns: t, then <run>_home, <run>_foreign per run in this order.
  const std::vector<std::pair<int, std::vector<std::string>>> figures = {{6, {"", "-autarky", "-delayed"}},
                                                                         {7, {"", "-autarky", "-delayed", "-gradual"}}};
  for (const auto& [f, suffixes] : figures) {
    const std::string id = "h12-fig" + std::to_string(f);
    std::ifstream in(dir + "/" + id + ".csv");
    std::stringstream figure_csv;
    figure_csv << in.rdbuf();
    const auto figure = data_rows(figure_csv.str());
    ASSERT_EQ(figure.size(), 241u) << id;  // T = 60 in steps of 0.25
    for (std::size_t r = 0; r < suffixes.size(); ++r) {
      const auto run = run_clustertrade("--preset " + id + suffixes[r]);
      ASSERT_EQ(run.status, 0) << id << suffixes[r] << ": " << run.err;
      const auto rows = data_rows(run.out);
      ASSERT_EQ(rows.size(), figure.size()) << id << suffixes[r];
      for (std::size_t k = 0; k < rows.size(); ++k) {
        EXPECT_EQ(figure[k][0], rows[k][0]) << id << suffixes[r] << " row " << k;
        EXPECT_EQ(figure[k][1 + 2 * r], rows[k][1]) << id << suffixes[r] << " row " << k;
        EXPECT_EQ(figure[k][2 + 2 * r], rows[k][2]) << id << suffixes[r] << " row " << k;
      }
    }
  }
  fs::remove_all(dir);
}

// `--preset h12-fig1` (trade-growth equilibrium): its rel_wage equals the figure's marked wage text for
// text, and its z (home's share of the foreign market summed over industries, as the figure program
// sums it) equals the figure's z to 1e-12 (recomputed from printed shares).
TEST(CliPreset, H12FigureOneEquilibriumEqualsTheFigureProgramsPoint) {
  const fs::path program = fs::path(CLUSTERTRADE_BIN).parent_path() / "figures-trade-growth";
  ASSERT_TRUE(fs::exists(program)) << program;
  const std::string dir = make_temp_dir();
  std::string command = "'";
  command.append(program.string()).append("' --figures-dir '").append(dir).append("' --results-dir '");
  command.append(dir).append("' >/dev/null 2>&1");
  ASSERT_EQ(std::system(command.c_str()), 0);
  std::ifstream in(dir + "/h12-fig1-eq.csv");
  std::stringstream figure_csv;
  figure_csv << in.rdbuf();
  const auto point = data_rows(figure_csv.str());  // z, rel_wage
  ASSERT_EQ(point.size(), 1u);
  const auto run = run_clustertrade("--preset h12-fig1");
  ASSERT_EQ(run.status, 0) << run.err;
  // Columns: industry, rel_wage, income_home, income_foreign, home_share_home_market,
  // home_share_foreign_market, labor_home, labor_foreign; one row per industry (4).
  const auto rows = data_rows(run.out);
  ASSERT_EQ(rows.size(), 4u);
  double z = 0.0;
  for (const auto& row : rows) {
    EXPECT_EQ(row[1], point[0][1]);
    z += std::stod(row[5]);
  }
  EXPECT_NEAR(z, std::stod(point[0][0]), 1e-12);
  fs::remove_all(dir);
}

// `--preset rc07-catchup-*`: each run's `a` column equals its column of the figure program's
// rc07-catchup.csv (nc_a01 ... half_a01), text for text.
TEST(CliPreset, Rc07CatchupRunsEqualTheFigureProgramsCsv) {
  const fs::path program = fs::path(CLUSTERTRADE_BIN).parent_path() / "figures-dynamic-spillovers";
  ASSERT_TRUE(fs::exists(program)) << program;
  const std::string dir = make_temp_dir();
  std::string command = "'";
  command.append(program.string()).append("' --figures-dir '").append(dir).append("' --results-dir '");
  command.append(dir).append("' >/dev/null 2>&1");
  ASSERT_EQ(std::system(command.c_str()), 0);
  std::ifstream in(dir + "/rc07-catchup.csv");
  std::stringstream figure_csv;
  figure_csv << in.rdbuf();
  // Figure columns: t, nc_a01, nc_a03, nc_a09, nc_a15, cl_a01, cl_a15, half_a01, a_hat.
  const auto figure = data_rows(figure_csv.str());
  ASSERT_EQ(figure.size(), 401u);  // T = 400 in steps of 1
  const std::vector<std::string> presets = {"a01", "a03", "a09", "a15", "cluster-a01", "cluster-a15", "half-a01"};
  for (std::size_t c = 0; c < presets.size(); ++c) {
    const auto run = run_clustertrade("--preset rc07-catchup-" + presets[c]);
    ASSERT_EQ(run.status, 0) << presets[c] << ": " << run.err;
    const auto rows = data_rows(run.out);  // t, A_north, A_south, a, growth_north, growth_south
    ASSERT_EQ(rows.size(), figure.size()) << presets[c];
    for (std::size_t k = 0; k < rows.size(); ++k) {
      EXPECT_EQ(figure[k][0], rows[k][0]) << presets[c] << " row " << k;
      EXPECT_EQ(figure[k][1 + c], rows[k][3]) << presets[c] << " row " << k;
    }
  }
  fs::remove_all(dir);
}

// `--preset cpp-dynamics-*`: the ratio column (a or z, column 4) of each run equals its column of the
// figure program's cpp-vs-rc07-dynamics.csv text for text. The figure blanks a CPP run (nan) once z
// leaves [1e-3, 1e3]; those rows are skipped, and each run must still match on at least 40 rows.
TEST(CliPreset, CppDynamicsRunsEqualTheFigureProgramsCsv) {
  const fs::path program = fs::path(CLUSTERTRADE_BIN).parent_path() / "figures-dynamic-spillovers";
  ASSERT_TRUE(fs::exists(program)) << program;
  const std::string dir = make_temp_dir();
  std::string command = "'";
  command.append(program.string()).append("' --figures-dir '").append(dir).append("' --results-dir '");
  command.append(dir).append("' >/dev/null 2>&1");
  ASSERT_EQ(std::system(command.c_str()), 0);
  std::ifstream in(dir + "/cpp-vs-rc07-dynamics.csv");
  std::stringstream figure_csv;
  figure_csv << in.rdbuf();
  // Figure columns: t, rc07_none, rc07_cluster, cpp_none_above, cpp_none_below, cpp_cluster.
  const auto figure = data_rows(figure_csv.str());
  ASSERT_EQ(figure.size(), 401u);  // T = 200 in steps of 0.5
  const std::vector<std::string> presets = {"rc07-none", "rc07-cluster", "none-above", "none-below", "cluster"};
  for (std::size_t c = 0; c < presets.size(); ++c) {
    const auto run = run_clustertrade("--preset cpp-dynamics-" + presets[c]);
    ASSERT_EQ(run.status, 0) << presets[c] << ": " << run.err;
    const auto rows = data_rows(run.out);  // t, level, level, ratio, growth, growth
    ASSERT_EQ(rows.size(), figure.size()) << presets[c];
    std::size_t compared = 0;
    for (std::size_t k = 0; k < rows.size(); ++k) {
      EXPECT_EQ(figure[k][0], rows[k][0]) << presets[c] << " row " << k;
      const std::string& cell = figure[k].size() > 1 + c ? figure[k][1 + c] : std::string();
      if (cell.empty() || cell == "nan") continue;
      EXPECT_EQ(cell, rows[k][3]) << presets[c] << " row " << k;
      ++compared;
    }
    EXPECT_GE(compared, 40u) << presets[c];
  }
  fs::remove_all(dir);
}

// `--preset rc05-coordination[-spillover]`: the command's equilibria are the figure's equilibria of
// panel 1 [2] in the same order: n text for text, stable yes/no for 1/0, and average_output equal to
// the figure's payoff in use to 1e-12 (at an equilibrium every firm in use earns that payoff, so the
// average is it; the two are computed by different expressions).
TEST(CliPreset, Rc05CoordinationEquilibriaEqualTheFigureProgramsCsv) {
  const fs::path program = fs::path(CLUSTERTRADE_BIN).parent_path() / "figures-cluster-model";
  ASSERT_TRUE(fs::exists(program)) << program;
  const std::string dir = make_temp_dir();
  std::string command = "'";
  command.append(program.string()).append("' --figures-dir '").append(dir).append("' --results-dir '");
  command.append(dir).append("' >/dev/null 2>&1");
  ASSERT_EQ(std::system(command.c_str()), 0);
  std::ifstream in(dir + "/rc05-coordination-equilibria.csv");
  std::stringstream figure_csv;
  figure_csv << in.rdbuf();
  const auto figure = data_rows(figure_csv.str());  // n, payoff, stable, panel
  for (int panel = 1; panel <= 2; ++panel) {
    std::vector<std::vector<std::string>> expected;
    for (const auto& row : figure)
      if (std::stod(row[3]) == panel) expected.push_back(row);
    ASSERT_FALSE(expected.empty()) << "panel " << panel;
    const auto run = run_clustertrade(std::string("--preset rc05-coordination") + (panel == 2 ? "-spillover" : ""));
    ASSERT_EQ(run.status, 0) << run.err;
    const auto rows = data_rows(run.out);  // n, stable, average_output
    ASSERT_EQ(rows.size(), expected.size()) << "panel " << panel;
    for (std::size_t k = 0; k < rows.size(); ++k) {
      EXPECT_EQ(rows[k][0], expected[k][0]) << "panel " << panel << " row " << k;
      EXPECT_EQ(rows[k][1], std::stod(expected[k][2]) == 1.0 ? "yes" : "no") << "panel " << panel << " row " << k;
      EXPECT_NEAR(std::stod(rows[k][2]), std::stod(expected[k][1]), 1e-12) << "panel " << panel << " row " << k;
    }
  }
  fs::remove_all(dir);
}

// `--preset rc07-fig1` (infant-industry equilibria with the model's defaults, lambda1S = 1, L_S = 2):
// the same equilibria as the figure's marked points in order, the wage text for text, stable yes/no
// for stable/unstable, and the figure's q1 = lambda1S (L_S - labor_sector2) = 2 - labor_sector2 to 1e-12.
TEST(CliPreset, Rc07FigureOneEquilibriaEqualTheFigureProgramsCsv) {
  const fs::path program = fs::path(CLUSTERTRADE_BIN).parent_path() / "figures-infant-industry";
  ASSERT_TRUE(fs::exists(program)) << program;
  const std::string dir = make_temp_dir();
  std::string command = "'";
  command.append(program.string()).append("' --figures-dir '").append(dir).append("' --results-dir '");
  command.append(dir).append("' >/dev/null 2>&1");
  ASSERT_EQ(std::system(command.c_str()), 0);
  std::ifstream in(dir + "/rc07-fig1-equilibria.csv");
  std::stringstream figure_csv;
  figure_csv << in.rdbuf();
  const auto figure = data_rows(figure_csv.str());  // equilibrium, q2, q1, wage, stability
  ASSERT_EQ(figure.size(), 3u);
  const auto run = run_clustertrade("--preset rc07-fig1");
  ASSERT_EQ(run.status, 0) << run.err;
  const auto rows = data_rows(run.out);  // equilibrium, labor_sector2, wage, stable
  ASSERT_EQ(rows.size(), figure.size());
  for (std::size_t k = 0; k < rows.size(); ++k) {
    EXPECT_EQ(rows[k][0], figure[k][0]) << "row " << k;
    EXPECT_EQ(rows[k][2], figure[k][3]) << "row " << k;
    EXPECT_EQ(rows[k][3], figure[k][4] == "stable" ? "yes" : "no") << "row " << k;
    EXPECT_NEAR(2.0 - std::stod(rows[k][1]), std::stod(figure[k][2]), 1e-12) << "row " << k;
  }
  fs::remove_all(dir);
}

// `--preset rc05-wage-ladder` (cluster-model equilibria, J = 5): every row's wage equals, text for
// text, the figure's cluster_eq (clustered = yes) or nocluster_eq (no) entry for its sector, and the
// rows are exactly the figure's non-nan equilibrium entries.
TEST(CliPreset, Rc05WageLadderEquilibriaEqualTheFigureProgramsCsv) {
  const fs::path program = fs::path(CLUSTERTRADE_BIN).parent_path() / "figures-cluster-model";
  ASSERT_TRUE(fs::exists(program)) << program;
  const std::string dir = make_temp_dir();
  std::string command = "'";
  command.append(program.string()).append("' --figures-dir '").append(dir).append("' --results-dir '");
  command.append(dir).append("' >/dev/null 2>&1");
  ASSERT_EQ(std::system(command.c_str()), 0);
  std::ifstream in(dir + "/rc05-wage-ladder.csv");
  std::stringstream figure_csv;
  figure_csv << in.rdbuf();
  const auto figure = data_rows(figure_csv.str());  // sector, cluster_eq, cluster_not, nocluster_eq, nocluster_not
  ASSERT_EQ(figure.size(), 5u);
  auto present = [](const std::string& cell) { return !cell.empty() && cell != "nan"; };
  std::size_t equilibria = 0;
  for (const auto& row : figure) equilibria += present(row[1]) + present(row[3]);
  const auto run = run_clustertrade("--preset rc05-wage-ladder");
  ASSERT_EQ(run.status, 0) << run.err;
  const auto rows = data_rows(run.out);  // sector, clustered, wage, income_gap
  ASSERT_EQ(rows.size(), equilibria);
  for (const auto& row : rows) {
    const std::size_t sector = std::stoul(row[0]);
    ASSERT_TRUE(sector >= 1 && sector <= 5) << row[0];
    EXPECT_EQ(row[2], figure[sector - 1][row[1] == "yes" ? 1 : 3]) << "sector " << sector << " " << row[1];
  }
  fs::remove_all(dir);
}

// `--preset rc07-income-gap-acquire`: growth_south equals the figure's growth_south_acquire text for
// text, and the figure's gap_acquire equals (theta = 1.5 before T0 = 100, 1 from T0) / a to 1e-12.
TEST(CliPreset, Rc07IncomeGapAcquireEqualsTheFigureProgramsCsv) {
  const fs::path program = fs::path(CLUSTERTRADE_BIN).parent_path() / "figures-dynamic-spillovers";
  ASSERT_TRUE(fs::exists(program)) << program;
  const std::string dir = make_temp_dir();
  std::string command = "'";
  command.append(program.string()).append("' --figures-dir '").append(dir).append("' --results-dir '");
  command.append(dir).append("' >/dev/null 2>&1");
  ASSERT_EQ(std::system(command.c_str()), 0);
  std::ifstream in(dir + "/rc07-income-gap-path.csv");
  std::stringstream figure_csv;
  figure_csv << in.rdbuf();
  // Figure columns: t, gap_acquire, gap_lose, growth_south_acquire, growth_north.
  const auto figure = data_rows(figure_csv.str());
  ASSERT_EQ(figure.size(), 801u);  // T = 400 in steps of 0.5
  const auto run = run_clustertrade("--preset rc07-income-gap-acquire");
  ASSERT_EQ(run.status, 0) << run.err;
  const auto rows = data_rows(run.out);  // t, A_north, A_south, a, growth_north, growth_south
  ASSERT_EQ(rows.size(), figure.size());
  for (std::size_t k = 0; k < rows.size(); ++k) {
    EXPECT_EQ(figure[k][0], rows[k][0]) << "row " << k;
    EXPECT_EQ(figure[k][3], rows[k][5]) << "row " << k;
    const double factor = std::stod(rows[k][0]) >= 100.0 ? 1.0 : 1.5;
    EXPECT_NEAR(std::stod(figure[k][1]), factor / std::stod(rows[k][3]), 1e-12) << "row " << k;
  }
  fs::remove_all(dir);
}
