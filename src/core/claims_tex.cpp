/// \file claims_tex.cpp
/// \brief The generated LaTeX of `clustertrade prove --tex-dir`: the taxonomy's definitions, the
/// claims ledger and the per-module claim lists.
#include <map>

#include <fmt/format.h>

#include "core/claims.hpp"
#include "core/latex.hpp"

namespace clustertrade {

namespace {

using nlohmann::json;

std::string verdict_tex(const json& r) {
  const auto verdict = r.at("verdict").get<std::string>();
  if (verdict == "holds") return "\\verdictHolds{}";
  if (verdict == "holds-in-scope") return "\\verdictHoldsInScope{}";
  if (verdict == "fails") {
    const auto kind = r.at("failure_kind").get<std::string>();
    return "\\verdictFails{}" + (kind.empty() ? std::string() : " (" + kind + ")");
  }
  return "\\verdictNotChecked{}";
}

/// The counterexample's command (the engine's evidence already states what it shows); a legacy
/// claim's summary too.
std::string counterexample_tex(const json& counterexample, bool legacy) {
  if (counterexample.is_null()) return "";
  std::string text;
  if (counterexample.contains("command") && counterexample["command"].is_string() &&
      !counterexample["command"].get<std::string>().empty())
    text = "Reproduce: " + latex_breakable_tt(counterexample["command"].get<std::string>());
  if (legacy && counterexample.contains("summary") && counterexample["summary"].is_string())
    text = latex_escape(counterexample["summary"].get<std::string>()) + (text.empty() ? "" : " ") + text;
  if (counterexample.contains("in_scope") && counterexample["in_scope"].is_boolean())
    text = std::string(counterexample["in_scope"].get<bool>() ? "Counterexample (in scope). "
                                                              : "Case beyond the scope. ") +
           text;
  return text;
}

/// "premise met 812 of 1000 (+3 fixed); violations 0 in scope, 4 beyond" or "counts unknown (legacy check)".
std::string counts_tex(const json& r) {
  if (r.at("counts").is_null()) return "counts unknown (legacy check)";
  const auto& c = r.at("counts");
  std::string text =
      fmt::format("premise met in {} of {} cases ({} drawn of {} requested", c.at("premise_met").get<std::size_t>(),
                  c.at("draws_used").get<std::size_t>() + c.at("fixed_cases").get<std::size_t>(),
                  c.at("draws_used").get<std::size_t>(), c.at("draws_requested").get<std::size_t>());
  if (c.at("draw_cap").get<std::size_t>() > 0) text += fmt::format(", cap {}", c.at("draw_cap").get<std::size_t>());
  text +=
      fmt::format(", {} fixed); violations {} in scope, {} beyond", c.at("fixed_cases").get<std::size_t>(),
                  c.at("violations_in_scope").get<std::size_t>(), c.at("violations_outside_scope").get<std::size_t>());
  if (c.at("ties").get<std::size_t>() > 0) text += fmt::format("; {} ties", c.at("ties").get<std::size_t>());
  if (c.at("errors").get<std::size_t>() > 0) text += fmt::format("; {} errors", c.at("errors").get<std::size_t>());
  return text + fmt::format("; seed {}", r.at("seed").get<std::uint64_t>());
}

std::string count_cell(const json& r, const char* field) {
  return r.at("counts").is_null() ? "--" : std::to_string(r.at("counts").at(field).get<std::size_t>());
}

std::string cases_cell(const json& r) {
  if (r.at("counts").is_null()) return "--";
  const auto& c = r.at("counts");
  return fmt::format("{}/{}", c.at("premise_met").get<std::size_t>(),
                     c.at("draws_used").get<std::size_t>() + c.at("fixed_cases").get<std::size_t>());
}

const char* taxonomy_paragraph =
    "\\newcommand{\\claimsTaxonomy}{%\n"
    "Each verdict is computed from the counts of the claim's search, never typed. "
    "\\verdictHolds{}: the premise was met at least once and no case violated the conclusion anywhere searched. "
    "\\verdictHoldsInScope{}: no violation inside the paper's own setting (its stated assumptions), but violations "
    "beyond it, reported as an extension. "
    "\\verdictFails{}: at least one violation inside the paper's own setting; the failure kind says whether it is "
    "\\emph{substantive} (the claim is false where the paper makes it), a slip of \\emph{wording} (true once an "
    "evident slip of wording is corrected) or a \\emph{misprint} (a typo that the paper's own derivation contradicts). "
    "\\verdictNotChecked{}: not checked, with the reason (or the premise was never met). "
    "A tie (a margin within the numerical tolerance) is counted but never a violation.}\n";

}  // namespace

std::vector<std::pair<std::string, std::string>> claims_to_tex(const json& records) {
  std::map<std::string, std::string> per_module;
  std::map<std::string, std::size_t> tally;
  std::string ledger;
  std::string seed;
  for (const auto& r : records) {
    const auto id = r.at("id").get<std::string>();
    const auto verdict = r.at("verdict").get<std::string>();
    ++tally[verdict];
    if (verdict == "fails") ++tally["fails-" + r.at("failure_kind").get<std::string>()];
    seed = std::to_string(r.at("seed").get<std::uint64_t>());
    ledger += fmt::format("{} & {} & {} & {} & {} & {} & {} \\\\\n", latex_breakable_tt(id),
                          latex_escape(r.at("source").get<std::string>()), verdict_tex(r), cases_cell(r),
                          count_cell(r, "violations_in_scope"), count_cell(r, "violations_outside_scope"),
                          latex_breakable_tt(r.at("function").get<std::string>()));
    auto& table = per_module[r.at("module").get<std::string>()];  // one \claimentry per claim (macro in report.tex)
    const std::string ce = counterexample_tex(r.at("counterexample"), r.at("counts").is_null());
    std::string scope = latex_escape(r.at("scope").get<std::string>());
    if (!scope.empty() && scope.back() != '.') scope += '.';
    if (!r.at("measure").get<std::string>().empty())
      scope += " Measure: " + latex_escape(r.at("measure").get<std::string>()) + ".";
    scope += " (" + latex_escape(counts_tex(r)) + ")";
    std::string verdict_cell = verdict_tex(r);
    if (verdict == "not-checked") verdict_cell += ": " + latex_escape(r.at("not_checked_reason").get<std::string>());
    table += fmt::format("\\claimentry{{{}}}{{{}}}{{{}}}{{{}}}{{{}}}{{{}}}{{{}}}\n", latex_breakable_tt(id),
                         latex_escape(r.at("source").get<std::string>()), verdict_cell,
                         latex_escape(r.at("paper_verdict").get<std::string>()),
                         latex_escape(r.at("statement").get<std::string>()), scope,
                         latex_escape(r.at("evidence").get<std::string>()) + (ce.empty() ? "" : " " + ce));
  }
  std::vector<std::pair<std::string, std::string>> files;
  std::string head = "% Generated by `clustertrade prove` (core/claims_tex.cpp, claims_to_tex). Do not edit.\n";
  std::string main = head;
  main +=
      "\\providecommand{\\verdictHolds}{\\textbf{holds}}\n"
      "\\providecommand{\\verdictHoldsInScope}{\\textbf{holds in scope}}\n"
      "\\providecommand{\\verdictFails}{\\textbf{fails}}\n"
      "\\providecommand{\\verdictNotChecked}{\\textbf{not checked}}\n";
  main += fmt::format(
      "\\newcommand{{\\claimsTotal}}{{{}}}\n\\newcommand{{\\claimsHold}}{{{}}}\n"
      "\\newcommand{{\\claimsHoldInScope}}{{{}}}\n\\newcommand{{\\claimsQualified}}{{{}}}\n"
      "\\newcommand{{\\claimsFail}}{{{}}}\n\\newcommand{{\\claimsFailSubstantive}}{{{}}}\n"
      "\\newcommand{{\\claimsFailWording}}{{{}}}\n\\newcommand{{\\claimsFailMisprint}}{{{}}}\n"
      "\\newcommand{{\\claimsNotChecked}}{{{}}}\n\\newcommand{{\\claimsSeed}}{{{}}}\n",
      records.size(), tally["holds"], tally["holds-in-scope"], tally["holds-in-scope"], tally["fails"],
      tally["fails-substantive"], tally["fails-wording"], tally["fails-misprint"], tally["not-checked"], seed);
  main += taxonomy_paragraph;
  main +=
      "\\newcommand{\\claimsLedger}{%\n\\begin{longtable}{@{}p{0.22\\textwidth}p{0.2\\textwidth}p{0.13\\textwidth}"
      "rrrp{0.2\\textwidth}@{}}\n" +
      longtable_head("claim & source & verdict & premise met / cases & viol.\\ in scope & beyond & check function",
                     "\\caption{The claims ledger (seed " + seed +
                         "): every claim checked, its verdict from the counts, and the function that "
                         "reached it.}"
                         "\\label{tab:ledger}") +
      ledger + "\\bottomrule\n\\end{longtable}}\n";
  files.emplace_back("claims.tex", main);
  for (const auto& [module, rows] : per_module) files.emplace_back("claims-" + module + ".tex", head + rows);
  return files;
}

}  // namespace clustertrade
