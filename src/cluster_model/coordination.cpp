#include "cluster_model/coordination.hpp"

#include <cmath>

#include "core/errors.hpp"
#include "core/roots.hpp"
#include "core/validate.hpp"

namespace clustertrade::cluster_model {

void SpilloverGame::validate() const {
  require_positive("A", A);
  require_in_closed("C", C, 0.0, HUGE_VAL);
  if (firms && *firms < 1) throw InvalidParameter("firms", "must be >= 1 (got " + std::to_string(*firms) + ")");
}

double modern_payoff(const SpilloverGame& game, double n) { return game.A * n - game.C; }

double backward_payoff(const SpilloverGame& game, double n) {
  return game.spillover_to_backward ? 1.0 + game.A * n : 1.0;
}

double average_output(const SpilloverGame& game, double n) {
  return n * modern_payoff(game, n) + (1.0 - n) * backward_payoff(game, n);
}

std::vector<CoordinationEquilibrium> coordination_equilibria(const SpilloverGame& game) {
  game.validate();
  std::vector<CoordinationEquilibrium> eq;
  auto gain = [&](double n) { return modern_payoff(game, n) - backward_payoff(game, n); };
  if (!game.firms) {
    // n = 0: a lone switcher does not move n. n = 1: the same. Interior: indifference.
    if (gain(0.0) <= 0.0) eq.push_back({0.0, gain(0.0) < 0.0, average_output(game, 0.0)});
    if (gain(0.0) < 0.0 && gain(1.0) > 0.0) {
      const Bracket b = find_root(gain, 0.0, 1.0, 1e-15);
      eq.push_back({b.root, false, average_output(game, b.root)});
    }
    if (gain(1.0) >= 0.0) eq.push_back({1.0, gain(1.0) > 0.0, average_output(game, 1.0)});
    return eq;
  }
  // 64-bit counter: `k <= N` with an int k would overflow (undefined) when N = INT_MAX.
  const long long N = *game.firms;
  for (long long k = 0; k <= N; ++k) {
    const double n = static_cast<double>(k) / static_cast<double>(N);
    bool ok = true;
    // A modern firm switching to backward lowers n to (k-1)/N; a backward firm switching raises it.
    if (k > 0 &&
        backward_payoff(game, (static_cast<double>(k) - 1.0) / static_cast<double>(N)) > modern_payoff(game, n))
      ok = false;
    if (k < N &&
        modern_payoff(game, (static_cast<double>(k) + 1.0) / static_cast<double>(N)) > backward_payoff(game, n))
      ok = false;
    if (ok) eq.push_back({n, true, average_output(game, n)});
  }
  return eq;
}

double efficient_share(const SpilloverGame& game) {
  game.validate();
  return average_output(game, 1.0) > average_output(game, 0.0) ? 1.0 : 0.0;
}

}  // namespace clustertrade::cluster_model
