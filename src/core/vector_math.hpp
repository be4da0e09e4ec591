/// \file vector_math.hpp
/// \brief Powers \f$x_i^c = e^{c\log x_i}\f$ of many positive numbers at once: the CES weights
/// \f$A_i^{\sigma-1}\f$ of H12's equilibrium (eq. (12)) that dominate the cost of a right-hand side.
///
/// On x86-64 processors with AVX2 the logarithms and exponentials go four at a time through glibc's
/// vector math library libmvec (`_ZGVdN4v_log`, `_ZGVdN4v_exp`: at most 4 ulp, glibc manual
/// "Known Maximum Errors in Math Functions"); elsewhere through the scalar `std::log`/`std::exp`.
/// Every element takes the same path whatever its position or the array's length (the input is
/// padded to a multiple of four), so a result does not depend on how work is split across threads.
#pragma once

#include <cstddef>

namespace clustertrade::vmath {

/// Replaces each of the first n values by \f$\exp(c\,\log x_i)\f$ (x_i > 0), in place. The array
/// must have room for n rounded up to a multiple of four (the call pads it with ones).
/// \param values the bases, replaced by the powers \param n the number of values
/// \param exponent c
void powers(double* values, std::size_t n, double exponent);

/// The capacity powers() needs for n values: n rounded up to a multiple of four.
/// \param n the number of values \return the array length to allocate
constexpr std::size_t padded_size(std::size_t n) { return (n + 3) / 4 * 4; }

/// Whether powers() uses the four-lane libmvec path on this processor.
/// \return true when AVX2 and libmvec are in use
bool vectorised() noexcept;

/// Forces the scalar path (false) or restores the automatic choice (true): for tests comparing the
/// two paths. Not thread-safe; call before any parallel work.
/// \param allowed whether the vector path may be used
void allow_vectorised(bool allowed) noexcept;

}  // namespace clustertrade::vmath
