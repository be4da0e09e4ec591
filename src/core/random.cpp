#include "core/random.hpp"

#include <cmath>
#include <limits>

namespace clustertrade {

std::uint64_t splitmix64(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

DrawRng::DrawRng(std::uint64_t seed, std::uint64_t index) {
  std::uint64_t s = splitmix64(seed) ^ splitmix64(index + 0x632BE59BD9B4E019ULL);
  for (auto& word : state_) {
    s = splitmix64(s);
    word = s;
  }
}

std::uint64_t DrawRng::next() {
  auto rotl = [](std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); };
  const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
  const std::uint64_t t = state_[1] << 17;
  state_[2] ^= state_[0];
  state_[3] ^= state_[1];
  state_[1] ^= state_[2];
  state_[0] ^= state_[3];
  state_[2] ^= t;
  state_[3] = rotl(state_[3], 45);
  return result;
}

double DrawRng::uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

double DrawRng::uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }

double DrawRng::log_uniform(double lo, double hi) { return std::exp(uniform(std::log(lo), std::log(hi))); }

long DrawRng::uniform_int(long lo, long hi) {
  const std::uint64_t span = static_cast<std::uint64_t>(hi - lo) + 1;
  const std::uint64_t limit =
      std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % span;
  std::uint64_t value = next();
  while (value >= limit) value = next();
  return lo + static_cast<long>(value % span);
}

bool DrawRng::bernoulli(double p) { return uniform() < p; }

int resolve_threads(int requested) { return requested > 0 ? requested : omp_get_max_threads(); }

}  // namespace clustertrade
