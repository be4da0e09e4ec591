/// \file falsify.hpp
/// \brief The falsification engine shared by every module: draw → premise → finding → first
/// counterexample → shrink → verdict, with structured counts that merge exactly across threads,
/// shards and MPI ranks.
///
/// A module describes one claim as a typed `Search<Case>`: how to draw case k, a few hand-derived
/// fixed cases, and `check`, which says whether a case meets the claim's premise, whether it lies
/// inside the paper's own setting, and whether the conclusion fails on it. `run_search` examines
/// the cases in constant memory (each thread reduces into one `Tally`) and returns a `Tally`:
/// counts plus a few records (the lowest-index violation, shrunk; the worst margin; the extreme
/// values). Tallies of disjoint index sets merge with `merge_tallies`, which is associative and
/// commutative, so 1 thread, N threads, N shards and K MPI ranks give the same merged tally, and
/// `verdict_of` (core/claim.hpp) turns the merged tally into the verdict of the taxonomy.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/random.hpp"

namespace clustertrade {

/// A claim's random-stream salt from its id (64-bit FNV-1a), so distinct claims draw distinct streams
/// from the same seed: Search::salt = claim_salt("rc07.p-equiv-ca").
/// \param id the claim's dotted id
/// \return the 64-bit FNV-1a hash of the id's bytes
constexpr std::uint64_t claim_salt(std::string_view id) {
  std::uint64_t h = 14695981039346656037ULL;
  for (char c : id) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  return h;
}

// ---- run settings --------------------------------------------------------------------------------

/// How a claim's search is run. A result depends on `draws`, `seed` and (for one shard) the shard,
/// never on `threads`; the merged result of all shards equals the single-process result.
struct ClaimRun {
  std::size_t draws = 1000;       ///< draws requested per claim
  std::uint64_t seed = 20070101;  ///< base seed
  int threads = 0;                ///< 0: OpenMP default; never changes a result
  std::size_t shard_index = 0;    ///< this process examines draws k with k % shard_count == shard_index
  std::size_t shard_count = 1;    ///< (fixed cases run in shard 0 only)
};

// ---- what one case found -------------------------------------------------------------------------

/// A finding's description in words, deferred (issue 21): the numbers it quotes and the function
/// that writes them out, called only when the engine keeps the finding as a record (the first in
/// scope, the first outside, the worst margin, the extreme values). A search examines millions of
/// cases and keeps a handful, so checks store numbers here instead of formatting text on every case;
/// copying one allocates nothing. The function is the same code that would have formatted the
/// text eagerly, applied to the same numbers, so the text is the same.
struct DeferredDetail {
  static constexpr std::size_t kNumbers = 8;  ///< the most numbers one description quotes
  /// Writes the description from the stored numbers (a plain function: no captured state).
  using Format = std::string (*)(const std::array<double, kNumbers>& numbers);
  Format format = nullptr;                 ///< null: no deferred description
  std::array<double, kNumbers> numbers{};  ///< the numbers `format` reads, in its own order
};

/// What `check` found on one case.
struct Finding {
  bool premise = true;    ///< the case satisfies the claim's premise (false: not counted at all)
  bool in_scope = true;   ///< inside the paper's own setting (false: an extension beyond it)
  bool violated = false;  ///< the claim's conclusion fails on this case
  bool tie = false;       ///< deciding margin within the numerical tolerance (counted, never a violation)
  /// How much room the conclusion's deciding inequality has on this case, in the units of the
  /// quantity compared (each claim's measure): ≥ 0 it holds with that much to spare, < 0 it is
  /// violated by that much; infinity when the conclusion is not a numeric inequality. A tie's margin
  /// (within the tolerance) is not kept as the tally's smallest margin.
  double margin = std::numeric_limits<double>::infinity();
  double value = std::numeric_limits<double>::quiet_NaN();  ///< optional claim-specific number (min/max kept)
  std::string detail;                                       ///< what happened on this case, in words
  /// The first part of the description, written only when needed (text()); `detail` follows it.
  DeferredDetail deferred = {};
  /// The case's description: the deferred part written out, then `detail`.
  /// \return deferred.format(deferred.numbers) + detail (just detail when nothing is deferred)
  std::string text() const { return deferred.format ? deferred.format(deferred.numbers) + detail : detail; }
};

/// Claim::margin_unit of a yes-or-no conclusion whose check measures no deciding distance.
inline constexpr const char* kYesNoMarginUnit = "yes/no: the margin is -1 where violated, none where it holds";

/// Finding::margin of a yes-or-no conclusion (the report's rule, Section "The verdicts"): none
/// (+infinity, never the smallest margin) where it holds, -1 where it is violated.
/// \param holds whether the conclusion holds on the case
/// \return +infinity when holds, else -1
inline double yes_no_margin(bool holds) { return holds ? std::numeric_limits<double>::infinity() : -1.0; }

// ---- one claim's search over its cases -----------------------------------------------------------

/// One claim's search: the economics a module supplies. Every function must be thread-safe
/// (pure apart from the rng it is handed).
template <class Case>
struct Search {
  std::uint64_t salt = 0;                                 ///< separates this claim's random stream
  std::function<Case(std::size_t k, DrawRng& rng)> draw;  ///< draw k (rng = DrawRng(seed ^ salt, k)); empty: no draws
  std::vector<Case> fixed_cases;                          ///< examined first (shard 0 only), hand-derived
  std::function<Finding(const Case&)> check;              ///< premise + conclusion on one case
  std::function<std::vector<Case>(const Case&)> shrink_candidates;  ///< optional: simpler cases, in order
  std::function<nlohmann::json(const Case&)> to_json;               ///< the case as JSON
  std::function<std::string(const Case&)> command;                  ///< shell command reproducing it (may be empty)
  std::size_t draw_cap = 0;  ///< 0: none; else only draws k < draw_cap, GLOBALLY (never per shard)
  /// Optional targeted phase (issue 19 5.b), run after the random draws: targeted case j, for
  /// j < targeted_count, is `targeted(j, rng)` with rng = DrawRng(seed ^ salt ^ kTargetedStream, j),
  /// e.g. a case on the boundary of the premise or at an extreme of a draw range, where violations
  /// live. Its record index is D + j (D = min(draws, draw_cap)), after every random draw; it is
  /// examined, counted (Counts::targeted) and merged exactly like a draw, sharded by j % shard_count,
  /// so the result is the same for any number of threads, shards or MPI ranks.
  std::function<Case(std::size_t j, DrawRng& rng)> targeted;
  std::size_t targeted_count = 0;  ///< targeted cases per run (0: no targeted phase); independent of --draws
};

/// The stream offset of the targeted phase: its case j draws from DrawRng(seed ^ salt ^ kTargetedStream, j),
/// a stream disjoint from the random draws' DrawRng(seed ^ salt, k).
inline constexpr std::uint64_t kTargetedStream = 0x9E3779B97F4A7C15ULL;

// ---- mergeable partial result of one claim -------------------------------------------------------

/// Structured counts of one claim's search (sums over disjoint case sets).
struct Counts {
  std::size_t draws_requested = 0;           ///< draws asked for (the same in every shard)
  std::size_t draws_used = 0;                ///< draws examined (min(draws, draw_cap), summed over shards)
  std::size_t fixed_cases = 0;               ///< hand-derived cases examined (shard 0 only)
  std::size_t premise_met = 0;               ///< cases meeting the premise (fixed + drawn)
  std::size_t in_scope = 0;                  ///< premise-met cases inside the paper's own setting
  std::size_t violations_in_scope = 0;       ///< violations inside the paper's setting
  std::size_t violations_outside_scope = 0;  ///< violations beyond it
  std::size_t ties = 0;                      ///< premise-met cases decided within tolerance (not violations)
  std::size_t errors = 0;                    ///< cases whose draw or check threw
  std::size_t draw_cap = 0;                  ///< the global draw cap (0: none), identical in every shard
  std::size_t ties_in_scope = 0;             ///< ties among the in_scope cases (all ties: the verdict rests on ties)
  std::size_t targeted = 0;                  ///< targeted cases examined (Search::targeted; summed over shards)
  /// Field-by-field equality (used to check that splits merge to the same counts).
  /// \return whether every field is equal
  bool operator==(const Counts&) const = default;
};

/// A mergeable partial result of one claim: what a shard writes.
///
/// Records are JSON objects `{index, detail, margin, value, case, command}` (margin/value null
/// when not finite); `first_in_scope`/`first_outside` also hold `original_case` and `shrink_steps`
/// (their `case` is the shrunk case, `detail`/`margin`/`value` are the shrunk case's).
/// Fixed case i of F has index -(F-i), so fixed cases come before every draw.
struct Tally {
  Counts counts;                            ///< the structured counts
  nlohmann::json first_in_scope = nullptr;  ///< lowest-index violation in scope (shrunk)
  nlohmann::json first_outside = nullptr;   ///< lowest-index violation outside scope (shrunk)
  nlohmann::json first_error = nullptr;     ///< lowest-index error: {index, detail, case} (case null for a draw)
  nlohmann::json worst_in_scope = nullptr;  ///< smallest finite margin in scope, ties excluded (equal: lowest index)
  nlohmann::json worst_outside = nullptr;   ///< smallest finite margin outside scope, ties excluded
  nlohmann::json value_min = nullptr;       ///< smallest finite value over premise-met cases
  nlohmann::json value_max = nullptr;       ///< largest finite value over premise-met cases
  /// Field-by-field equality (used to check that splits merge to the same tally).
  /// \return whether the counts and every record are equal
  bool operator==(const Tally&) const = default;
};

/// Combines the tallies of two disjoint case sets: counts add (draws_requested and draw_cap must
/// agree and are kept), each record keeps the lower (index) / smaller (margin, index) / extreme
/// (value, index) one. Associative and commutative, so any split gives the same result.
/// Throws std::invalid_argument when draws_requested or draw_cap disagree.
/// \param a tally of one case set
/// \param b tally of a case set disjoint from a's
/// \return the tally of the union of the two case sets
Tally merge_tallies(const Tally& a, const Tally& b);

/// The tally as JSON (`counts` object plus the records); `tally_from_json` is its exact inverse.
/// \param tally the tally to write
/// \return a JSON object with `counts` and one key per record (null when absent)
nlohmann::json tally_to_json(const Tally& tally);
/// Reads a tally written by tally_to_json; throws std::invalid_argument on a malformed object,
/// and on one carrying a `legacy` outcome (written by an older `prove`'s transition-only path).
/// \param json a JSON object as written by tally_to_json
/// \return the tally it holds
Tally tally_from_json(const nlohmann::json& json);
/// The counts as a JSON object (keys as the Counts fields).
/// \param counts the counts to write
/// \return a JSON object with one integer per Counts field
nlohmann::json counts_to_json(const Counts& counts);

/// \cond INTERNAL (implementation details of run_search, not part of the documented interface)
namespace falsify_detail {

/// A record kept during the search: the case itself (for shrinking) and what was found.
template <class Case>
struct Held {
  long long index = 0;  ///< case index: draw k, or -(F-i) for fixed case i of F
  Finding finding;      ///< what check found on the case
  Case value;           ///< the case itself
};

/// The per-thread reduction of run_search.
template <class Case>
struct Partial {
  Counts counts;  ///< counts of the cases this thread examined
  /// Lowest-index violation in the paper's setting (the other records are described below).
  std::optional<Held<Case>> first_in, first_out, worst_in, worst_out, vmin, vmax;
  std::optional<std::pair<long long, nlohmann::json>> first_error;  ///< lowest-index error: index, {detail, case}
};

/// \var Partial::first_out
/// Lowest-index violation outside the paper's setting.

/// \var Partial::worst_in
/// Smallest finite margin in the paper's setting (ties: lowest index).

/// \var Partial::worst_out
/// Smallest finite margin outside the paper's setting (ties: lowest index).

/// \var Partial::vmin
/// Smallest finite value over premise-met cases (ties: lowest index).

/// \var Partial::vmax
/// Largest finite value over premise-met cases (ties: lowest index).

/// Whether a number is finite.
/// \param x the number
/// \return true unless x is NaN or ±infinity
inline bool finite(double x) {
  return x == x && x != std::numeric_limits<double>::infinity() && x != -std::numeric_limits<double>::infinity();
}

/// Keeps the record with the lower case index.
/// \tparam Case the claim's case type
/// \param slot the record kept so far (may be empty); replaced by candidate when candidate's index is lower
/// \param candidate a new record (may be empty)
template <class Case>
void keep_lowest(std::optional<Held<Case>>& slot, std::optional<Held<Case>>&& candidate) {
  if (candidate && (!slot || candidate->index < slot->index)) slot = std::move(candidate);
}
/// Keeps the smaller `key` (ties: lower index); `sign` = +1 for min, -1 for max.
/// \tparam Case the claim's case type
/// \tparam Key callable Finding → double (the margin or the value)
/// \param slot the record kept so far (may be empty); replaced by candidate when candidate wins
/// \param candidate a new record (may be empty)
/// \param key the quantity compared
/// \param sign +1 to keep the minimum of key, -1 to keep the maximum
template <class Case, class Key>
void keep_extreme(std::optional<Held<Case>>& slot, std::optional<Held<Case>>&& candidate, Key key, double sign) {
  if (!candidate) return;
  if (!slot) {
    slot = std::move(candidate);
    return;
  }
  const double a = sign * key(candidate->finding), b = sign * key(slot->finding);
  if (a < b || (a == b && candidate->index < slot->index)) slot = std::move(candidate);
}

/// Folds one partial result into another (counts add, each record keeps its winner).
/// \tparam Case the claim's case type
/// \param into the partial result that accumulates
/// \param from a partial result of a disjoint case set; moved from
template <class Case>
void absorb(Partial<Case>& into, Partial<Case>&& from) {
  auto& c = into.counts;
  const auto& f = from.counts;
  c.draws_used += f.draws_used;
  c.targeted += f.targeted;
  c.fixed_cases += f.fixed_cases;
  c.premise_met += f.premise_met;
  c.in_scope += f.in_scope;
  c.violations_in_scope += f.violations_in_scope;
  c.violations_outside_scope += f.violations_outside_scope;
  c.ties += f.ties;
  c.ties_in_scope += f.ties_in_scope;
  c.errors += f.errors;
  keep_lowest(into.first_in, std::move(from.first_in));
  keep_lowest(into.first_out, std::move(from.first_out));
  const auto margin = [](const Finding& x) { return x.margin; };
  const auto value = [](const Finding& x) { return x.value; };
  keep_extreme(into.worst_in, std::move(from.worst_in), margin, 1.0);
  keep_extreme(into.worst_out, std::move(from.worst_out), margin, 1.0);
  keep_extreme(into.vmin, std::move(from.vmin), value, 1.0);
  keep_extreme(into.vmax, std::move(from.vmax), value, -1.0);
  if (from.first_error && (!into.first_error || from.first_error->first < into.first_error->first))
    into.first_error = std::move(from.first_error);
}

/// Examines one case (index `index`) and folds it into `into`.
/// \tparam Case the claim's case type
/// \param search the claim's search (its `check` is called; an exception counts as an error)
/// \param index the case index (draw k, or negative for a fixed case)
/// \param value the case; moved into a record when one is kept
/// \param into the partial result that accumulates
template <class Case>
void examine(const Search<Case>& search, long long index, Case&& value, Partial<Case>& into) {
  Finding finding;
  try {
    finding = search.check(value);
  } catch (const std::exception& error) {
    Partial<Case> one;
    one.counts.errors = 1;
    one.first_error = std::make_pair(
        index, nlohmann::json{{"detail", error.what()},
                              {"case", search.to_json ? search.to_json(value) : nlohmann::json(nullptr)}});
    absorb(into, std::move(one));
    return;
  }
  if (!finding.premise) return;
  auto& c = into.counts;
  ++c.premise_met;
  c.in_scope += finding.in_scope ? 1 : 0;
  const bool violation = finding.violated && !finding.tie;
  c.ties += finding.tie ? 1 : 0;
  c.ties_in_scope += finding.tie && finding.in_scope ? 1 : 0;
  if (violation) ++(finding.in_scope ? c.violations_in_scope : c.violations_outside_scope);
  // Each record keeps its winner exactly as absorb() would; the case is copied only into a record it
  // wins (after the first few cases, rarely), so an examined case costs no allocation here.
  const auto keep = [&](std::optional<Held<Case>>& slot) { slot = Held<Case>{index, finding, value}; };
  const auto wins = [&](const std::optional<Held<Case>>& slot, double key, double held_key) {
    return !slot || key < held_key || (key == held_key && index < slot->index);
  };
  if (violation) {
    auto& slot = finding.in_scope ? into.first_in : into.first_out;
    if (!slot || index < slot->index) keep(slot);
  }
  // A tie's margin lies within the tolerance on either side: it is no room and no violation.
  if (finite(finding.margin) && !finding.tie) {
    auto& slot = finding.in_scope ? into.worst_in : into.worst_out;
    if (wins(slot, finding.margin, slot ? slot->finding.margin : 0.0)) keep(slot);
  }
  if (finite(finding.value)) {
    if (wins(into.vmin, finding.value, into.vmin ? into.vmin->finding.value : 0.0)) keep(into.vmin);
    if (wins(into.vmax, -finding.value, into.vmax ? -into.vmax->finding.value : 0.0)) keep(into.vmax);
  }
}

/// Greedy deterministic shrink: repeatedly replaces the case by the first candidate that is still
/// a violation with the same scope, up to `max_steps` replacements.
/// \tparam Case the claim's case type
/// \param search the claim's search (supplies shrink_candidates and check)
/// \param held the violating case to shrink
/// \param max_steps the largest number of replacements
/// \return the shrunk record and the number of replacements made
template <class Case>
std::pair<Held<Case>, int> shrink(const Search<Case>& search, Held<Case> held, int max_steps = 200) {
  int steps = 0;
  if (!search.shrink_candidates) return {std::move(held), 0};
  bool improved = true;
  while (improved && steps < max_steps) {
    improved = false;
    for (auto& candidate : search.shrink_candidates(held.value)) {
      Finding f;
      try {
        f = search.check(candidate);
      } catch (const std::exception&) {
        continue;
      }
      if (f.premise && f.violated && !f.tie && f.in_scope == held.finding.in_scope) {
        held.value = std::move(candidate);
        held.finding = std::move(f);
        ++steps;
        improved = true;
        break;
      }
    }
  }
  return {std::move(held), steps};
}

/// The JSON record of a held case (`shrunk_from`: the original case when shrunk).
/// \param index the case index
/// \param finding what check found on the case
/// \param case_json the case as JSON (null when the search has no to_json)
/// \param command the shell command reproducing the case (may be empty)
/// \return the object {index, detail, margin, value, case, command}; margin/value null when not finite
nlohmann::json record_json(long long index, const Finding& finding, nlohmann::json case_json, std::string command);

/// The JSON record of a kept case, or null.
/// \tparam Case the claim's case type
/// \param search the claim's search (supplies to_json and command)
/// \param held the kept record (may be empty)
/// \return record_json of the case, or null when held is empty
template <class Case>
nlohmann::json record_of(const Search<Case>& search, const std::optional<Held<Case>>& held) {
  if (!held) return nullptr;
  return record_json(held->index, held->finding, search.to_json ? search.to_json(held->value) : nlohmann::json(nullptr),
                     search.command ? search.command(held->value) : std::string());
}

/// The JSON record of a violation after shrinking, with `original_case` and `shrink_steps`.
/// \tparam Case the claim's case type
/// \param search the claim's search
/// \param held the lowest-index violation (may be empty)
/// \return the shrunk case's record plus the original case and the step count, or null
template <class Case>
nlohmann::json shrunk_record_of(const Search<Case>& search, const std::optional<Held<Case>>& held) {
  if (!held) return nullptr;
  auto [small, steps] = shrink(search, *held);
  nlohmann::json record = record_of(search, std::optional<Held<Case>>(std::move(small)));
  record["original_case"] = search.to_json ? search.to_json(held->value) : nlohmann::json(nullptr);
  record["shrink_steps"] = steps;
  return record;
}

/// Runs `body(k)` for every draw index k this shard examines, in parallel chunks.
/// \param examined the number of draw indices k = 0 … examined-1 before sharding
/// \param run the run settings (threads, shard_index, shard_count)
/// \param body called as body(k, slot) with slot the thread's index in [0, resolve_threads(run.threads))
void for_each_draw(std::size_t examined, const ClaimRun& run, const std::function<void(std::size_t, int)>& body);

}  // namespace falsify_detail
/// \endcond

/// Runs one claim's search for this shard: the fixed cases (shard 0 only), then draws
/// k < min(run.draws, search.draw_cap) with k % shard_count == shard_index, in parallel, each
/// from DrawRng(run.seed ^ search.salt, k), then the targeted cases j < search.targeted_count with
/// j % shard_count == shard_index (see Search::targeted). Constant memory in the number of draws; the result
/// does not depend on run.threads. The lowest-index violations are shrunk before they are recorded.
/// \tparam Case the claim's case type
/// \param search the claim's search
/// \param run the run settings (draws, seed, threads, shard)
/// \return this shard's tally, to be merged with merge_tallies
template <class Case>
Tally run_search(const Search<Case>& search, const ClaimRun& run) {
  using namespace falsify_detail;
  // A search without a draw function (a claim about fixed cases only, e.g. one data set) draws nothing.
  const std::size_t cap =
      !search.draw ? 0 : (search.draw_cap > 0 && search.draw_cap < run.draws ? search.draw_cap : run.draws);
  const int slots = resolve_threads(run.threads);
  std::vector<Partial<Case>> partial(static_cast<std::size_t>(slots));
  if (run.shard_index == 0) {
    const std::size_t fixed = search.fixed_cases.size();
    partial[0].counts.fixed_cases = fixed;
    for (std::size_t i = 0; i < fixed; ++i)
      examine(search, -static_cast<long long>(fixed - i), Case(search.fixed_cases[i]), partial[0]);
  }
  // One drawn case: random draw k (index k) or targeted case j (index cap + j); a throwing draw is an error.
  auto draw_one = [&](const std::function<Case(std::size_t, DrawRng&)>& make, std::uint64_t stream, std::size_t k,
                      long long index, const char* what, Partial<Case>& mine) {
    std::optional<Case> value;
    try {
      DrawRng rng(run.seed ^ search.salt ^ stream, k);
      value.emplace(make(k, rng));
    } catch (const std::exception& error) {
      Partial<Case> one;
      one.counts.errors = 1;
      one.first_error =
          std::make_pair(index, nlohmann::json{{"detail", std::string(what) + error.what()}, {"case", nullptr}});
      absorb(mine, std::move(one));
      return;
    }
    examine(search, index, std::move(*value), mine);
  };
  for_each_draw(cap, run, [&](std::size_t k, int slot) {
    auto& mine = partial[static_cast<std::size_t>(slot)];
    ++mine.counts.draws_used;
    draw_one(search.draw, 0, k, static_cast<long long>(k), "draw: ", mine);
  });
  if (search.targeted)
    for_each_draw(search.targeted_count, run, [&](std::size_t j, int slot) {
      auto& mine = partial[static_cast<std::size_t>(slot)];
      ++mine.counts.targeted;
      draw_one(search.targeted, kTargetedStream, j, static_cast<long long>(cap + j), "targeted: ", mine);
    });
  for (std::size_t s = 1; s < partial.size(); ++s) absorb(partial[0], std::move(partial[s]));
  const auto& all = partial[0];
  Tally tally;
  tally.counts = all.counts;
  tally.counts.draws_requested = run.draws;
  tally.counts.draw_cap = search.draw_cap;
  tally.first_in_scope = shrunk_record_of(search, all.first_in);
  tally.first_outside = shrunk_record_of(search, all.first_out);
  if (all.first_error)
    tally.first_error = nlohmann::json{{"index", all.first_error->first},
                                       {"detail", all.first_error->second.at("detail")},
                                       {"case", all.first_error->second.at("case")}};
  tally.worst_in_scope = record_of(search, all.worst_in);
  tally.worst_outside = record_of(search, all.worst_out);
  tally.value_min = record_of(search, all.vmin);
  tally.value_max = record_of(search, all.vmax);
  return tally;
}

// ---- numbers inside evidence text (LaTeX) -----------------------------------------------------
// Evidence, scope and counterexample summaries are LaTeX (the ledger prints them, claims.json keeps
// them). Their numbers are shown with the fewest significant digits that make the point; the cases
// themselves (Tally records' `case`) keep full precision, and so do reproduce commands.

/// A number inside LaTeX mathematics: at most `max_digits` significant digits, trailing zeros
/// dropped (format_significant), `m\times 10^{k}` (`10^{k}` when m = 1) for tiny or huge magnitudes, never `-0`.
/// Use inside an open `$...$`.
/// \param value the number
/// \param max_digits significant digits kept at most (≥ 1)
/// \return LaTeX mathematics without delimiters, e.g. `0.56391` for 0.5639097744360902
std::string evidence_math(double value, int max_digits = 6);
/// evidence_math wrapped in `$...$`, for prose: `$0.6$` for 0.5999999999999999.
/// \param value the number
/// \param max_digits significant digits kept at most (≥ 1)
/// \return the number as inline LaTeX mathematics
std::string evidence_number(double value, int max_digits = 6);
/// A number compared with `reference` (e.g. a ratio against 1): the fewest significant digits, from
/// `min_digits` up to 6, whose rounding still lies strictly on the same side of `reference` as
/// `value` (equal to it when `value` is); when six digits do not separate them, `reference` plus or
/// minus the difference. Inline LaTeX mathematics: evidence_number_against(1.6153846153846154, 1) is
/// `$1.62$`, evidence_number_against(1 + 1e-9, 1) is `$1 + 10^{-9}$`.
/// \param value the number shown
/// \param reference what the number is compared with
/// \param min_digits the fewest significant digits shown (≥ 1)
/// \return the number as inline LaTeX mathematics
std::string evidence_number_against(double value, double reference, int min_digits = 3);

/// A default evidence text from counts alone: premise met / draws, violations in/out of scope,
/// ties, errors, worst margin and the first counterexample's detail.
/// \param tally the claim's merged tally
/// \return one line of evidence text
std::string default_evidence(const Tally& tally);

}  // namespace clustertrade
