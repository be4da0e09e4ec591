// Google Benchmark: the closed-form equilibria of RC07 section 2 against the brute-force search
// the claim checks use (the search dominates the cost of `clustertrade prove` for this module).
#include <benchmark/benchmark.h>

#include "infant_industry/model.hpp"
#include "infant_industry/search.hpp"

namespace ii = clustertrade::infant_industry;

static void BM_InfantIndustryClosedForm(benchmark::State& state) {
  const ii::Params p;
  for (auto _ : state) benchmark::DoNotOptimize(ii::equilibria(p));
}
BENCHMARK(BM_InfantIndustryClosedForm);

static void BM_InfantIndustrySearch(benchmark::State& state) {
  const ii::Params p;
  ii::SearchOptions options;
  options.grid = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(ii::search_equilibria(p, options));
}
BENCHMARK(BM_InfantIndustrySearch)->Arg(1024)->Arg(4096)->Arg(16384);
