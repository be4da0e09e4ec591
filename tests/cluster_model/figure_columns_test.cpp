// Every column of figures-cluster-model's CSV files against its header (issue 20 §5c), each row
// recomputed here from RC07 §3 / RC05 §V's equilibrium conditions and RC05 §II's payoffs at the
// parameters the files' `#` lines state.
//
// RC07 §3 / RC05 §V (North clustered everywhere, North labour the numeraire): p_j = 1/(theta_j lambda_jN);
// South specialised in j pays w = theta_j lambda_jS/lambda_jN with a cluster and lambda_jS/(theta_j lambda_jN)
// without; it is an equilibrium iff no backward producer of another sector k earns more, p_k lambda_kS <= w
// (within the model's relative tie tolerance 1e-12). The other deviations never bind here: leaving a
// cluster earns w/theta_j, and with beta = 0.5 < 1 a lone modern producer earns beta times the backward one.
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/csv_rows.hpp"

using clustertrade::testing::cell_number;
using clustertrade::testing::CsvRow;
using clustertrade::testing::make_temp_dir;
using clustertrade::testing::read_csv_rows;
using clustertrade::testing::run_figure_program;

namespace {

struct Sectors {
  std::vector<double> ls, ln, theta;
  double backward_revenue(std::size_t k) const { return ls[k] / (theta[k] * ln[k]); }
  double wage(std::size_t j, bool clustered) const { return clustered ? ls[j] / ln[j] : backward_revenue(j); }
  bool equilibrium(std::size_t j, bool clustered) const {
    for (std::size_t k = 0; k < ls.size(); ++k)
      if (k != j && backward_revenue(k) > wage(j, clustered) * (1 + 1e-12)) return false;
    return true;
  }
  // The wage when (j, clustered) is an equilibrium, NaN when not.
  double equilibrium_wage(std::size_t j, bool clustered) const {
    return equilibrium(j, clustered) ? wage(j, clustered) : std::nan("");
  }
};

// Equal numbers, or both NaN (the files write nan for "no such equilibrium").
void expect_same(double got, double want, const std::string& what) {
  if (std::isnan(want)) {
    EXPECT_TRUE(std::isnan(got)) << what << ": " << got << ", expected nan";
  } else {
    EXPECT_NEAR(got, want, 1e-12 * std::max(1.0, std::abs(want))) << what;
  }
}

std::string first_line(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  return line;
}

const clustertrade::testing::FigureProgramOutput& figures() {
  static const clustertrade::testing::FigureProgramOutput output("figures-cluster-model");
  return output;
}

}  // namespace

// rc05-coordination (A = 3, C = 1): modern = A n - C, backward = 1, backward_spill = 1 + A n,
// average = n modern + (1 - n) backward, average_spill the same with backward_spill. Its equilibria
// file: panel 1 (no spillover) has n = 0 (stable: -C < 1, payoff 1), n = (1 + C)/A = 2/3 (unstable, both
// technologies pay 1) and n = 1 (stable: A - C = 2 > 1, payoff 2); panel 2 (spillover: modern always pays
// C + 1 less than backward) only n = 0 (payoff 1).
TEST(FigureColumnsClusterModel, Coordination) {
  ASSERT_TRUE(figures().ran);
  ASSERT_EQ(first_line(figures().file("rc05-coordination")), "# A = 3, C = 1");
  const double A = 3, C = 1;
  const auto rows = figures().rows("rc05-coordination");
  ASSERT_GT(rows.size(), 100u);
  for (const CsvRow& row : rows) {
    const double n = cell_number(row, "n");
    const std::string at = " at n = " + row.at("n");
    EXPECT_NEAR(cell_number(row, "modern"), A * n - C, 1e-12) << at;
    EXPECT_NEAR(cell_number(row, "backward"), 1, 1e-12) << at;
    EXPECT_NEAR(cell_number(row, "backward_spill"), 1 + A * n, 1e-12) << at;
    EXPECT_NEAR(cell_number(row, "average"), n * (A * n - C) + (1 - n), 1e-12) << at;
    EXPECT_NEAR(cell_number(row, "average_spill"), n * (A * n - C) + (1 - n) * (1 + A * n), 1e-12) << at;
  }
  const auto eq = figures().rows("rc05-coordination-equilibria");
  const std::vector<std::vector<double>> want = {{0, 1, 1, 1}, {(1 + C) / A, 1, 0, 1}, {1, A - C, 1, 1}, {0, 1, 1, 2}};
  ASSERT_EQ(eq.size(), want.size());
  for (std::size_t e = 0; e < want.size(); ++e) {
    EXPECT_NEAR(cell_number(eq[e], "n"), want[e][0], 1e-12) << "row " << e;
    EXPECT_NEAR(cell_number(eq[e], "payoff"), want[e][1], 1e-12) << "row " << e;
    EXPECT_EQ(cell_number(eq[e], "stable"), want[e][2]) << "row " << e;
    EXPECT_EQ(cell_number(eq[e], "panel"), want[e][3]) << "row " << e;
  }
}

