#include <cmath>

#include <gtest/gtest.h>

#include "core/roots.hpp"

namespace ct = clustertrade;

// The Dottie number, the unique real root of cos(x) = x: 0.739085133215160641655312...
// (a published constant, OEIS A003957), independent of this code.
TEST(FindRoot, LocatesTheDottieNumber) {
  const auto b = ct::find_root([](double x) { return std::cos(x) - x; }, 0.0, 1.0);
  EXPECT_NEAR(b.root, 0.7390851332151606, 4e-16);
  EXPECT_LE(b.lower, b.upper);
}

// x^3 - 2 = 0 has the root 2^(1/3) = cbrt(2).
TEST(FindRoot, LocatesCubeRootOfTwoWithinTolerance) {
  const auto b = ct::find_root([](double x) { return x * x * x - 2.0; }, 0.0, 2.0, 1e-6);
  EXPECT_NEAR(b.root, std::cbrt(2.0), 1e-6);
}

TEST(FindRoot, RequiresASignChange) {
  EXPECT_THROW(ct::find_root([](double x) { return x * x + 1.0; }, -1.0, 1.0), std::domain_error);
}

TEST(FindRoot, RejectsNonFiniteValues) {
  EXPECT_THROW(ct::find_root([](double x) { return x < 0.5 ? std::nan("") : x; }, 0.0, 1.0), std::domain_error);
}

TEST(FindRoot, ReturnsAnEndpointRootExactly) {
  const auto b = ct::find_root([](double x) { return x - 1.0; }, 1.0, 3.0);
  EXPECT_EQ(b.root, 1.0);
}

// 1/omega - 0.001 is monotone with its root at omega = 1000: the bracket must grow from [0.5, 1].
TEST(FindRootExpanding, GrowsTheBracketUntilTheSignChanges) {
  const auto b = ct::find_root_expanding([](double w) { return 1.0 / w - 0.001; }, 0.5, 1.0);
  EXPECT_NEAR(b.root, 1000.0, 1e-9);
  EXPECT_THROW(ct::find_root_expanding([](double w) { return 1.0 + w; }, 0.5, 1.0, 2.0, 10), std::domain_error);
}
