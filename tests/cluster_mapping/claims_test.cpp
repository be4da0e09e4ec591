// Porter's claims on the engine: verdicts that follow from the definitions or from the model's
// mechanism, and exact merging across shards (the U.S. statements: us_claims_test.cpp).
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "cluster_mapping/claims.hpp"
#include "cluster_mapping/regions.hpp"
#include "core/claims.hpp"
#include "support/run_command.hpp"

namespace {

clustertrade::ClaimRegistry registry() {
  clustertrade::ClaimRegistry r;
  clustertrade::cluster_mapping::register_claims(r);
  return r;
}

clustertrade::Tally run(const clustertrade::Claim& claim, std::size_t draws, std::size_t shard = 0,
                        std::size_t shards = 1, int threads = 0) {
  clustertrade::ClaimRun r;
  r.draws = draws;
  r.shard_index = shard;
  r.shard_count = shards;
  r.threads = threads;
  return claim.search(r);
}

}  // namespace

TEST(ClusterMappingClaims, IdentitiesHoldOnEveryTable) {
  // LQ identities are algebraic (Σ_r E^b_r LQ_ri / E^b = Σ_r e_ri / E_i = 1), so no table may violate them.
  const auto r = registry();
  for (const char* id : {"porter.nation-lq-one", "porter.cluster-lq-mean"}) {
    const auto& claim = r.find(id);
    const auto tally = run(claim, 300);
    EXPECT_EQ(tally.counts.premise_met, 301u) << id;  // 300 draws + the hand table
    EXPECT_EQ(tally.counts.violations_in_scope, 0u) << id;
    EXPECT_EQ(clustertrade::verdict_of(claim, tally), clustertrade::Verdict::holds) << id;
  }
}

TEST(ClusterMappingClaims, ShardsMergeToTheSingleRun) {
  const auto r = registry();
  const auto& claim = r.find("porter.cluster-lq-mean");
  const auto whole = run(claim, 90);
  const auto merged = clustertrade::merge_tallies(
      run(claim, 90, 1, 3), clustertrade::merge_tallies(run(claim, 90, 0, 3), run(claim, 90, 2, 3)));
  EXPECT_EQ(merged, whole);
}

TEST(ClusterMappingClaims, NationClaimsGradeOneEnsembleOfFiftyNations) {
  // A statement about nations is graded on the distribution over one ensemble (the baseline nation
  // and 49 drawn ones), whatever --draws says; the margin is the count of nations meeting the
  // property minus the 32 of 50 a one-sided sign test at 5 % needs (experiments_test.cpp), and the
  // verdict follows its sign.
  const auto r = registry();
  const auto& claim = r.find("porter.strength-income-destroying");
  const auto tally = run(claim, 7, 0, 1, 1);
  EXPECT_EQ(tally.counts.draws_used, 1u);
  // The nations are studied in parallel before the engine's search, and only where the engine
  // examines the ensemble (shard 0): on 2 threads and in 2 shards the merged tally is the same.
  EXPECT_EQ(clustertrade::merge_tallies(run(claim, 7, 0, 2, 2), run(claim, 7, 1, 2, 2)), tally);
  EXPECT_EQ(tally.counts.premise_met, 1u);
  ASSERT_FALSE(tally.value_min.is_null());
  const auto& nations = tally.value_min.at("case");
  ASSERT_EQ(nations.size(), 50u);
  EXPECT_EQ(nations[0].at("regions").get<std::size_t>(), 300u);  // the baseline nation comes first
  EXPECT_EQ(nations[0].at("seed").get<std::uint64_t>(), 20121u);
  EXPECT_EQ(nations[1].at("trade").get<std::string>(), "cluster-destroying");
  const double margin = tally.value_min.at("margin").get<double>();
  const bool fails = clustertrade::verdict_of(claim, tally) == clustertrade::Verdict::fails;
  EXPECT_EQ(fails, margin < 0.0) << margin;
  EXPECT_NE(tally.value_min.at("detail").get<std::string>().find("of 50 nations"), std::string::npos);
}

