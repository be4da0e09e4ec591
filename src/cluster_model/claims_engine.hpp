/// \file claims_engine.hpp
/// \brief Transitional: the falsification engine's interface (ENGINE_API.md) for this module.
///
/// When `core/falsify.hpp` exists (branch `engine` merged) this header only includes it. Until then
/// it declares the subset the cluster-model checks use — Finding, Search, Counts, Tally, FailureKind,
/// run_search — with the same names and meanings, so the checks compile unchanged on both sides.
#pragma once

#if __has_include("core/falsify.hpp")
#include "core/falsify.hpp"
#define CLUSTERTRADE_CM_HAS_ENGINE 1
#else
#define CLUSTERTRADE_CM_HAS_ENGINE 0

#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/claims.hpp"
#include "core/random.hpp"

namespace clustertrade {

/// How a claim fails in scope (ENGINE_API.md).
enum class FailureKind { none, substantive, wording, misprint };

/// What one case found (ENGINE_API.md).
struct Finding {
  bool premise = true;    ///< the case satisfies the claim's premise
  bool in_scope = true;   ///< inside the paper's own setting
  bool violated = false;  ///< the conclusion fails on this case
  bool tie = false;       ///< the deciding margin is within the numerical tolerance
  double margin = std::numeric_limits<double>::infinity();  ///< smallest margin by which it held (<0: violated)
  double value = std::numeric_limits<double>::quiet_NaN();  ///< optional claim-specific number
  std::string detail;                                       ///< what happened, in words
};

/// One claim's search over its cases (ENGINE_API.md).
template <class Case>
struct Search {
  std::uint64_t salt = 0;                                                 ///< separates this claim's stream
  std::function<Case(std::size_t k, DrawRng& rng)> draw;                  ///< draw k
  std::vector<Case> fixed_cases;                                          ///< hand-derived, examined first
  std::function<Finding(const Case&)> check;                              ///< premise + conclusion
  std::function<std::vector<Case>(const Case&)> shrink_candidates;        ///< simpler cases, in order
  std::function<nlohmann::json(const Case&)> to_json;                     ///< the case as JSON
  std::function<std::string(const Case&)> command;                        ///< reproducing command
  std::size_t draw_cap = 0;                                               ///< 0: none
};

/// Mergeable counts of one claim (ENGINE_API.md).
struct Counts {
  std::size_t draws_requested = 0, draws_used = 0, fixed_cases = 0;  ///< what was examined
  std::size_t premise_met = 0, in_scope = 0;                         ///< premise met; of those in scope
  std::size_t violations_in_scope = 0, violations_outside_scope = 0, ties = 0, errors = 0;  ///< findings
};

/// Partial result of one claim (ENGINE_API.md); records hold index, detail, margin, value, case, command.
struct Tally {
  Counts counts;                                                      ///< counts
  nlohmann::json first_in_scope = nullptr, first_outside = nullptr;   ///< lowest-index violations (shrunk)
  nlohmann::json first_error = nullptr;                               ///< lowest-index error
  nlohmann::json worst_in_scope = nullptr, worst_outside = nullptr;   ///< smallest margins
  nlohmann::json value_min = nullptr, value_max = nullptr;            ///< over premise-met cases
};

namespace cm_engine_detail {
/// Greedy shrink: the first candidate that still violates in the same scope, repeatedly (≤ 100 rounds).
template <class Case>
Case shrink(const Search<Case>& s, Case c, bool in_scope) {
  if (!s.shrink_candidates) return c;
  for (int round = 0; round < 100; ++round) {
    bool moved = false;
    for (const Case& candidate : s.shrink_candidates(c)) {
      const Finding f = s.check(candidate);
      if (f.premise && f.violated && f.in_scope == in_scope) {
        c = candidate;
        moved = true;
        break;
      }
    }
    if (!moved) break;
  }
  return c;
}
template <class Case>
nlohmann::json record(const Search<Case>& s, long index, const Finding& f, const Case& c) {
  return {{"index", index},
          {"detail", f.detail},
          {"margin", f.margin},
          {"value", f.value},
          {"case", s.to_json ? s.to_json(c) : nlohmann::json(nullptr)},
          {"command", s.command ? s.command(c) : std::string()}};
}
}  // namespace cm_engine_detail

/// Serial stand-in for the engine's run_search: fixed cases first (indices −F..−1), then draws
/// k = 0..draws−1 with DrawRng(seed ^ salt, k) (draws evaluated in parallel, reduced in index order).
template <class Case>
Tally run_search(const Search<Case>& s, const ClaimRun& run) {
  Tally t;
  const std::size_t n = s.draw_cap > 0 ? std::min(run.draws, s.draw_cap) : run.draws;
  t.counts.draws_requested = run.draws;
  t.counts.draws_used = n;
  t.counts.fixed_cases = s.fixed_cases.size();
  struct Item {
    Case c;
    Finding f;
  };
  auto items = run_draws<Item>(n, run.seed ^ s.salt, run.threads, [&](std::size_t k, DrawRng& rng) {
    Item it{s.draw(k, rng), {}};
    it.f = s.check(it.c);
    return it;
  });
  std::vector<std::pair<long, Item>> all;
  const long F = static_cast<long>(s.fixed_cases.size());
  for (long i = 0; i < F; ++i) all.push_back({i - F, Item{s.fixed_cases[static_cast<std::size_t>(i)], s.check(s.fixed_cases[static_cast<std::size_t>(i)])}});
  for (std::size_t k = 0; k < n; ++k) all.push_back({static_cast<long>(k), std::move(items[k])});
  for (const auto& [index, it] : all) {
    const Finding& f = it.f;
    if (!f.premise) continue;
    ++t.counts.premise_met;
    if (f.in_scope) ++t.counts.in_scope;
    if (f.tie) ++t.counts.ties;
    if (f.value == f.value) {
      if (t.value_min.is_null() || f.value < t.value_min["value"].get<double>())
        t.value_min = cm_engine_detail::record(s, index, f, it.c);
      if (t.value_max.is_null() || f.value > t.value_max["value"].get<double>())
        t.value_max = cm_engine_detail::record(s, index, f, it.c);
    }
    auto& worst = f.in_scope ? t.worst_in_scope : t.worst_outside;
    if (worst.is_null() || f.margin < worst["margin"].get<double>()) worst = cm_engine_detail::record(s, index, f, it.c);
    if (!f.violated) continue;
    auto& first = f.in_scope ? t.first_in_scope : t.first_outside;
    ++(f.in_scope ? t.counts.violations_in_scope : t.counts.violations_outside_scope);
    if (first.is_null()) {
      const Case shrunk = cm_engine_detail::shrink(s, it.c, f.in_scope);
      first = cm_engine_detail::record(s, index, s.check(shrunk), shrunk);
    }
  }
  return t;
}

}  // namespace clustertrade
#endif
