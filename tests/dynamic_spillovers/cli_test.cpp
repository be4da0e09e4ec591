// Tests of `clustertrade dynamic-spillovers simulate` (and cpp-simulate): good input, and one test
// per rejected input rule (exit 2, one line naming the flag, nothing on stdout, no file).
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dynamic_spillovers/model.hpp"
#include "support/run_command.hpp"

using clustertrade::testing::run_clustertrade;

namespace {

std::vector<std::vector<double>> parse_rows(const std::string& csv, std::string* header) {
  std::istringstream in(csv);
  std::string line;
  while (std::getline(in, *header) && header->rfind('#', 0) == 0) {  // the evidence lines come first
  }
  std::vector<std::vector<double>> rows;
  while (std::getline(in, line)) {
    std::vector<double> row;
    std::istringstream cells(line);
    std::string cell;
    while (std::getline(cells, cell, ',')) row.push_back(std::stod(cell));
    rows.push_back(row);
  }
  return rows;
}

void expect_usage_error(const std::string& args, const std::string& flag) {
  std::string cwd;
  const auto r = run_clustertrade("dynamic-spillovers simulate " + args + " --out result.csv", &cwd);
  EXPECT_EQ(r.status, 2) << args;
  EXPECT_TRUE(r.out.empty()) << r.out;
  EXPECT_NE(r.err.find(flag), std::string::npos) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_FALSE(std::filesystem::exists(cwd + "/result.csv"));
  std::filesystem::remove_all(cwd);
}

const std::string good = "--g 0.02 --epsilon 0.05 --a0 0.3 --horizon 10";

}  // namespace

// The grid 0, 2, ..., 10; a follows the logistic closed form (1e-9 relative, see model_test).
TEST(DynamicSpilloversCli, PrintsCsvOnTheGrid) {
  const auto r = run_clustertrade("dynamic-spillovers simulate " + good + " --step 2");
  ASSERT_EQ(r.status, 0) << r.err;
  std::string header;
  const auto rows = parse_rows(r.out, &header);
  EXPECT_EQ(header, "t,A_north,A_south,a,growth_north,growth_south");
  ASSERT_EQ(rows.size(), 6u);
  EXPECT_EQ(rows.back()[0], 10.0);
  EXPECT_NEAR(rows.back()[1], std::exp(0.2), 1e-9 * std::exp(0.2));  // North grows at g = 0.02
  const double a10 = clustertrade::dynamic_spillovers::follower_ratio_closed_form(0.3, 10.0, 0.02, 0.05, 1.0, 0.0);
  EXPECT_NEAR(rows.back()[3], a10, 1e-9 * a10);
  EXPECT_NEAR(rows.front()[5], 0.05 * 0.7, 1e-15);  // growth_south(0) = eps (1 - a0)
}

TEST(DynamicSpilloversCli, ClusterFromDateRaisesSouthGrowth) {
  const auto r =
      run_clustertrade("dynamic-spillovers simulate " + good + " --south-cluster-from 4 --south-cluster-intensity 0.5");
  ASSERT_EQ(r.status, 0) << r.err;
  std::string header;
  const auto rows = parse_rows(r.out, &header);
  ASSERT_EQ(rows.size(), 11u);
  // at t = 4 the intensity 0.5 is in force: growth jumps by 0.5 g
  EXPECT_NEAR(rows[4][5] - rows[3][5], 0.01, 2e-3);
  EXPECT_NEAR(rows[4][5], 0.5 * 0.02 + 0.05 * (1.0 - rows[4][3]), 1e-12);
}

TEST(DynamicSpilloversCli, JsonAndOutFile) {
  std::string cwd;
  const auto r = run_clustertrade("dynamic-spillovers simulate " + good + " --json --out x.json", &cwd);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(r.out.empty());
  EXPECT_TRUE(std::filesystem::exists(cwd + "/x.json"));
  std::filesystem::remove_all(cwd);
}

