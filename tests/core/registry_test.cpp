#include <gtest/gtest.h>

#include "core/claims.hpp"
#include "core/latex.hpp"
#include "core/numbers.hpp"

namespace ct = clustertrade;

namespace {

/// A claim over the integers whose search is counted by hand: draw k is the case k + 1, the fixed
/// cases come first; every case meets the premise and lies in scope, and `violated_at` (when >= 0)
/// is the one case that violates it.
ct::Claim integer_claim(std::string id, std::string source, std::string statement, std::string scope,
                        std::vector<long> fixed, long violated_at) {
  ct::Claim claim;
  claim.id = std::move(id);
  claim.source = std::move(source);
  claim.statement = std::move(statement);
  claim.paper_verdict = "holds";
  claim.scope = std::move(scope);
  claim.check_name = "integer_search";
  claim.search = ct::make_search_fn<long>([fixed, violated_at] {
    ct::Search<long> s;
    s.salt = 1;
    s.draw = [](std::size_t k, ct::DrawRng&) { return static_cast<long>(k) + 1; };
    s.fixed_cases = fixed;
    s.check = [violated_at](const long& x) {
      ct::Finding f;
      f.violated = x == violated_at;
      f.margin = f.violated ? -1.0 : 1.0;
      f.detail = "x = " + std::to_string(x) + (f.violated ? " breaks it" : "");
      return f;
    };
    s.to_json = [](const long& x) { return nlohmann::json{{"x", x}}; };
    s.command = [](const long&) { return std::string("clustertrade prove"); };
    return s;
  });
  return claim;
}

}  // namespace

TEST(GlobMatch, HandlesStarsAndQuestionMarks) {
  EXPECT_TRUE(ct::glob_match("*", "h12.prop1"));
  EXPECT_TRUE(ct::glob_match("h12.*", "h12.prop1"));
  EXPECT_FALSE(ct::glob_match("h12.*", "rc07.ca"));
  EXPECT_TRUE(ct::glob_match("h12.prop?", "h12.prop3"));
  EXPECT_TRUE(ct::glob_match("*prop*", "h12.prop3"));
  EXPECT_FALSE(ct::glob_match("h12.prop?", "h12.prop10"));
}

TEST(ClaimRegistry, RejectsDuplicateAndEmptyIds) {
  ct::ClaimRegistry registry;
  registry.add(integer_claim("x.one", "X §1", "one", "", {}, -1));
  EXPECT_THROW(registry.add(integer_claim("x.one", "X §1", "again", "", {}, -1)), std::logic_error);
  EXPECT_THROW(registry.add(integer_claim("", "X §1", "empty", "", {}, -1)), std::logic_error);
  EXPECT_EQ(registry.claims().size(), 1u);
  EXPECT_EQ(registry.find("x.one").check_name, "integer_search");
  EXPECT_EQ(registry.find("x.one").statement, "one");  // the duplicate did not replace it
  EXPECT_THROW((void)registry.find("x.two"), std::out_of_range);
}