// rc05-wage-ladder (J = 5, as its # line states): per sector, the wage with and without a cluster, in
// the *_eq column when that specialisation is an equilibrium and in *_not when it is not.
TEST(FigureColumnsClusterModel, WageLadder) {
  ASSERT_TRUE(figures().ran);
  ASSERT_EQ(first_line(figures().file("rc05-wage-ladder")),
            "# lambda_south = 1,0.85,0.7,0.55,0.4; lambda_north = 1; theta = 1.6,1.8,2.0,2.2,2.4");
  const Sectors s{{1, 0.85, 0.7, 0.55, 0.4}, {1, 1, 1, 1, 1}, {1.6, 1.8, 2.0, 2.2, 2.4}};
  const auto rows = figures().rows("rc05-wage-ladder");
  ASSERT_EQ(rows.size(), 5u);
  for (std::size_t j = 0; j < 5; ++j) {
    EXPECT_EQ(cell_number(rows[j], "sector"), static_cast<double>(j + 1));
    for (const bool clustered : {true, false}) {
      const std::string prefix = clustered ? "cluster" : "nocluster";
      const bool eq = s.equilibrium(j, clustered);
      const double w = s.wage(j, clustered), nan = std::nan("");
      expect_same(cell_number(rows[j], prefix + "_eq"), eq ? w : nan, prefix + "_eq, sector " + std::to_string(j + 1));
      expect_same(cell_number(rows[j], prefix + "_not"), eq ? nan : w,
                  prefix + "_not, sector " + std::to_string(j + 1));
    }
  }
}

// rc07-equilibrium-map (lambda_north = 1,1; lambda_south = ratio,1; theta2 = 2): count is the number of
// equilibria; region 0 when both the sector-2 cluster and the no-cluster-in-1 specialisation are
// equilibria, 1 when only the latter, 2 when there is no no-cluster equilibrium in sector 1. Its
// boundaries file: (*) at ratio = theta1, the ordering assumption at ratio = theta1/theta2.
TEST(FigureColumnsClusterModel, EquilibriumMap) {
  ASSERT_TRUE(figures().ran);
  ASSERT_EQ(first_line(figures().file("rc07-equilibrium-map")),
            "# lambda_north = 1,1; lambda_south = ratio,1; theta2 = 2");
  const auto rows = figures().rows("rc07-equilibrium-map");
  ASSERT_EQ(rows.size(), 81u * 81u);
  int regions[3] = {0, 0, 0};
  for (const CsvRow& row : rows) {
    const double ratio = cell_number(row, "ratio"), theta1 = cell_number(row, "theta1");
    const Sectors s{{ratio, 1}, {1, 1}, {theta1, 2}};
    int count = 0;
    for (std::size_t j = 0; j < 2; ++j)
      for (const bool clustered : {true, false}) count += s.equilibrium(j, clustered);
    const int region = s.equilibrium(0, false) ? (s.equilibrium(1, true) ? 0 : 1) : 2;
    ++regions[region];
    EXPECT_EQ(cell_number(row, "count"), count) << ratio << ", " << theta1;
    EXPECT_EQ(cell_number(row, "region"), region) << ratio << ", " << theta1;
  }
  for (int region : regions) EXPECT_GT(region, 0);
  for (const CsvRow& row : figures().rows("rc07-equilibrium-map-boundaries")) {
    EXPECT_EQ(cell_number(row, "star"), cell_number(row, "theta1"));
    EXPECT_NEAR(cell_number(row, "ordering"), cell_number(row, "theta1") / 2, 1e-15);
  }
}

// rc07-theta2-irrelevance (lambda_south = 1,0.6; lambda_north = 1,1; theta1 = 2): the wage of each
// specialisation (cl1, cl2: with a cluster in 1 or 2; is1, is2: without) where it is an equilibrium, nan
// where not; naive = theta2 lambda2S/lambda2N, the sector-2 cluster wage at the unclustered price 1/lambda2N.
TEST(FigureColumnsClusterModel, ThetaTwoIrrelevance) {
  ASSERT_TRUE(figures().ran);
  ASSERT_EQ(first_line(figures().file("rc07-theta2-irrelevance")),
            "# lambda_south = 1,0.6; lambda_north = 1,1; theta1 = 2");
  const auto rows = figures().rows("rc07-theta2-irrelevance");
  ASSERT_GT(rows.size(), 100u);
  for (const CsvRow& row : rows) {
    const double theta2 = cell_number(row, "theta2");
    const Sectors s{{1, 0.6}, {1, 1}, {2, theta2}};
    const std::string at = " at theta2 = " + row.at("theta2");
    expect_same(cell_number(row, "cl1"), s.equilibrium_wage(0, true), "cl1" + at);
    expect_same(cell_number(row, "cl2"), s.equilibrium_wage(1, true), "cl2" + at);
    expect_same(cell_number(row, "is1"), s.equilibrium_wage(0, false), "is1" + at);
    expect_same(cell_number(row, "is2"), s.equilibrium_wage(1, false), "is2" + at);
    EXPECT_NEAR(cell_number(row, "naive"), theta2 * 0.6, 1e-12) << at;
  }
}
