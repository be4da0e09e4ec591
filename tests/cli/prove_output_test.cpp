/// End-to-end `prove` (issue 10 part 5): a small run with --out and --tex-dir; the JSON and the TeX
/// are checked for content, and every counterexample command is run through the binary.
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/run_command.hpp"

using clustertrade::testing::make_temp_dir;
using clustertrade::testing::run_clustertrade;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST(ProveEndToEnd, JsonAndTexCarryIdsCountsTaxonomyAndRunnableCounterexamples) {
  const std::string dir = make_temp_dir();
  const auto r = run_clustertrade("prove --draws 12 --seed 7 --module infant_industry --out '" + dir +
                                  "/claims.json' --tex-dir '" + dir + "/tex'");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(r.out.empty());           // the JSON went to --out
  EXPECT_TRUE(r.err.empty()) << r.err;  // stderr is not a terminal here: no progress bar
  const auto doc = nlohmann::json::parse(slurp(dir + "/claims.json"));
  const auto& meta = doc["meta"];
  EXPECT_EQ(meta["seed"], 7);
  EXPECT_EQ(meta["draws_requested"], 12);
  EXPECT_EQ(meta["command"], "clustertrade prove --seed 7 --draws 12 --module infant_industry");
  EXPECT_TRUE(meta["shard"].is_null());
  EXPECT_TRUE(meta["version"].is_string());
  EXPECT_FALSE(meta["version"].get<std::string>().empty());
  EXPECT_TRUE(meta.contains("commit"));
  EXPECT_TRUE(meta["wall_seconds"].is_number());
  const auto& claims = doc["claims"];
  // RC07 §2's claims: 12 searched ((P) as an implication and its converse, issue 19 A.2), plus the
  // Bastable test and fns. 8, 10 and 11, registered as not checked with a reason
  ASSERT_EQ(claims.size(), 16u);
  const std::string ledger = slurp(dir + "/tex/claims.tex");
  const std::string entries = slurp(dir + "/tex/claims-infant_industry.tex");
  std::set<std::string> verdicts;
  std::size_t commands_run = 0;
  for (const auto& c : claims) {
    const auto id = c["id"].get<std::string>();
    for (const char* key :
         {"source", "statement", "measure", "scope", "paper_verdict", "verdict", "failure_kind", "not_checked_reason",
          "counts", "evidence", "counterexample", "tally", "module", "file", "function", "seconds"})
      EXPECT_TRUE(c.contains(key)) << id << " lacks " << key;
    verdicts.insert(c["verdict"].get<std::string>());
    if (c["verdict"] == "not-checked") {  // registered without a search: a reason and no case at all
      EXPECT_FALSE(c["not_checked_reason"].get<std::string>().empty()) << id;
      EXPECT_EQ(c["counts"]["draws_used"], 0) << id;
      continue;
    }
    // Counts: 12 draws + the 9 fixed cases; the tally's counts are the claim's counts.
    EXPECT_EQ(c["counts"]["draws_requested"], 12) << id;
    EXPECT_EQ(c["counts"]["draws_used"], 12) << id;
    EXPECT_EQ(c["counts"]["fixed_cases"], 9) << id;
    EXPECT_EQ(c["counts"], c["tally"]["counts"]) << id;
    EXPECT_LE(c["counts"]["violations_in_scope"].get<int>() + c["counts"]["violations_outside_scope"].get<int>(),
              c["counts"]["premise_met"].get<int>());
    // The verdict follows the counts (ENGINE_API.md's rule).
    const auto& n = c["counts"];
    const std::string rule = n["violations_in_scope"] > 0        ? "fails"
                             : n["violations_outside_scope"] > 0 ? "holds-in-scope"
                             : n["premise_met"] > 0              ? "holds"
                                                                 : "not-checked";
    EXPECT_EQ(c["verdict"], rule) << id;
    EXPECT_EQ(c["failure_kind"] != "", c["verdict"] == "fails") << id;
    // The ledger names every claim (with TeX's \allowbreak after dots and dashes) and its counts.
    std::string tt_id;
    for (char ch : id) {
      tt_id += ch;
      if (ch == '.' || ch == '-') tt_id += "\\allowbreak{}";
    }
    EXPECT_TRUE(contains(ledger, tt_id)) << id;
    EXPECT_TRUE(contains(entries, tt_id)) << id;
    if (!c["counterexample"].is_null()) {
      const auto command = c["counterexample"]["command"].get<std::string>();
      ASSERT_EQ(command.rfind("clustertrade ", 0), 0u) << id;
      // The entry shows the command from tex/commands/<id with - for .>.sh; joined back (continuations
      // removed) the file is the command itself, with the program named by its path from the repository root.
      std::string name = id;
      for (char& ch : name)
        if (ch == '.') ch = '-';
      EXPECT_TRUE(contains(entries, "\\claimcommand{" + name + "}")) << id;
      std::string script = slurp(dir + "/tex/commands/" + name + ".sh"), joined;
      for (std::size_t i = 0; i < script.size(); ++i) {
        if (script.compare(i, 5, " \\\n  ") == 0) {
          joined += ' ';
          i += 4;
        } else if (script.compare(i, 2, "\\\n") == 0) {
          ++i;
        } else {
          joined += script[i];
        }
      }
      EXPECT_EQ(joined, "build/bin/" + command + "\n") << id;
      const auto run = run_clustertrade(command.substr(13));
      EXPECT_EQ(run.status, 0) << id << ": " << command << "\n" << run.err;
      EXPECT_TRUE(contains(run.out, "specialize")) << id;  // the command lists South's equilibria
      ++commands_run;
    }
  }
  EXPECT_GE(commands_run, 5u);
  // At least holds, holds-in-scope and fails occur (p-equiv-ca fails as a slip of wording).
  EXPECT_TRUE(verdicts.count("holds") && verdicts.count("holds-in-scope") && verdicts.count("fails"));
  EXPECT_TRUE(contains(ledger, "\\newcommand{\\claimsTotal}{16}"));  // 12 searched + 4 registered as not checked
  // Counts are kept per origin (issue 19 A.1); summed over the three origins they are the module's.
  const auto over_origins = [&](const std::string& what) {
    int sum = 0;
    for (const std::string origin : {"Paper", "Reading", "Addition"}) {
      const std::string head = "\\newcommand{\\claims" + origin + what + "}{";
      const auto at = ledger.find(head);
      if (at != std::string::npos) sum += std::stoi(ledger.substr(at + head.size()));
    }
    return sum;
  };
  EXPECT_EQ(over_origins("NotChecked"), 4);
  EXPECT_EQ(over_origins("FailWording"), 1);
  EXPECT_TRUE(contains(ledger, "\\newcommand{\\claimsTaxonomy}"));
  EXPECT_TRUE(contains(ledger, "(seed 7)"));
  EXPECT_TRUE(contains(entries, "\\verdictFails{} (wording)"));
  EXPECT_TRUE(contains(entries, "\\verdictHoldsInScope{}"));
  EXPECT_TRUE(contains(entries, "Premise met in $21$ of $21$ cases ($12$ drawn of $12$ requested, $9$ fixed)"));
  EXPECT_TRUE(contains(ledger, "\\newcommand{\\claimsSeed}{7}"));
  fs::remove_all(dir);
}

TEST(ProveEndToEnd, AnUnwritableOutWritesNothing) {
  std::string cwd;
  const auto r = run_clustertrade("prove --draws 3 --module infant-industry --out . --tex-dir tex", &cwd);
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(contains(r.err, "--out")) << r.err;
  EXPECT_FALSE(fs::exists(fs::path(cwd) / "tex" / "claims.tex"));
  fs::remove_all(cwd);
}
