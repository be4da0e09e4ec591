/// \file random.hpp
/// \brief Reproducible random draws and the parallel draw runner.
///
/// Draw k of a sweep gets its own generator seeded from (seed, k) — one stream per draw index —
/// so the draws, and therefore the results, do not depend on how many threads run them or in
/// which order. The distributions are written here (not std::uniform_real_distribution, whose
/// output is implementation-defined) so a seed means the same numbers on every platform.
#pragma once

#include <cstddef>
#include <cstdint>
#include <exception>
#include <vector>

#include <omp.h>

namespace clustertrade {

/// SplitMix64 (Steele, Lea and Flood 2014): a 64-bit mixing function used to derive seeds.
std::uint64_t splitmix64(std::uint64_t x);

/// A small, fast, portable generator (xoshiro256**, Blackman and Vigna 2018) for one draw.
class DrawRng {
public:
  /// The generator of draw `index` of a sweep with seed `seed`.
  DrawRng(std::uint64_t seed, std::uint64_t index);
  /// The next 64 random bits.
  std::uint64_t next();
  /// Uniform on [0, 1) with 53 random bits.
  double uniform();
  /// Uniform on [lo, hi).
  double uniform(double lo, double hi);
  /// Log-uniform on [lo, hi) (lo > 0): uniform in log, for scale parameters such as σ.
  double log_uniform(double lo, double hi);
  /// Uniform integer in [lo, hi] (inclusive), without modulo bias.
  long uniform_int(long lo, long hi);
  /// True with probability p.
  bool bernoulli(double p);

private:
  std::uint64_t state_[4];
};

/// Number of threads to use: `requested` if > 0, else OpenMP's default.
int resolve_threads(int requested);

/// Runs `draw(k, rng)` for k = 0..count-1 in parallel (OpenMP, dynamic schedule) and returns the
/// results in index order. Result k depends only on (seed, k), never on `threads`.
/// `draw` must be thread-safe (pure apart from its own rng). Exceptions are rethrown (the first
/// by index) after all draws finish.
template <class Result, class DrawFn>
std::vector<Result> run_draws(std::size_t count, std::uint64_t seed, int threads, DrawFn&& draw) {
  std::vector<Result> results(count);
  std::vector<std::exception_ptr> errors(count);
  const long n = static_cast<long>(count);
#pragma omp parallel for schedule(dynamic) num_threads(resolve_threads(threads))
  for (long k = 0; k < n; ++k) {
    try {
      DrawRng rng(seed, static_cast<std::uint64_t>(k));
      results[static_cast<std::size_t>(k)] = draw(static_cast<std::size_t>(k), rng);
    } catch (...) {
      errors[static_cast<std::size_t>(k)] = std::current_exception();
    }
  }
  for (const auto& error : errors)
    if (error) std::rethrow_exception(error);
  return results;
}

}  // namespace clustertrade
