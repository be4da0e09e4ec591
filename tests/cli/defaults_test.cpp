// Defaults and boundary conventions users rely on, pinned through the command line (issue 20 §5b):
// leaving a flag out gives exactly the run with its documented default typed, and "strong" means
// LQ >= 1.5 with an LQ of exactly 1.5 counting.
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/run_command.hpp"

using clustertrade::testing::make_temp_dir;
using clustertrade::testing::run_clustertrade;
namespace fs = std::filesystem;

namespace {

struct DefaultCase {
  std::string base;   // a run without the flag
  std::string typed;  // the flag with the default --help documents
};

std::string write_file(const std::string& dir, const std::string& name, const std::string& text) {
  const std::string path = dir + "/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

// Two regions, two industries, each its own cluster: LQ(r1, a) = (3/4) / (4/8) = 1.5 exactly (every
// number a short binary fraction), LQ(r1, b) = (1/4) / (4/8) = 0.5; r2 mirrors r1.
const std::string kBoundaryTable = "region,a,b\nr1,3,1\nr2,1,3\n";
const std::string kDefinitions = "industry,cluster\na,A\nb,B\n";

}  // namespace

TEST(Defaults, LeavingAFlagOutEqualsTypingItsDocumentedDefault) {
  const std::string dir = make_temp_dir();
  const std::string table = write_file(dir, "e.csv", "region,a,b,c\nr1,10,2,5\nr2,3,8,1\nr3,6,6,9\nr4,1,2,4\n");
  const std::string defs = write_file(dir, "d.csv", "industry,cluster\na,1\nb,1\nc,2\n");
  const std::string tg =
      "trade-growth simulate --home 3,1,2 --foreign 1,2,3 --sigma 2 --tau-matrix "
      "'0,0.1,0;0.2,0,0;0,0.1,0' --horizon 2";
  const std::string tge = "trade-growth equilibrium --home 3,1,2 --foreign 1,2,3 --sigma 2";
  const std::string ds = "dynamic-spillovers simulate --learning-rate 0.02 --epsilon 0.05 --a0 0.3 --horizon 4";
  const std::string cpp = "dynamic-spillovers cpp-simulate --rich-growth-rate 0.02 --z0 0.5 --horizon 4";
  const std::string cm = "cluster-mapping ";
  const std::vector<DefaultCase> cases = {
      {tg, "--step 1"},
      {tg, "--labor-home 1"},
      {tg, "--labor-foreign 1"},
      {tg, "--weights 1,1,1"},
      {tg, "--regime trade"},
      {tg, "--time continuous"},
      {tg, "--rtol 1e-10"},
      {tg, "--atol 1e-10"},
      {tg + " --time discrete", "--period 1"},
      {tge, "--openness 1"},
      {tge, "--openness 1,1,1"},
      {tge, "--labor-home 1 --labor-foreign 1"},
      {ds, "--step 1"},
      {ds, "--south-cluster-from inf"},
      {ds + " --south-cluster-from 1", "--south-cluster-intensity 1"},
      {ds, "--spillover-rule text"},
      {cpp, "--step 1"},
      {cpp, "--cluster-from inf"},
      {"cluster-model coordination", "--modern-productivity 3 --investment-cost 1"},
      {"cluster-model coordination", "--firms 0"},
      {"cluster-model equilibria --lambda-south 1,0.6 --lambda-north 1,1 --theta 2,1.8", "--north-clusters 1,1"},
      {"cluster-model north --lambda-north 1,1 --lbar 1,1 --shares 0.5,0.5", "--beta 0.5 --alpha 1 --labor 1"},
      {cm + "colocation --employment " + table, "--measure share"},
      {cm + "strength --employment " + table + " --definitions " + defs, "--strong-lq 1.5"},
      {cm + "summary --employment " + table + " --definitions " + defs, "--strong-lq 1.5"},
      {cm + "simulate --regions 5 --periods 1", "--blocks 3,4,5,4,6,3,5,4 --local 3 --seed 20121"},
      {cm + "simulate --regions 5", "--periods 20 --trade cluster-building"},
  };
  for (const auto& c : cases) {
    const auto plain = run_clustertrade(c.base);
    const auto typed = run_clustertrade(c.base + " " + c.typed);
    ASSERT_EQ(plain.status, 0) << c.base << "\n" << plain.err;
    EXPECT_EQ(typed.status, 0) << c.base << " " << c.typed << "\n" << typed.err;
    EXPECT_EQ(plain.out, typed.out) << c.base << " | " << c.typed;
  }
  fs::remove_all(dir);
}

// prove's defaults are recorded in its output: seed 20070101, 1000 draws, every claim.
TEST(Defaults, ProveRecordsItsDefaultSeedAndDraws) {
  const auto r = run_clustertrade("prove --claims 'rc07.wage-formula'");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["meta"]["seed"], 20070101u);
  EXPECT_EQ(doc["meta"]["draws_requested"], 1000u);
}

// "Strong" is LQ >= --strong-lq, default 1.5, and an LQ of exactly 1.5 counts.
TEST(Defaults, AnLqOfExactlyOnePointFiveIsStrong) {
  const std::string dir = make_temp_dir();
  const std::string table = write_file(dir, "e.csv", kBoundaryTable);
  const std::string defs = write_file(dir, "d.csv", kDefinitions);
  const std::string args = "--employment " + table + " --definitions " + defs;
  auto r = run_clustertrade("cluster-mapping strength " + args);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out,
            "region,cluster,employment,lq,strong\nr1,A,3,1.5,yes\nr1,B,1,0.5,no\nr2,A,1,0.5,no\nr2,B,3,1.5,yes\n");
  r = run_clustertrade("cluster-mapping summary " + args);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\nr1,4,1,"), std::string::npos) << r.out;  // one strong cluster each
  EXPECT_NE(r.out.find("\nr2,4,1,"), std::string::npos) << r.out;
  // The next double above 1.5 as the threshold: no cluster is strong.
  r = run_clustertrade("cluster-mapping strength " + args + " --strong-lq 1.5000000000000002");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.find("yes"), std::string::npos) << r.out;
  r = run_clustertrade("cluster-mapping summary " + args + " --strong-lq 1.5000000000000002");
  EXPECT_NE(r.out.find("\nr1,4,0,"), std::string::npos) << r.out;
  fs::remove_all(dir);
}
