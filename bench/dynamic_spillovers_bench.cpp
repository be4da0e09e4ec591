// Google Benchmark: one 1,000-unit simulation of RC07 section 4's catch-up dynamics with default
// tolerances, output every unit, South acquiring a cluster at t = 100 (one scheduled switch) —
// the target is "well under 10 ms".
#include <benchmark/benchmark.h>

#include "core/ode.hpp"
#include "dynamic_spillovers/cpp_dynamics.hpp"
#include "dynamic_spillovers/model.hpp"

namespace ds = clustertrade::dynamic_spillovers;

static void BM_SimulateThousandUnits(benchmark::State& state) {
  ds::Params p;
  p.g = 0.02;
  p.epsilon = 0.05;
  p.a_south0 = 0.3;
  p.south_switch_time = 100.0;
  const auto times = clustertrade::ode::time_grid(0.0, 1000.0, 1.0);
  for (auto _ : state) {
    auto path = ds::simulate(p, times);
    benchmark::DoNotOptimize(path.ratio.back());
  }
}
BENCHMARK(BM_SimulateThousandUnits)->Unit(benchmark::kMillisecond);

// The same with an overtaking to locate (South starts ahead, a0 = 1.5, no cluster).
static void BM_SimulateWithOvertaking(benchmark::State& state) {
  ds::Params p;
  p.a_south0 = 1.5;
  const auto times = clustertrade::ode::time_grid(0.0, 1000.0, 1.0);
  for (auto _ : state) {
    auto path = ds::simulate(p, times);
    benchmark::DoNotOptimize(path.ratio.back());
  }
}
BENCHMARK(BM_SimulateWithOvertaking)->Unit(benchmark::kMillisecond);
