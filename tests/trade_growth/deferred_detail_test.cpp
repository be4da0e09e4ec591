// The H12 claim checks at the engine's speed (issue 21) must not move a result: the kept records of
// h12.prop1 and h12.prop2, whose checks now store numbers and format text only for a kept record
// (DeferredDetail) and read incomes only on Prop. 1's paths (PathReads::incomes), are rebuilt here
// the old way — full paths (PathReads::everything), every point's margin, the first smallest one
// described with the text the checks once formatted on every new minimum — and must agree to the
// byte (detail) and to the bit (margin). A path that reads less must hold the same numbers.
#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <string>

#include <fmt/format.h>

#include "core/falsify.hpp"
#include "trade_growth/claims_checks.hpp"

namespace ct = clustertrade;
namespace tg = clustertrade::trade_growth;
namespace tc = clustertrade::trade_growth::claims;

namespace {

constexpr std::uint64_t kSeed = 5;

/// The case behind a record that was not shrunk: draw k, or fixed case i of F at index -(F - i).
tc::Case case_of(const ct::Search<tc::Case>& search, long long index) {
  if (index < 0) return search.fixed_cases[search.fixed_cases.size() - static_cast<std::size_t>(-index)];
  ct::DrawRng rng(kSeed ^ search.salt, static_cast<std::size_t>(index));
  return search.draw(static_cast<std::size_t>(index), rng);
}

struct Eager {
  double margin = std::numeric_limits<double>::infinity();
  std::string detail;
};

/// Prop. 1 the old way: every point's margin on full paths, the first smallest described eagerly.
Eager prop1_eager(const tc::Case& c) {
  const tg::Path trade = tc::run_path(c, c.trade_policy()), autarky = tc::run_path(c, tg::Policy::autarky(c.size()));
  Eager e;
  for (std::size_t k = 0; k < trade.points.size(); ++k) {
    const auto &t = trade.points[k], &a = autarky.points[k];
    const double mh = t.income_home / a.income_home - 1.0, mf = t.income_foreign / a.income_foreign - 1.0;
    const bool home = mh <= mf;
    if (!(std::min(mh, mf) < e.margin)) continue;
    e.margin = std::min(mh, mf);
    const auto [tr, au] =
        tc::evidence_apart(home ? t.income_home : t.income_foreign, home ? a.income_home : a.income_foreign);
    e.detail = fmt::format("at {}, {} income under trade is {} vs {} under autarky", tc::evidence_date(t.t),
                           home ? "home" : "foreign", tr, au);
  }
  return e;
}

/// Prop. 2 the old way (used technology under CBT against the best autarky technology).
Eager prop2_eager(const tc::Case& c) {
  const tg::Path trade = tc::run_path(c, c.trade_policy()), autarky = tc::run_path(c, tg::Policy::autarky(c.size()));
  Eager e;
  for (std::size_t k = 1; k < trade.points.size(); ++k)
    for (Eigen::Index i = 0; i < trade.points[k].A_home.size(); ++i) {
      const auto &t = trade.points[k], &a = autarky.points[k];
      const double best = std::max(a.A_home[i], a.A_foreign[i]), used = tc::used_technology(t, i);
      if (!(used / best - 1.0 < e.margin)) continue;
      e.margin = used / best - 1.0;
      const auto [u, b] = tc::evidence_apart(used, best);
      e.detail = fmt::format("at {} industry {} uses technology {} under CBT vs {} (best autarky)",
                             tc::evidence_date(t.t), i + 1, u, b);
    }
  return e;
}

/// Every kept, unshrunk record of the search's tally against its eager rebuild.
void expect_records_rebuilt(const ct::Search<tc::Case>& search, Eager (*rebuild)(const tc::Case&)) {
  const ct::Tally tally = ct::run_search(search, ct::ClaimRun{120, kSeed, 2});
  int compared = 0;
  for (const nlohmann::json* r : {&tally.worst_in_scope, &tally.worst_outside, &tally.value_min, &tally.value_max}) {
    if (r->is_null()) continue;
    const Eager e = rebuild(case_of(search, r->at("index").get<long long>()));
    EXPECT_EQ(r->at("detail").get<std::string>(), e.detail) << r->dump();
    EXPECT_EQ(r->at("margin").get<double>(), e.margin) << r->dump();  // bit for bit
    ++compared;
  }
  EXPECT_GE(compared, 3);
}

}  // namespace

TEST(DeferredDetail, Prop1KeptRecordsEqualTheEagerRebuild) { expect_records_rebuilt(tc::search_prop1(), prop1_eager); }

TEST(DeferredDetail, Prop2KeptRecordsEqualTheEagerRebuild) { expect_records_rebuilt(tc::search_prop2(), prop2_eager); }

// A path that reads less holds the same numbers: incomes at every point, or at t = 0 and the
// horizon only, equal to the bit the full path's (the integration does not depend on the outputs).
TEST(DeferredDetail, PathsThatReadLessHoldTheSameIncomes) {
  const ct::Search<tc::Case> search = tc::search_prop1();
  for (long long k : {0LL, 1LL, 2LL, 3LL, 7LL}) {
    const tc::Case c = case_of(search, k);
    for (const tg::Policy& policy : {c.trade_policy(), tg::Policy::autarky(c.size())}) {
      const tg::Path full = tc::run_path(c, policy);
      const tg::Path lean = tc::run_path(c, policy, tc::PathReads::incomes);
      const tg::Path ends = tc::run_path(c, policy, tc::PathReads::incomes_at_ends);
      ASSERT_EQ(lean.points.size(), full.points.size());
      for (std::size_t i = 0; i < full.points.size(); ++i) {
        EXPECT_EQ(lean.points[i].income_home, full.points[i].income_home) << "draw " << k << " point " << i;
        EXPECT_EQ(lean.points[i].income_foreign, full.points[i].income_foreign) << "draw " << k << " point " << i;
        EXPECT_EQ(lean.points[i].A_home.size(), 0);  // nothing recorded that nobody reads
      }
      ASSERT_EQ(ends.points.size(), 2u);
      EXPECT_EQ(ends.points.front().income_home, full.points.front().income_home);
      EXPECT_EQ(ends.points.back().t, full.points.back().t);
      EXPECT_EQ(ends.points.back().income_home, full.points.back().income_home);
      EXPECT_EQ(ends.points.back().income_foreign, full.points.back().income_foreign);
    }
  }
}
