#include "core/vector_math.hpp"

#include <algorithm>
#include <cmath>

namespace clustertrade::vmath {

#if defined(CLUSTERTRADE_LIBMVEC)
// vector_math_avx2.cpp (compiled with -mavx2): four lanes per call, n a multiple of four.
void powers_avx2(const double* x, double exponent, double* out, std::size_t n);
#endif

namespace {

bool detect() noexcept {
#if defined(CLUSTERTRADE_LIBMVEC)
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2") != 0;
#else
  return false;
#endif
}

bool& use_vector() noexcept {
  static bool flag = detect();
  return flag;
}

}  // namespace

bool vectorised() noexcept { return use_vector(); }

void allow_vectorised(bool allowed) noexcept { use_vector() = allowed && detect(); }

void powers(double* values, std::size_t n, double exponent) {
#if defined(CLUSTERTRADE_LIBMVEC)
  if (use_vector()) {
    // Padded with ones to a multiple of four, so that every element goes through the vector path.
    const std::size_t padded = padded_size(n);
    std::fill(values + n, values + padded, 1.0);
    powers_avx2(values, exponent, values, padded);
    return;
  }
#endif
  for (std::size_t i = 0; i < n; ++i) values[i] = std::exp(exponent * std::log(values[i]));
}

}  // namespace clustertrade::vmath
