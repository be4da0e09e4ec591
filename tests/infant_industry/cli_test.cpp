// Tests of `clustertrade infant-industry equilibria`: good output (values derived by hand) and one
// test per rejected input rule (exit 2, one line on stderr naming the flag, nothing on stdout, no
// file written).
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/run_command.hpp"

using clustertrade::testing::run_clustertrade;

namespace {

const std::string base = "infant-industry equilibria --lambda-south 1,1.25 --lambda-north 1,1 --alpha 1 --lbar 1";

void expect_rejected(const std::string& args, const std::string& flag, const std::string& rule_fragment) {
  std::string cwd;
  const auto r = run_clustertrade(args + " --out result.csv", &cwd);
  EXPECT_EQ(r.status, 2) << args;
  EXPECT_TRUE(r.out.empty()) << r.out;
  EXPECT_NE(r.err.find(flag), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(rule_fragment), std::string::npos) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_FALSE(std::filesystem::exists(cwd + "/result.csv"));
  std::filesystem::remove_all(cwd);
}

// The `#` evidence lines before the header, and the CSV table after them.
std::pair<std::string, std::string> split_evidence(const std::string& out) {
  std::size_t at = 0;
  while (at < out.size() && out[at] == '#') at = out.find('\n', at) + 1;
  return {out.substr(0, at), out.substr(at)};
}

}  // namespace

TEST(InfantIndustryCli, ListsTheThreeEquilibriaOfFigureOne) {
  // θ = 2, R = 1.25; L_S defaults to 2·L̄ = 2. spec-1: w = λ1S/λ1N = 1, stable (w2(0) = 0.625);
  // interior: 1 + L2 = θ/R = 1.6 → L2 = 0.6 (printed as the double nearest (2/1.25 − 1)/1),
  // unstable; spec-2: w = λ2S/λ2N = 1.25, stable.
  const auto r = run_clustertrade(base);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(r.err.empty());
  std::istringstream lines(split_evidence(r.out).second);
  std::string header, row1, row2, row3, extra;
  std::getline(lines, header);
  std::getline(lines, row1);
  std::getline(lines, row2);
  std::getline(lines, row3);
  EXPECT_FALSE(std::getline(lines, extra));
  EXPECT_EQ(header, "equilibrium,labor_sector2,wage,stable");
  EXPECT_EQ(row1, "specialize-1,0,1,yes");
  EXPECT_EQ(row2.rfind("interior,0.6", 0), 0u) << row2;
  EXPECT_EQ(row2.substr(row2.size() - 5), ",1,no");
  EXPECT_EQ(row3, "specialize-2,2,1.25,yes");
}

TEST(InfantIndustryCli, SmallSouthGivesOnlySpecialisationInTwo) {
  // λS = (1,3), L_S = 0.5 < L̄ = 1: w = 3·(1 + 0.5)/2 = 2.25 (not λ2S/λ2N = 3), stable.
  const auto r = run_clustertrade(
      "infant-industry equilibria --lambda-south 1,3 --lambda-north 1,1 --alpha 1 --lbar 1 --labor-south 0.5");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(split_evidence(r.out).second, "equilibrium,labor_sector2,wage,stable\nspecialize-2,0.5,2.25,yes\n");
}

TEST(InfantIndustryCli, PrintsTheTruthValuesOfCaAndP) {
  // The evidence rc07.p-equiv-ca quotes. R = (3/1)/(1/1) = 3, θ = 1 + 1·1 = 2: CA (R > 1) is true; P is
  // 1 < R < θ, false, because its right inequality p2*/p1* = 1/2 < λ1S/λ2S = 1/3 fails (its left,
  // 1/(2·3) < 1/2, holds). With λS = (1, 1.25) (R = 1.25 < θ) both are true.
  const auto r = run_clustertrade(
      "infant-industry equilibria --lambda-south 1,3 --lambda-north 1,1 --alpha 1 --lbar 1 --labor-south 0.5");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(split_evidence(r.out).first,
            "# R = (lambda2S/lambda1S)/(lambda2N/lambda1N) = 3, theta = 1 + alpha Lbar = 2, L_S = 0.5, Lbar = 1\n"
            "# CA (lambda2S/lambda1S > lambda2N/lambda1N, i.e. R > 1): true\n"
            "# P (lambda1S/(theta lambda2S) < p2*/p1* < lambda1S/lambda2S, i.e. 1 < R < theta): false (left inequality "
            "true, right inequality false)\n");
  const auto inside = split_evidence(run_clustertrade(base).out).first;
  EXPECT_NE(inside.find("R > 1): true"), std::string::npos) << inside;
  EXPECT_NE(inside.find("1 < R < theta): true (left inequality true, right inequality true)"), std::string::npos)
      << inside;
  const auto json = nlohmann::json::parse(run_clustertrade(base + " --json").out);
  ASSERT_EQ(json["evidence"].size(), 3u);
  EXPECT_EQ(json["evidence"][1], "CA (lambda2S/lambda1S > lambda2N/lambda1N, i.e. R > 1): true");
}

