/// \file h12_draws.hpp
/// \brief The random H12 economies of issue 11, shared by the benchmarks, the path census and the
/// convergence tests. The Prop. 1 family: n = 4, non-mirror productivities A, A* uniform in [1, 20], σ uniform in (1.2,
/// 5), a sparse asymmetric learning matrix (each entry non-zero with probability 0.4, then uniform in [0, 0.3]), equal
/// country sizes. Draw k is seeded from k alone, so results do not depend on threads.
#pragma once

#include <cmath>
#include <cstdint>
#include <random>

#include "trade_growth/params.hpp"

namespace clustertrade::trade_growth::bench {

/// Random economy number `k` of the issue-11 family (see the file comment).
inline Params issue11_draw(std::uint64_t k, int n = 4) {
  std::mt19937_64 rng(0x9E3779B97F4A7C15ULL ^ (k * 0xBF58476D1CE4E5B9ULL + 1));
  std::uniform_real_distribution<double> tech(1.0, 20.0), sig(1.2, 5.0), entry(0.0, 0.3), coin(0.0, 1.0);
  Params p;
  p.economy.home.resize(n);
  p.economy.foreign.resize(n);
  for (int i = 0; i < n; ++i) p.economy.home[i] = tech(rng), p.economy.foreign[i] = tech(rng);
  p.economy.sigma = sig(rng);
  p.tau = Eigen::MatrixXd::Zero(n, n);
  for (int j = 0; j < n; ++j)
    for (int i = 0; i < n; ++i)
      if (coin(rng) < 0.4) p.tau(j, i) = entry(rng);
  return p;
}

/// Random economy number `k` of the broader census family (bench/h12_path_census.cpp): n = 2..8
/// industries, A and A* log-uniform on [1, e^3], σ in (0.3, 0.95) for a quarter of the draws and
/// (1.05, 8.05) otherwise, L and L* log-uniform on [e^-1.1, e^1.1], a sparse asymmetric τ (density
/// 0.2..0.8, entries up to 0.05..0.5). Seeded from k alone.
inline Params census_draw(std::uint64_t k) {
  std::mt19937_64 rng(1234567 + 7919ULL * k);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  const int n = 2 + static_cast<int>(u(rng) * 7);
  Params p;
  p.economy.home.resize(n);
  p.economy.foreign.resize(n);
  for (int i = 0; i < n; ++i) p.economy.home[i] = std::exp(u(rng) * 3.0), p.economy.foreign[i] = std::exp(u(rng) * 3.0);
  p.economy.sigma = u(rng) < 0.25 ? 0.3 + 0.65 * u(rng) : 1.05 + 7.0 * u(rng);
  p.economy.labor_home = std::exp((u(rng) - 0.5) * 2.2);
  p.economy.labor_foreign = std::exp((u(rng) - 0.5) * 2.2);
  const double density = 0.2 + 0.6 * u(rng), top = 0.05 + 0.45 * u(rng);
  p.tau = Eigen::MatrixXd::Zero(n, n);
  for (int j = 0; j < n; ++j)
    for (int i = 0; i < n; ++i)
      if (u(rng) < density) p.tau(j, i) = top * u(rng);
  return p;
}

}  // namespace clustertrade::trade_growth::bench
