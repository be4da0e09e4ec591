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

class ClaimRecords : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    registry_ = new ct::ClaimRegistry;
    ct::cli::register_all_claims(*registry_);
    draws_used_ = new std::map<std::string, std::size_t>;
    for (const auto& record : ct::run_claims(*registry_, "*", ct::ClaimRun{1, 20070101, 2}))
      (*draws_used_)[record.claim->id] = record.tally.counts.draws_used;
  }
  static void TearDownTestSuite() {
    delete registry_;
    delete draws_used_;
  }
  static bool checked(const ct::Claim& c) { return c.search && c.not_checked_reason.empty(); }
  static bool draws(const ct::Claim& c) { return checked(c) && draws_used_->at(c.id) > 0; }
  static ct::ClaimRegistry* registry_;
  static std::map<std::string, std::size_t>* draws_used_;
};

ct::ClaimRegistry* ClaimRecords::registry_ = nullptr;
std::map<std::string, std::size_t>* ClaimRecords::draws_used_ = nullptr;

}  // namespace

TEST_F(ClaimRecords, PaperClaimsQuoteThePaper) {
  for (const auto& c : registry_->claims())
    if (c.origin == ct::Origin::paper) EXPECT_FALSE(c.quote.empty()) << c.id << ": a paper claim without its quote";
}

TEST_F(ClaimRecords, DrawingClaimsPrintTheirDrawLaws) {
  for (const auto& c : registry_->claims())
    if (draws(c)) EXPECT_FALSE(c.draws.empty()) << c.id << ": draws cases but describes no draw law";
}

TEST_F(ClaimRecords, DrawingClaimsStateTolerancesAndMarginUnit) {
  for (const auto& c : registry_->claims()) {
    if (!draws(c)) continue;
    EXPECT_FALSE(c.tolerances.empty()) << c.id << ": no tolerances";
    EXPECT_FALSE(c.margin_unit.empty()) << c.id << ": no margin unit";
  }
}

// A claim registered as not checked names the function that registers it (with its reason).
TEST_F(ClaimRecords, EveryClaimNamesItsFunction) {
  for (const auto& c : registry_->claims())
    EXPECT_FALSE(c.check_name.empty()) << c.id << ": the ledger would print an empty function";
}
