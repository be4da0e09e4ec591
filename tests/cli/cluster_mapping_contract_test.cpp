// Issue 20's reproducers on `clustertrade cluster-mapping` (src/cli/cluster_mapping_*.cpp), each
// pinned: a correct finite result with exit 0, or exit 2 with one line naming the flag (or
// file:line) and the rule, nothing on stdout, no --out file.
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/run_command.hpp"

using clustertrade::testing::make_temp_dir;
using clustertrade::testing::run_clustertrade;

namespace {

std::string write_file(const std::string& name, const std::string& text) {
  const std::string path = make_temp_dir() + "/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

// Exit 2, one line on stderr containing every piece of `mentions`, nothing on stdout, no --out file.
void expect_refused(const std::string& args, const std::vector<std::string>& mentions) {
  SCOPED_TRACE(args.substr(0, 200));
  std::string cwd;
  const auto r = run_clustertrade(args + " --out out.csv", &cwd);
  EXPECT_EQ(r.status, 2) << r.err;
  EXPECT_TRUE(r.out.empty());
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  for (const auto& m : mentions) EXPECT_NE(r.err.find(m), std::string::npos) << r.err << " should say " << m;
  EXPECT_FALSE(std::filesystem::exists(cwd + "/out.csv"));
}

// Pearson's correlation, written out (the reference for the colocation cases).
double pearson(const std::vector<double>& x, const std::vector<double>& y) {
  const double n = static_cast<double>(x.size());
  double mx = 0, my = 0;
  for (std::size_t i = 0; i < x.size(); ++i) mx += x[i] / n, my += y[i] / n;
  double sxy = 0, sxx = 0, syy = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) * (x[i] - mx);
    syy += (y[i] - my) * (y[i] - my);
  }
  return sxy / std::sqrt(sxx * syy);
}

}  // namespace

TEST(ClusterMappingContract, SimulateBoundsTheWorkBeforeStarting) {
  expect_refused("cluster-mapping simulate --local 100000", {"--local", "<= 1000"});
  std::string blocks = "100";
  for (int k = 1; k < 500; ++k) blocks += ",100";
  expect_refused("cluster-mapping simulate --blocks " + blocks, {"--blocks", "industries"});
  expect_refused("cluster-mapping simulate --regions 100000 --periods 10000", {"--regions", "--periods", "work"});
}

TEST(ClusterMappingContract, ColocationBoundsItsOutputBeforeAllocating) {
  // 4 regions x 20,000 industries: 2e8 pairs (5.6 GB before this bound).
  std::string text = "region";
  for (int i = 0; i < 20000; ++i) text += fmt::format(",i{}", i);
  text += "\n";
  for (int r = 0; r < 4; ++r) {
    text += fmt::format("r{}", r);
    for (int i = 0; i < 20000; ++i) text += fmt::format(",{}", (i + r) % 7 + 1);
    text += "\n";
  }
  const std::string path = write_file("wide.csv", text);
  expect_refused("cluster-mapping colocation --employment " + path, {path, "199990000 rows", "limit"});
  expect_refused("cluster-mapping define --clusters 2 --employment " + path, {path, "at most 3000"});
}

TEST(ClusterMappingContract, SubnormalEmploymentIsRefusedAtItsCell) {
  const std::string path = write_file("sub.csv", "region,a,b\nr1,1e-320,0\nr2,0,1\n");
  for (const char* command : {"lq", "colocation", "define --clusters 1"})
    expect_refused(std::string("cluster-mapping ") + command + " --employment " + path,
                   {path + ":2:2", "at least 1e-100"});
  const std::string defs = write_file("d.csv", "industry,cluster\na,A\nb,B\n");
  for (const char* command : {"summary", "strength"})
    expect_refused(std::string("cluster-mapping ") + command + " --employment " + path + " --definitions " + defs,
                   {path + ":2:2", "at least 1e-100"});
}

TEST(ClusterMappingContract, TinyButNormalEmploymentCorrelatesCorrectly) {
  // The table with 1e-100 (the smallest allowed) in place of 1e-200: column a varies,
  // and its correlation is that of (1, 0, 0) with b's shares (1/6, 2/3, 3/5).
  const std::string path = write_file("tiny.csv", "region,a,b,c\nr1,1e-100,1,5\nr2,0,2,1\nr3,0,3,2\n");
  const auto r = run_clustertrade("cluster-mapping colocation --employment " + path);
  ASSERT_EQ(r.status, 0) << r.err;
  const auto first = r.out.substr(r.out.find('\n') + 1);
  ASSERT_EQ(first.rfind("a,b,", 0), 0u) << r.out;
  EXPECT_NEAR(std::stod(first.substr(4)), pearson({1, 0, 0}, {1.0 / 6, 2.0 / 3, 3.0 / 5}), 1e-12);
  // LQs of 1e200 (the largest possible) stay finite: lq on the same table.
  const auto lq = run_clustertrade("cluster-mapping lq --employment " + path);
  ASSERT_EQ(lq.status, 0) << lq.err;
  EXPECT_EQ(lq.out.find("inf"), std::string::npos) << lq.out;
}

