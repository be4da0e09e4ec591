// Every column of figures-infant-industry's CSV files (RC07 Fig. 1) against its header (issue 20 §5c),
// each row recomputed here from RC07 §2's definitions at the parameters the files' first `#` line states
// (read from that line, so a file whose data do not match its stated parameters fails).
//
// RC07 §2: Q1 = lambda1S (L_S - L2), Q2 = lambda2S L2 (1 + alpha min(Lbar, L2)); theta = 1 + alpha Lbar;
// world prices p1* = 1/lambda1N, p2* = 1/(theta lambda2N) (North clustered, North labour the numeraire).
// The label positions of rc07-fig1-labels.csv (label_q2, label_q1, anchor) are layout, not checked.
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
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

struct Fig1 {
  double l1s, l2s, l1n, l2n, alpha, lbar, labor;
  double theta() const { return 1 + alpha * lbar; }
  double q1(double l2) const { return l1s * (labor - l2); }
  double q2(double l2) const { return l2s * l2 * (1 + alpha * std::min(lbar, l2)); }
  double p1() const { return 1 / l1n; }
  double p2() const { return 1 / (theta() * l2n); }
};

// The parameters from the first line, "# lambda_south=a,b lambda_north=c,d alpha=e lbar=f labor_south=g".
Fig1 stated_parameters(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  std::map<std::string, std::vector<double>> values;
  std::istringstream words(line.substr(1));
  for (std::string word; words >> word;) {
    const auto eq = word.find('=');
    if (eq == std::string::npos) continue;
    std::istringstream list(word.substr(eq + 1));
    for (std::string cell; std::getline(list, cell, ',');) values[word.substr(0, eq)].push_back(std::stod(cell));
  }
  EXPECT_EQ(values.size(), 5u) << path << ": " << line;
  auto get = [&](const std::string& key, std::size_t k) {
    return values[key].size() > k ? values[key][k] : std::nan("");
  };
  return {get("lambda_south", 0), get("lambda_south", 1), get("lambda_north", 0), get("lambda_north", 1),
          get("alpha", 0),        get("lbar", 0),         get("labor_south", 0)};
}

const clustertrade::testing::FigureProgramOutput& figures() {
  static const clustertrade::testing::FigureProgramOutput output("figures-infant-industry");
  return output;
}

}  // namespace

// The frontiers: every PPF row is (L2, Q2(L2), Q1(L2)); PPF_NC the same with alpha = 0; the kink is the
// PPF at L2 = Lbar.
TEST(FigureColumnsInfantIndustry, Frontiers) {
  ASSERT_TRUE(figures().ran);
  const Fig1 p = stated_parameters(figures().file("rc07-fig1-ppf"));
  const auto ppf = read_csv_rows(figures().file("rc07-fig1-ppf"));
  ASSERT_GT(ppf.size(), 100u);
  for (const CsvRow& row : ppf) {
    const double l2 = cell_number(row, "labor_sector2");
    EXPECT_NEAR(cell_number(row, "q2"), p.q2(l2), 1e-12) << "ppf at L2 = " << l2;
    EXPECT_NEAR(cell_number(row, "q1"), p.q1(l2), 1e-12) << "ppf at L2 = " << l2;
  }
  Fig1 nc = stated_parameters(figures().file("rc07-fig1-ppfnc"));
  nc.alpha = 0;
  for (const CsvRow& row : read_csv_rows(figures().file("rc07-fig1-ppfnc"))) {
    const double l2 = cell_number(row, "labor_sector2");
    EXPECT_NEAR(cell_number(row, "q2"), nc.q2(l2), 1e-12) << "ppfnc at L2 = " << l2;
    EXPECT_NEAR(cell_number(row, "q1"), nc.q1(l2), 1e-12) << "ppfnc at L2 = " << l2;
  }
  const Fig1 k = stated_parameters(figures().file("rc07-fig1-kink"));
  const auto kink = read_csv_rows(figures().file("rc07-fig1-kink"));
  ASSERT_EQ(kink.size(), 1u);
  EXPECT_NEAR(cell_number(kink[0], "q2"), k.q2(k.lbar), 1e-12);
  EXPECT_NEAR(cell_number(kink[0], "q1"), k.q1(k.lbar), 1e-12);
}

