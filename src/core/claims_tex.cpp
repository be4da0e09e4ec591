/// \file claims_tex.cpp
/// \brief The generated LaTeX of `clustertrade prove --tex-dir`: the taxonomy's definitions, the
/// claims ledger and the per-module claim lists.
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "core/claims.hpp"
#include "core/latex.hpp"
#include "core/numbers.hpp"

namespace clustertrade {

namespace {

using nlohmann::json;

std::string verdict_tex(const json& r) {
  const auto verdict = r.at("verdict").get<std::string>();
  if (verdict == "holds") return "\\verdictHolds{}";
  if (verdict == "holds-in-scope") return "\\verdictHoldsInScope{}";
  if (verdict == "fails") return "\\verdictFails{}";
  return "\\verdictNotChecked{}";
}

/// The failure kind of a failed claim ("--" otherwise), for the ledger's kind column.
std::string kind_tex(const json& r) {
  if (r.at("verdict").get<std::string>() != "fails") return "--";
  const auto kind = r.at("failure_kind").get<std::string>();
  return kind.empty() ? "--" : "\\emph{" + kind + "}";
}

/// A number of the tally as LaTeX mathematics (four significant digits), or "" when absent.
std::string tally_number(const json& record, const char* field) {
  if (record.is_null() || !record.contains(field) || !record.at(field).is_number()) return "";
  return "$" + format_significant(record.at(field).get<double>(), 4) + "$";
}

/// The report's symbol for a key of a case record (inline mathematics, e.g. `lambda_north` is
/// `$\lambda_N$`, `a0_cluster` is `$a_0$ (region with a cluster)`), or `\texttt{key}` for a key without
/// one. The symbols are those of the report's notation table (paper/sections/notation.tex).
std::string case_key_tex(const std::string& key) {
  static const std::map<std::string, std::string, std::less<>> symbols = {
      {"a0", "$a_0$"},
      {"a0_backward", "$a_0$ (backward region)"},
      {"a0_cluster", "$a_0$ (region with a cluster)"},
      {"alpha", "$\\alpha$"},
      {"beta", "$\\beta$"},
      {"epsilon", "$\\varepsilon$"},
      {"foreign", "$A^*$"},
      {"g", "$g$"},
      {"home", "$A$"},
      {"horizon", "$T$"},
      {"labor_foreign", "$L^*$"},
      {"labor_home", "$L$"},
      {"labor_south", "$L_S$"},
      {"lambda", "$\\lambda$"},
      {"lambda_north", "$\\lambda_N$"},
      {"lambda_south", "$\\lambda_S$"},
      {"lbar", "$\\bar L$"},
      {"n", "$n$"},
      {"sigma", "$\\sigma$"},
      {"switch_time", "$t_0$"},
      {"tau", "$\\tau$"},
      {"tau_w", "$\\tau_W$"},
      {"theta", "$\\theta$"},
  };
  const auto it = symbols.find(key);
  if (it != symbols.end()) return it->second;
  return "\\texttt{" + latex_escape_verbatim(key) + "}";
}

/// A string value of a case record as LaTeX: the readings the modules write by name are shown in
/// the report's notation ("RC07 a-hat" is RC07's \f$\hat a\f$), other strings as escaped text.
std::string case_string_tex(const std::string& value) {
  if (value == "RC07 a-hat") return "RC07's $\\hat a$";
  if (value == "CPP eq. (5)") return "CPP eq.~(5)";
  return latex_escape(value);
}

/// A value of a case record as LaTeX: a number to four significant digits, a list (nested lists
/// too) in brackets, a string by case_string_tex; "" for anything else.
std::string case_value_tex(const json& x) {
  if (x.is_number()) return evidence_number(x.get<double>(), 4);
  if (x.is_boolean()) return x.get<bool>() ? "true" : "false";
  if (x.is_string()) return case_string_tex(x.get<std::string>());
  if (x.is_array()) {
    std::string shown;
    for (const auto& e : x) shown += (shown.empty() ? "" : ", ") + case_value_tex(e);
    return shown.empty() ? "" : "(" + shown + ")";
  }
  return "";
}

/// A case of a tally record as LaTeX: `symbol~=~value` pairs, each key by case_key_tex and each
/// value by case_value_tex, or "" when the record holds no case.
std::string case_tex(const json& c) {
  if (!c.is_object()) return "";
  std::string text;
  for (const auto& [key, x] : c.items()) {
    const std::string shown = case_value_tex(x);
    if (shown.empty()) continue;
    text += (text.empty() ? "" : ", ") + case_key_tex(key) + "~=~" + shown;
  }
  return text;
}

}  // namespace

bool rests_on_one_case(const json& counts) {
  return !counts.is_null() && counts.at("in_scope").get<std::size_t>() == 1;
}

bool rests_on_ties_only(const json& counts) {
  if (counts.is_null()) return false;
  const auto in_scope = counts.at("in_scope").get<std::size_t>();
  return in_scope > 1 && counts.value("ties_in_scope", std::size_t{0}) == in_scope;
}

namespace {

/// What the counts and the tally's extreme records say, as LaTeX: cases, violations, ties, errors
/// (with the first error's message and case), the smallest margin in and beyond the scope, and a
/// sentence when the cases in scope are one or all ties.
std::string counts_tex(const json& r) {
  const auto& c = r.at("counts");
  auto n = [&](const char* f) { return c.at(f).get<std::size_t>(); };
  // registered as not checked, with a reason and no search: no case was examined, so no counts to state
  if (r.at("verdict") == "not-checked" && n("draws_used") + n("fixed_cases") == 0) return "";
  const std::size_t targeted = c.value("targeted", std::size_t{0});
  std::string text = fmt::format("Premise met in ${}$ of ${}$ cases (${}$ drawn of ${}$ requested", n("premise_met"),
                                 n("draws_used") + n("fixed_cases") + targeted, n("draws_used"), n("draws_requested"));
  if (n("draw_cap") > 0) text += fmt::format(", capped at ${}$", n("draw_cap"));
  text += fmt::format(", ${}$ fixed", n("fixed_cases"));
  if (targeted > 0) text += fmt::format(", ${}$ targeted", targeted);
  text += fmt::format("), ${}$ of them in the paper's setting; violations: ${}$ in scope, ${}$ beyond", n("in_scope"),
                      n("violations_in_scope"), n("violations_outside_scope"));
  const auto plural = [](std::size_t k, const char* one, const char* many) { return k == 1 ? one : many; };
  if (n("ties") > 0) text += fmt::format("; ${}$ {} within the tolerance", n("ties"), plural(n("ties"), "tie", "ties"));
  if (n("errors") > 0)
    text += fmt::format("; ${}$ {} (see Section~\\ref{{sec:verdicts}})", n("errors"),
                        plural(n("errors"), "error", "errors"));
  text += ".";
  const bool holding = r.at("verdict").get<std::string>().rfind("holds", 0) == 0;
  if (holding && rests_on_one_case(c))
    text +=
        " \\claimMarkOneCase{} The verdict rests on this one case in the paper's setting (an example, not a search).";
  if (holding && rests_on_ties_only(c))
    text += fmt::format(
        " \\claimMarkTies{{}} All ${}$ cases in the paper's setting are ties: the verdict rests on "
        "ties only.",
        n("in_scope"));
  if (r.contains("tally") && r.at("tally").is_object()) {
    const auto& t = r.at("tally");
    const std::string worst_in = tally_number(t.value("worst_in_scope", json(nullptr)), "margin");
    const std::string worst_out = tally_number(t.value("worst_outside", json(nullptr)), "margin");
    const std::string except_ties = n("ties") > 0 ? " (ties excluded)" : "";
    if (!worst_in.empty()) text += " Smallest margin" + except_ties + " in scope " + worst_in;
    if (!worst_out.empty())
      text += (worst_in.empty() ? " Smallest margin" + except_ties : std::string(",")) + " beyond it " + worst_out;
    const std::string unit = r.value("margin_unit", std::string());
    if ((!worst_in.empty() || !worst_out.empty()) && !unit.empty()) text += " (" + latex_escape(unit) + ")";
    if (!worst_in.empty() || !worst_out.empty()) text += ".";
    const json& error = t.value("first_error", json(nullptr));
    if (n("errors") > 0 && error.is_object()) {
      const long long index = error.at("index").get<long long>();
      // fixed case i (from 1) of F has index i - 1 - F
      text += index < 0 ? fmt::format(" First error, on fixed case ${}$",
                                      static_cast<long long>(n("fixed_cases")) + index + 1)
                        : fmt::format(" First error, on draw ${}$", index);
      const std::string where = case_tex(error.value("case", json(nullptr)));
      if (!where.empty()) text += " (" + where + ")";
      text += ": \\emph{" + latex_escape(error.at("detail").get<std::string>()) + "}.";
    }
  }
  return text;
}

/// The claim's origin ("paper", "reading" or "addition"; claims.json written before issue 19: "paper").
std::string origin_of(const json& r) { return r.value("origin", std::string("paper")); }

/// The ledger's origin cell: paper, reading (marked \dag) or addition.
std::string origin_tex(const json& r) {
  const std::string origin = origin_of(r);
  return origin == "reading" ? "reading\\textsuperscript{\\dag}" : origin;
}

/// Whether the paper's statement is about one example (Claim::single_example): the ledger says "one case".
bool single_example(const json& r) { return r.value("single_example", false); }

/// The draw laws, tolerances and margin unit of a checked claim as LaTeX sentences ("" for a claim
/// registered as not checked, which searches nothing).
std::string search_settings_tex(const json& r) {
  std::string text;
  if (r.contains("draws") && r.at("draws").is_array() && !r.at("draws").empty()) {
    std::string laws;
    for (const auto& law : r.at("draws")) laws += (laws.empty() ? "" : "; ") + law.get<std::string>();
    text += "Draws: " + laws + ".";
  }
  const std::string tolerances = r.value("tolerances", std::string());
  if (!tolerances.empty())
    text +=
        (text.empty() ? "" : " ") + ("Tolerances: " + latex_escape(tolerances)) + (tolerances.back() == '.' ? "" : ".");
  return text;
}

std::string count_cell(const json& r, const char* field) {
  return std::to_string(r.at("counts").at(field).get<std::size_t>());
}

std::string cases_cell(const json& r) {
  const auto& c = r.at("counts");
  return fmt::format("{}/{}", c.at("premise_met").get<std::size_t>(),
                     c.at("draws_used").get<std::size_t>() + c.at("fixed_cases").get<std::size_t>() +
                         c.value("targeted", std::size_t{0}));
}

}  // namespace

std::string command_file_name(std::string_view claim_id) {
  std::string name(claim_id);
  for (char& c : name)
    if (c == '.') c = '-';
  return name;
}

namespace {

/// Splits a command at spaces outside quotes.
std::vector<std::string> shell_tokens(std::string_view command) {
  std::vector<std::string> tokens;
  std::string current;
  char quote = 0;
  for (char c : command) {
    if (quote) {
      if (c == quote) quote = 0;
      current += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
      current += c;
    } else if (c == ' ') {
      if (!current.empty()) tokens.push_back(std::move(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) tokens.push_back(std::move(current));
  return tokens;
}

}  // namespace

std::string shell_script(std::string_view command, std::size_t width) {
  std::vector<std::string> tokens;
  const auto raw = shell_tokens(command);
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const std::string& t = raw[i];
    // printf 'row\nrow\n' -> printf '%s\n' 'row' 'row': the same bytes, breakable between rows.
    if (i > 0 && raw[i - 1] == "printf" && t.size() > 2 && t.front() == '\'' && t.back() == '\'' &&
        t.find('%') == std::string::npos && t.size() + 2 > width / 2) {
      std::string body = t.substr(1, t.size() - 2);
      if (body.size() >= 2 && body.compare(body.size() - 2, 2, "\\n") == 0) {
        tokens.emplace_back("'%s\\n'");
        std::size_t from = 0;
        while (from < body.size()) {
          const std::size_t nl = body.find("\\n", from);
          std::string row(1, '\'');
          row.append(body, from, nl - from).push_back('\'');
          tokens.push_back(std::move(row));
          from = nl + 2;
        }
        continue;
      }
    }
    // a flag and its value stay on one line
    if (t.rfind("--", 0) == 0 && i + 1 < raw.size() && raw[i + 1].rfind("-", 0) != 0 && raw[i + 1] != "&&" &&
        raw[i + 1] != ">") {
      tokens.push_back(t + " " + raw[i + 1]);
      ++i;
      continue;
    }
    tokens.push_back(t);
  }
  std::string out, line;
  for (const auto& t : tokens) {
    if (line.empty()) {
      line = t;
    } else if (line.size() + 1 + t.size() + 2 <= width) {
      line += " " + t;
    } else {
      out += line + " \\\n";
      line = "  " + t;
    }
    // A word longer than a line (a long comma-separated list) is broken after a comma by a
    // backslash-newline that the shell removes; the rest continues at column 0, so no space enters it.
    const bool quoted = t.find_first_of("'\"") != std::string::npos;
    while (!quoted && line.size() + 2 > width) {
      const std::size_t comma = line.rfind(',', width - 2);
      const std::size_t word_start = line.size() >= t.size() ? line.size() - t.size() : 0;
      if (comma == std::string::npos || comma < word_start) break;
      out += line.substr(0, comma + 1) + "\\\n";
      line = line.substr(comma + 1);
    }
  }
  out += line + "\n";
  for (char& c : out)
    if (static_cast<unsigned char>(c) > 127) c = '?';  // plain ASCII only
  return out;
}

std::string runnable_command(std::string_view command) {
  std::string out;
  bool command_start = true;
  for (const auto& t : shell_tokens(command)) {
    if (!out.empty()) out += ' ';
    out += command_start && t == "clustertrade" ? std::string(kProgramPath) : t;
    command_start = t == "&&" || t == "||" || t == ";" || t == "|";
  }
  return out;
}

namespace {

const char* taxonomy_paragraph =
    "\\newcommand{\\claimsTaxonomy}{%\n"
    "Each verdict is computed from the counts of the claim's search, never typed; only the kind of a failure "
    "(below) is an editorial judgement, registered with the claim before its search is run. "
    "\\verdictHolds{}: the premise was met at least once inside the paper's own setting and no case violated the "
    "conclusion anywhere searched. "
    "\\verdictHoldsInScope{}: no violation inside the paper's own setting (its stated assumptions), but violations "
    "beyond it, reported as an extension. "
    "\\verdictFails{}: at least one violation inside the paper's own setting; the failure kind says whether it is "
    "\\emph{substantive} (the claim is false where the paper makes it), a slip of \\emph{wording} (true once an "
    "evident slip of wording is corrected) or a \\emph{misprint} (a typo that the paper's own derivation contradicts). "
    "\\verdictNotChecked{}: not checked, with the reason: the check needs what we do not have, the premise was "
    "never met, or it was met only beyond the paper's setting (both kinds of holding need at least one "
    "premise-met case inside it). "
    "The \\emph{margin} of a case is how much room the claim's deciding inequality has on it: a margin $\\ge 0$ "
    "means the conclusion holds with that much to spare, a margin $< 0$ that it is violated by that much. Its unit "
    "is stated with each claim, after the claim's measure, and again beside every margin the evidence prints (the "
    "smallest over the cases in scope and over those beyond it). Where the conclusion is a yes-or-no statement "
    "(an equilibrium exists, a count is one) and the check measures no distance that decides it, the unit reads "
    "\\emph{yes/no} and the margin is $-1$ where the conclusion is violated and absent where it holds; where a "
    "distance decides it (for example, how far the best deviation's payoff ratio lies from one), the margin is "
    "that distance, in the unit stated. "
    "Each claim's \\emph{origin} says whose statement it is: the paper's (quoted verbatim with its locator), our "
    "\\emph{reading} of one (\\dag: a generalisation or an operationalisation, such as a worked example extended "
    "to random economies or a statistical threshold we chose), or an \\emph{addition} (a check the paper does not "
    "make, such as a converse); the headline counts are over the papers' own statements. A statement about a single "
    "example is checked on that example and shown as \\emph{one case}, not among the claims that hold everywhere "
    "we searched. Besides its random draws, a search may examine \\emph{targeted} cases where violations are "
    "likeliest (the boundary of the premise, the extremes of the draw ranges), counted like draws. "
    "A tie (a margin within the claim's numerical tolerance, on either side) is counted but is neither a "
    "violation nor a margin: the smallest margin excludes ties. "
    "An \\emph{error} is a case on which the program could not compute what the claim compares: drawing "
    "the case or checking it stopped with an exception (for example, a root finder found no sign change in "
    "its bracket). An error is counted (ledger column \\emph{err.}) but is neither a premise-met case nor a "
    "violation, so it can neither make a claim fail nor support its holding; the verdict rests on the other "
    "cases; the claim's evidence prints the first error's message and its case (both also kept in "
    "\\file{claims.json}). (A \\emph{relative error} that a "
    "claim's evidence reports is something else: a measured difference from a printed value.)}\n";

/// The counterexample (or the case beyond the scope) in words, and the file its command goes to.
std::string counterexample_tex(const json& r, std::vector<std::pair<std::string, std::string>>& commands) {
  const json& ce = r.at("counterexample");
  if (ce.is_null()) return "";
  std::string text;
  if (ce.contains("in_scope") && ce["in_scope"].is_boolean())
    text = ce["in_scope"].get<bool>() ? "\\emph{First counterexample in scope (shrunk):} "
                                      : "\\emph{First case beyond the scope (shrunk):} ";
  if (ce.contains("summary") && ce["summary"].is_string() && !ce["summary"].get<std::string>().empty())
    text += latex_escape(ce["summary"].get<std::string>()) + ".";
  if (ce.contains("command") && ce["command"].is_string() && !ce["command"].get<std::string>().empty()) {
    const std::string name = command_file_name(r.at("id").get<std::string>());
    commands.emplace_back("commands/" + name + ".sh", shell_script(runnable_command(ce["command"].get<std::string>())));
    text += "\\claimcommand{" + name + "}";
  }
  return text;
}

}  // namespace

namespace {

/// A claim's verdict among the headline counts: "holds", "one-case" (a single example that holds),
/// "holds-in-scope", "fails-<kind>" or "not-checked".
std::string headline_verdict(const json& r) {
  const auto verdict = r.at("verdict").get<std::string>();
  if (verdict.rfind("holds", 0) == 0 && single_example(r)) return "one-case";
  if (verdict == "fails") return "fails-" + r.at("failure_kind").get<std::string>();
  return verdict;
}

/// The count macros of one origin, e.g. \claimsPaper, \claimsPaperHold, ..., from the tally of
/// headline_verdict over the claims of that origin.
std::string origin_count_macros(const std::string& prefix, std::map<std::string, std::size_t> n) {
  const std::size_t fail = n["fails-substantive"] + n["fails-wording"] + n["fails-misprint"] + n["fails-"];
  std::string out;
  const auto macro = [&](const std::string& name, std::size_t value) {
    out += fmt::format("\\newcommand{{\\claims{}{}}}{{{}}}\n", prefix, name, value);
  };
  macro("", n["total"]);
  macro("Hold", n["holds"]);
  macro("OneCase", n["one-case"]);
  macro("HoldInScope", n["holds-in-scope"]);
  macro("Fail", fail);
  macro("FailSubstantive", n["fails-substantive"]);
  macro("FailWording", n["fails-wording"]);
  macro("FailMisprint", n["fails-misprint"]);
  macro("NotChecked", n["not-checked"]);
  return out;
}

/// The ledger's verdict cell: the verdict, "(one case)" for a single example, and the marks.
std::string verdict_cell_tex(const json& r) {
  const auto verdict = r.at("verdict").get<std::string>();
  const bool holding = verdict.rfind("holds", 0) == 0;
  std::string cell = verdict_tex(r);
  if (holding && single_example(r)) cell += " (one case)";
  if (holding && rests_on_one_case(r.at("counts"))) cell += "\\claimMarkOneCase{}";
  if (holding && rests_on_ties_only(r.at("counts"))) cell += "\\claimMarkTies{}";
  return cell;
}

/// The ledger's verdict table: one line per claim (id, origin, verdict, kind, counts).
std::string verdict_table(const std::string& rows, const std::string& seed) {
  return "\\newcommand{\\claimsLedger}{%\n\\begin{longtable}{@{}>{\\raggedright\\arraybackslash}p{0.25\\textwidth}"
         "llrrrrrrr@{}}\n" +
         longtable_head(
             "claim & origin & verdict & kind & \\shortstack[r]{in\\\\scope} & \\shortstack[r]{premise met\\\\/ cases} "
             "& "
             "\\shortstack[r]{viol.\\\\in} & \\shortstack[r]{viol.\\\\out} & ties & err.",
             "\\caption{The claims ledger (seed " + seed +
                 "): one line per claim; its source, the paper's words and its check function are in "
                 "Table~\\ref{tab:ledger-sources}. \\emph{Origin}: \\emph{paper}, a statement the paper makes "
                 "(quoted there); \\emph{reading}\\textsuperscript{\\dag}, our generalisation or "
                 "operationalisation of one; \\emph{addition}, a check the paper does not make. Verdict and "
                 "failure kind as defined in the text; \\emph{one case}: a statement about a single example, "
                 "checked on that example; \\emph{in scope}: the premise-met cases inside the paper's own setting; "
                 "\\emph{premise met / cases}: cases on which the claim's premise held, of the fixed, drawn and "
                 "targeted cases examined; violations inside (\\emph{in}) and beyond (\\emph{out}) the paper's "
                 "setting; \\emph{ties}: cases decided within the claim's numerical tolerance, never counted as "
                 "violations; \\emph{err.}: cases the program could not decide, counted in neither. "
                 "\\claimMarkOneCase{}: the verdict rests on a single case in the paper's setting; "
                 "\\claimMarkTies{}: every case in the paper's setting is a tie.}\\label{tab:ledger}") +
         rows + "\\bottomrule\n\\end{longtable}}\n";
}

/// The ledger's second table: per claim, its source, the paper's words (for a `paper` claim) and the
/// function that builds its search.
std::string sources_table(const std::string& rows) {
  return "\\newcommand{\\claimsLedgerSources}{%\n\\begin{longtable}{@{}>{\\raggedright\\arraybackslash}p{0."
         "27\\textwidth}"
         ">{\\raggedright\\arraybackslash}p{0.45\\textwidth}>{\\raggedright\\arraybackslash}p{0.24\\textwidth}@{}}\n" +
         longtable_head(
             "claim & source, and the paper's words & check function",
             "\\caption{Where each claim of Table~\\ref{tab:ledger} comes from: its source in the paper and, "
             "for a statement the paper makes, its words verbatim with their locator; the function that "
             "builds its search (Appendix~\\ref{app:trace} names its file).}\\label{tab:ledger-sources}") +
         rows + "\\bottomrule\n\\end{longtable}}\n";
}

}  // namespace

std::vector<std::pair<std::string, std::string>> claims_to_tex(const json& records) {
  std::map<std::string, std::string> per_module;
  std::map<std::string, std::map<std::string, std::size_t>> by_origin;  // origin -> headline verdict -> count
  std::vector<std::pair<std::string, std::string>> commands;
  std::string ledger, sources;
  std::string seed;
  std::size_t cap_max = 0;  // the largest global draw cap of any claim (0: none)
  for (const auto& r : records) {
    const auto id = r.at("id").get<std::string>();
    const auto verdict = r.at("verdict").get<std::string>();
    auto& n = by_origin[origin_of(r)];
    ++n["total"];
    ++n[headline_verdict(r)];
    seed = std::to_string(r.at("seed").get<std::uint64_t>());
    cap_max = std::max(cap_max, r.at("counts").value("draw_cap", std::size_t{0}));
    ledger += fmt::format("{} & {} & {} & {} & {} & {} & {} & {} & {} & {} \\\\\n", latex_breakable_tt(id),
                          origin_tex(r), verdict_cell_tex(r), kind_tex(r), count_cell(r, "in_scope"), cases_cell(r),
                          count_cell(r, "violations_in_scope"), count_cell(r, "violations_outside_scope"),
                          count_cell(r, "ties"), count_cell(r, "errors"));
    const std::string quote = r.value("quote", std::string());
    const std::string function = r.value("function", std::string());
    sources += fmt::format(
        "{} & {}{} & {} \\\\\n", latex_breakable_tt(id), latex_escape(r.at("source").get<std::string>()),
        quote.empty() ? "" : ": " + latex_escape(quote), function.empty() ? "--" : latex_breakable_tt(function));
    auto& table = per_module[r.at("module").get<std::string>()];  // one \claimentry per claim (macro in report.tex)
    std::string scope = latex_escape(r.at("scope").get<std::string>());
    if (!scope.empty() && scope.back() != '.') scope += '.';
    const std::string settings = search_settings_tex(r);
    if (!settings.empty()) scope += (scope.empty() ? "" : " ") + settings;
    std::string statement = latex_escape(r.at("statement").get<std::string>());
    std::string measure = latex_escape(r.at("measure").get<std::string>());
    if (!measure.empty() && measure[0] >= 'a' && measure[0] <= 'z')
      measure[0] = static_cast<char>(measure[0] - 'a' + 'A');
    statement += "\\par\\emph{Measure.} " + (measure.empty() ? std::string("as in the statement") : measure);
    if (statement.back() != '.') statement += '.';
    const std::string unit = r.value("margin_unit", std::string());
    if (!unit.empty()) statement += " Margin: " + latex_escape(unit) + (unit.back() == '.' ? "" : ".");
    std::string verdict_cell = verdict_tex(r);
    if (verdict.rfind("holds", 0) == 0 && single_example(r)) verdict_cell += " (one case)";
    if (verdict == "fails" && !r.at("failure_kind").get<std::string>().empty())
      verdict_cell += " (" + r.at("failure_kind").get<std::string>() + ")";
    if (verdict == "not-checked") verdict_cell += ": " + latex_escape(r.at("not_checked_reason").get<std::string>());
    if (origin_of(r) != "paper") verdict_cell += "; " + origin_tex(r);
    std::string paper = latex_escape(r.at("paper_verdict").get<std::string>());
    if (!quote.empty()) paper = latex_escape(quote) + "\\par " + paper;
    // The counts, margins and counterexample are rendered here from the structured tally; the
    // claim's own evidence keeps only what it adds after the engine's plain-text counts sentence.
    std::string own = r.at("evidence").get<std::string>();
    if (r.contains("tally") && r.at("tally").is_object()) {
      const std::string plain = default_evidence(tally_from_json(r.at("tally")));
      if (own.rfind(plain, 0) == 0) own = own.substr(plain.size());
    }
    while (!own.empty() && own.front() == ' ') own.erase(own.begin());
    std::string evidence = counts_tex(r);
    if (!own.empty()) evidence += (evidence.empty() ? "" : " ") + latex_escape(own) + (own.back() == '.' ? "" : ".");
    const std::string ce = counterexample_tex(r, commands);
    if (!ce.empty()) evidence += " " + ce;
    table +=
        fmt::format("\\claimentry{{{}}}{{{}}}{{{}}}{{{}}}{{{}}}{{{}}}{{{}}}\n", latex_breakable_tt(id),
                    latex_escape(r.at("source").get<std::string>()), verdict_cell, paper, statement, scope, evidence);
  }
  std::vector<std::pair<std::string, std::string>> files;
  std::string head = "% Generated by `clustertrade prove` (core/claims_tex.cpp, claims_to_tex). Do not edit.\n";
  std::string main = head;
  main +=
      "\\providecommand{\\verdictHolds}{\\textbf{holds}}\n"
      "\\providecommand{\\verdictHoldsInScope}{\\textbf{holds in scope}}\n"
      "\\providecommand{\\verdictFails}{\\textbf{fails}}\n"
      "\\providecommand{\\verdictNotChecked}{\\textbf{not checked}}\n"
      "\\providecommand{\\claimMarkOneCase}{\\textsuperscript{\\ddag}}\n"
      "\\providecommand{\\claimMarkTies}{\\textsuperscript{$\\parallel$}}\n";
  main +=
      "% Counts by origin: \\claimsPaper... over the papers' own statements (the headline), \\claimsReading... over\n"
      "% our readings (marked \\dag), \\claimsAddition... over checks the papers do not make. Hold: holds everywhere\n"
      "% searched; OneCase: a single example that holds (not among Hold); Fail = Substantive + Wording + Misprint.\n";
  main += fmt::format(
      "\\newcommand{{\\claimsTotal}}{{{}}}\n\\newcommand{{\\claimsSeed}}{{{}}}\n"
      "\\newcommand{{\\claimsDrawCapMax}}{{{}}}\n",
      records.size(), seed, cap_max);
  for (const auto& [origin, prefix] : std::vector<std::pair<std::string, std::string>>{
           {"paper", "Paper"}, {"reading", "Reading"}, {"addition", "Addition"}})
    main += origin_count_macros(prefix, by_origin[origin]);
  main += taxonomy_paragraph;
  main += verdict_table(ledger, seed);
  main += sources_table(sources);
  files.emplace_back("claims.tex", main);
  for (const auto& [module, rows] : per_module) files.emplace_back("claims-" + module + ".tex", head + rows);
  for (auto& c : commands) files.push_back(std::move(c));
  return files;
}

}  // namespace clustertrade
