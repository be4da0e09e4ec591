/// \file cluster_model_bench.cpp
/// \brief Speed of the South enumeration (2J candidates × J deviations: O(J²)) and of the North's
/// 2^J configurations, measured rather than asserted.
#include <benchmark/benchmark.h>

#include "cluster_model/model.hpp"
#include "cluster_model/north.hpp"

using namespace clustertrade::cluster_model;

static void BM_SouthEquilibria(benchmark::State& state) {
  const auto J = static_cast<std::size_t>(state.range(0));
  Params p;
  for (std::size_t j = 0; j < J; ++j) {
    p.lambda_south.push_back(1.0 / (1.0 + 0.1 * static_cast<double>(j)));
    p.lambda_north.push_back(1.0);
    p.theta.push_back(1.5 + 0.01 * static_cast<double>(j));
  }
  for (auto _ : state) benchmark::DoNotOptimize(south_equilibria(p));
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_SouthEquilibria)->RangeMultiplier(4)->Range(2, 512)->Complexity(benchmark::oNSquared);

static void BM_NorthConfigurations(benchmark::State& state) {
  const auto J = static_cast<std::size_t>(state.range(0));
  NorthEconomy n{std::vector<double>(J, 1.0),
                 0.5,
                 2.0,
                 std::vector<double>(J, 0.1),
                 std::vector<double>(J, 1.0 / static_cast<double>(J)),
                 10.0};
  for (auto _ : state) benchmark::DoNotOptimize(north_configurations(n));
}
BENCHMARK(BM_NorthConfigurations)->DenseRange(2, 12, 5);
