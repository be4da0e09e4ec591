// Tests of `clustertrade trade-growth simulate|equilibrium` (src/cli/trade_growth_command.cpp):
// output format, the DFS outside input, and one test per rejected input rule (exit 2, one line on
// stderr naming the flag or file position, nothing on stdout).
#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/run_command.hpp"
#include "trade_growth/dfs_reference.hpp"

using clustertrade::testing::make_temp_dir;
using clustertrade::testing::run_clustertrade;

namespace {

std::string write_file(const std::string& name, const std::string& text) {
  const std::string path = make_temp_dir() + "/" + name;
  std::ofstream(path) << text;
  return path;
}

const std::string kTau = "0,0.2,0,0\n0.2,0,0,0\n0,0,0,0.2\n0,0,0.2,0\n";
const std::string kFig6 = " --home 10,4,5,2 --foreign 2,5,4,10 --sigma 2";

void expect_usage_error(const std::string& args, const std::string& must_mention) {
  std::string cwd;
  const auto r = run_clustertrade(args, &cwd);
  EXPECT_EQ(r.status, 2) << args;
  EXPECT_TRUE(r.out.empty()) << args << "\n" << r.out;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_NE(r.err.find(must_mention), std::string::npos) << "stderr: " << r.err << " should mention " << must_mention;
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

}  // namespace

TEST(TradeGrowthCli, SimulatePrintsTheSpecifiedCsv) {
  const std::string tau = write_file("tau.csv", kTau);
  const auto r = run_clustertrade("trade-growth simulate --tau " + tau + kFig6 + " --horizon 4 --liberalize-at 2");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto rows = lines(r.out);
  ASSERT_EQ(rows.size(), 6u);  // header + t = 0..4
  EXPECT_EQ(rows[0],
            "t,income_home,income_foreign,rel_wage,A_home_1,A_home_2,A_home_3,A_home_4,A_foreign_1,A_foreign_2,"
            "A_foreign_3,A_foreign_4,L_home_1,L_home_2,L_home_3,L_home_4,L_foreign_1,L_foreign_2,L_foreign_3,"
            "L_foreign_4");
  // Autarky at t = 0 and 1: rel_wage is undefined (an empty cell); σ = 2 autarky income is Σ A = 21 at t = 0.
  EXPECT_EQ(rows[1].rfind("0,21,21,,10,4,5,2,", 0), 0u) << rows[1];
  EXPECT_NE(rows[2].find(",,"), std::string::npos);
  EXPECT_EQ(rows[3].find(",,"), std::string::npos);  // traded from t = 2
  EXPECT_EQ(r.out.find("nan"), std::string::npos);
}

TEST(TradeGrowthCli, SimulateJsonAndStepIncludesHorizon) {
  const std::string tau = write_file("tau.csv", kTau);
  const auto r = run_clustertrade("trade-growth simulate --tau " + tau + kFig6 + " --horizon 1 --step 0.4 --json");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto doc = nlohmann::json::parse(r.out)["rows"];
  ASSERT_EQ(doc.size(), 4u);  // 0, 0.4, 0.8, 1
  EXPECT_DOUBLE_EQ(doc[3]["t"].get<double>(), 1.0);
  EXPECT_TRUE(doc[0]["rel_wage"].is_number());  // trade from t = 0 by default
}

TEST(TradeGrowthCli, EquilibriumPrintsTheSpecifiedKeys) {
  // The hand-derived shared-good example of the library tests: ω = 4, θ = 5/6.
  const auto r = run_clustertrade(
      "trade-growth equilibrium --home 4,1 --foreign 1,1 --sigma 1 --weights 0.6,0.4 --labor-foreign 4 --json");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto doc = nlohmann::json::parse(r.out)["rows"];
  ASSERT_EQ(doc.size(), 2u);  // one row per industry
  for (const char* key : {"industry", "rel_wage", "income_home", "income_foreign", "home_share_home_market",
                          "home_share_foreign_market", "labor_home", "labor_foreign"})
    EXPECT_TRUE(doc[0].contains(key)) << key;
  EXPECT_DOUBLE_EQ(doc[0]["rel_wage"].get<double>(), 4.0);
  EXPECT_NEAR(doc[0]["home_share_home_market"].get<double>(), 5.0 / 6.0, 1e-14);
  const auto aut = nlohmann::json::parse(
      run_clustertrade("trade-growth equilibrium --home 4,1 --foreign 1,1 --sigma 2 --openness 0 --json").out);
  EXPECT_TRUE(aut["rows"][0]["rel_wage"].is_null());
  // CSV by default: a header row and one row per industry, the undefined wage an empty cell.
  const auto csv = run_clustertrade("trade-growth equilibrium --home 4,1 --foreign 1,1 --sigma 2 --openness 0");
  ASSERT_EQ(csv.status, 0) << csv.err;
  EXPECT_EQ(csv.out.rfind("industry,rel_wage,income_home,", 0), 0u) << csv.out;
  EXPECT_NE(csv.out.find("\n1,,"), std::string::npos) << csv.out;
}

// The evidence h12.eq10 quotes. A = (10, 5), A* = (5, 10), sigma = 2, L = L*: home makes industry 1 only,
// z = 1, z-hat = 2. As derived, eta^2 = A_1 / ((z-hat - z) A*_2) = 10/10 = 1; as printed the foreign sum also
// counts industry 2 in full, eta^2 = 10/(10 + 10) = 1/2, eta = 0.707107. The equilibrium's omega is 1.
TEST(TradeGrowthCli, EquilibriumPrintsEquationTenAsDerivedAndAsPrinted) {
  const auto r = run_clustertrade("trade-growth equilibrium --home 10,5 --foreign 5,10 --sigma 2");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')),
            "# H12 eq. (10) at home's share of the chain z = 1: omega = (L*/L)^(1/sigma) eta(z) = 1 as derived (eta = "
            "1), 0.707107 as printed (eta = 0.707107); the equilibrium's rel_wage = 1");
  // With taste weights the printed (unweighted) formula does not apply: no evidence line.
  const auto weighted = run_clustertrade("trade-growth equilibrium --home 10,5 --foreign 5,10 --sigma 2 --weights 1,2");
  EXPECT_EQ(weighted.out.rfind("industry,", 0), 0u) << weighted.out;
  // At sigma = 400, A^(sigma - 1) = 10^399 is beyond doubles while the cost ratios (10/5)^399 ~ 1e120 are within
  // the CLI's bound (sigma = 1000 is refused: 2^999 > 1e300): the equilibrium is printed, the formula is not.
  const auto steep = run_clustertrade("trade-growth equilibrium --home 10,5 --foreign 5,10 --sigma 400");
  ASSERT_EQ(steep.status, 0) << steep.err;
  EXPECT_EQ(steep.out.rfind("industry,", 0), 0u) << steep.out;
}

