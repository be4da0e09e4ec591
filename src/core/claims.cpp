#include "core/claims.hpp"

#include <chrono>
#include <map>
#include <stdexcept>

#include <fmt/format.h>

#include "core/latex.hpp"

namespace clustertrade {

std::string to_string(Verdict verdict) {
  switch (verdict) {
    case Verdict::holds: return "holds";
    case Verdict::fails: return "fails";
    case Verdict::holds_with_qualification: return "holds-with-qualification";
  }
  return "unknown";
}

namespace {

std::string module_of(std::string_view relative_file) {
  // "src/<module>/claims.cpp" -> "<module>"
  if (relative_file.rfind("src/", 0) != 0) return "other";
  const auto rest = relative_file.substr(4);
  const auto slash = rest.find('/');
  return std::string(slash == std::string_view::npos ? rest : rest.substr(0, slash));
}

}  // namespace

void ClaimRegistry::add(Claim claim, std::source_location where) {
  if (claim.id.empty()) throw std::logic_error("claim with an empty id");
  for (const auto& existing : claims_)
    if (existing.id == claim.id) throw std::logic_error("duplicate claim id " + claim.id);
  if (!claim.check.run) throw std::logic_error("claim " + claim.id + " has no check");
  if (claim.file.empty()) {  // a claim copied from another registry keeps its origin
    claim.file = source_relative(where.file_name());
    claim.module = module_of(claim.file);
  }
  claims_.push_back(std::move(claim));
}

const Claim& ClaimRegistry::find(std::string_view id) const {
  for (const auto& claim : claims_)
    if (claim.id == id) return claim;
  throw std::out_of_range("no claim with id " + std::string(id));
}

bool glob_match(std::string_view glob, std::string_view id) {
  // Iterative wildcard match with backtracking to the last '*'.
  std::size_t g = 0, s = 0, star = std::string_view::npos, mark = 0;
  while (s < id.size()) {
    if (g < glob.size() && (glob[g] == '?' || glob[g] == id[s])) {
      ++g;
      ++s;
    } else if (g < glob.size() && glob[g] == '*') {
      star = g++;
      mark = s;
    } else if (star != std::string_view::npos) {
      g = star + 1;
      s = ++mark;
    } else {
      return false;
    }
  }
  while (g < glob.size() && glob[g] == '*') ++g;
  return g == glob.size();
}

std::vector<ClaimRecord> run_claims(const ClaimRegistry& registry, std::string_view glob, const ClaimRun& run,
                                    const std::function<void(std::size_t, std::size_t, const std::string&)>& progress) {
  std::vector<const Claim*> selected;
  for (const auto& claim : registry.claims())
    if (glob_match(glob, claim.id)) selected.push_back(&claim);
  std::vector<ClaimRecord> records;
  for (std::size_t i = 0; i < selected.size(); ++i) {
    if (progress) progress(i, selected.size(), selected[i]->id);
    const auto start = std::chrono::steady_clock::now();
    ClaimOutcome outcome = selected[i]->check.run(run);
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    records.push_back({selected[i], std::move(outcome), elapsed.count()});
  }
  if (progress) progress(selected.size(), selected.size(), "");
  return records;
}

nlohmann::json claims_to_json(const std::vector<ClaimRecord>& records) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& record : records) {
    const Claim& c = *record.claim;
    out.push_back({{"id", c.id},
                   {"source", c.source},
                   {"statement", c.statement},
                   {"paper_verdict", c.paper_verdict},
                   {"verdict", to_string(record.outcome.verdict)},
                   {"scope", record.outcome.scope},
                   {"draws", record.outcome.draws},
                   {"evidence", record.outcome.evidence},
                   {"counterexample", record.outcome.counterexample},
                   {"module", c.module},
                   {"file", c.file},
                   {"function", c.check.name},
                   {"seconds", record.seconds}});
  }
  return out;
}

namespace {

std::string verdict_tex(const std::string& verdict) {
  if (verdict == "holds") return "\\verdictHolds";
  if (verdict == "fails") return "\\verdictFails";
  return "\\verdictQualified";
}

std::string counterexample_tex(const nlohmann::json& counterexample) {
  if (counterexample.is_null()) return "";
  std::string text;
  if (counterexample.contains("command") && counterexample["command"].is_string())
    text = "Reproduce: " + latex_breakable_tt(counterexample["command"].get<std::string>());
  if (counterexample.contains("summary") && counterexample["summary"].is_string())
    text = latex_escape(counterexample["summary"].get<std::string>()) + (text.empty() ? "" : " ") + text;
  return text;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> claims_to_tex(const nlohmann::json& records) {
  std::map<std::string, std::string> per_module;
  std::string ledger;
  std::size_t holds = 0, fails = 0, qualified = 0;
  for (const auto& r : records) {
    const auto id = r["id"].get<std::string>();
    const auto verdict = r["verdict"].get<std::string>();
    holds += verdict == "holds";
    fails += verdict == "fails";
    qualified += verdict == "holds-with-qualification";
    ledger += fmt::format("{} & {} & {} & {} & {} \\\\\n", latex_breakable_tt(id),
                          latex_escape(r["source"].get<std::string>()), verdict_tex(verdict),
                          r["draws"].get<std::size_t>(), latex_breakable_tt(r["function"].get<std::string>()));
    auto& table = per_module[r["module"].get<std::string>()];  // one \\claimentry per claim (macro in report.tex)
    const std::string ce = counterexample_tex(r["counterexample"]);
    table += fmt::format("\\claimentry{{{}}}{{{}}}{{{}}}{{{}}}{{{}}}{{{}}}{{{}}}\n", latex_breakable_tt(id),
                         latex_escape(r["source"].get<std::string>()), verdict_tex(verdict),
                         latex_escape(r["paper_verdict"].get<std::string>()),
                         latex_escape(r["statement"].get<std::string>()),
                         latex_escape(r["scope"].get<std::string>()) +
                             fmt::format(" ({} cases)", r["draws"].get<std::size_t>()),
                         latex_escape(r["evidence"].get<std::string>()) + (ce.empty() ? "" : " " + ce));
  }
  std::vector<std::pair<std::string, std::string>> files;
  std::string head = "% Generated by `clustertrade prove` (core/claims.cpp, claims_to_tex). Do not edit.\n";
  std::string main = head;
  main += fmt::format("\\newcommand{{\\claimsTotal}}{{{}}}\n\\newcommand{{\\claimsHold}}{{{}}}\n"
                      "\\newcommand{{\\claimsFail}}{{{}}}\n\\newcommand{{\\claimsQualified}}{{{}}}\n",
                      records.size(), holds, fails, qualified);
  main += "\\newcommand{\\claimsLedger}{%\n\\begin{longtable}{@{}p{0.25\\textwidth}p{0.25\\textwidth}p{0.13\\textwidth}r"
          "p{0.24\\textwidth}@{}}\n" +
          longtable_head("claim & source & verdict & cases & check function",
                         "\\caption{The claims ledger: every claim checked, its verdict, and the function that reached it.}"
                         "\\label{tab:ledger}") +
          ledger + "\\bottomrule\n\\end{longtable}}\n";
  files.emplace_back("claims.tex", main);
  for (const auto& [module, rows] : per_module) {
    files.emplace_back("claims-" + module + ".tex", head + rows);
  }
  return files;
}

}  // namespace clustertrade
