// Google Benchmark: H12 engine (src/trade_growth). Static equilibrium versus n (O(n log n)),
// one four-industry 100-unit simulation, and n = 500 with a dense learning matrix over T = 100.
#include <random>

#include <benchmark/benchmark.h>

#include "trade_growth/dynamics.hpp"
#include "trade_growth/scenarios.hpp"
#include "trade_growth/static_equilibrium.hpp"

namespace tg = clustertrade::trade_growth;

namespace {

tg::Economy random_economy(int n, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> a(1.0, 10.0);
  tg::Economy e;
  e.home.resize(n);
  e.foreign.resize(n);
  for (int i = 0; i < n; ++i) e.home[i] = a(rng), e.foreign[i] = a(rng);
  e.sigma = 3.0;
  return e;
}

void BM_StaticEquilibrium(benchmark::State& state) {
  const tg::Economy e = random_economy(static_cast<int>(state.range(0)), 1);
  const Eigen::VectorXd g = Eigen::VectorXd::Ones(e.home.size());
  for (auto _ : state) benchmark::DoNotOptimize(tg::solve_static_equilibrium(e, g).rel_wage);
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_StaticEquilibrium)->RangeMultiplier(4)->Range(4, 1 << 16)->Complexity(benchmark::oNLogN);

void BM_FourIndustrySimulation(benchmark::State& state) {
  const tg::Params p = tg::scenario(6, 2.0).params;  // Fig. 6: liberalisation at t = 14 → a scheduled switch
  tg::SimulationOptions o;
  o.horizon = 100.0;
  o.step = 100.0;
  o.rtol = o.atol = 1e-8;
  const tg::Policy policy = tg::Policy::liberalize_all_at(4, 14.0);
  for (auto _ : state) benchmark::DoNotOptimize(tg::simulate(p, policy, o).points.back().income_home);
}
BENCHMARK(BM_FourIndustrySimulation)->Unit(benchmark::kMicrosecond);

void BM_DenseFiveHundred(benchmark::State& state) {
  const int n = 500;
  tg::Params p;
  p.economy = random_economy(n, 2);
  std::mt19937_64 rng(3);
  std::uniform_real_distribution<double> u(0.0, 0.01);
  p.tau = Eigen::MatrixXd(n, n);
  for (int j = 0; j < n; ++j)
    for (int i = 0; i < n; ++i) p.tau(j, i) = u(rng);
  tg::SimulationOptions o;
  o.horizon = 100.0;
  o.step = 100.0;
  o.rtol = o.atol = 1e-8;
  for (auto _ : state) {
    const tg::Path path = tg::simulate(p, tg::Policy::free_trade(n), o);
    state.counters["switches"] = static_cast<double>(path.switch_times.size());
    state.counters["steps"] = static_cast<double>(path.steps);
    benchmark::DoNotOptimize(path.points.back().income_home);
  }
}
BENCHMARK(BM_DenseFiveHundred)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
