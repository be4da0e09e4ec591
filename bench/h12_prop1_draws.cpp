// A fixed amount of the Prop. 1 sweep's work for instruction counting (issue 11): draws 0..N−1 of
// bench/h12_draws.hpp, each simulated under free trade and autarky with the options of
// BM_H12Prop1Draw (h12_engine_bench.cpp), then H12 Prop. 1's comparison. Google Benchmark picks its
// own iteration counts; this program does not, so that
//   valgrind --tool=callgrind build/bin/h12_prop1_draws 60
// counts the same instructions before and after a change (a machine-independent speed measure).
// Prints "draws N holds K failed F".
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
  for (long d = 0; d < draws; ++d) {
    const tg::Params p = tg::bench::issue11_draw(static_cast<std::uint64_t>(d) % 1000);
    try {
      const tg::Path trade = tg::simulate(p, tg::Policy::free_trade(p.economy.size()), o);
      const tg::Path autarky = tg::simulate(p, tg::Policy::autarky(p.economy.size()), o);
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
  return 0;
}
