// Draws per second of the H12 claim searches (issue 10: run through the core engine), one thread,
// for a static, a dynamic and a §4 policy claim. `items_per_second` is the number of draws examined
// per second.
#include <benchmark/benchmark.h>

#include "core/falsify.hpp"
#include "trade_growth/claims_checks.hpp"

namespace {

namespace ct = clustertrade;
namespace tc = clustertrade::trade_growth::claims;

template <ct::Search<tc::Case> (*Build)()>
void bm_claim(benchmark::State& state) {
  const auto draws = static_cast<std::size_t>(state.range(0));
  const ct::Search<tc::Case> search = Build();
  for (auto _ : state) {
    const ct::Tally tally = ct::run_search(search, ct::ClaimRun{draws, 20070101, 1});
    benchmark::DoNotOptimize(tally.counts.premise_met);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * state.range(0));
}

ct::Search<tc::Case> delay_search() { return tc::search_policy(false); }

BENCHMARK(bm_claim<tc::search_static_gains>)->Name("h12_static_gains_draws")->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(bm_claim<tc::search_prop2>)->Name("h12_prop2_draws")->Arg(200)->Unit(benchmark::kMillisecond);
BENCHMARK(bm_claim<tc::search_combined>)->Name("h12_combined_draws")->Arg(50)->Unit(benchmark::kMillisecond);
BENCHMARK(bm_claim<delay_search>)->Name("h12_delay_draws")->Arg(20)->Unit(benchmark::kMillisecond);

}  // namespace
