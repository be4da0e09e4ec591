/// Deferred descriptions (core/falsify.hpp DeferredDetail, issue 21): a check that stores numbers and
/// a formatter must give the tally an eager check gives, text included, and the formatter must run only
/// for the records the engine keeps, never once per examined case. The toy: x uniform on {0..999},
/// premise x % 3 != 0, in scope x < 800, violated x >= 700, margin 699.5 - x, value x.
#include <gtest/gtest.h>

#include <atomic>
#include <string>

#include "core/falsify.hpp"

namespace ct = clustertrade;

namespace {

std::atomic<int> formatted{0};  // calls of the deferred formatter

ct::Finding toy_finding(long x) {
  ct::Finding f;
  f.premise = x % 3 != 0;
  f.in_scope = x < 800;
  f.violated = x >= 700;
  f.margin = 699.5 - static_cast<double>(x);
  f.value = static_cast<double>(x);
  return f;
}

/// The eager check: the text formatted on every case, as checks did before issue 21.
ct::Finding eager(const long& x) {
  ct::Finding f = toy_finding(x);
  f.detail = "x = " + std::to_string(x) + " (margin " + std::to_string(699.5 - static_cast<double>(x)) + "); checked";
  return f;
}

std::string toy_text(const std::array<double, ct::DeferredDetail::kNumbers>& n) {
  ++formatted;
  return "x = " + std::to_string(static_cast<long>(n[0])) + " (margin " + std::to_string(n[1]) + ")";
}

/// The deferred check: the numbers and the formatter; `detail` carries a suffix appended after the
/// check (as resolvable_or_tie appends its note), which must follow the deferred text.
ct::Finding deferred(const long& x) {
  ct::Finding f = toy_finding(x);
  f.deferred = ct::DeferredDetail{toy_text, {static_cast<double>(x), 699.5 - static_cast<double>(x)}};
  f.detail += "; checked";
  return f;
}

ct::Search<long> toy_search(ct::Finding (*check)(const long&)) {
  ct::Search<long> s;
  s.salt = 0xDEF;
  s.draw = [](std::size_t, ct::DrawRng& rng) { return static_cast<long>(rng.uniform_int(0, 999)); };
  s.fixed_cases = {750, 5};
  s.check = check;
  s.shrink_candidates = [](const long& x) { return std::vector<long>{x - 1, x - 2}; };
  s.to_json = [](const long& x) { return nlohmann::json{{"x", x}}; };
  return s;
}

}  // namespace

TEST(FalsifyDeferred, TextIsTheEagerTextAndOnlyKeptRecordsAreFormatted) {
  const ct::ClaimRun run{3000, 11, 2};
  const ct::Tally want = ct::run_search(toy_search(eager), run);
  formatted = 0;
  const ct::Tally got = ct::run_search(toy_search(deferred), run);
  EXPECT_EQ(ct::tally_to_json(got), ct::tally_to_json(want));
  ASSERT_FALSE(got.worst_in_scope.is_null());
  EXPECT_EQ(got.worst_in_scope["detail"], "x = 799 (margin -99.500000); checked");  // 799 % 3 = 1: in scope
  // Six records (first in and outside scope, both shrunk; worst in and outside; value min and max),
  // each written out once: the ~2,000 premise-met cases and the shrink's ~150 re-checks format nothing.
  EXPECT_EQ(formatted.load(), 6);
}

TEST(FalsifyDeferred, TextWithoutDeferredPartIsTheDetail) {
  ct::Finding f;
  f.detail = "plain";
  EXPECT_EQ(f.text(), "plain");
  f.deferred = ct::DeferredDetail{toy_text, {3.0, 0.5}};
  EXPECT_EQ(f.text(), "x = 3 (margin 0.500000)plain");
}
