/// Every registered claim carries the record issue 19 asks for (A.1, A.4, C.14): a `paper` claim
/// quotes the paper; a checked claim that draws states its draw laws, its tolerances and the unit of
/// its margin; every claim names its function. Which claims draw is measured, not
/// assumed: each claim is run once with one draw (fixed cases included) and its `draws_used` read.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "cli/commands.hpp"
#include "core/claims.hpp"

namespace ct = clustertrade;

namespace {

// The registry of every module's claims (registering runs nothing).
const ct::ClaimRegistry& all_claims() {
  static const ct::ClaimRegistry registry = [] {
    ct::ClaimRegistry r;
    ct::cli::register_all_claims(r);
    return r;
  }();
  return registry;
}

bool checked(const ct::Claim& c) { return c.search && c.not_checked_reason.empty(); }

}  // namespace

TEST(ClaimRecords, PaperClaimsQuoteThePaper) {
  for (const auto& c : all_claims().claims()) {
    if (c.origin == ct::Origin::paper) {
      EXPECT_FALSE(c.quote.empty()) << c.id << ": a paper claim without its quote";
    }
  }
}

// One test (one process under CTest) for both draw-record checks: running every claim once with one
// draw costs ~20 s of CPU (the simulated-nation ensembles), so it is done once, not per check.
TEST(ClaimRecords, DrawingClaimsPrintTheirDrawLawsTolerancesAndMarginUnit) {
  std::map<std::string, std::size_t> draws_used;
  for (const auto& record : ct::run_claims(all_claims(), "*", ct::ClaimRun{1, 20070101, 2}))
    draws_used[record.claim->id] = record.tally.counts.draws_used;
  for (const auto& c : all_claims().claims()) {
    if (!checked(c) || draws_used.at(c.id) == 0) continue;
    EXPECT_FALSE(c.draws.empty()) << c.id << ": draws cases but describes no draw law";
    EXPECT_FALSE(c.tolerances.empty()) << c.id << ": no tolerances";
    EXPECT_FALSE(c.margin_unit.empty()) << c.id << ": no margin unit";
  }
}

// A claim registered as not checked names the function that registers it (with its reason).
TEST(ClaimRecords, EveryClaimNamesItsFunction) {
  for (const auto& c : all_claims().claims())
    EXPECT_FALSE(c.check_name.empty()) << c.id << ": the ledger would print an empty function";
}
