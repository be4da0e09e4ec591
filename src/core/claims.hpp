/// \file claims.hpp
/// \brief The claims registry: each checkable statement of a paper as an executable check, run
/// through the falsification engine (core/falsify.hpp) and rendered as JSON and LaTeX.
///
/// A claim has an id (`rc07.ca-iff-spec2`), its source in the paper, the paper's statement in
/// our words, what the paper asserts about it, and a search for counterexamples (seeded random
/// draws, fixed hand-derived cases). Its verdict comes from the merged counts (`verdict_of`).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <source_location>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/claim.hpp"

namespace clustertrade {

/// The registry: modules add their claims; `clustertrade prove` and the tests run them.
class ClaimRegistry {
 public:
  /// Adds a claim; `where` (defaulted) records the registering file and module, unless the claim
  /// already carries them (a claim copied from another registry keeps its origin).
  /// Throws std::logic_error on a duplicate or empty id, or a claim without a search.
  /// \param claim the claim to register
  /// \param where the registering call (filled in by the compiler)
  void add(Claim claim, std::source_location where = std::source_location::current());
  /// All claims in registration order.
  /// \return every registered claim
  [[nodiscard]] const std::vector<Claim>& claims() const noexcept { return claims_; }
  /// The claim with this id; throws std::out_of_range when absent.
  /// \param id the claim's dotted id
  /// \return the registered claim
  [[nodiscard]] const Claim& find(std::string_view id) const;

 private:
  std::vector<Claim> claims_;
};

/// A claim with its (possibly merged) tally and the wall time it took.
struct ClaimRecord {
  const Claim* claim;    ///< the claim (owned by the registry)
  Tally tally;           ///< what the search found
  double seconds = 0.0;  ///< wall time of the search (reported, never asserted)
};

/// True when `id` matches the shell-style `glob` (`*` any run, `?` one character).
/// \param glob pattern with `*` and `?` wildcards; every other character matches itself
/// \param id the claim id to test
/// \return whether the whole id matches the whole pattern
bool glob_match(std::string_view glob, std::string_view id);

/// Runs every claim whose id matches `glob`, in registration order, calling `progress(done, total,
/// id)` before each. Claims run one after another; each search parallelises its own draws.
/// \param registry the registered claims
/// \param glob which claim ids to run (see glob_match)
/// \param run the run settings, shared by every claim
/// \param progress optional; called as progress(claims done, claims selected, id) before each claim,
/// and once more at the end with id ""
/// \return one record per claim run, in registration order
std::vector<ClaimRecord> run_claims(
    const ClaimRegistry& registry, std::string_view glob, const ClaimRun& run,
    const std::function<void(std::size_t, std::size_t, const std::string&)>& progress = {});

/// One claim as the JSON object of `claims.json`: id, source, statement, measure, scope,
/// paper_verdict, verdict, failure_kind, not_checked_reason, counts, evidence,
/// counterexample ({in_scope, index, summary, case, command, original_case} or null),
/// tally, module, file, function, seconds. Verdict and evidence come from the tally only.
/// \param claim the registered claim
/// \param tally its merged tally
/// \param run the run settings (its seed is recorded; the evidence function may use the rest)
/// \param seconds wall time of the search
/// \return the claim's JSON object
nlohmann::json claim_to_json(const Claim& claim, const Tally& tally, const ClaimRun& run, double seconds);

/// The records as a JSON array of claim_to_json objects.
/// \param records the claims run, with their tallies
/// \param run the run settings
/// \return a JSON array with one claim_to_json object per record
nlohmann::json claims_to_json(const std::vector<ClaimRecord>& records, const ClaimRun& run);

/// The generated LaTeX for the report: `\newcommand`s for counts, the taxonomy's definitions
/// (`\claimsTaxonomy`), the ledger (`\claimsLedger`, every claim, one line) and, per module, one
/// `\claimentry{id}{source}{verdict}{paper}{statement}{scope}{evidence}` per claim (the macro is
/// the report's). Returns the files as (name, contents) pairs: `claims.tex`, and
/// `claims-<module>.tex` for each module, then `commands/<name>.sh` for each counterexample's
/// reproduce command (shown by the report's `\claimcommand{name}`; see shell_script).
/// \param records a claims JSON array as written by claims_to_json
/// \return (file name, contents) pairs
std::vector<std::pair<std::string, std::string>> claims_to_tex(const nlohmann::json& records);

/// Whether a claim's verdict rests on one case: exactly one premise-met case inside the paper's
/// setting (`counts.in_scope == 1`), e.g. a single fixed case. The ledger marks it (\\claimMarkOneCase).
/// \param counts the claim's `counts` object from claims.json (null: a legacy check, false)
/// \return whether in_scope is 1
bool rests_on_one_case(const nlohmann::json& counts);
/// Whether a claim's verdict rests on ties only: more than one premise-met case in the paper's
/// setting and every one of them a tie (`ties_in_scope == in_scope`). The ledger marks it (\\claimMarkTies).
/// \param counts the claim's `counts` object from claims.json (null: a legacy check, false)
/// \return whether in_scope > 1 and ties_in_scope == in_scope
bool rests_on_ties_only(const nlohmann::json& counts);

/// The name of a claim's reproduce-command file: the claim id with every `.` replaced by `-`.
/// \param claim_id e.g. "h12.s3.3-fig5"
/// \return e.g. "h12-s3-3-fig5"
std::string command_file_name(std::string_view claim_id);

/// A command as a plain ASCII shell script: lines at most `width` characters, joined by
/// backslash-newline continuations between words. A flag stays with its value; a `printf` of rows
/// joined by newline escapes becomes a `printf` with the format "%s" plus newline and one quoted
/// argument per row (the same bytes, breakable between rows); an unquoted word longer than a line
/// breaks after a comma with a backslash-newline and no indentation, which the shell removes.
/// \param command one shell command line, straight quotes
/// \param width the longest line, continuation mark included
/// \return the script, ending in a newline
std::string shell_script(std::string_view command, std::size_t width = 78);

/// Where `make all` puts the program, relative to the repository root: every command the report and
/// the HTML ledger print names it by this path, so that it runs verbatim at the root after `make all`.
inline constexpr std::string_view kProgramPath = "build/bin/clustertrade";

/// A claim's command (which names the program `clustertrade`, as claims.json records it) as a reader
/// runs it at the repository root: the program word that starts each simple command (the first word,
/// or the first after `&&`, `||`, `;` or `|`) becomes kProgramPath; nothing else changes (an argument
/// that merely contains the word, e.g. a file name, stays).
/// \param command one shell command line, straight quotes
/// \return the same command with each program word replaced by kProgramPath
std::string runnable_command(std::string_view command);

}  // namespace clustertrade
