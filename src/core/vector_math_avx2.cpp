// The four-lane kernel of vmath::powers() (vector_math.hpp). Only this file is compiled with
// -mavx2; vector_math.cpp calls it after checking at run time that the processor has AVX2.
#include <immintrin.h>

#include <cstddef>

// glibc's libmvec, x86-64 vector function ABI, AVX2 variants ("d", 4 lanes): the vector
// counterparts of log and exp (at most 4 ulp).
extern "C" __m256d _ZGVdN4v_log(__m256d);  // NOLINT(bugprone-reserved-identifier)
extern "C" __m256d _ZGVdN4v_exp(__m256d);  // NOLINT(bugprone-reserved-identifier)

namespace clustertrade::vmath {

/// \f$\mathrm{out}_i = \exp(c\log x_i)\f$ four lanes at a time; n a multiple of four.
/// \param x bases \param exponent c \param out results (may alias x) \param n count
void powers_avx2(const double* x, double exponent, double* out, std::size_t n) {
  const __m256d c = _mm256_set1_pd(exponent);
  for (std::size_t i = 0; i < n; i += 4) {
    const __m256d v = _mm256_loadu_pd(x + i);
    _mm256_storeu_pd(out + i, _ZGVdN4v_exp(_mm256_mul_pd(c, _ZGVdN4v_log(v))));
  }
}

}  // namespace clustertrade::vmath