TEST(ClusterMappingContract, HugeLocationQuotientsCorrelateWithoutOverflow) {
  // Industry a employs 1e-100 in r1 only, whose total is 3e-100, against a national 1.3e99: its
  // LQ in r1 is (1/3)/(1e-100/1.3e99) = 4.3e198, whose square overflows; the correlation is that
  // of (1, 0, 0) with b's LQs (e_rb/E_r)/(E_b/E), E_b = 9e98 (+1e-100).
  const std::string path =
      write_file("huge.csv", "region,a,b,c\nr1,1e-100,1e-100,1e-100\nr2,0,5e98,1e98\nr3,0,4e98,3e98\n");
  const auto r = run_clustertrade("cluster-mapping colocation --measure lq --employment " + path);
  ASSERT_EQ(r.status, 0) << r.err;
  const auto first = r.out.substr(r.out.find('\n') + 1);
  ASSERT_EQ(first.rfind("a,b,", 0), 0u) << r.out;
  const double share_b = 9e98 / 1.3e99;
  EXPECT_NEAR(std::stod(first.substr(4)),
              pearson({1, 0, 0}, {(1.0 / 3) / share_b, (5.0 / 6) / share_b, (4.0 / 7) / share_b}), 1e-12);
}

TEST(ClusterMappingContract, JsonHasTheMetaObject) {
  const std::string path = write_file("e.csv", "region,a,b\nr1,1,2\nr2,3,1\n");
  const auto r = run_clustertrade("cluster-mapping lq --json --employment " + path);
  ASSERT_EQ(r.status, 0) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  ASSERT_TRUE(doc.is_object());
  EXPECT_TRUE(doc.contains("meta"));
  ASSERT_EQ(doc["rows"].size(), 4u);
  EXPECT_EQ(doc["rows"][0]["region"], "r1");
}

TEST(ClusterMappingContract, NonUtf8NamesAreRefusedAtInput) {
  const std::string path = write_file("bad.csv", "region,a\xff,b\nr1,1,2\nr2,3,1\n");
  expect_refused("cluster-mapping lq --json --employment " + path, {path + ":1:2", "UTF-8"});
  const std::string rows = write_file("badrow.csv", "region,a,b\nr\xc3,1,2\nr2,3,1\n");
  expect_refused("cluster-mapping lq --json --employment " + rows, {rows + ":2:1", "UTF-8"});
}

TEST(ClusterMappingContract, QuotedHeaderAsRWritesIt) {
  const std::string path = write_file("r.csv", "\"region\",\"a\",\"b\"\n\"r1\",1,2\n\"r2\",3,1\n");
  const auto r = run_clustertrade("cluster-mapping lq --employment " + path);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')), "region,industry,employment,lq");
  EXPECT_NE(r.out.find("\nr1,a,1,"), std::string::npos) << r.out;
}

TEST(ClusterMappingContract, DefineThresholdMustBeADistance) {
  const std::string path = write_file("e.csv", "region,a,b,c\nr1,1,2,3\nr2,3,1,2\nr3,2,3,1\n");
  for (const char* value : {"nan", "-5", "-inf", "2.5"})
    expect_refused(std::string("cluster-mapping define --clusters 2 --threshold ") + value + " --employment " + path,
                   {"--threshold", "[0, 2]"});
  expect_refused("cluster-mapping define --clusters 0 --employment " + path, {"--clusters", "[1, 3]"});
  const auto ok = run_clustertrade("cluster-mapping define --threshold 0 --employment " + path);
  EXPECT_EQ(ok.status, 0) << ok.err;
}

TEST(ClusterMappingContract, LocalListRejectsEmptyEntries) {
  const std::string path = write_file("e.csv", "region,retail,b\nr1,1,2\nr2,3,1\n");
  expect_refused("cluster-mapping lq --local retail, --employment " + path, {"--local (entry 2)", "empty"});
  expect_refused("cluster-mapping lq --local ,retail --employment " + path, {"--local (entry 1)", "empty"});
}
