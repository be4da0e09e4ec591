/// \file claims.hpp
/// \brief The claims registry: each checkable statement of a paper as an executable check.
///
/// A claim has an id (`rc07.ca-iff-spec2`), its source in the paper, the paper's statement in
/// our words, what the paper asserts about it, and a check. A check *searches for
/// counterexamples* (seeded random draws, enumeration, an independent method) and returns a
/// verdict with evidence; it never restates a closed form against itself.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <source_location>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace clustertrade {

/// What a check concluded.
enum class Verdict {
  holds,                     ///< no counterexample in the draws tried
  fails,                     ///< a counterexample was found (recorded, shrunk)
  holds_with_qualification,  ///< holds only inside a narrower scope, which the outcome states
};

/// `holds`, `fails` or `holds-with-qualification`.
std::string to_string(Verdict verdict);

/// How a check is run: the number of random draws, the base seed and the thread count.
/// A check's result must depend on `draws` and `seed` only, never on `threads`.
struct ClaimRun {
  std::size_t draws = 1000;   ///< random draws per claim (checks may add fixed cases)
  std::uint64_t seed = 20070101;  ///< base seed; draw k uses DrawRng(seed, k)
  int threads = 0;            ///< 0: OpenMP default
};

/// The result of one check.
struct ClaimOutcome {
  Verdict verdict = Verdict::holds;  ///< the verdict our code reached
  std::string scope;                 ///< the parameter region searched, in words (may hold $math$)
  std::size_t draws = 0;             ///< cases actually examined
  std::string evidence;              ///< worst case, margins, what was compared (may hold $math$)
  nlohmann::json counterexample = nullptr;  ///< null when none; else the (shrunk) case and a `command` that reproduces it
};

/// A check function with its name, so the ledger can say which function reached each verdict.
struct NamedCheck {
  std::string name;                                          ///< the function's name
  std::function<ClaimOutcome(const ClaimRun&)> run;          ///< the check
};

/// Wraps a check function with its own name: `CLUSTERTRADE_CHECK(check_ca_iff_spec2)`.
#define CLUSTERTRADE_CHECK(fn) ::clustertrade::NamedCheck{#fn, fn}

/// One registered claim.
struct Claim {
  std::string id;             ///< dotted id: paper prefix first (`rc07.`, `rc05.`, `cpp.`, `h12.`)
  std::string source;         ///< paper, section, equation/proposition/figure/footnote
  std::string statement;      ///< the paper's statement in our own words (may hold $math$)
  std::string paper_verdict;  ///< what the paper asserts, e.g. "holds (shown in the text)"
  NamedCheck check;           ///< the check
  std::string file = {};      ///< source file that registered it (filled by ClaimRegistry::add)
  std::string module = {};    ///< module folder under src/ (filled by ClaimRegistry::add)
};

/// The registry: modules add their claims; `clustertrade prove` and the tests run them.
class ClaimRegistry {
public:
  /// Adds a claim; `where` (defaulted) records the registering file and module, unless the claim
  /// already carries them (a claim copied from another registry keeps its origin).
  /// Throws std::logic_error on a duplicate or empty id.
  void add(Claim claim, std::source_location where = std::source_location::current());
  /// All claims in registration order.
  [[nodiscard]] const std::vector<Claim>& claims() const noexcept { return claims_; }
  /// The claim with this id; throws std::out_of_range when absent.
  [[nodiscard]] const Claim& find(std::string_view id) const;

private:
  std::vector<Claim> claims_;
};

/// A claim with the outcome of its check and the wall time it took.
struct ClaimRecord {
  const Claim* claim;    ///< the claim (owned by the registry)
  ClaimOutcome outcome;  ///< what the check found
  double seconds = 0.0;  ///< wall time of the check (reported, never asserted)
};

/// True when `id` matches the shell-style `glob` (`*` any run, `?` one character).
bool glob_match(std::string_view glob, std::string_view id);

/// Runs every claim whose id matches `glob`, in registration order, calling `progress(done, total,
/// id)` before each. Claims run one after another; each check parallelises its own draws.
std::vector<ClaimRecord> run_claims(const ClaimRegistry& registry, std::string_view glob, const ClaimRun& run,
                                    const std::function<void(std::size_t, std::size_t, const std::string&)>& progress = {});

/// The records as JSON: an array of objects with keys id, source, statement, paper_verdict,
/// verdict, scope, draws, evidence, counterexample, plus module, file, function.
nlohmann::json claims_to_json(const std::vector<ClaimRecord>& records);

/// The generated LaTeX for the report: `\newcommand`s for counts, the ledger (every claim, one
/// line) and, per module, one `\claimentry{id}{source}{verdict}{paper}{statement}{scope}{evidence}`
/// per claim (the macro is the report's). Returns the files as (name, contents) pairs:
/// `claims.tex`, and `claims-<module>.tex` for each module.
std::vector<std::pair<std::string, std::string>> claims_to_tex(const nlohmann::json& records);

}  // namespace clustertrade
