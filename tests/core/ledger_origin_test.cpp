/// The ledger of issue 19 (core/claims_tex.cpp): headline counts over the papers' own statements,
/// readings and additions counted apart (A.1); a single example shown as "one case" and counted on its
/// own line (A.5); draw laws, tolerances, margin unit and quote printed from the claim record (A.4).
/// Toy claims on fixed cases only (no draws), so every count is known by hand.
#include <gtest/gtest.h>

#include <cmath>

#include "core/claim.hpp"
#include "core/claims.hpp"
#include "core/falsify.hpp"

namespace ct = clustertrade;

namespace {

// x is a violation when x >= 700; every case meets the premise and lies in scope.
ct::Search<long> fixed_search(std::vector<long> cases) {
  ct::Search<long> s;
  s.salt = 1;
  s.draw = [](std::size_t, ct::DrawRng& rng) { return rng.uniform_int(0, 99); };
  s.fixed_cases = std::move(cases);
  s.check = [](const long& x) {
    ct::Finding f;
    f.violated = x >= 700;
    f.margin = 699.5 - static_cast<double>(x);
    return f;
  };
  return s;
}

ct::Claim toy(const std::string& id, ct::Origin origin, std::vector<long> cases) {
  ct::Claim c;
  c.id = "toy." + id;
  c.source = "Toy section 2";
  c.statement = "x stays below 700";
  c.check_name = "fixed_search";
  c.origin = origin;
  c.search = ct::make_search_fn<long>([cases] { return fixed_search(cases); });
  return c;
}

std::string macro(const std::string& main, const std::string& name) {
  const std::string head = "\\newcommand{\\" + name + "}{";
  const auto at = main.find(head);
  if (at == std::string::npos) return "absent";
  return main.substr(at + head.size(), main.find('}', at + head.size()) - at - head.size());
}

std::string row_of(const std::string& text, const std::string& id) {
  const auto at = text.find("toy.\\allowbreak{}" + id + "}");
  return at == std::string::npos ? std::string() : text.substr(at, text.find("\\\\\n", at) - at);
}

}  // namespace

// Faults caught: headline counts over every claim instead of the paper's; a single example counted
// among "hold everywhere"; an origin read from the source's words. By hand: paper claims a (holds),
// b (fails), c (single example, holds); reading d (holds); addition e (fails).
TEST(LedgerOrigin, HeadlineCountsArePaperClaimsAndSingleExamplesHaveTheirOwnLine) {
  ct::ClaimRegistry registry;
  registry.add(toy("a", ct::Origin::paper, {1, 2}));
  registry.add(toy("b", ct::Origin::paper, {1, 701}));
  ct::Claim c = toy("c", ct::Origin::paper, {3, 4});
  c.single_example = true;
  c.source = "Toy Fig. 1 (our reading)";  // words in the source no longer decide the origin
  registry.add(std::move(c));
  registry.add(toy("d", ct::Origin::reading, {5}));
  registry.add(toy("e", ct::Origin::addition, {900}));
  const ct::ClaimRun run{0, 42, 1};
  const auto files = ct::claims_to_tex(ct::claims_to_json(ct::run_claims(registry, "*", run), run));
  const std::string& main = files[0].second;
  EXPECT_EQ(macro(main, "claimsTotal"), "5");
  EXPECT_EQ(macro(main, "claimsPaper"), "3");
  EXPECT_EQ(macro(main, "claimsPaperHold"), "1");     // a only: c is one case
  EXPECT_EQ(macro(main, "claimsPaperOneCase"), "1");  // c
  EXPECT_EQ(macro(main, "claimsPaperFail"), "1");     // b
  EXPECT_EQ(macro(main, "claimsPaperFailSubstantive"), "1");
  EXPECT_EQ(macro(main, "claimsReading"), "1");
  EXPECT_EQ(macro(main, "claimsReadingHold"), "1");
  EXPECT_EQ(macro(main, "claimsAddition"), "1");
  EXPECT_EQ(macro(main, "claimsAdditionFail"), "1");
  EXPECT_EQ(macro(main, "claimsAdditionHold"), "0");
  EXPECT_NE(row_of(main, "c").find("\\verdictHolds{} (one case)"), std::string::npos) << row_of(main, "c");
  EXPECT_NE(row_of(main, "c").find(" & paper & "), std::string::npos) << row_of(main, "c");
  EXPECT_NE(row_of(main, "d").find(" & reading\\textsuperscript{\\dag} & "), std::string::npos);
  EXPECT_EQ(row_of(main, "a").find("one case"), std::string::npos);
}

// Faults caught: draw laws, tolerances, margin unit or quote not printed, or printed for another claim.
TEST(LedgerOrigin, PrintsDrawLawsTolerancesMarginUnitAndQuote) {
  ct::ClaimRegistry registry;
  ct::Claim claim = toy("printed", ct::Origin::paper, {1, 800});
  claim.quote = "``x never reaches 700'' (Toy, p. 3)";  // a quote carries its own quotation marks
  claim.draws = {{"\\lambda", ct::DrawLaw::Kind::log_uniform, 0.2, 5.0}};
  claim.tolerances = "tie band $10^{-9}$";
  claim.margin_unit = "units of x";
  registry.add(std::move(claim));
  const ct::ClaimRun run{0, 42, 1};
  const auto files = ct::claims_to_tex(ct::claims_to_json(ct::run_claims(registry, "*", run), run));
  const std::string& entries = files[1].second;
  EXPECT_NE(entries.find("Draws: $\\lambda \\sim \\log U[0.2, 5)$."), std::string::npos) << entries;
  EXPECT_NE(entries.find("Tolerances: tie band $10^{-9}$."), std::string::npos) << entries;
  EXPECT_NE(entries.find("Margin: units of x."), std::string::npos) << entries;
  // x = 800 violates by 699.5 - 800 = -100.5, printed with its unit.
  EXPECT_NE(entries.find("Smallest margin in scope $-100.5$ (units of x)."), std::string::npos) << entries;
  EXPECT_NE(entries.find("``x never reaches 700'' (Toy, p. 3)"), std::string::npos) << entries;
  const std::string sources = files[0].second.substr(files[0].second.find("\\claimsLedgerSources"));
  EXPECT_NE(row_of(sources, "printed")
                .find("Toy section 2: ``x never reaches 700'' (Toy, p. 3) & "
                      "\\texttt{fixed\\_\\allowbreak{}search}"),
            std::string::npos)
      << row_of(sources, "printed");
}

// The yes/no rule of the report's text and the helper that modules use for it.
TEST(LedgerOrigin, YesNoMarginIsMinusOneWhereViolated) {
  EXPECT_EQ(ct::yes_no_margin(false), -1.0);
  EXPECT_FALSE(std::isfinite(ct::yes_no_margin(true)));
}