TEST(ClusterMappingClaims, RecoveryCountsExactNationsOnly) {
  // The recovery claims count a nation when its ARI is exactly 1, not when it is positive. Recompute
  // every nation of the recorded ensemble independently of the claim (simulate, recover, compare with
  // 1): under cluster-destroying trade some nations are recovered well but not exactly, so counting
  // positive ARIs would give a different margin.
  const auto r = registry();
  const auto tally = run(r.find("porter.recovery-destroying"), 1);
  ASSERT_FALSE(tally.value_min.is_null());
  std::size_t exact = 0;
  for (const auto& n : tally.value_min.at("case")) {
    clustertrade::cluster_mapping::NationParams p;
    p.regions = n.at("regions").get<std::size_t>();
    p.blocks = n.at("blocks").get<std::vector<std::size_t>>();
    p.local = n.at("local").get<std::size_t>();
    p.block_strength = n.at("block_strength").get<double>();
    p.periods = n.at("periods").get<std::size_t>();
    p.sigma = n.at("sigma").get<double>();
    p.openness = n.at("openness").get<double>();
    p.noise = n.at("noise").get<double>();
    ASSERT_EQ(n.at("trade").get<std::string>(), "cluster-destroying");
    p.trade = clustertrade::cluster_mapping::Trade::cluster_destroying;
    p.seed = n.at("seed").get<std::uint64_t>();
    if (clustertrade::cluster_mapping::recover_blocks(clustertrade::cluster_mapping::simulate_nation(p)).ari == 1.0)
      ++exact;
  }
  // 32 of 50: the sign test's threshold (experiments_test.cpp).
  EXPECT_EQ(tally.value_min.at("margin").get<double>(), static_cast<double>(exact) - 32.0);
  EXPECT_NE(tally.value_min.at("detail").get<std::string>().find(std::to_string(exact) + " of 50 nations"),
            std::string::npos);
}

TEST(ClusterMappingClaims, ANationWithoutVariationInStrengthCountsAgainstTheIncomeStatement) {
  // With seed 7 one nation of the cluster-building ensemble has the same strong-cluster share in
  // every region, so Spearman's ρ is undefined there (0/0). It must neither end the case in an error
  // nor count as ρ > 0: it is reported and left out of the distribution's summary.
  const auto r = registry();
  clustertrade::ClaimRun run;
  run.draws = 1;
  run.seed = 7;
  const auto tally = r.find("porter.strength-income-building").search(run);
  EXPECT_EQ(tally.counts.errors, 0u);
  ASSERT_FALSE(tally.value_min.is_null());
  EXPECT_NE(tally.value_min.at("detail").get<std::string>().find("49 nations where it is defined"), std::string::npos)
      << tally.value_min.at("detail");
}

TEST(ClusterMappingClaims, NationClaimsCarryTheirRecordFields) {
  // Issue 19 A.1/A.4: every checked claim says whose statement it is, quotes Porter, and prints the
  // laws it draws from, its tolerances and its margin's unit.
  const auto r = registry();
  for (const char* id :
       {"porter.nation-lq-one", "porter.cluster-lq-mean", "porter.recovery-building", "porter.recovery-destroying",
        "porter.strength-income-building", "porter.strength-income-destroying"}) {
    const auto& c = r.find(id);
    EXPECT_NE(c.origin, clustertrade::Origin::paper) << id;  // our readings and additions
    EXPECT_NE(c.quote.find("''"), std::string::npos) << id;
    EXPECT_FALSE(c.draws.empty()) << id;
    EXPECT_FALSE(c.tolerances.empty()) << id;
    EXPECT_FALSE(c.margin_unit.empty()) << id;
  }
  // The strength-income statement sits in Porter's introduction with footnote 3 (issue 19 B.10).
  EXPECT_NE(r.find("porter.strength-income-building").quote.find("fn. 3"), std::string::npos);
}

TEST(ClusterMappingClaims, SimulateRefusesABlockOfOneIndustry) {
  const auto out = clustertrade::testing::run_clustertrade("cluster-mapping simulate --blocks 3,1 --regions 10");
  EXPECT_EQ(out.status, 2);
  EXPECT_TRUE(out.out.empty());
  EXPECT_NE(out.err.find("--blocks (entry 2)"), std::string::npos) << out.err;
}
