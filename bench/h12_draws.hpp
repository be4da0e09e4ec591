/// \file h12_draws.hpp
/// \brief The random H12 economies of issue 11, shared by the Prop. 1 benchmark and the chatter
/// census: n = 4, non-mirror productivities A, A* uniform in [1, 20], σ uniform in (1.2, 5), a sparse
/// asymmetric learning matrix (each entry non-zero with probability 0.4, then uniform in [0, 0.3]),
/// equal country sizes. Draw k is seeded from k alone, so results do not depend on threads.
#pragma once

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

}  // namespace clustertrade::trade_growth::bench
