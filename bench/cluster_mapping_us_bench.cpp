// Google Benchmark: the cluster-mapping commands on the vendored U.S. data (issue 18 §5): County
// Business Patterns 2019, 933 CBSAs x 961 NAICS 2017 industries, with the benchmark definitions.
// Whole commands run in-process through cli::run (read, align, compute, write to a temporary
// file), as a user runs them; the locational correlation over the traded industries alone is
// timed on the library, since the colocation command correlates every industry.
// Goals: summary and strength < 0.5 s, colocation over the traded industries < 1 s, define < 2 s.
#include <filesystem>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "cli/common.hpp"
#include "cluster_mapping/hierarchy.hpp"
#include "cluster_mapping/model.hpp"
#include "cluster_mapping/us_data.hpp"

namespace cm = clustertrade::cluster_mapping;

namespace {

// Runs `clustertrade cluster-mapping <words> --preset us-cbp2019 --out <tmp>`; stderr (the note on
// the left-out `00` rows) is discarded.
void run_command(benchmark::State& state, const std::vector<std::string>& words) {
  const auto out = (std::filesystem::temp_directory_path() / "cluster_mapping_us_bench.csv").string();
  std::vector<std::string> args{"clustertrade", "cluster-mapping"};
  args.insert(args.end(), words.begin(), words.end());
  args.insert(args.end(), {"--preset", "us-cbp2019", "--out", out});
  std::vector<const char*> argv;
  for (const auto& a : args) argv.push_back(a.c_str());
  std::ostringstream sink;
  auto* saved = std::cerr.rdbuf(sink.rdbuf());
  for (auto _ : state) {
    if (clustertrade::cli::run(static_cast<int>(argv.size()), argv.data()) != 0) {
      std::cerr.rdbuf(saved);
      state.SkipWithError(("command failed: " + sink.str()).c_str());
      return;
    }
    sink.str("");
  }
  std::cerr.rdbuf(saved);
  std::filesystem::remove(out);
}

void BM_UsSummary(benchmark::State& state) { run_command(state, {"summary"}); }
BENCHMARK(BM_UsSummary)->Unit(benchmark::kMillisecond);

void BM_UsStrength(benchmark::State& state) { run_command(state, {"strength"}); }
BENCHMARK(BM_UsStrength)->Unit(benchmark::kMillisecond);

void BM_UsDefine51(benchmark::State& state) { run_command(state, {"define", "--clusters", "51"}); }
BENCHMARK(BM_UsDefine51)->Unit(benchmark::kMillisecond);

void BM_UsColocationAllIndustries(benchmark::State& state) { run_command(state, {"colocation"}); }
BENCHMARK(BM_UsColocationAllIndustries)->Unit(benchmark::kMillisecond);

void BM_UsReadAndAlign(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(cm::load_us_cbp2019().table.employment.sum());
}
BENCHMARK(BM_UsReadAndAlign)->Unit(benchmark::kMillisecond);

// Shares on the traded/local bases, then the correlation matrix of the traded industries only.
void BM_UsCorrelationTraded(benchmark::State& state) {
  const auto a = cm::load_us_cbp2019();
  std::vector<Eigen::Index> traded;
  for (std::size_t i = 0; i < a.local.size(); ++i)
    if (!a.local[i]) traded.push_back(static_cast<Eigen::Index>(i));
  for (auto _ : state) {
    const Eigen::MatrixXd shares = cm::measure_matrix(a.table.employment, cm::Measure::share, a.local);
    Eigen::MatrixXd x(shares.rows(), static_cast<Eigen::Index>(traded.size()));
    for (std::size_t k = 0; k < traded.size(); ++k) x.col(static_cast<Eigen::Index>(k)) = shares.col(traded[k]);
    benchmark::DoNotOptimize(cm::locational_correlation(x, cm::ConstantColumns::zero).sum());
  }
  state.counters["industries"] = static_cast<double>(traded.size());
}
BENCHMARK(BM_UsCorrelationTraded)->Unit(benchmark::kMillisecond);

}  // namespace
