// The module's claims run with few draws: the verdicts the report prints, and the counterexample
// commands reproducing what they say.
#include <cmath>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "core/claims.hpp"
#include "dynamic_spillovers/claims.hpp"
#include "support/run_command.hpp"

namespace {

clustertrade::ClaimOutcome run_claim(const std::string& id, std::size_t draws = 24) {
  clustertrade::ClaimRegistry registry;
  clustertrade::dynamic_spillovers::register_claims(registry);
  return registry.find(id).check.run({draws, 20070101, 2});
}

double last_cell(const std::string& csv, int column) {
  std::istringstream in(csv);
  std::string line, last;
  while (std::getline(in, line))
    if (!line.empty()) last = line;
  std::istringstream cells(last);
  std::string cell;
  for (int c = 0; c <= column; ++c) std::getline(cells, cell, ',');
  return std::stod(cell);
}

}  // namespace

TEST(DynamicSpilloversClaims, TextRuleClaimsHold) {
  for (const char* id : {"rc07.s4-steady-state-gap", "rc07.s4-no-convergence-without-cluster",
                         "rc07.s4-convergence-with-cluster", "rc07.s4-income-gaps", "rc07.s4-spec2-condition",
                         "rc07.s4-ranking-unchanged"}) {
    const auto outcome = run_claim(id);
    EXPECT_EQ(outcome.verdict, clustertrade::Verdict::holds) << id << ": " << outcome.evidence;
    EXPECT_TRUE(outcome.counterexample.is_null()) << id;
    EXPECT_EQ(outcome.draws, 24u);
  }
}

// The printed max fails; its counterexample command, run through the CLI, ends at the printed
// rule's limit eps/(eps + g) rather than at â = 1 - g/eps.
TEST(DynamicSpilloversClaims, PrintedDefinitionFailsAndCommandReproducesIt) {
  const auto outcome = run_claim("rc07.s4-a-definition-erratum");
  ASSERT_EQ(outcome.verdict, clustertrade::Verdict::fails);
  const auto& ce = outcome.counterexample;
  const std::string command = ce["command"].get<std::string>();
  ASSERT_EQ(command.rfind("clustertrade ", 0), 0u);
  const auto r = clustertrade::testing::run_clustertrade(command.substr(13));
  ASSERT_EQ(r.status, 0) << r.err;
  const double g = ce["g"].get<double>(), eps = ce["epsilon"].get<double>();
  const double a_end = last_cell(r.out, 3);
  EXPECT_NEAR(a_end, eps / (eps + g), 1e-6);
  EXPECT_GT(std::fabs(a_end - (1.0 - g / eps)), 1e-3);
}

TEST(DynamicSpilloversClaims, CppStatementsFailAsWritten) {
  for (const char* id : {"cpp.s5-steady-gap", "cpp.s5-convergence-with-cluster"}) {
    const auto outcome = run_claim(id);
    ASSERT_EQ(outcome.verdict, clustertrade::Verdict::fails) << id;
    const std::string command = outcome.counterexample["command"].get<std::string>();
    const auto r = clustertrade::testing::run_clustertrade(command.substr(13));
    ASSERT_EQ(r.status, 0) << r.err;
    const double z_end = last_cell(r.out, 3);
    EXPECT_TRUE(z_end > 1e5 || z_end < 1e-5) << id << " " << z_end;  // left the bounds: no steady gap
  }
  EXPECT_EQ(run_claim("cpp.s5-table3").verdict, clustertrade::Verdict::holds_with_qualification);
}

TEST(DynamicSpilloversClaims, ResultsDoNotDependOnThreads) {
  clustertrade::ClaimRegistry registry;
  clustertrade::dynamic_spillovers::register_claims(registry);
  const auto& check = registry.find("rc07.s4-spec2-condition").check;
  EXPECT_EQ(check.run({16, 7, 1}).evidence, check.run({16, 7, 2}).evidence);
}
