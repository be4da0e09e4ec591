/// Tests of two engine rules of issue 19 (core/falsify.hpp): the targeted phase that runs after the
/// random draws (5.b), and the tie rule, which is the same inside and beyond the paper's setting (A.2).
/// The toy: x uniform on {0..999}; every case meets the premise; in scope x < 800; violated x >= 700;
/// a tie at x == 650 and at x == 900 (the second beyond the scope). The references are plain loops.
#include <gtest/gtest.h>

#include "core/claim.hpp"
#include "core/falsify.hpp"

namespace ct = clustertrade;

namespace {

struct EdgeToy {
  long x = 0;
};

constexpr std::uint64_t kEdgeSalt = 0x7A6;

ct::Finding check_edge_toy(const EdgeToy& c) {
  ct::Finding f;
  f.in_scope = c.x < 800;
  // A tie with the conclusion's test on the wrong side of it: a tie is never a violation, in or beyond scope.
  f.tie = c.x == 650 || c.x == 900;
  f.violated = c.x >= 650;
  f.margin = 699.5 - static_cast<double>(c.x);
  f.value = static_cast<double>(c.x);
  return f;
}

// Random draws on {0..599} never reach a violation; the targeted phase tries the range's far end:
// targeted case j is x = 999 - j (a deterministic edge) when j is even, and a random x in {900..999}
// when j is odd (so the targeted stream is exercised too).
ct::Search<EdgeToy> edge_search() {
  ct::Search<EdgeToy> s;
  s.salt = kEdgeSalt;
  s.draw = [](std::size_t, ct::DrawRng& rng) { return EdgeToy{rng.uniform_int(0, 599)}; };
  s.check = check_edge_toy;
  s.to_json = [](const EdgeToy& c) { return nlohmann::json{{"x", c.x}}; };
  s.targeted = [](std::size_t j, ct::DrawRng& rng) {
    if (j == 7) throw std::runtime_error("no edge seven");  // a planted error in the targeted phase
    return EdgeToy{j % 2 == 0 ? 999 - static_cast<long>(j) : rng.uniform_int(900, 999)};
  };
  s.targeted_count = 40;
  return s;
}

}  // namespace

// Fault caught: the targeted phase not run, run in every shard, or given indices that collide with the
// draws'. Reference: draws x < 600 are never violations; targeted j even is x = 999 - j (beyond the
// scope, violated unless x = 900, a tie — j = 99 is odd, so never); j = 7 throws.
TEST(FalsifyTargeted, RunsAfterTheDrawsWithItsOwnIndicesAndCounts) {
  const ct::ClaimRun run{500, 11, 2};
  const ct::Tally t = ct::run_search(edge_search(), run);
  EXPECT_EQ(t.counts.draws_used, 500u);
  EXPECT_EQ(t.counts.targeted, 40u);
  EXPECT_EQ(t.counts.errors, 1u);
  EXPECT_EQ(t.counts.premise_met, 500u + 39u);
  EXPECT_EQ(t.counts.violations_in_scope, 0u);
  // Plain loop over the targeted cases: the odd ones draw from the targeted stream.
  std::size_t beyond = 0, ties = 0;
  for (std::size_t j = 0; j < 40; ++j) {
    if (j == 7) continue;
    ct::DrawRng rng(run.seed ^ kEdgeSalt ^ ct::kTargetedStream, j);
    const long x = j % 2 == 0 ? 999 - static_cast<long>(j) : rng.uniform_int(900, 999);
    (x == 900 ? ties : beyond) += 1;
  }
  EXPECT_EQ(t.counts.violations_outside_scope, beyond);
  EXPECT_EQ(t.counts.ties, ties);
  // The first violation is targeted case 0 (x = 999), indexed after all 500 draws.
  ASSERT_FALSE(t.first_outside.is_null());
  EXPECT_EQ(t.first_outside["index"], 500);
  EXPECT_EQ(t.first_outside["case"]["x"], 999);
  EXPECT_EQ(t.first_error["index"], 507);
  EXPECT_EQ(t.first_error["detail"], "targeted: no edge seven");
}

// Fault caught: a tally that depends on the thread count or the sharding of the targeted phase.
TEST(FalsifyTargeted, ShardsAndThreadsGiveTheSameTally) {
  const auto whole = ct::run_search(edge_search(), {300, 5, 1});
  const auto threads = ct::run_search(edge_search(), {300, 5, 3});
  EXPECT_EQ(ct::tally_to_json(threads).dump(), ct::tally_to_json(whole).dump());
  ct::Tally merged;
  for (std::size_t i = 0; i < 3; ++i) {
    const auto part = ct::run_search(edge_search(), {300, 5, 2, i, 3});
    merged = i == 0 ? part : ct::merge_tallies(merged, part);
  }
  EXPECT_EQ(ct::tally_to_json(merged).dump(), ct::tally_to_json(whole).dump());
  EXPECT_TRUE(ct::tally_from_json(ct::tally_to_json(whole)) == whole);  // Counts::targeted survives JSON
}

// Fault caught: the engine treating a tie as a violation when it lies beyond the paper's setting
// (issue 19 A.2: the tie rule applies in and beyond scope alike). Fixed cases only: a tie in scope
// (650), a tie beyond it (900), and a true violation beyond it (950).
TEST(FalsifyTargeted, ATieIsNeverAViolationInOrBeyondScope) {
  ct::Search<EdgeToy> s = edge_search();
  s.targeted_count = 0;
  s.fixed_cases = {{650}, {900}};
  const ct::Tally ties = ct::run_search(s, {0, 1, 1});
  EXPECT_EQ(ties.counts.ties, 2u);
  EXPECT_EQ(ties.counts.ties_in_scope, 1u);
  EXPECT_EQ(ties.counts.violations_in_scope, 0u);
  EXPECT_EQ(ties.counts.violations_outside_scope, 0u);
  EXPECT_TRUE(ties.first_outside.is_null()) << ties.first_outside.dump();
  ct::Claim claim;
  EXPECT_EQ(ct::verdict_of(claim, ties), ct::Verdict::holds);  // not holds-in-scope
  s.fixed_cases.push_back({950});
  const ct::Tally more = ct::run_search(s, {0, 1, 1});
  EXPECT_EQ(more.counts.violations_outside_scope, 1u);
  EXPECT_EQ(more.first_outside["case"]["x"], 950);
  EXPECT_EQ(ct::verdict_of(claim, more), ct::Verdict::holds_in_scope);
}
