// `clustertrade cluster-model ...`: output format, order, and one test per rejected input rule.
#include <algorithm>
#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/run_command.hpp"

using clustertrade::testing::run_clustertrade;
namespace fs = std::filesystem;

namespace {
void expect_usage_error(const std::string& args, const std::string& flag) {
  std::string dir;
  const auto r = run_clustertrade(args + " --out result.csv", &dir);
  EXPECT_EQ(r.status, 2) << args;
  EXPECT_TRUE(r.out.empty()) << args;
  EXPECT_NE(r.err.find(flag), std::string::npos) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_FALSE(fs::exists(fs::path(dir) / "result.csv"));
  fs::remove_all(dir);
}
const std::string base = "cluster-model equilibria ";
}  // namespace

TEST(ClusterModelCli, PrintsEquilibriaHighestWageFirst) {
  // Hand-derived (see model_test.cpp WorkedExampleEquilibria): wages 1, 0.6, 0.5.
  const auto r = run_clustertrade(base + "--lambda-south 1,0.6 --lambda-north 1,1 --theta 2,1.8");
  ASSERT_EQ(r.status, 0) << r.err;
  // Before the header, condition (*) as printed for sector 2: (1/1)/(0.6/1) = 5/3 < θ1 = 2, true.
  EXPECT_EQ(r.out.rfind("# (*) for a cluster in sector 2: (lambda1S/lambda1N)/(lambda2S/lambda2N) = 1.667 < theta1 = "
                        "2: true\nsector,clustered,wage,income_gap\n1,yes,1,1\n2,yes,",
                        0),
            0U)
      << r.out;
  EXPECT_NE(r.out.find("\n1,no,0.5,2\n"), std::string::npos) << r.out;
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 5);
}

TEST(ClusterModelCli, WorksForFiveSectorsAndJson) {
  const auto r = run_clustertrade(base +
                                  "--lambda-south 1,0.85,0.7,0.55,0.4 --lambda-north 1,1,1,1,1 "
                                  "--theta 1.6,1.8,2,2.2,2.4 --json");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto doc = nlohmann::json::parse(r.out)["rows"];
  // Clusters in 1, 2, 3 satisfy (*) (1/0.7 < 1.6; 1/0.55 > 1.6), plus no cluster in 1: four rows.
  ASSERT_EQ(doc.size(), 4U);
  EXPECT_EQ(doc[3]["clustered"], "no");
  EXPECT_DOUBLE_EQ(doc[3]["wage"].get<double>(), 1.0 / 1.6);
  // The evidence: (*) for sectors 2..5, ratios 1/0.85, 1/0.7, 1/0.55, 1/0.4 against θ1 = 1.6.
  const auto evidence = nlohmann::json::parse(r.out)["evidence"];
  ASSERT_EQ(evidence.size(), 4U);
  EXPECT_EQ(evidence[1],
            "(*) for a cluster in sector 3: (lambda1S/lambda1N)/(lambda3S/lambda3N) = 1.429 < theta1 = 1.6: true");
  EXPECT_EQ(evidence[2],
            "(*) for a cluster in sector 4: (lambda1S/lambda1N)/(lambda4S/lambda4N) = 1.818 < theta1 = 1.6: false");
}

TEST(ClusterModelCli, NorthClustersChangeTheRanking) {
  // North unclustered in 2: South's cluster in 2 pays θ2·λ2S/λ2N = 1.8·0.6 = 1.08 > 1.
  const auto r = run_clustertrade(base + "--lambda-south 1,0.6 --lambda-north 1,1 --theta 2,1.8 --north-clusters 1,0");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\nsector,clustered,wage,income_gap\n2,yes,1.08"), std::string::npos) << r.out;
}

TEST(ClusterModelCli, WritesOutFile) {
  std::string dir;
  const auto r = run_clustertrade(base + "--lambda-south 1,0.6 --lambda-north 1,1 --theta 2,1.8 --out eq.csv", &dir);
  EXPECT_EQ(r.status, 0);
  EXPECT_TRUE(r.out.empty());
  EXPECT_TRUE(fs::exists(fs::path(dir) / "eq.csv"));
  fs::remove_all(dir);
}

TEST(ClusterModelCli, RejectsMismatchedLengths) {
  expect_usage_error(base + "--lambda-south 1,1,1 --lambda-north 1,1 --theta 2,2,2", "--lambda-north");
  expect_usage_error(base + "--lambda-south 1,1 --lambda-north 1,1 --theta 2,2,2", "--theta");
}

TEST(ClusterModelCli, RejectsThetaAtMostOne) {
  expect_usage_error(base + "--lambda-south 1,1 --lambda-north 1,1 --theta 2,1", "--theta (entry 2)");
}

TEST(ClusterModelCli, RejectsNonPositiveLambda) {
  expect_usage_error(base + "--lambda-south 1,0 --lambda-north 1,1 --theta 2,2", "--lambda-south (entry 2)");
  expect_usage_error(base + "--lambda-south 1,1 --lambda-north -1,1 --theta 2,2", "--lambda-north (entry 1)");
}

TEST(ClusterModelCli, RejectsNonFinite) {
  expect_usage_error(base + "--lambda-south 1,nan --lambda-north 1,1 --theta 2,2", "--lambda-south");
  expect_usage_error(base + "--lambda-south 1,1 --lambda-north 1,1 --theta inf,2", "--theta");
}

TEST(ClusterModelCli, RejectsNonNumber) {
  expect_usage_error(base + "--lambda-south 1,x --lambda-north 1,1 --theta 2,2", "--lambda-south");
}

TEST(ClusterModelCli, RejectsNorthClustersNotZeroOne) {
  expect_usage_error(base + "--lambda-south 1,1 --lambda-north 1,1 --theta 2,2 --north-clusters 1,2",
                     "--north-clusters");
  expect_usage_error(base + "--lambda-south 1,1 --lambda-north 1,1 --theta 2,2 --north-clusters 1", "--north-clusters");
}

TEST(ClusterModelCli, RejectsSingleSector) {
  expect_usage_error(base + "--lambda-south 1 --lambda-north 1 --theta 2", "--lambda-south");
}

TEST(ClusterModelCli, CoordinationAndNorthActions) {
  auto r = run_clustertrade("cluster-model coordination --A 10 --C 1 --firms 2");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "n,stable,average_output\n1,yes,9\n");  // only n = 1: output A − C = 9
  r = run_clustertrade(
      "cluster-model north --lambda-north 1,1 --beta 1.2 --alpha 2 --lbar 1,1 --shares 0.5,0.5 --labour 4");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 5);
  EXPECT_NE(r.out.find("1 1,yes"), std::string::npos);
  expect_usage_error("cluster-model coordination --A -1", "--modern-productivity");  // --A: deprecated alias
  expect_usage_error("cluster-model north --lambda-north 1,1 --lbar 1,1 --shares 0.5,0.6", "--shares");
}
