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
/// \param x the 64-bit state to mix
/// \return the mixed 64-bit value
std::uint64_t splitmix64(std::uint64_t x);

/// A small, fast, portable generator (xoshiro256**, Blackman and Vigna 2018) for one draw.
class DrawRng {
 public:
  /// The generator of draw `index` of a sweep with seed `seed`.
  /// \param seed the sweep's seed (in run_search: ClaimRun::seed ^ Search::salt)
  /// \param index the draw index k
  DrawRng(std::uint64_t seed, std::uint64_t index);
  /// The next 64 random bits.
  /// \return 64 uniformly distributed bits
  std::uint64_t next();
  /// Uniform on [0, 1) with 53 random bits.
  /// \return a number in [0, 1) on the 2^-53 grid
  double uniform();
  /// Uniform on [lo, hi).
  /// \param lo lower end (included)
  /// \param hi upper end (excluded), hi ≥ lo
  /// \return lo + (hi - lo)·uniform()
  double uniform(double lo, double hi);
  /// Log-uniform on [lo, hi) (lo > 0): uniform in log, for scale parameters such as σ.
  /// \param lo lower end (> 0, included)
  /// \param hi upper end (excluded), hi ≥ lo
  /// \return exp of a uniform number on [ln lo, ln hi)
  double log_uniform(double lo, double hi);
  /// Uniform integer in [lo, hi] (inclusive), without modulo bias.
  /// \param lo smallest value
  /// \param hi largest value (≥ lo)
  /// \return an integer in [lo, hi], each with equal probability
  long uniform_int(long lo, long hi);
  /// True with probability p.
  /// \param p probability of true, in [0, 1]
  /// \return true with probability p
  bool bernoulli(double p);

 private:
  std::uint64_t state_[4];
};

/// Number of threads to use: `requested` if > 0, else OpenMP's default.
/// \param requested threads asked for (≤ 0: use OpenMP's default)
/// \return the number of threads, ≥ 1
int resolve_threads(int requested);

/// Runs `draw(k, rng)` for k = 0..count-1 in parallel (OpenMP, dynamic schedule) and returns the
/// results in index order. Result k depends only on (seed, k), never on `threads`.
/// `draw` must be thread-safe (pure apart from its own rng). Exceptions are rethrown (the first
/// by index) after all draws finish.
/// \tparam Result what one draw returns (default-constructible)
/// \tparam DrawFn callable (std::size_t k, DrawRng& rng) → Result
/// \param count number of draws
/// \param seed base seed; draw k uses DrawRng(seed, k)
/// \param threads threads to use (≤ 0: OpenMP default); never changes the result
/// \param draw computes draw k from its generator
/// \return the count results, result k at index k
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
