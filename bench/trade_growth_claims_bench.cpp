// Draws per second of the H12 claim checks (issue 6), one thread, for a static, a dynamic and a
// §4 policy claim. `items_per_second` is the number of draws examined per second.
#include <benchmark/benchmark.h>

#include "core/claims.hpp"
#include "trade_growth/claims_checks.hpp"

namespace {

namespace ct = clustertrade;
namespace tc = clustertrade::trade_growth::claims;

template <ct::ClaimOutcome (*Check)(const ct::ClaimRun&)>
void bm_claim(benchmark::State& state) {
  const auto draws = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) {
    const ct::ClaimOutcome out = Check(ct::ClaimRun{draws, 20070101, 1});
    benchmark::DoNotOptimize(out.draws);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * state.range(0));
}

BENCHMARK(bm_claim<tc::check_static_gains>)->Name("h12_static_gains_draws")->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(bm_claim<tc::check_prop2>)->Name("h12_prop2_draws")->Arg(200)->Unit(benchmark::kMillisecond);
BENCHMARK(bm_claim<tc::check_combined>)->Name("h12_combined_draws")->Arg(50)->Unit(benchmark::kMillisecond);
BENCHMARK(bm_claim<tc::check_delay>)->Name("h12_delay_draws")->Arg(20)->Unit(benchmark::kMillisecond);

}  // namespace
