/// \file learning_rhs_internal.hpp
/// \brief Helpers shared by learning_rhs.cpp (the general log-space solve) and
/// learning_rhs_closed_form.cpp (the closed forms): market codes and guarded logarithms.
#pragma once

#include <cmath>
#include <limits>

#include <Eigen/Dense>

#include "trade_growth/static_equilibrium.hpp"

namespace clustertrade::trade_growth::detail {

/// log 0: the log-space sum of an empty set of goods.
inline constexpr double kNegInf = -std::numeric_limits<double>::infinity();
/// "Not defined here" (θ without a shared market, ω without trade).
inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
/// Market code: supplied by the producing country's own industry (home-made at home, exported abroad).
inline constexpr signed char kMade = 0;
/// Market code: shared by both countries' producers.
inline constexpr signed char kShared = 1;
/// Market code: supplied by the other country.
inline constexpr signed char kOther = 2;

/// log(a/b) for positive a, b: one logarithm when the quotient is a normal number, else two.
/// \param a numerator (> 0) \param b denominator (> 0) \return log a − log b
inline double log_ratio(double a, double b) {
  const double q = a / b;
  return q >= std::numeric_limits<double>::min() && q <= std::numeric_limits<double>::max() ? std::log(q)
                                                                                            : std::log(a) - std::log(b);
}

/// Set code of a market from its supplier: 0 home-made, 1 shared, 2 foreign-made.
/// \param s the market's supplier \return kMade, kShared or kOther
inline signed char code(Supplier s) { return s == Supplier::home ? kMade : (s == Supplier::shared ? kShared : kOther); }

}  // namespace clustertrade::trade_growth::detail