TEST(ClaimRegistry, RunsClaimsIntoJsonAndTex) {
  ct::ClaimRegistry registry;
  registry.add(integer_claim("x.one", "X §1", "one", "nothing", {}, -1));
  registry.add(integer_claim("y.two", "Y §2, $\\theta$", "two_with_underscore", "x in [0, 1]", {0}, 0));
  const ct::ClaimRun run{25, 1, 1};
  const auto records = ct::run_claims(registry, "*", run);
  ASSERT_EQ(records.size(), 2u);
  const auto json = ct::claims_to_json(records, run);
  // x.one: 25 draws (cases 1..25), every one premise-met and in scope, none violated: holds.
  EXPECT_EQ(json[0]["verdict"], "holds");
  EXPECT_EQ(json[0]["counts"]["premise_met"], 25);
  EXPECT_EQ(json[0]["counts"]["in_scope"], 25);
  EXPECT_TRUE(json[0]["counterexample"].is_null());
  // y.two: the fixed case 0 (index -1) violates it in scope, the 25 draws do not: fails.
  EXPECT_EQ(json[1]["verdict"], "fails");
  EXPECT_EQ(json[1]["failure_kind"], "substantive");
  EXPECT_EQ(json[1]["counts"]["fixed_cases"], 1);
  EXPECT_EQ(json[1]["counts"]["violations_in_scope"], 1);
  EXPECT_EQ(json[1]["counterexample"]["case"]["x"], 0);
  EXPECT_EQ(json[1]["counterexample"]["index"], -1);
  EXPECT_EQ(json[1]["counterexample"]["in_scope"], true);
  EXPECT_EQ(json[1]["scope"], "x in [0, 1]");  // the claim's own scope
  for (const char* key :
       {"id", "source", "statement", "measure", "scope", "paper_verdict", "verdict", "failure_kind",
        "not_checked_reason", "counts", "evidence", "counterexample", "tally", "module", "file", "function", "seconds"})
    EXPECT_TRUE(json[1].contains(key)) << key;
  EXPECT_FALSE(json[1]["tally"].contains("legacy"));
  EXPECT_EQ(json[1]["function"], "integer_search");
  EXPECT_EQ(json[1]["module"], "other");  // registered from tests/, not src/<module>/
  const auto files = ct::claims_to_tex(json);
  ASSERT_EQ(files.size(), 3u);  // claims.tex, claims-other.tex, and y.two's reproduce command
  EXPECT_EQ(files[0].first, "claims.tex");
  EXPECT_EQ(files[2].first, "commands/y-two.sh");
  EXPECT_EQ(files[2].second, "build/bin/clustertrade prove\n");  // as run at the repository root
  EXPECT_NE(files[1].second.find("\\claimcommand{y-two}"), std::string::npos);
  EXPECT_NE(files[0].second.find("\\newcommand{\\claimsPaperFail}{1}"), std::string::npos);
  EXPECT_NE(files[0].second.find("\\newcommand{\\claimsTaxonomy}"), std::string::npos);
  EXPECT_NE(files[1].second.find("two\\_with\\_underscore"), std::string::npos);
  EXPECT_NE(files[1].second.find("$\\theta$"), std::string::npos);  // math passes through
  // 1 fixed case + 25 draws, all premise-met: the counts sentence of y.two.
  EXPECT_NE(files[1].second.find("Premise met in $26$ of $26$ cases ($25$ drawn of $25$ requested, $1$ fixed)"),
            std::string::npos)
      << files[1].second;
  EXPECT_EQ(ct::run_claims(registry, "y.*", {1, 1, 1}).size(), 1u);
}

TEST(NumberRegistry, FormatsRegistersAndRoundTrips) {
  ct::NumberRegistry numbers;
  numbers.add("wageOne", 1.23456, "a wage");
  numbers.add_count("draws", 400, "draws");
  numbers.add_text("params", "$\\alpha = 1$", "parameters");
  EXPECT_THROW(numbers.add("wage_two", 1.0, "underscore"), std::logic_error);
  EXPECT_THROW(numbers.add("wageOne", 1.0, "duplicate"), std::logic_error);
  const auto tex = numbers.to_tex();
  EXPECT_NE(tex.find("\\newcommand{\\wageOne}{\\ensuremath{1.235}}"), std::string::npos);
  EXPECT_NE(tex.find("\\newcommand{\\draws}{\\ensuremath{400}}"), std::string::npos);
  EXPECT_NE(tex.find("\\newcommand{\\params}{$\\alpha = 1$}"), std::string::npos);
  const auto back = ct::NumberRegistry::from_json(numbers.to_json());
  ASSERT_EQ(back.entries().size(), 3u);
  EXPECT_EQ(back.entries()[0].function, numbers.entries()[0].function);
  EXPECT_EQ(back.entries()[0].file, "tests/core/registry_test.cpp");
}

