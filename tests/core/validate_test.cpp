#include <cmath>
#include <limits>
#include <vector>

#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "core/validate.hpp"

namespace ct = clustertrade;

namespace {

// Returns the InvalidParameter message thrown by `f`, or "" when nothing was thrown.
template <class F>
std::string message_of(F&& f) {
  try {
    f();
  } catch (const ct::InvalidParameter& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST(Validate, FiniteRejectsNanAndInfinity) {
  EXPECT_EQ(message_of([] { ct::require_finite("alpha", std::nan("")); }), "alpha: must be a finite number (got nan)");
  EXPECT_EQ(message_of([] { ct::require_finite("alpha", std::numeric_limits<double>::infinity()); }),
            "alpha: must be a finite number (got inf)");
  EXPECT_EQ(message_of([] { ct::require_finite("alpha", 1.5); }), "");
}

TEST(Validate, PositiveRejectsZeroNegativeAndNonFinite) {
  EXPECT_EQ(message_of([] { ct::require_positive("sigma", 0.0); }), "sigma: must be > 0 (got 0)");
  EXPECT_EQ(message_of([] { ct::require_positive("sigma", -2.5); }), "sigma: must be > 0 (got -2.5)");
  EXPECT_NE(message_of([] { ct::require_positive("sigma", -std::numeric_limits<double>::infinity()); }), "");
  EXPECT_EQ(message_of([] { ct::require_positive("sigma", 1e-300); }), "");
}

TEST(Validate, GreaterNamesTheBound) {
  EXPECT_EQ(message_of([] { ct::require_greater("epsilon", 0.1, 0.2, "g"); }), "epsilon: must be > g (got 0.1)");
  EXPECT_EQ(message_of([] { ct::require_greater("epsilon", 0.2, 0.2, "g"); }), "epsilon: must be > g (got 0.2)");
  EXPECT_EQ(message_of([] { ct::require_greater("epsilon", 0.3, 0.2, "g"); }), "");
}

TEST(Validate, IntervalsAreClosedOrOpenAsNamed) {
  EXPECT_EQ(message_of([] { ct::require_in_closed("s", 1.0, 0.0, 1.0); }), "");
  EXPECT_EQ(message_of([] { ct::require_in_closed("s", 1.5, 0.0, 1.0); }), "s: must lie in [0, 1] (got 1.5)");
  EXPECT_EQ(message_of([] { ct::require_in_open("beta", 1.0, 0.0, 1.0); }), "beta: must lie in (0, 1) (got 1)");
  EXPECT_EQ(message_of([] { ct::require_in_open("beta", 0.5, 0.0, 1.0); }), "");
}

TEST(Validate, VectorRulesNameTheOneBasedEntry) {
  const std::vector<double> values{1.0, 2.0, -3.0};
  EXPECT_EQ(message_of([&] { ct::require_all_positive("lambda_south", values); }),
            "lambda_south[3]: must be > 0 (got -3)");
  const std::vector<double> shares{0.0, 1.2};
  EXPECT_EQ(message_of([&] { ct::require_all_in_closed("tau", shares, 0.0, 1.0); }),
            "tau[2]: must lie in [0, 1] (got 1.2)");
}

TEST(Validate, SizeRules) {
  EXPECT_EQ(message_of([] { ct::require_size("theta", 2, 3, "one per sector"); }),
            "theta: must have 3 entries, one per sector (got 2)");
  EXPECT_EQ(message_of([] { ct::require_min_size("theta", 1, 2); }), "theta: must have at least 2 entries (got 1)");
  EXPECT_EQ(message_of([] { ct::require_size("theta", 3, 3, "one per sector"); }), "");
}

TEST(Validate, InvalidParameterKeepsFieldAndRule) {
  const ct::InvalidParameter e("lbar", "must be > 0 (got 0)");
  EXPECT_EQ(e.field(), "lbar");
  EXPECT_EQ(e.rule(), "must be > 0 (got 0)");
  const ct::InvalidInput in("tau.csv:3:2", "expected a number (got 'x')");
  EXPECT_EQ(std::string(in.what()), "tau.csv:3:2: expected a number (got 'x')");
}

TEST(Validate, FormatDoubleIsShortestRoundTrip) {
  EXPECT_EQ(ct::format_double(0.1), "0.1");
  EXPECT_EQ(ct::format_double(1.0 / 3.0), "0.3333333333333333");
  EXPECT_EQ(ct::format_double(-std::numeric_limits<double>::infinity()), "-inf");
}