TEST(DynamicSpilloversCli, RejectsNonPositiveG) {
  expect_usage_error("--g 0 --epsilon 0.05 --a0 0.3 --horizon 10", "--learning-rate");
}
TEST(DynamicSpilloversCli, RejectsEpsilonNotAboveG) {
  expect_usage_error("--g 0.02 --epsilon 0.02 --a0 0.3 --horizon 10", "--epsilon");
}
TEST(DynamicSpilloversCli, RejectsNonPositiveA0) {
  expect_usage_error("--g 0.02 --epsilon 0.05 --a0 -1 --horizon 10", "--a0");
}
TEST(DynamicSpilloversCli, RejectsIntensityOutsideUnitInterval) {
  expect_usage_error(good + " --south-cluster-from 1 --south-cluster-intensity 1.5", "--south-cluster-intensity");
}
TEST(DynamicSpilloversCli, RejectsNonPositiveHorizon) {
  expect_usage_error("--g 0.02 --epsilon 0.05 --a0 0.3 --horizon 0", "--horizon");
}
TEST(DynamicSpilloversCli, RejectsNonPositiveStep) { expect_usage_error(good + " --step -1", "--step"); }
TEST(DynamicSpilloversCli, RejectsNonFiniteNumber) {
  expect_usage_error("--learning-rate nan --epsilon 0.05 --a0 0.3 --horizon 10", "--learning-rate");
}
TEST(DynamicSpilloversCli, RejectsNegativeClusterDate) {
  expect_usage_error(good + " --south-cluster-from -3", "--south-cluster-from");
}
TEST(DynamicSpilloversCli, RejectsUnknownFlag) { expect_usage_error(good + " --bogus 1", "--bogus"); }
TEST(DynamicSpilloversCli, RejectsUnknownRule) {
  expect_usage_error(good + " --spillover-rule other", "--spillover-rule");
}
TEST(DynamicSpilloversCli, RejectsMissingHorizon) {
  expect_usage_error("--g 0.02 --epsilon 0.05 --a0 0.3", "--horizon");
}

TEST(DynamicSpilloversCli, CppSimulatePrintsCsv) {
  const auto r = run_clustertrade("dynamic-spillovers cpp-simulate --x 0.02 --z0 0.01 --horizon 5");
  ASSERT_EQ(r.status, 0) << r.err;
  const std::size_t header = r.out.find('\n') + 1;  // after the one evidence line
  EXPECT_EQ(r.out.substr(0, header), "# the ratio z = Z_poor/Z_rich stays in [1e-06, 1e+06] up to t = 5\n");
  EXPECT_EQ(r.out.substr(header, r.out.find('\n', header) - header), "t,Z_rich,Z_poor,z,growth_rich,growth_poor");
}

// The evidence cpp.s5-steady-gap quotes. Eq. (5) with u = 1/z: u = 1/x + (u0 - 1/x) e^{xt}; x = 0.02,
// u0 = 100: u = 50 + 50 e^{0.02 t} reaches 1e6 (z = 1e-6) at t = 50 ln(19999) = 495.17. Eq. (6): u = u0 - t,
// z0 = 0.5: z = 1e6 at t = 2 - 1e-6.
TEST(DynamicSpilloversCli, CppSimulatePrintsTheEscapeTime) {
  const auto collapse =
      run_clustertrade("dynamic-spillovers cpp-simulate --rich-growth-rate 0.02 --z0 0.01 --horizon 3000 --step 300");
  ASSERT_EQ(collapse.status, 0) << collapse.err;
  EXPECT_EQ(collapse.out.rfind("# the ratio z = Z_poor/Z_rich leaves [1e-06, 1e+06] at t = 495.2 (it collapses below "
                               "the lower bound); the run stops there: later rows repeat the state reached, with "
                               "growth 0\nt,",
                               0),
            0u)
      << collapse.out;
  const auto blowup = run_clustertrade(
      "dynamic-spillovers cpp-simulate --rich-growth-rate 0.02 --z0 0.5 --horizon 500 --step 50 --cluster-from 0");
  ASSERT_EQ(blowup.status, 0) << blowup.err;
  EXPECT_NE(blowup.out.find("at t = 2 (it blows up past the upper bound)"), std::string::npos) << blowup.out;
}

// The evidence rc07.s4-a-definition-erratum quotes: with the printed max the ratio settles at
// epsilon/(epsilon + g) = 0.05/0.07 = 0.7143 instead of 1 - g/epsilon = 0.6 (g = 0.02, epsilon = 0.05).
TEST(DynamicSpilloversCli, SimulatePrintsTheEndStateAgainstBothSteadyStates) {
  const auto r = run_clustertrade(
      "dynamic-spillovers simulate --learning-rate 0.02 --epsilon 0.05 --a0 0.5 --horizon 1000 --step 250 "
      "--spillover-rule printed");
  ASSERT_EQ(r.status, 0) << r.err;
  const std::string first = r.out.substr(0, r.out.find('\n'));
  EXPECT_EQ(first.rfind("# at T = 1000: a(T) = 0.7143, growth_north = ", 0), 0u) << first;
  EXPECT_NE(first.find("the text's steady gap 1 - g/epsilon = 0.6, the printed rule's epsilon/(epsilon + g) = 0.7143"),
            std::string::npos)
      << first;
}
