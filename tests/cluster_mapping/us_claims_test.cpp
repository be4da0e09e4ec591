// Porter's U.S. statements on the vendored data (data/us/ of this repository): the main reading's
// statistics against an independent Python computation from the raw CSV files
// (tests/cluster_mapping/us_reference.py, which shares no code with the C++), the verdicts those
// values imply, and the claim records' issue-19 fields.
#include <cmath>
#include <string>

#include <gtest/gtest.h>

#include "cluster_mapping/us_analysis.hpp"
#include "cluster_mapping/us_claims.hpp"
#include "core/claim.hpp"
#include "core/claims.hpp"
#include "core/falsify.hpp"

namespace cm = clustertrade::cluster_mapping;

namespace {

clustertrade::ClaimRegistry us_registry() {
  clustertrade::ClaimRegistry r;
  cm::register_us_claims(r);
  return r;
}

clustertrade::Verdict verdict(const clustertrade::Claim& claim) {
  clustertrade::ClaimRun run;
  run.draws = 10;
  return clustertrade::verdict_of(claim, claim.search(run));
}

}  // namespace

TEST(ClusterMappingUsClaims, MainReadingMatchesIndependentPython) {
  // us_reference.py: traded share 0.3231072538134753, mean top-five share 0.8362266688347325,
  // 5132 strong clusters over 933 CBSAs; Spearman's ρ of strength with earnings (932 CBSAs)
  // -0.38050200331171136, household income (932) -0.3558234700417904, patents per worker (881)
  // -0.21259226698891345. Tolerance 1e-12: sums over ~10^5 cells in a different order.
  const auto& d = cm::us_data();
  const auto s = cm::us_regional_statistics(d.naics2017, d.outcomes2017, {});
  EXPECT_EQ(s.regions, 933u);
  EXPECT_NEAR(s.traded_share, 0.3231072538134753, 1e-12);
  EXPECT_NEAR(s.mean_top5, 0.8362266688347325, 1e-12);
  EXPECT_NEAR(s.mean_strong, 5132.0 / 933.0, 1e-12);
  std::size_t used = 0;
  EXPECT_NEAR(cm::us_strength_correlation(s, d.outcomes2017.median_earnings, d.outcomes2017.employment, false, used),
              -0.38050200331171136, 1e-12);
  EXPECT_EQ(used, 932u);
  EXPECT_NEAR(
      cm::us_strength_correlation(s, d.outcomes2017.median_household_income, d.outcomes2017.employment, false, used),
      -0.3558234700417904, 1e-12);
  EXPECT_NEAR(
      cm::us_strength_correlation(s, d.outcomes2017.patents_per_thousand, d.outcomes2017.employment, false, used),
      -0.21259226698891345, 1e-12);
  EXPECT_EQ(used, 881u);
}

TEST(ClusterMappingUsClaims, VerdictsFollowFromTheReferenceValues) {
  // From the values above: local share 1 - 0.323 >= 1/2 (holds); mean top-five share 0.836 is not
  // within 0.005 of 0.52 and 5.50 strong clusters not within 0.5 of 7 (both fail); every ρ < 0 (fails).
  const auto r = us_registry();
  using clustertrade::Verdict;
  EXPECT_EQ(verdict(r.find("porter.us-local-large")), Verdict::holds);
  EXPECT_EQ(verdict(r.find("porter.us-top5")), Verdict::fails);
  EXPECT_EQ(verdict(r.find("porter.us-seven-strong")), Verdict::fails);
  EXPECT_EQ(verdict(r.find("porter.us-stronger-perform")), Verdict::fails);
}

TEST(ClusterMappingUsClaims, RecordsCarryQuoteOriginAndNoDraws) {
  const auto r = us_registry();
  for (const auto& c : r.claims()) {
    SCOPED_TRACE(c.id);
    EXPECT_FALSE(c.quote.empty());  // Porter's words, with the locator
    EXPECT_NE(c.quote.find("(Porter, "), std::string::npos);
    EXPECT_TRUE(c.draws.empty());  // the 2019 data, no draws
    EXPECT_NE(c.scope.find("no draws"), std::string::npos);
  }
  const auto& wages = r.find("porter.us-traded-wages");
  EXPECT_EQ(wages.origin, clustertrade::Origin::paper);
  EXPECT_EQ(clustertrade::verdict_of(wages, clustertrade::Tally{}), clustertrade::Verdict::not_checked);
  EXPECT_NE(wages.not_checked_reason.find("payroll"), std::string::npos);
  EXPECT_EQ(r.find("porter.us-traded-gini").origin, clustertrade::Origin::addition);
  EXPECT_EQ(r.find("porter.us-top5").origin, clustertrade::Origin::reading);
}
