// Tests of `clustertrade cluster-mapping` (src/cli/cluster_mapping_command.cpp): the outputs on a
// hand table, and one test per rejected table rule (exit 2, one line naming file:line, nothing on
// stdout, no --out file).
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/random.hpp"
#include "support/run_command.hpp"

using clustertrade::testing::make_temp_dir;
using clustertrade::testing::run_clustertrade;

namespace {

std::string write_file(const std::string& name, const std::string& text) {
  const std::string path = make_temp_dir() + "/" + name;
  std::ofstream(path) << text;
  return path;
}

const std::string kTable =
    "region,a,b,c,d,l1,l2\n"
    "r1,10,0,5,1,3,1\n"
    "r2,0,4,5,2,1,1\n"
    "r3,7,3,0,9,0,0\n"
    "r4,1,1,1,1,10,2\n"
    "r5,2,0,0,0,0,5\n";

void expect_table_error(const std::string& subcommand, const std::string& text, const std::string& position,
                        const std::string& rule, const std::string& extra = "") {
  const std::string path = write_file("emp.csv", text);
  std::string cwd;
  const auto r =
      run_clustertrade("cluster-mapping " + subcommand + " --employment '" + path + "' --out out.csv " + extra, &cwd);
  EXPECT_EQ(r.status, 2) << text;
  EXPECT_TRUE(r.out.empty());
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_NE(r.err.find(path + ":" + position), std::string::npos) << r.err << " should name " << position;
  EXPECT_NE(r.err.find(rule), std::string::npos) << r.err << " should say " << rule;
  EXPECT_FALSE(std::filesystem::exists(cwd + "/out.csv"));
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

}  // namespace

TEST(ClusterMappingCli, LqTidyOutput) {
  const auto r =
      run_clustertrade("cluster-mapping lq --employment '" + write_file("e.csv", kTable) + "' --local l1,l2");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto l = lines(r.out);
  ASSERT_EQ(l.size(), 1u + 5 * 6);
  EXPECT_EQ(l[0], "region,industry,employment,lq");
  EXPECT_EQ(l[1], "r1,a,10,1.625");  // (10/16)/(20/52) = 13/8
  EXPECT_EQ(l[5].rfind("r1,l1,3,", 0), 0u);
  EXPECT_NEAR(std::stod(l[5].substr(8)), 69.0 / 56.0, 1e-12);  // (3/4)/(14/23)
  EXPECT_EQ(l[17], "r3,l1,0,0");                               // r3 has no local employment
}

TEST(ClusterMappingCli, ColocationJsonAndPairs) {
  const auto r = run_clustertrade("cluster-mapping colocation --measure employment --json --employment '" +
                                  write_file("e.csv", kTable) + "'");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto json = nlohmann::json::parse(r.out);
  EXPECT_TRUE(json.contains("meta"));  // docs/cli.md: every JSON output carries the run's meta object
  const auto& doc = json.at("rows");
  ASSERT_EQ(doc.size(), 15u);  // C(6, 2) pairs
  EXPECT_EQ(doc[0]["industry_a"], "a");
  EXPECT_EQ(doc[0]["industry_b"], "b");
  EXPECT_NEAR(doc[0]["correlation"].get<double>(), -10.0 / std::sqrt(976.8), 1e-12);  // see measures_test.cpp
}

TEST(ClusterMappingCli, DefineSummaryStrengthPipeline) {
  // Three planted blocks over 90 regions: block factors drive employment (5% noise), so define
  // must return the blocks; then summary and strength read those definitions back.
  clustertrade::DrawRng rng(3, 0);
  const int block[] = {1, 2, 1, 3, 2, 3, 1};
  std::string text = "region,i1,i2,i3,i4,i5,i6,i7,loc\n";
  for (int r = 0; r < 90; ++r) {
    const double f[] = {0, rng.uniform(0.01, 1), rng.uniform(0.01, 1), rng.uniform(0.01, 1)};
    text += fmt::format("r{}", r);
    for (int i : block) text += fmt::format(",{}", 100 * f[i] * (1 + 0.05 * rng.uniform(-1, 1)));
    text += fmt::format(",{}\n", rng.uniform(1, 50));
  }
  const std::string emp = write_file("e.csv", text);
  const auto def = run_clustertrade("cluster-mapping define --clusters 3 --local loc --employment '" + emp + "'");
  ASSERT_EQ(def.status, 0) << def.err;
  EXPECT_EQ(def.out, "industry,cluster\ni1,1\ni2,2\ni3,1\ni4,3\ni5,2\ni6,3\ni7,1\n");
  const std::string defs = write_file("defs.csv", def.out);
  const auto sum = run_clustertrade("cluster-mapping summary --employment '" + emp + "' --definitions '" + defs + "'");
  ASSERT_EQ(sum.status, 0) << sum.err;
  const auto sl = lines(sum.out);
  ASSERT_EQ(sl.size(), 91u);
  EXPECT_EQ(sl[0], "region,traded_employment,strong_clusters,top5_share");
  for (std::size_t k = 1; k < sl.size(); ++k)  // three clusters: the top five hold all traded employment
    EXPECT_EQ(sl[k].substr(sl[k].rfind(',')), ",1") << sl[k];
  const auto st = run_clustertrade("cluster-mapping strength --strong-lq 1.2 --employment '" + emp +
                                   "' --definitions '" + defs + "'");
  ASSERT_EQ(st.status, 0) << st.err;
  EXPECT_EQ(lines(st.out).size(), 1u + 90 * 3);
  EXPECT_EQ(lines(st.out)[0], "region,cluster,employment,lq,strong");
}

TEST(ClusterMappingCli, SubclustersNestWithinClusters) {
  const auto r = run_clustertrade("cluster-mapping define --clusters 2 --subclusters 4 --local l1,l2 --employment '" +
                                  write_file("e.csv", kTable) + "'");
  ASSERT_EQ(r.status, 0) << r.err;
  for (const auto& line : lines(r.out)) {
    if (line.rfind("industry", 0) == 0) continue;
    const auto c1 = line.find(','), c2 = line.find(',', c1 + 1);
    EXPECT_EQ(line.substr(c1 + 1, c2 - c1 - 1), line.substr(c2 + 1, line.find('.', c2) - c2 - 1)) << line;
  }
}

TEST(ClusterMappingCli, RejectsNegative) { expect_table_error("lq", "region,a,b\nr1,1,-2\n", "2:3", ">= 0"); }
TEST(ClusterMappingCli, RejectsNonFinite) {
  expect_table_error("lq", "region,a,b\nr1,1,2\nr2,inf,1\n", "3:2", "finite");
  expect_table_error("lq", "region,a,b\nr1,nan,2\n", "2:2", "finite");
}
TEST(ClusterMappingCli, RejectsNonNumber) { expect_table_error("lq", "region,a,b\nr1,1,x\n", "2:3", "number"); }
TEST(ClusterMappingCli, RejectsRaggedRow) { expect_table_error("lq", "region,a,b\nr1,1,2\n\nr2,1\n", "4", "ragged"); }
TEST(ClusterMappingCli, RejectsDuplicateIndustry) {
  expect_table_error("lq", "region,a,b,a\nr1,1,2,3\n", "1:4", "duplicate industry");
}
TEST(ClusterMappingCli, RejectsDuplicateRegion) {
  expect_table_error("lq", "region,a\nr1,1\nr2,2\nr1,3\n", "4:1", "duplicate region");
}
TEST(ClusterMappingCli, RejectsEmptyFile) { expect_table_error("lq", "", "1", "empty"); }
TEST(ClusterMappingCli, RejectsHeaderOnly) {
  expect_table_error("lq", "# comment\nregion,a,b\n", "3", "no region rows");
}
TEST(ClusterMappingCli, RejectsBadHeader) { expect_table_error("lq", "county,a\nr1,1\n", "1:1", "'region'"); }
TEST(ClusterMappingCli, RejectsTooFewRegionsForCorrelation) {
  expect_table_error("colocation", "region,a,b\nr1,1,2\nr2,3,1\n", "3", "too few regions");
  expect_table_error("define", "region,a,b\nr1,1,2\nr2,3,1\n", "3", "too few regions", "--clusters 1");
}
TEST(ClusterMappingCli, RejectsIndustryWithoutEmploymentForLq) {
  expect_table_error("lq", "region,a,b\nr1,1,0\nr2,3,0\nr3,2,0\n", "1:3", "no employment in any region");
}
TEST(ClusterMappingCli, RejectsConstantIndustryForCorrelation) {
  expect_table_error("colocation", "region,a,b\nr1,1,4\nr2,3,4\nr3,2,4\n", "1:3", "same employment in every region",
                     "--measure employment");
  // Shares: b is always half of traded employment.
  expect_table_error("colocation", "region,a,b\nr1,1,1\nr2,3,3\nr3,2,2\n", "1:2", "same share in every region");
}
TEST(ClusterMappingCli, RejectsBadFlags) {
  const std::string path = write_file("e.csv", kTable);
  for (const auto& [args, mention] : std::vector<std::pair<std::string, std::string>>{
           {"lq --local l1,zz", "--local (entry 2)"},
           {"colocation --measure shares", "--measure"},
           {"define --clusters 9", "--clusters"},
           {"define", "--clusters/--threshold"},
           {"define --clusters 2 --subclusters 1", "--subclusters"},
       }) {
    const auto r = run_clustertrade("cluster-mapping " + args + " --employment '" + path + "'");
    EXPECT_EQ(r.status, 2) << args;
    EXPECT_TRUE(r.out.empty());
    EXPECT_NE(r.err.find(mention), std::string::npos) << r.err;
  }
}
TEST(ClusterMappingCli, RejectsBadDefinitions) {
  const std::string emp = write_file("e.csv", kTable);
  const std::string defs = write_file("d.csv", "industry,cluster\na,X\nzz,Y\n");
  const auto r = run_clustertrade("cluster-mapping summary --employment '" + emp + "' --definitions '" + defs + "'");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find(defs + ":3"), std::string::npos) << r.err;
  const auto bad = run_clustertrade("cluster-mapping strength --strong-lq -1 --employment '" + emp +
                                    "' --definitions '" + defs + "'");
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("--strong-lq"), std::string::npos) << bad.err;
}

// Totals past 1e100 would overflow the squares of a correlation and the products of an LQ (two
// entries of 1e308 sum to inf, and LQs became NaN with exit 0 before this rule).
TEST(ClusterMappingCli, RejectsTotalsTooLargeForFiniteResults) {
  expect_table_error("lq", "region,a,b\nr1,1e308,1e308\nr2,1,2\nr3,1,3\n", "1", "at most 1e+100");
  expect_table_error("colocation --measure employment", "region,a,b\nr1,6e99,6e99\nr2,1,2\nr3,1,3\n", "1",
                     "at most 1e+100");
}
