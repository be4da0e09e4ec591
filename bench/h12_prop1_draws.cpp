// A fixed amount of the Prop. 1 sweep's work for instruction counting (issue 11): draws 0..N−1 of
// bench/h12_draws.hpp, each simulated under free trade and autarky with the options of
// BM_H12Prop1Draw (h12_engine_bench.cpp), then H12 Prop. 1's comparison. Google Benchmark picks its
// own iteration counts; this program does not, so that
//   valgrind --tool=callgrind build/bin/h12_prop1_draws 60
// counts the same instructions before and after a change (a machine-independent speed measure).
// Prints "draws N holds K failed F" and the per-draw steps, RHS calls, slack calls, slack calls spent
// locating switches, and switches (trade + autarky).
#include <cstdio>
#include <cstdlib>
#include <exception>

#include "h12_draws.hpp"
#include "trade_growth/dynamics.hpp"

namespace tg = clustertrade::trade_growth;

int main(int argc, char** argv) {
  const long draws = argc > 1 ? std::atol(argv[1]) : 60;
  tg::SimulationOptions o;
  o.horizon = 50.0;
  o.step = 1.0;
  o.rtol = o.atol = 1e-8;
  o.max_dt = o.horizon;
  o.record_vectors = false;
  long holds = 0, failed = 0;
  // Per-draw work counters (trade + autarky), printed as averages: where the RHS calls go.
  double steps = 0, rhs_calls = 0, slack_calls = 0, located = 0, switches = 0;
  auto count = [&](const tg::Path& path) {
    steps += static_cast<double>(path.steps);
    rhs_calls += static_cast<double>(path.rhs_calls);
    slack_calls += static_cast<double>(path.slack_calls);
    located += static_cast<double>(path.location_slack_calls);
    switches += static_cast<double>(path.switch_times.size());
  };
  for (long d = 0; d < draws; ++d) {
    const tg::Params p = tg::bench::issue11_draw(static_cast<std::uint64_t>(d) % 1000);
    try {
      const tg::Path trade = tg::simulate(p, tg::Policy::free_trade(p.economy.size()), o);
      const tg::Path autarky = tg::simulate(p, tg::Policy::autarky(p.economy.size()), o);
      count(trade);
      count(autarky);
      bool ok = true;
      for (std::size_t k = 0; k < trade.points.size(); ++k) {
        const auto& t = trade.points[k];
        const auto& a = autarky.points[k];
        ok = ok && t.income_home >= a.income_home * (1 - 1e-9) && t.income_foreign >= a.income_foreign * (1 - 1e-9);
      }
      holds += ok ? 1 : 0;
    } catch (const std::exception&) {
      ++failed;
    }
  }
  std::printf("draws %ld holds %ld failed %ld\n", draws, holds, failed);
  const double per = draws > 0 ? static_cast<double>(draws) : 1.0;
  std::printf("per draw: steps %.1f rhs_calls %.1f slack_calls %.1f located %.1f switches %.2f\n", steps / per,
              rhs_calls / per, slack_calls / per, located / per, switches / per);
  return 0;
}