// The lines: price1 and price2 are world price lines p1* Q1 + p2* Q2 = const through the specialise-in-1
// corner (0, lambda1S L_S) and the specialise-in-2 corner (Q2(L_S), 0); the chord has slope
// lambda1S/(theta lambda2S) through the good-1 corner: Q1 = lambda1S L_S - lambda1S Q2/(theta lambda2S).
TEST(FigureColumnsInfantIndustry, PriceLinesAndChord) {
  ASSERT_TRUE(figures().ran);
  for (const std::string id : {"rc07-fig1-price1", "rc07-fig1-price2", "rc07-fig1-chord"}) {
    const Fig1 p = stated_parameters(figures().file(id));
    const auto rows = read_csv_rows(figures().file(id));
    ASSERT_EQ(rows.size(), 2u) << id;
    for (const CsvRow& row : rows) {
      const double q1 = cell_number(row, "q1"), q2 = cell_number(row, "q2");
      if (id == "rc07-fig1-chord") {
        EXPECT_NEAR(q1, p.l1s * p.labor - p.l1s * q2 / (p.theta() * p.l2s), 1e-12) << id;
      } else if (id == "rc07-fig1-price1") {
        EXPECT_NEAR(p.p1() * q1 + p.p2() * q2, p.p1() * p.q1(0), 1e-12) << id;
      } else {
        EXPECT_NEAR(p.p1() * q1 + p.p2() * q2, p.p2() * p.q2(p.labor), 1e-12) << id;
      }
    }
  }
}

// The equilibria (RC07 §2, as in the infant-industry command's test): with R = 1.25 < theta = 2 all
// three exist; specialisation in 1 at L2 = 0 pays w1 = lambda1S/lambda1N, the interior one at
// L2* = (theta/R - 1)/alpha pays w1 too (unstable), specialisation in 2 pays p2* lambda2S (1 + alpha
// min(Lbar, L_S)); each is marked at (Q2(L2), Q1(L2)). The labels file marks the same points (and the kink).
TEST(FigureColumnsInfantIndustry, Equilibria) {
  ASSERT_TRUE(figures().ran);
  const Fig1 p = stated_parameters(figures().file("rc07-fig1-equilibria"));
  const double R = (p.l2s / p.l1s) / (p.l2n / p.l1n), w1 = p.l1s / p.l1n;
  const std::vector<std::string> kinds = {"specialize-1", "interior", "specialize-2"},
                                 stability = {"stable", "unstable", "stable"};
  const std::vector<double> l2 = {0, (p.theta() / R - 1) / p.alpha, p.labor};
  const std::vector<double> wage = {w1, w1, p.p2() * p.l2s * (1 + p.alpha * std::min(p.lbar, p.labor))};
  const auto rows = read_csv_rows(figures().file("rc07-fig1-equilibria"));
  ASSERT_EQ(rows.size(), 3u);
  const auto labels = read_csv_rows(figures().file("rc07-fig1-labels"));
  ASSERT_EQ(labels.size(), 4u);
  for (std::size_t e = 0; e < 3; ++e) {
    EXPECT_EQ(rows[e].at("equilibrium"), kinds[e]);
    EXPECT_NEAR(cell_number(rows[e], "q2"), p.q2(l2[e]), 1e-12) << kinds[e];
    EXPECT_NEAR(cell_number(rows[e], "q1"), p.q1(l2[e]), 1e-12) << kinds[e];
    EXPECT_NEAR(cell_number(rows[e], "wage"), wage[e], 1e-12) << kinds[e];
    EXPECT_EQ(rows[e].at("stability"), stability[e]) << kinds[e];
    EXPECT_NEAR(cell_number(labels[e], "q2"), p.q2(l2[e]), 1e-12) << "label of " << kinds[e];
    EXPECT_NEAR(cell_number(labels[e], "q1"), p.q1(l2[e]), 1e-12) << "label of " << kinds[e];
  }
  EXPECT_NEAR(cell_number(labels[3], "q2"), p.q2(p.lbar), 1e-12) << "label of the kink";
  EXPECT_NEAR(cell_number(labels[3], "q1"), p.q1(p.lbar), 1e-12) << "label of the kink";
}