TEST(InfantIndustryCli, JsonHasTheSameKeys) {
  // Identical productivities, L̄ = 1, L_S = 2: spec-1 (0, 1, yes), the continuum's lower end
  // (interior, 1, 1, no), spec-2 (2, 1, no — neutral, not asymptotically stable).
  const auto r =
      run_clustertrade("infant-industry equilibria --lambda-south 1,1 --lambda-north 1,1 --alpha 1 --lbar 1 --json");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto doc = nlohmann::json::parse(r.out)["rows"];
  ASSERT_EQ(doc.size(), 3u);
  EXPECT_EQ(doc[0]["equilibrium"], "specialize-1");
  EXPECT_EQ(doc[0]["stable"], "yes");
  EXPECT_EQ(doc[1]["equilibrium"], "interior");
  EXPECT_EQ(doc[1]["labor_sector2"], 1.0);
  EXPECT_EQ(doc[2]["equilibrium"], "specialize-2");
  EXPECT_EQ(doc[2]["wage"], 1.0);
  EXPECT_EQ(doc[2]["stable"], "no");
  for (const auto& row : doc) EXPECT_EQ(row.size(), 4u);
}

TEST(InfantIndustryCli, OutWritesTheFileAndNothingToStdout) {
  std::string cwd;
  const auto r = run_clustertrade(base + " --out eq.csv", &cwd);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(r.out.empty());
  std::ifstream in(cwd + "/eq.csv");
  std::string header;
  while (std::getline(in, header) && header.rfind('#', 0) == 0) {
  }
  EXPECT_EQ(header, "equilibrium,labor_sector2,wage,stable");
  std::filesystem::remove_all(cwd);
}

TEST(InfantIndustryCli, RejectsWrongListLength) {
  expect_rejected("infant-industry equilibria --lambda-south 1,2,3 --lambda-north 1,1 --alpha 1 --lbar 1",
                  "--lambda-south", "2 comma-separated entries");
  expect_rejected("infant-industry equilibria --lambda-south 1,2 --lambda-north 1 --alpha 1 --lbar 1", "--lambda-north",
                  "2 comma-separated entries");
}

TEST(InfantIndustryCli, RejectsNonNumbers) {
  expect_rejected("infant-industry equilibria --lambda-south 1,x --lambda-north 1,1 --alpha 1 --lbar 1",
                  "--lambda-south", "number");
  expect_rejected("infant-industry equilibria --lambda-south 1,2 --lambda-north 1,1 --alpha one --lbar 1", "--alpha",
                  "number");
}

TEST(InfantIndustryCli, RejectsNonFiniteValues) {
  expect_rejected("infant-industry equilibria --lambda-south 1,nan --lambda-north 1,1 --alpha 1 --lbar 1",
                  "--lambda-south (entry 2)", "finite");
  expect_rejected("infant-industry equilibria --lambda-south 1,2 --lambda-north inf,1 --alpha 1 --lbar 1",
                  "--lambda-north (entry 1)", "finite");
  expect_rejected("infant-industry equilibria --lambda-south 1,2 --lambda-north 1,1 --alpha nan --lbar 1", "--alpha",
                  "finite");
  expect_rejected("infant-industry equilibria --lambda-south 1,2 --lambda-north 1,1 --alpha 1 --lbar inf", "--lbar",
                  "finite");
  expect_rejected(base + " --labor-south nan", "--labor-south", "finite");
}

TEST(InfantIndustryCli, RejectsNonPositiveValues) {
  expect_rejected("infant-industry equilibria --lambda-south 0,2 --lambda-north 1,1 --alpha 1 --lbar 1",
                  "--lambda-south (entry 1)", "> 0");
  expect_rejected("infant-industry equilibria --lambda-south 1,2 --lambda-north 1,-1 --alpha 1 --lbar 1",
                  "--lambda-north (entry 2)", "> 0");
  expect_rejected("infant-industry equilibria --lambda-south 1,2 --lambda-north 1,1 --alpha 0 --lbar 1", "--alpha",
                  "> 0");
  expect_rejected("infant-industry equilibria --lambda-south 1,2 --lambda-north 1,1 --alpha 1 --lbar -1", "--lbar",
                  "> 0");
  expect_rejected(base + " --labor-south 0", "--labor-south", "> 0");
}

TEST(InfantIndustryCli, RejectsUnknownFlag) { expect_rejected(base + " --beta 2", "--beta", "not expected"); }

TEST(InfantIndustryCli, RejectsMissingRequiredFlag) {
  expect_rejected("infant-industry equilibria --lambda-south 1,2 --lambda-north 1,1 --alpha 1", "--lbar", "required");
}
