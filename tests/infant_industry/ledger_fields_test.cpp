// Issue 19 A.1/A.4 for the claims of RC07 §2–4, RC05 and CPP (this module and its two siblings,
// registered here together because one helper fills their fields): every searched claim says what
// it draws, with which tolerances and in which unit its margin is; every `paper` claim quotes the
// paper with a locator; the converses of RC07's (P) and RC05's A − C > 1 are additions, and the
// readings of issue 19 B.10 are readings.
#include <map>
#include <string>

#include <gtest/gtest.h>

#include "cluster_model/claims.hpp"
#include "core/claims.hpp"
#include "dynamic_spillovers/claims.hpp"
#include "infant_industry/claims.hpp"

namespace ct = clustertrade;

namespace {
ct::ClaimRegistry rc_registry() {
  ct::ClaimRegistry r;
  clustertrade::infant_industry::register_claims(r);
  clustertrade::cluster_model::register_claims(r);
  clustertrade::dynamic_spillovers::register_claims(r);
  return r;
}
}  // namespace

TEST(RcLedgerFields, EverySearchedClaimStatesDrawsTolerancesAndMarginUnit) {
  const auto registry = rc_registry();
  for (const auto& c : registry.claims()) {
    if (!c.not_checked_reason.empty()) continue;
    EXPECT_FALSE(c.draws.empty()) << c.id;
    EXPECT_FALSE(c.tolerances.empty()) << c.id;
    EXPECT_FALSE(c.margin_unit.empty()) << c.id;
  }
}

TEST(RcLedgerFields, PaperClaimsQuoteWithALocator) {
  const auto registry = rc_registry();
  for (const auto& c : registry.claims()) {
    if (c.origin != ct::Origin::paper) continue;
    ASSERT_FALSE(c.quote.empty()) << c.id;
    EXPECT_EQ(c.quote.rfind("``", 0), 0U) << c.id << ": a quote opens with LaTeX quotes";
    const bool located = c.quote.find("(RC07 §") != std::string::npos || c.quote.find("(RC05 §") != std::string::npos ||
                         c.quote.find("(CPP §") != std::string::npos;
    EXPECT_TRUE(located) << c.id << ": " << c.quote;
  }
}

TEST(RcLedgerFields, OriginsOfTheIssuesItems) {
  const auto r = rc_registry();
  const std::map<std::string, ct::Origin> expected = {
      {"rc07.p-implies-multiple", ct::Origin::paper},    {"rc07.multiple-implies-p", ct::Origin::addition},
      {"rc05.s2-multiple-if", ct::Origin::paper},        {"rc05.s2-multiple-only-if", ct::Origin::addition},
      {"rc07.equilibrium-set", ct::Origin::addition},    {"cpp.s5-table3", ct::Origin::reading},
      {"rc07.ordering-assumption", ct::Origin::reading}, {"rc07.s4-a-definition-erratum", ct::Origin::reading},
  };
  for (const auto& [id, origin] : expected) EXPECT_EQ(r.find(id).origin, origin) << id;
}
