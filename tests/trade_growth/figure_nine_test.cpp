// H12 Fig. 9 (App. D, proof of Proposition 2) as figures-trade-growth draws it (h12-fig9.csv), against
// closed forms for Fig. 3's inputs at σ = 2 (derivation below), and the step-1 growth rates it registers
// against H12's own expressions.
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/run_command.hpp"

using clustertrade::testing::make_temp_dir;
namespace fs = std::filesystem;

namespace {

// Runs the figure program into `dir`; true when it exits with 0.
bool run_figure_program(const std::string& dir) {
  const fs::path program = fs::path(CLUSTERTRADE_BIN).parent_path() / "figures-trade-growth";
  if (!fs::exists(program)) return false;
  std::string command = "'";  // appended piece by piece (GCC 12 -Wrestrict false positive on "'" + text)
  command.append(program.string()).append("' --figures-dir '").append(dir).append("' --results-dir '");
  command.append(dir).append("' >/dev/null 2>&1");
  return std::system(command.c_str()) == 0;
}

// Data rows (after the `#` comments and the header) as numbers.
std::vector<std::vector<double>> numeric_rows(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::vector<double>> rows;
  bool header = true;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    std::vector<double> cells;
    std::istringstream cell_stream(line);
    for (std::string cell; std::getline(cell_stream, cell, ',');) cells.push_back(std::stod(cell));
    rows.push_back(cells);
  }
  return rows;
}

double registered(const nlohmann::json& numbers, const std::string& name) {
  for (const auto& e : numbers)
    if (e.at("name") == name) return e.at("value").get<double>();
  ADD_FAILURE() << name << " is not registered";
  return std::nan("");
}

}  // namespace

// Fig. 3's inputs: τ = 0.2 between industries 1 and 2 and between 3 and 4 (τ_12 = τ_21 = τ_34 = τ_43),
// A(0) = (10, 10, 5, 5), A*(0) = (5, 5, 10, 10), L = L* = 1, σ = 2 (eq. (9): dA_i/dt = Σ_j τ_ji L_j).
// - CBT: home makes only 1 and 2, which stay equal (same start, same rate), so it splits L = 1 equally:
//   dA_1/dt = τ L_2 = 0.2 · 1/2 = 0.1 for ever, A_1^CBT(t) = 10 + 0.1 t.
// - Autarky at σ = 2: L_i = A_i / Σ_k A_k, so dA_1/dt = τ A_2/ΣA and d(ΣA)/dt = τ Σ_i L_i = 0.2. With
//   A_2 = 10 + c t and ΣA = 30 + 0.2 t the ratio A_2/ΣA stays 1/3 exactly when c = 0.2/3, which solves
//   the equation: A_1^AUT(t) = 10 + t/15. Abroad A*_2/ΣA* = 5/30, so A*_1^AUT(t) = 5 + t/30.
// (Fig. 2's inputs give the very same paths: industries 1 and 2 start equal and stay equal, so learning
// from oneself or from one's twin is the same; Fig. 4's inputs, where CBT is not available, do not.)
// H12's step 1 gives the same rates at t = 0: τA_2/(A_1 + A_2) = 0.1 and τA_2/ΣA = 1/15.
// Tolerance 1e-7: the integration runs at rtol = atol = 1e-10 over T = 60 on values near 10.
TEST(TradeGrowthFigureNine, PathsFollowTheClosedFormsOfFigureThreeInputs) {
  const std::string dir = make_temp_dir();
  ASSERT_TRUE(run_figure_program(dir));
  // Columns: t, trade_home_A1, autarky_home_A1, autarky_foreign_A1, gap_A1; T = 60 in steps of 0.25.
  const auto rows = numeric_rows(dir + "/h12-fig9.csv");
  ASSERT_EQ(rows.size(), 241u);
  for (const auto& r : rows) {
    ASSERT_EQ(r.size(), 5u);
    const double t = r[0];
    EXPECT_NEAR(r[1], 10.0 + 0.1 * t, 1e-7) << "t = " << t;
    EXPECT_NEAR(r[2], 10.0 + t / 15.0, 1e-7) << "t = " << t;
    EXPECT_NEAR(r[3], 5.0 + t / 30.0, 1e-7) << "t = " << t;
    EXPECT_NEAR(r[4], r[1] - r[2], 1e-12) << "t = " << t;
  }
  std::ifstream json_in(dir + "/figures-trade-growth.numbers.json");
  const nlohmann::json numbers = nlohmann::json::parse(json_in);
  EXPECT_NEAR(registered(numbers, "tgFigNineSlopeTrade"), 0.1, 1e-6);
  EXPECT_NEAR(registered(numbers, "tgFigNineSlopeAutarky"), 1.0 / 15.0, 1e-6);
  // Smallest gap after t = 0 is at the first output time: (0.1 - 1/15) · 0.25 = 1/120.
  EXPECT_NEAR(registered(numbers, "tgFigNineMinGap"), 1.0 / 120.0, 1e-7);
  EXPECT_NEAR(registered(numbers, "tgFigNineGapAtT"), (0.1 - 1.0 / 15.0) * 60.0, 1e-6);
  EXPECT_NEAR(registered(numbers, "tgFigNineMinOverForeign"), 5.0, 1e-7);  // at t = 0: 10 - 5
  fs::remove_all(dir);
}
