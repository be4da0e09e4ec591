// A census of H12 continuous-time paths (issue 11): how many random economies the engine integrates
// to the horizon without an error, by trade policy. Economies: census_draw() of h12_draws.hpp, broader
// than the Prop. 1 family (n = 2..8, σ from 0.3 to 8, unequal sizes). Policies: autarky; free trade from 0;
// openness 0.8 on every good from t = 7.5 (iceberg costs: library only, not the CLI); free trade
// from t = 3. Horizon 30, rtol = atol = 1e-8. Draw k is seeded from k alone.
// Usage: h12_path_census [DRAWS]  -> per policy, the paths that stopped and why.
#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>
#include <string>

#include "h12_draws.hpp"
#include "trade_growth/dynamics.hpp"

namespace tg = clustertrade::trade_growth;

namespace {

tg::Policy census_policy(int which, std::size_t n) {
  if (which == 0) return tg::Policy::autarky(n);
  if (which == 1) return tg::Policy::free_trade(n);
  tg::Policy p = tg::Policy::liberalize_all_at(n, which == 2 ? 7.5 : 3.0);
  if (which == 2) p.openness_when_open = 0.8;
  return p;
}

}  // namespace

int main(int argc, char** argv) {
  const long draws = argc > 1 ? std::atol(argv[1]) : 1000;
  const char* names[4] = {"autarky", "free trade from 0", "openness 0.8 from 7.5", "free trade from 3"};
  std::map<std::string, long> stopped[4];
  long paths[4] = {0, 0, 0, 0}, switches = 0;
  tg::SimulationOptions o;
  o.horizon = 30.0;
  o.step = 30.0;
  o.rtol = o.atol = 1e-8;
  for (long k = 0; k < draws; ++k) {
    const tg::Params p = tg::bench::census_draw(static_cast<std::uint64_t>(k));
    for (int which = 0; which < 4; ++which) {
      ++paths[which];
      try {
        switches += static_cast<long>(tg::simulate(p, census_policy(which, p.economy.size()), o).switch_times.size());
      } catch (const std::exception& e) {
        ++stopped[which][e.what()];
      }
    }
  }
  std::printf("draws %ld, located switches %ld\n", draws, switches);
  for (int which = 0; which < 4; ++which) {
    long total = 0;
    for (const auto& [why, count] : stopped[which]) total += count;
    std::printf("%-22s %ld of %ld paths stopped\n", names[which], total, paths[which]);
    for (const auto& [why, count] : stopped[which]) std::printf("    %ld  %s\n", count, why.c_str());
  }
}
