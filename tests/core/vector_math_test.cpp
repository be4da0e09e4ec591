// vmath::powers (core/vector_math.hpp): exp(c log x) for many x at once, four lanes through glibc's
// libmvec where the processor has AVX2. Checked against std::pow (an independent implementation,
// correctly rounded to < 1 ulp), across lengths that are and are not multiples of four, and for the
// property that makes results independent of how work is split: an element's result does not
// depend on its position or on the length of the array it is in.
#include <cmath>
#include <vector>

#include <gtest/gtest.h>

#include "core/vector_math.hpp"

namespace vm = clustertrade::vmath;

namespace {

std::vector<double> bases(std::size_t n) {
  // Spread over six decades, irregular spacing (no symmetric pattern to hide an index error).
  std::vector<double> x(vm::padded_size(n));
  for (std::size_t i = 0; i < n; ++i)
    x[i] = std::exp(-6.0 + 13.7 * std::fmod(0.618034 * static_cast<double>(i + 1), 1.0));
  return x;
}

// libmvec's log and exp are within 4 ulp each; exp amplifies the absolute error of c·log x by
// |c log x|, so the product's relative error is at most about (4 + 4|c log x|) ulp.
double tolerance(double x, double c) { return (8.0 + 8.0 * std::fabs(c * std::log(x))) * 2.220446049250313e-16; }

}  // namespace

TEST(VectorMath, PowersMatchStdPowForEveryLength) {
  for (double c : {2.3, -1.7, 0.5, 4.0, 1e-3}) {
    for (std::size_t n = 1; n <= 11; ++n) {
      std::vector<double> x = bases(n);
      const std::vector<double> original = x;
      vm::powers(x.data(), n, c);
      for (std::size_t i = 0; i < n; ++i)
        EXPECT_NEAR(x[i] / std::pow(original[i], c), 1.0, tolerance(original[i], c))
            << "n = " << n << ", i = " << i << ", c = " << c;
    }
  }
}

TEST(VectorMath, ExponentZeroGivesOneAndExponentOneGivesTheBase) {
  std::vector<double> x = bases(7), y = x;
  vm::powers(x.data(), 7, 0.0);
  vm::powers(y.data(), 7, 1.0);
  const std::vector<double> original = bases(7);
  for (std::size_t i = 0; i < 7; ++i) {
    EXPECT_EQ(x[i], 1.0);
    EXPECT_NEAR(y[i] / original[i], 1.0, tolerance(original[i], 1.0));
  }
}

TEST(VectorMath, AnElementsResultDoesNotDependOnItsPositionOrTheLength) {
  const double value = 7.3, c = 2.71;
  std::vector<double> alone(vm::padded_size(1), value);
  vm::powers(alone.data(), 1, c);
  for (std::size_t n = 2; n <= 9; ++n) {
    for (std::size_t at = 0; at < n; ++at) {
      std::vector<double> x = bases(n);
      x[at] = value;
      vm::powers(x.data(), n, c);
      EXPECT_EQ(x[at], alone[0]) << "n = " << n << ", position " << at;  // bit for bit
    }
  }
}

TEST(VectorMath, ScalarAndVectorPathsAgree) {
  std::vector<double> v = bases(9), s = v;
  const std::vector<double> original = v;
  vm::powers(v.data(), 9, 3.3);
  vm::allow_vectorised(false);
  EXPECT_FALSE(vm::vectorised());
  vm::powers(s.data(), 9, 3.3);
  vm::allow_vectorised(true);
  for (std::size_t i = 0; i < 9; ++i) {
    EXPECT_EQ(s[i], std::exp(3.3 * std::log(original[i])));  // the scalar path is exactly this
    EXPECT_NEAR(v[i] / s[i], 1.0, tolerance(original[i], 3.3));
  }
}
