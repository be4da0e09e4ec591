/// `prove --shard I/N` + `merge` and the prove command's usage errors.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/run_command.hpp"

using clustertrade::testing::make_temp_dir;
using clustertrade::testing::run_clustertrade;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

/// The file's bytes with the timing fields' values blanked (the only fields allowed to differ).
std::string without_timing(const std::string& text) {
  static const std::regex timing("\"(seconds|wall_seconds)\": [-+0-9.eE]+");
  return std::regex_replace(text, timing, "\"$1\": T");
}

// A small run over both modules the engine engineer owns (fast claims only).
const std::string kRun = "--draws 24 --seed 5 --claims 'rc07.*' --module infant-industry";

}  // namespace

TEST(ProveShards, ThreeShardsMergeToTheSingleProcessBytes) {
  const std::string dir = make_temp_dir();
  auto r = run_clustertrade("prove " + kRun + " --threads 2 --out '" + dir + "/one.json'");
  ASSERT_EQ(r.status, 0) << r.err;
  for (int i = 0; i < 3; ++i) {
    r = run_clustertrade("prove " + kRun + " --threads 1 --shard " + std::to_string(i) + "/3 --out '" + dir + "/part-" +
                         std::to_string(i) + ".json'");
    ASSERT_EQ(r.status, 0) << r.err;
  }
  // Parts in a scrambled order: the merge must not depend on it.
  r = run_clustertrade("merge '" + dir + "/part-2.json' '" + dir + "/part-0.json' '" + dir + "/part-1.json' --out '" +
                       dir + "/merged.json'");
  ASSERT_EQ(r.status, 0) << r.err;
  const std::string one = slurp(dir + "/one.json"), merged = slurp(dir + "/merged.json");
  EXPECT_EQ(without_timing(one), without_timing(merged));
  // The parts are real shares: each examined some draws, and together exactly the requested ones.
  const auto doc = nlohmann::json::parse(one);
  const auto part1 = nlohmann::json::parse(slurp(dir + "/part-1.json"));
  EXPECT_EQ(part1["meta"]["shard"]["index"], 1);
  EXPECT_EQ(part1["meta"]["shard"]["count"], 3);
  EXPECT_TRUE(doc["meta"]["shard"].is_null());
  EXPECT_FALSE(doc["claims"].empty());
  for (std::size_t i = 0; i < doc["claims"].size(); ++i) {
    const auto& counts = doc["claims"][i]["counts"];
    // Draw k goes to shard k % 3: shard 1 gets k = 1, 4, ..., 22, i.e. 8 of 24 (no cap here).
    // (claims registered as not checked run no search in any shard)
    if (counts["draw_cap"] == 0 && counts["draws_used"] != 0) {
      EXPECT_EQ(part1["claims"][i]["counts"]["draws_used"], 8) << doc["claims"][i]["id"];
    }
    EXPECT_EQ(part1["claims"][i]["counts"]["fixed_cases"], 0);  // fixed cases run in shard 0 only
  }
  fs::remove_all(dir);
}

namespace {

// Writes the two shards p0.json and p1.json of a 6-draw run of one claim into `dir`.
void write_two_shards(const std::string& dir) {
  for (int i = 0; i < 2; ++i)
    ASSERT_EQ(run_clustertrade("prove --draws 6 --claims 'rc07.wage-formula' --shard " + std::to_string(i) +
                               "/2 --out '" + dir + "/p" + std::to_string(i) + ".json'")
                  .status,
              0);
}

}  // namespace

TEST(ProveShards, MergeRejectsMissingDuplicateOrForeignParts) {
  const std::string dir = make_temp_dir();
  write_two_shards(dir);
  if (::testing::Test::HasFatalFailure()) return;
  ASSERT_EQ(run_clustertrade("prove --draws 7 --claims 'rc07.wage-formula' --shard 1/2 --out '" + dir + "/other.json'")
                .status,
            0);
  auto r = run_clustertrade("merge '" + dir + "/p0.json' --out '" + dir + "/m.json'");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("1 of 2 shards"), std::string::npos) << r.err;
  r = run_clustertrade("merge '" + dir + "/p0.json' '" + dir + "/p0.json' --out '" + dir + "/m.json'");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("given twice"), std::string::npos) << r.err;
  r = run_clustertrade("merge '" + dir + "/p0.json' '" + dir + "/other.json' --out '" + dir + "/m.json'");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("other.json: meta."), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir + "/m.json"));
  fs::remove_all(dir);
}

// A part written by an older prove, whose transition-only legacy path stored a "legacy" outcome in
// the tally, is refused: one line naming the file and the field, exit 2, nothing written.
TEST(ProveShards, MergeRejectsAPartCarryingALegacyOutcome) {
  const std::string dir = make_temp_dir();
  write_two_shards(dir);
  if (::testing::Test::HasFatalFailure()) return;
  auto r = run_clustertrade("merge '" + dir + "/p0.json' '" + dir + "/p1.json' --out '" + dir + "/m.json'");
  ASSERT_EQ(r.status, 0) << r.err;  // the unaltered parts merge
  fs::remove(dir + "/m.json");
  auto part = nlohmann::json::parse(slurp(dir + "/p1.json"));
  part["claims"][0]["tally"]["legacy"] = {
      {"verdict", "holds"}, {"scope", ""}, {"draws", 6}, {"evidence", "ok"}, {"counterexample", nullptr}};
  std::ofstream(dir + "/old.json") << part.dump(2) << "\n";
  r = run_clustertrade("merge '" + dir + "/p0.json' '" + dir + "/old.json' --out '" + dir + "/m.json'");
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(r.out.empty()) << r.out;
  EXPECT_NE(r.err.find("old.json: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("'legacy'"), std::string::npos) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_FALSE(fs::exists(dir + "/m.json"));
  fs::remove_all(dir);
}

TEST(ProveUsage, BadIntegersShardsAndPathsAreUsageErrors) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"prove --shard 3/3", "--shard"},
      {"prove --shard 1", "--shard"},
      {"prove --shard -1/3", "--shard"},
      {"prove --threads 257", "--threads"},
      {"prove --threads -1", "--threads"},
      {"prove --draws 18446744073709551617", "--draws"},  // 2^64 + 1 must not wrap around to 1
      {"prove --draws -5", "--draws"},
      {"prove --draws 1e3", "--draws"},
      {"prove --seed -1", "--seed"},
      {"prove --draws 2 --out /proc/no/such/claims.json", "--out"},
      {"prove --draws 2 --tex-dir /proc/no-tex", "--tex-dir"},
      {"prove --module no_such_module", "--module"},
  };
  for (const auto& [args, flag] : cases) {
    const auto r = run_clustertrade(args);
    EXPECT_EQ(r.status, 2) << args;
    EXPECT_TRUE(r.out.empty()) << args;
    EXPECT_NE(r.err.find(flag), std::string::npos) << args << ": " << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << args << ": " << r.err;
  }
}

TEST(ProveUsage, ModuleTakesTheFolderOrTheSubcommandName) {
  const auto folder = run_clustertrade("prove --list --module trade_growth");
  const auto command = run_clustertrade("prove --list --module trade-growth");
  ASSERT_EQ(folder.status, 0) << folder.err;
  EXPECT_EQ(folder.out, command.out);
  EXPECT_NE(folder.out.find("h12."), std::string::npos);
}
