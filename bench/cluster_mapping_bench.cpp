// Google Benchmark: Porter's cluster mapping (src/cluster_mapping). The size is a county ×
// industry table of 3,000 × 1,000: parsing its CSV, the locational correlation (standardise, one
// Eigen product; 1 and 2 threads), average linkage on the 1,000 × 1,000 distance (NN-chain,
// O(n²)) against the naive O(n³) reference on smaller n, and one simulated nation of H12 regions.
#include <string>

#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include "cluster_mapping/hierarchy.hpp"
#include "cluster_mapping/model.hpp"
#include "cluster_mapping/regions.hpp"
#include "cluster_mapping/table.hpp"
#include "core/random.hpp"

namespace cm = clustertrade::cluster_mapping;

namespace {

Eigen::MatrixXd random_table(Eigen::Index regions, Eigen::Index industries) {
  clustertrade::DrawRng rng(1, 0);
  Eigen::MatrixXd e(regions, industries);
  for (Eigen::Index r = 0; r < regions; ++r)
    for (Eigen::Index i = 0; i < industries; ++i)
      e(r, i) = rng.bernoulli(0.4) ? 0.0 : std::floor(rng.uniform(0.0, 500.0));
  for (Eigen::Index i = 0; i < industries; ++i) e(0, i) += 1.0;  // no constant column
  return e;
}

std::string table_csv(const Eigen::MatrixXd& e) {
  std::string text = "region";
  for (Eigen::Index i = 0; i < e.cols(); ++i) text += fmt::format(",i{}", i);
  text += '\n';
  for (Eigen::Index r = 0; r < e.rows(); ++r) {
    text += fmt::format("r{}", r);
    for (Eigen::Index i = 0; i < e.cols(); ++i) text += fmt::format(",{}", e(r, i));
    text += '\n';
  }
  return text;
}

void BM_ParseTable(benchmark::State& state) {
  const std::string text = table_csv(random_table(state.range(0), state.range(1)));
  for (auto _ : state) benchmark::DoNotOptimize(cm::parse_employment_table(text, "bench.csv").employment.sum());
}
BENCHMARK(BM_ParseTable)->Args({cm::bench_table_regions, cm::bench_table_industries})->Unit(benchmark::kMillisecond);

void BM_Correlation(benchmark::State& state) {
  const Eigen::MatrixXd x = cm::measure_matrix(random_table(state.range(0), state.range(1)), cm::Measure::share);
  Eigen::setNbThreads(static_cast<int>(state.range(2)));
  for (auto _ : state) benchmark::DoNotOptimize(cm::locational_correlation(x).sum());
  Eigen::setNbThreads(0);
}
BENCHMARK(BM_Correlation)
    ->Args({cm::bench_table_regions, cm::bench_table_industries, 1})
    ->Args({cm::bench_table_regions, cm::bench_table_industries, 2})
    ->Unit(benchmark::kMillisecond);

void BM_AverageLinkage(benchmark::State& state) {
  const Eigen::MatrixXd c = cm::locational_correlation(random_table(300, state.range(0)));
  const Eigen::MatrixXd d = cm::correlation_distance(c);
  for (auto _ : state) benchmark::DoNotOptimize(cm::average_linkage(d).merges.back().height);
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_AverageLinkage)
    ->RangeMultiplier(2)
    ->Range(125, cm::bench_table_industries)
    ->Complexity()
    ->Unit(benchmark::kMillisecond);

void BM_AverageLinkageNaive(benchmark::State& state) {
  const Eigen::MatrixXd d = cm::correlation_distance(cm::locational_correlation(random_table(300, state.range(0))));
  for (auto _ : state) benchmark::DoNotOptimize(cm::average_linkage_naive(d).merges.back().height);
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_AverageLinkageNaive)->RangeMultiplier(2)->Range(32, 128)->Complexity()->Unit(benchmark::kMillisecond);

void BM_SimulateNation(benchmark::State& state) {
  cm::NationParams p;  // the report's baseline: 300 regions, 37 industries, T = 20
  for (auto _ : state) benchmark::DoNotOptimize(cm::simulate_nation(p).income.sum());
}
BENCHMARK(BM_SimulateNation)->Unit(benchmark::kMillisecond);

}  // namespace
