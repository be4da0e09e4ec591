// Runs every RC07 §2 claim with 200 draws and asserts its verdict, so CI fails when a verdict
// moves. The expected verdicts are the reasoned ones (see paper/sections/infant_industry.tex):
// e.g. P ⇔ CA fails because CA allows R ≥ θ where P's right-hand inequality is violated.
#include <map>

#include <gtest/gtest.h>

#include "core/claims.hpp"
#include "infant_industry/claims.hpp"

namespace {

clustertrade::ClaimRegistry registry() {
  clustertrade::ClaimRegistry r;
  clustertrade::infant_industry::register_claims(r);
  return r;
}

}  // namespace

TEST(InfantIndustryClaims, VerdictsWithTwoHundredDraws) {
  using clustertrade::Verdict;
  const std::map<std::string, Verdict> expected = {
      {"rc07.identical-productivity", Verdict::holds_with_qualification},
      {"rc07.spec1-condition", Verdict::holds_with_qualification},
      {"rc07.ca-iff-spec2", Verdict::holds_with_qualification},
      {"rc07.wage-formula", Verdict::holds_with_qualification},
      {"rc07.wage-ranking", Verdict::holds_with_qualification},
      {"rc07.p-iff-multiple", Verdict::holds_with_qualification},
      {"rc07.p-equiv-ca", Verdict::fails},
      {"rc07.mill-test", Verdict::holds_with_qualification},
      {"rc07.fn7-small-south", Verdict::holds_with_qualification},
      {"rc07.equilibrium-set", Verdict::holds},
      {"rc07.ppf-shape", Verdict::holds},
  };
  const auto r = registry();
  ASSERT_EQ(r.claims().size(), expected.size());
  clustertrade::ClaimRun run;
  run.draws = 200;
  for (const auto& claim : r.claims()) {
    ASSERT_TRUE(expected.count(claim.id)) << claim.id;
    const auto outcome = claim.check.run(run);
    EXPECT_EQ(clustertrade::to_string(outcome.verdict), clustertrade::to_string(expected.at(claim.id))) << claim.id;
    if (outcome.verdict != Verdict::holds) {
      ASSERT_FALSE(outcome.counterexample.is_null()) << claim.id;
      EXPECT_EQ(outcome.counterexample["command"].get<std::string>().rfind("clustertrade infant-industry equilibria", 0), 0u);
      EXPECT_TRUE(outcome.counterexample.contains("summary"));
    }
    EXPECT_EQ(claim.module, "infant_industry");
  }
}

TEST(InfantIndustryClaims, ResultsDoNotDependOnThreads) {
  const auto r = registry();
  clustertrade::ClaimRun one;
  one.draws = 100;
  one.threads = 1;
  clustertrade::ClaimRun two = one;
  two.threads = 2;
  for (const char* id : {"rc07.p-equiv-ca", "rc07.ca-iff-spec2"}) {
    const auto a = r.find(id).check.run(one);
    const auto b = r.find(id).check.run(two);
    EXPECT_EQ(a.evidence, b.evidence) << id;
    EXPECT_EQ(a.counterexample.dump(), b.counterexample.dump()) << id;
  }
}

TEST(InfantIndustryClaims, PEquivCaCounterexampleReproducesWithTheCli) {
  // The shrunk counterexample must satisfy CA and violate P: R = λ2S λ1N / (λ1S λ2N) ≥ θ.
  const auto r = registry();
  clustertrade::ClaimRun run;
  run.draws = 50;
  const auto outcome = r.find("rc07.p-equiv-ca").check.run(run);
  const auto& p = outcome.counterexample["params"];
  const double ratio = p["lambda_south"][1].get<double>() * p["lambda_north"][0].get<double>() /
                       (p["lambda_south"][0].get<double>() * p["lambda_north"][1].get<double>());
  const double th = 1.0 + p["alpha"].get<double>() * p["lbar"].get<double>();
  EXPECT_GT(ratio, 1.0);
  EXPECT_GE(ratio, th);
}
