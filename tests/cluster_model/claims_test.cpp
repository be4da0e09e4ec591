// Every cluster-model claim with a small number of draws: the verdict must be the one the full
// run reports, and the result must not depend on the thread count.
#include <gtest/gtest.h>

#include "cluster_model/claims.hpp"

using namespace clustertrade;

namespace {
ClaimOutcome run_claim(const std::string& id, int threads = 1) {
  ClaimRegistry registry;
  cluster_model::register_claims(registry);
  return registry.find(id).check.run(ClaimRun{60, 20070101, threads});
}
}  // namespace

TEST(ClusterModelClaims, Verdicts) {
  const std::vector<std::pair<std::string, Verdict>> expected = {
      {"rc07.identical-countries", Verdict::holds},
      {"rc07.north-four-equilibria", Verdict::holds_with_qualification},
      {"rc07.condition-star", Verdict::holds},
      {"rc05.condition-star-every-k", Verdict::holds_with_qualification},
      {"rc07.ordering-assumption", Verdict::holds},
      {"rc07.income-ranking", Verdict::holds_with_qualification},
      {"rc07.theta2-irrelevant", Verdict::holds},
      {"rc05.wage-declining-in-k", Verdict::holds},
      {"rc07.import-substitution-no-cluster", Verdict::holds},
      {"rc05.fn16-promotion-lowers-wage", Verdict::holds},
      {"rc05.s2-multiple-iff", Verdict::holds_with_qualification},
      {"rc05.s2-unique-inefficient", Verdict::holds_with_qualification},
      {"cpp.table2-crosswalk", Verdict::holds_with_qualification},
  };
  for (const auto& [id, verdict] : expected) {
    const auto outcome = run_claim(id);
    EXPECT_EQ(outcome.verdict, verdict) << id << ": " << outcome.evidence;
    EXPECT_EQ(outcome.draws, 60U) << id;
    if (verdict != Verdict::holds) {
      EXPECT_TRUE(outcome.counterexample.contains("command")) << id;
      EXPECT_TRUE(outcome.counterexample.contains("summary")) << id;
    }
  }
}

TEST(ClusterModelClaims, IndependentOfThreadCount) {
  for (const char* id : {"rc07.ordering-assumption", "rc05.s2-multiple-iff"}) {
    const auto one = run_claim(id, 1), two = run_claim(id, 2);
    EXPECT_EQ(one.evidence, two.evidence) << id;
    EXPECT_EQ(one.verdict, two.verdict) << id;
  }
}