TEST(FormatSignificant, RoundsAndTrimsAsPrinted) {
  EXPECT_EQ(ct::format_significant(1.23456, 4), "1.235");
  EXPECT_EQ(ct::format_significant(2.0, 4), "2");
  EXPECT_EQ(ct::format_significant(-0.0001234, 3), "-0.000123");
  EXPECT_EQ(ct::format_significant(123456.0, 3), "123456");
  EXPECT_EQ(ct::format_significant(2.5e-7, 2), "2.5\\times 10^{-7}");
  EXPECT_EQ(ct::format_significant(1.0 / 0.0, 2), "\\infty");
}

TEST(Latex, EscapesOutsideMathOnly) {
  EXPECT_EQ(ct::latex_escape("a_b & 50% $x_1$"), "a\\_b \\& 50\\% $x_1$");
  // Referee item 23: an opening quote becomes TeX's `...' (apostrophes inside words stay).
  EXPECT_EQ(ct::latex_escape("after 'More generally' (RC07's)"), "after `More generally' (RC07's)");
  EXPECT_EQ(ct::latex_escape("('in either location')"), "(`in either location')");
  EXPECT_EQ(ct::latex_escape_verbatim("$x_1$"), "\\$x\\_1\\$");
  EXPECT_TRUE(ct::is_tex_macro_name("iiWage"));
  EXPECT_FALSE(ct::is_tex_macro_name("ii2"));
  EXPECT_EQ(ct::short_function_name("void clustertrade::a::f(int, std::vector<int>)"), "clustertrade::a::f");
  EXPECT_EQ(ct::short_function_name("std::vector<std::pair<int, int> > clustertrade::g()"), "clustertrade::g");
  EXPECT_EQ(ct::short_function_name("int clustertrade::{anonymous}::h()"), "clustertrade::h");
  EXPECT_EQ(ct::source_relative("/x/y/src/core/io.cpp"), "src/core/io.cpp");
}

TEST(Latex, BreakableTypewriterNeverSplitsAScopeOperator) {
  // Expected strings written by hand: a break point after "::" and after "_", none between the two colons.
  EXPECT_EQ(ct::latex_breakable_tt("a::b_c"), "\\texttt{a::\\allowbreak{}b\\_\\allowbreak{}c}");
  // A single colon still allows a break after it.
  EXPECT_EQ(ct::latex_breakable_tt("x:y"), "\\texttt{x:\\allowbreak{}y}");
}

// Issue 19 C.14: a provenance path breaks between folders only, never inside a name. By hand: one
// break after each of the two slashes, the underscore escaped and unbreakable.
TEST(Latex, PathsBreakOnlyAtSlashes) {
  EXPECT_EQ(ct::latex_path_tt("src/dynamic_spillovers/claims.cpp"),
            "\\texttt{src/\\allowbreak{}dynamic\\_spillovers/\\allowbreak{}claims.cpp}");
}

TEST(ClaimRegistry, NotCheckedClaimsCarryTheirReasonIntoJsonAndTex) {
  ct::ClaimRegistry registry;
  ct::Claim claim;
  claim.id = "z.unchecked";
  claim.source = "Z §9";
  claim.statement = "needs data";
  claim.not_checked_reason = "the paper's data are not public";
  registry.add(claim);  // no search: allowed only with a reason
  ct::Claim bad;
  bad.id = "z.bad";
  EXPECT_THROW(registry.add(bad), std::logic_error);
  const ct::ClaimRun run{5, 1, 1};
  const auto json = ct::claims_to_json(ct::run_claims(registry, "*", run), run);
  EXPECT_EQ(json[0]["verdict"], "not-checked");
  EXPECT_EQ(json[0]["not_checked_reason"], "the paper's data are not public");
  EXPECT_EQ(json[0]["counts"]["draws_used"], 0);
  const auto files = ct::claims_to_tex(json);
  EXPECT_NE(files[0].second.find("\\newcommand{\\claimsPaperNotChecked}{1}"), std::string::npos);
  EXPECT_NE(files[1].second.find("\\verdictNotChecked{}: the paper's data are not public"), std::string::npos);
}
