/// \file roots.hpp
/// \brief Bracketing root finding on Boost.Math's TOMS 748 — never Newton without a bracket.
#pragma once

#include <cstdint>
#include <functional>

namespace clustertrade {

/// A located root: the final bracket [lower, upper] with f(lower)·f(upper) ≤ 0, its midpoint, and
/// the number of function evaluations used.
struct Bracket {
  double lower;                ///< left end of the final bracket
  double upper;                ///< right end of the final bracket
  double root;                 ///< midpoint of the final bracket
  std::uintmax_t evaluations;  ///< function evaluations spent
};

/// Finds a root of `f` in [lo, hi] with TOMS 748 (Alefeld, Potra and Shi 1995) through
/// `boost::math::tools::toms748_solve`. Requires f(lo)·f(hi) ≤ 0 (throws std::domain_error
/// otherwise, or if f returns a non-finite value). Stops when the bracket is narrower than
/// `x_tol` + 4ε·|x| or after `max_evaluations` evaluations (then throws std::runtime_error).
/// \param f the function  \param lo left end  \param hi right end of the bracket
/// \param x_tol absolute tolerance on the root  \param max_evaluations evaluation budget
/// \return the final bracket and its midpoint
Bracket find_root(const std::function<double(double)>& f, double lo, double hi, double x_tol = 0.0,
                  std::uintmax_t max_evaluations = 200);

/// Finds a root of `f` with a bracket grown geometrically from [lo, hi] toward +∞ (hi is
/// multiplied by `factor` until f changes sign; at most `max_growths` times) — for monotone
/// functions on (0, ∞) such as excess-demand curves in the relative wage. Throws
/// std::domain_error when no sign change is found.
/// \param f the function  \param lo left end  \param hi initial right end
/// \param factor growth factor of the right end  \param max_growths most growths tried
/// \param x_tol absolute tolerance on the root
/// \return the final bracket and its midpoint
Bracket find_root_expanding(const std::function<double(double)>& f, double lo, double hi, double factor = 2.0,
                            int max_growths = 200, double x_tol = 0.0);

}  // namespace clustertrade