TEST(TradeGrowthCli, SolvesTheDfsExampleAtOpennessOneAndNineTenths) {
  clustertrade::trade_growth::Economy e;
  ASSERT_TRUE(tgtest::load(e)) << "DFS example missing or incomplete at " << tgtest::kData;
  auto list = [](const Eigen::VectorXd& v) {
    std::ostringstream s;
    s.precision(17);
    for (Eigen::Index i = 0; i < v.size(); ++i) s << (i ? "," : "") << v[i];
    return s.str();
  };
  for (const char* g : {"1", "0.9"}) {
    const auto r = run_clustertrade("trade-growth equilibrium --sigma 1 --home " + list(e.home) + " --foreign " +
                                    list(e.foreign) + " --weights " + list(e.weights) + " --openness " + g + " --json");
    ASSERT_EQ(r.status, 0) << r.err;
    const auto rows = nlohmann::json::parse(r.out)["rows"];
    nlohmann::json doc = {{"rel_wage", rows[0]["rel_wage"]}, {"labor_home", nlohmann::json::array()}};
    for (const auto& row : rows) doc["labor_home"].push_back(row["labor_home"]);
    const double expected = tgtest::dfs_wage_by_bisection(e, std::stod(g));
    // Productivities pass through 17-digit text: agreement to 1e-12 relative.
    EXPECT_NEAR(doc["rel_wage"].get<double>(), expected, 1e-12 * expected) << "g = " << g;
    double lh = 0;
    for (const auto& x : doc["labor_home"]) lh += x.get<double>();
    EXPECT_NEAR(lh, 1.0, 1e-12);
  }
}

TEST(TradeGrowthCli, RejectsNonNumericTauCellWithLineAndColumn) {
  const std::string tau = write_file("tau.csv", "0,0.2,0,0\n0.2,x,0,0\n0,0,0,0.2\n0,0,0.2,0\n");
  expect_usage_error("trade-growth simulate --tau " + tau + kFig6 + " --horizon 1", "tau.csv:2:2");
}

TEST(TradeGrowthCli, RejectsRaggedTau) {
  const std::string tau = write_file("tau.csv", "0,0.2,0,0\n0.2,0,0\n0,0,0,0.2\n0,0,0.2,0\n");
  expect_usage_error("trade-growth simulate --tau " + tau + kFig6 + " --horizon 1", "tau.csv:2");
}

TEST(TradeGrowthCli, RejectsTauOfWrongSize) {
  const std::string tau = write_file("tau.csv", "0,0.2,0\n0.2,0,0\n0,0,0\n");
  expect_usage_error("trade-growth simulate --tau " + tau + kFig6 + " --horizon 1", "--tau");
}

TEST(TradeGrowthCli, RejectsNonSquareTau) {
  const std::string tau = write_file("tau.csv", "0,0.2,0,0\n0.2,0,0,0\n0,0,0,0.2\n");
  expect_usage_error("trade-growth simulate --tau " + tau + kFig6 + " --horizon 1", "square");
}

