/// \file claim.hpp
/// \brief A registered claim as data: the verdict taxonomy, the distributions a claim draws from, the
/// claim's words (`ClaimText`) and the claim itself (`Claim`: its words plus the search that checks it),
/// and the verdict its merged tally earns (`verdict_of`). The search itself is the falsification
/// engine's (core/falsify.hpp).
#pragma once

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "core/falsify.hpp"
#include "core/random.hpp"

namespace clustertrade {

// ---- taxonomy (issue 10 part 4) ------------------------------------------------------------------

/// The verdict taxonomy, as data.
enum class Verdict {
  holds,           ///< premise met in the paper's setting at least once, no violation anywhere searched
  holds_in_scope,  ///< no violation in the paper's own setting; violations beyond it (an extension)
  fails,           ///< a violation in the paper's own setting (see FailureKind)
  not_checked,     ///< not checked (a reason is given), or no premise-met case in the paper's setting
};

/// What kind of failure a `fails` verdict is.
enum class FailureKind {
  none,         ///< not a failure
  substantive,  ///< the claim is false in the paper's own setting
  wording,      ///< true once an evident slip of wording is corrected
  misprint,     ///< a typo that the paper's own derivation contradicts
};

/// Whose statement a claim is (issue 19 A.1): the ledger's headline counts are over `paper` claims.
enum class Origin {
  paper,     ///< a statement the paper makes, quoted verbatim with its locator (Claim::quote)
  reading,   ///< our generalisation or operationalisation of a paper's statement (marked † in the ledger)
  addition,  ///< a check the paper does not make (e.g. a converse)
};

/// One quantity a claim's search draws, described by the same object that draws it, so the report
/// prints exactly the distribution the code uses (issue 19 A.4). Build the Search's draw function
/// from these objects (`law.sample(rng)`), never from separate literals.
struct DrawLaw {
  /// The distribution's family.
  enum class Kind {
    uniform,      ///< U[lo, hi)
    log_uniform,  ///< log-uniform on [lo, hi), lo > 0
    integer,      ///< uniform integer in [lo, hi]
  };
  std::string symbol;         ///< the quantity in the report's notation (LaTeX mathematics, no $), e.g. "\\lambda_{jc}"
  Kind kind = Kind::uniform;  ///< the family
  double lo = 0;              ///< lower end
  double hi = 1;              ///< upper end
  std::string note = {};      ///< optional words (e.g. "each of the n entries, independently")
  /// One draw from this law.
  /// \param rng the draw's generator
  /// \return rng.uniform(lo, hi), rng.log_uniform(lo, hi), or rng.uniform_int(lo, hi) as a double
  double sample(DrawRng& rng) const;
};

/// The origin's name in the ledger and JSON.
/// \param origin the origin to name
/// \return "paper", "reading" or "addition"
std::string to_string(Origin origin);
/// Inverse of to_string(Origin); throws std::invalid_argument on an unknown name.
/// \param name an origin name as written by to_string(Origin)
/// \return the origin with that name
Origin origin_from_string(const std::string& name);
/// A draw law as LaTeX text for the ledger, e.g. `$\\lambda_{jc} \\sim \\log U[0.2, 5)$ (note)`.
/// \param law the law
/// \return the law as inline mathematics (with its $ delimiters), followed by its note in parentheses when set
/// (the note is text and may hold its own $...$)
std::string describe(const DrawLaw& law);

/// The verdict's name in the ledger and JSON.
/// \param verdict the verdict to name
/// \return "holds", "holds-in-scope", "fails", "not-checked"
std::string to_string(Verdict verdict);
/// The failure kind's name in the ledger and JSON.
/// \param kind the failure kind to name
/// \return "" (none), "substantive", "wording" or "misprint"
std::string to_string(FailureKind kind);
/// Inverse of to_string(Verdict); throws std::invalid_argument on an unknown name.
/// \param name a verdict name as written by to_string(Verdict)
/// \return the verdict with that name
Verdict verdict_from_string(const std::string& name);
/// Inverse of to_string(FailureKind); throws std::invalid_argument on an unknown name.
/// \param name a failure-kind name as written by to_string(FailureKind)
/// \return the failure kind with that name
FailureKind failure_kind_from_string(const std::string& name);

// ---- a registered claim --------------------------------------------------------------------------

/// The words of a claim: everything a Claim holds but its search and evidence.
struct ClaimText {
  std::string id;             ///< dotted id: paper prefix first (`rc07.`, `rc05.`, `cpp.`, `h12.`)
  std::string source;         ///< paper, section, equation/proposition/figure/footnote
  std::string statement;      ///< the paper's statement in our own words (may hold $math$)
  std::string paper_verdict;  ///< what the paper asserts, e.g. "holds (shown in the text)"
  std::string measure;        ///< what is compared, in words
  std::string scope;          ///< the paper's own setting, in words
  FailureKind failure_kind = FailureKind::substantive;  ///< the kind recorded IF it fails in scope
  std::string check_name;                               ///< the function that builds the search (for the ledger)
  Origin origin = Origin::paper;  ///< paper (quoted), reading (ours, †) or addition (a check the paper does not make)
  std::string quote = {};  ///< origin paper: the paper's words verbatim, with its locator (section, eq., fn., page)
  std::vector<DrawLaw> draws = {};  ///< the distributions the search draws from (the objects its draw uses)
  std::string tolerances =
      {};  ///< tolerances the check uses (atol, rtol, max_dt, tie band), generated from its constants
  std::string margin_unit =
      {};  ///< the unit of Finding::margin for this claim ("yes/no: −1 when violated" for non-numeric)
  bool single_example = false;  ///< the paper's statement is about one example: the ledger says "one case"
};

/// One registered claim: its words (the ClaimText fields) and how it is checked.
struct Claim : ClaimText {
  std::string not_checked_reason;                                      ///< non-empty: not checked (verdict not-checked)
  std::function<Tally(const ClaimRun&)> search;                        ///< runs the claim's search
  std::function<std::string(const Tally&, const ClaimRun&)> evidence;  ///< evidence from the MERGED tally
  std::string file = {};    ///< source file that registered it (filled by ClaimRegistry::add)
  std::string module = {};  ///< module folder under src/ (filled by ClaimRegistry::add)
};

/// A Claim carrying `text`'s words; the module then sets its `search` and `evidence`.
/// \param text the claim's words
/// \return a Claim with those fields set and no search or evidence yet
inline Claim claim_with_text(ClaimText text) {
  Claim c;
  static_cast<ClaimText&>(c) = std::move(text);
  return c;
}

/// `search` for a Claim from a function building a typed Search.
/// \tparam Case the claim's case type
/// \param build builds the claim's Search (called once per run)
/// \return a function running run_search(build(), run)
template <class Case>
std::function<Tally(const ClaimRun&)> make_search_fn(std::function<Search<Case>()> build) {
  return [build = std::move(build)](const ClaimRun& run) { return run_search(build(), run); };
}

/// The verdict from a merged tally: not_checked_reason non-empty → not-checked; violations_in_scope
/// > 0 → fails; else in_scope == 0 (no premise-met case inside the paper's own setting) →
/// not-checked; else violations_outside_scope > 0 → holds-in-scope; else holds. So holds and
/// holds-in-scope always rest on at least one premise-met case in scope.
/// \param claim the registered claim (its not_checked_reason)
/// \param tally the claim's merged tally
/// \return the claim's verdict
Verdict verdict_of(const Claim& claim, const Tally& tally);
/// The failure kind that goes with verdict_of: claim.failure_kind when it fails, else none.
/// \param claim the registered claim (its failure_kind)
/// \param tally the claim's merged tally
/// \return claim.failure_kind when verdict_of is fails, else FailureKind::none
FailureKind failure_kind_of(const Claim& claim, const Tally& tally);
/// The reason a claim is not checked ("" unless verdict_of gives not-checked).
/// \param claim the registered claim
/// \param tally the claim's merged tally
/// \return claim.not_checked_reason, "premise never met", "premise met only beyond the paper's own
/// setting (no case in scope)", or "" when the claim was checked
std::string not_checked_reason_of(const Claim& claim, const Tally& tally);

}  // namespace clustertrade
