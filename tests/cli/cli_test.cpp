#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/run_command.hpp"

using clustertrade::testing::run_clustertrade;
namespace fs = std::filesystem;

TEST(Cli, HelpExitsZero) {
  const auto r = run_clustertrade("--help");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("prove"), std::string::npos);
}

TEST(Cli, MissingSubcommandIsAUsageError) {
  const auto r = run_clustertrade("");
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(r.out.empty());
}

TEST(Cli, UnknownFlagGivesOneLineAndExitTwo) {
  const auto r = run_clustertrade("prove --drawz 5");
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(r.out.empty());
  EXPECT_NE(r.err.find("--drawz"), std::string::npos);
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1);
}

TEST(Cli, ProveRejectsZeroDrawsAndUnmatchedGlob) {
  auto r = run_clustertrade("prove --draws 0");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--draws"), std::string::npos);
  r = run_clustertrade("prove --claims 'no.such.claim*'");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--claims"), std::string::npos);
  EXPECT_TRUE(r.out.empty());
}

TEST(Cli, ProveFailureWritesNoOutputFile) {
  std::string dir;
  const auto r = run_clustertrade("prove --claims 'no.such*' --out claims.json", &dir);
  EXPECT_EQ(r.status, 2);
  EXPECT_FALSE(fs::exists(fs::path(dir) / "claims.json"));
  fs::remove_all(dir);
}

TEST(Cli, ProveListsRegisteredClaims) {
  const auto r = run_clustertrade("prove --list");
  EXPECT_EQ(r.status, 0);
  EXPECT_TRUE(r.err.empty());
}

TEST(Cli, ProveModuleFilterKeepsOnlyThatModule) {
  const auto r = run_clustertrade("prove --list --module infant_industry");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("rc07."), std::string::npos);
  EXPECT_EQ(r.out.find("h12."), std::string::npos);
  const auto bad = run_clustertrade("prove --list --module no_such_module");
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("--module"), std::string::npos);
}