TEST(TradeGrowthCli, RejectsTauEntryOutsideUnitInterval) {
  const std::string tau = write_file("tau.csv", "0,1.2,0,0\n0.2,0,0,0\n0,0,0,0.2\n0,0,0.2,0\n");
  expect_usage_error("trade-growth simulate --tau " + tau + kFig6 + " --horizon 1", "--tau (entry 1,2)");
}

TEST(TradeGrowthCli, RejectsMissingTauFile) {
  expect_usage_error("trade-growth simulate --tau /nonexistent/tau.csv" + kFig6 + " --horizon 1", "tau.csv");
}

TEST(TradeGrowthCli, RejectsNonPositiveProductivity) {
  expect_usage_error("trade-growth equilibrium --home 1,0 --foreign 1,1 --sigma 2", "--home (entry 2)");
}

TEST(TradeGrowthCli, RejectsNonNumericList) {
  expect_usage_error("trade-growth equilibrium --home 1,abc --foreign 1,1 --sigma 2", "--home");
}

TEST(TradeGrowthCli, RejectsMismatchedForeign) {
  expect_usage_error("trade-growth equilibrium --home 1,2 --foreign 1,1,1 --sigma 2", "--foreign");
}

TEST(TradeGrowthCli, RejectsNonPositiveSigma) {
  expect_usage_error("trade-growth equilibrium --home 1,2 --foreign 1,1 --sigma 0", "--sigma");
}

TEST(TradeGrowthCli, RejectsNonPositiveLabour) {
  expect_usage_error("trade-growth equilibrium --home 1,2 --foreign 1,1 --sigma 2 --labor-home 0", "--labor-home");
  expect_usage_error("trade-growth equilibrium --home 1,2 --foreign 1,1 --sigma 2 --labor-foreign -1",
                     "--labor-foreign");
}

TEST(TradeGrowthCli, RejectsBadWeights) {
  expect_usage_error("trade-growth equilibrium --home 1,2 --foreign 1,1 --sigma 2 --weights 1", "--weights");
  expect_usage_error("trade-growth equilibrium --home 1,2 --foreign 1,1 --sigma 2 --weights 1,-2", "--weights");
}

TEST(TradeGrowthCli, RejectsOpennessOutsideUnitInterval) {
  expect_usage_error("trade-growth equilibrium --home 1,2 --foreign 1,1 --sigma 2 --openness 1.1", "--openness");
  expect_usage_error("trade-growth equilibrium --home 1,2 --foreign 1,1 --sigma 2 --openness 1,1,1", "--openness");
}

TEST(TradeGrowthCli, RejectsBadLiberalisationDates) {
  const std::string tau = write_file("tau.csv", kTau);
  expect_usage_error("trade-growth simulate --tau " + tau + kFig6 + " --horizon 1 --liberalize-at 1,2",
                     "--liberalize-at");
  expect_usage_error("trade-growth simulate --tau " + tau + kFig6 + " --horizon 1 --liberalize-at 1 --regime trade",
                     "--liberalize-at");
  expect_usage_error("trade-growth simulate --tau " + tau + kFig6 + " --horizon 1 --liberalize-at nan",
                     "--liberalize-at");
}

TEST(TradeGrowthCli, RejectsBadHorizonStepAndModes) {
  const std::string tau = write_file("tau.csv", kTau);
  expect_usage_error("trade-growth simulate --tau " + tau + kFig6 + " --horizon -1", "--horizon");
  expect_usage_error("trade-growth simulate --tau " + tau + kFig6 + " --horizon 1 --step 0", "--step");
  expect_usage_error("trade-growth simulate --tau " + tau + kFig6 + " --horizon 1 --rtol 0", "--rtol");
  expect_usage_error("trade-growth simulate --tau " + tau + kFig6 + " --horizon 1 --time sideways", "--time");
  expect_usage_error("trade-growth simulate --tau " + tau + kFig6 + " --horizon 1 --regime open", "--regime");
  expect_usage_error("trade-growth simulate --tau " + tau + kFig6 + " --horizon 1 --mobility --regime autarky",
                     "--mobility");
}

TEST(TradeGrowthCli, SharedMarketsInEveryIndustryDoNotOverrunTheSlackBuffer) {
  // Found by tests/fuzz/campaign.py: with industries shared in both markets, LearningRhs::slacks
  // wrote up to 6n + 1 event slacks into a buffer of 4n + 1 (heap corruption, "realloc(): invalid
  // next size", exit 134). The matrix comes with a pandas header and index.
  const std::string tau = write_file("tau.csv", ",0,1,2\n0,0.1,0.1,0.1\n1,0,0,0.5\n2,0.1,1e-308,0.1\n");
  const auto r = run_clustertrade("trade-growth simulate --home 2,2,1e50 --foreign 0.2,0.2,1 --sigma 0.01 --tau " +
                                  tau + " --horizon 20 --step 1");
  EXPECT_TRUE(r.status == 0 || r.status == 2) << r.status << " " << r.err;
  if (r.status == 0) {
    EXPECT_EQ(lines(r.out).size(), 22u);  // header + t = 0..20
  }
}
