#include "core/roots.hpp"

#include <cmath>
#include <stdexcept>

#include <boost/math/tools/roots.hpp>
#include <boost/math/tools/toms748_solve.hpp>

namespace clustertrade {

namespace {

double checked(const std::function<double(double)>& f, double x) {
  const double value = f(x);
  if (!std::isfinite(value)) throw std::domain_error("find_root: function is not finite at x = " + std::to_string(x));
  return value;
}

}  // namespace

Bracket find_root(const std::function<double(double)>& f, double lo, double hi, double x_tol,
                  std::uintmax_t max_evaluations) {
  if (!(lo <= hi)) throw std::domain_error("find_root: bracket [lo, hi] needs lo <= hi");
  const double f_lo = checked(f, lo);
  if (f_lo == 0.0) return {lo, lo, lo, 1};
  const double f_hi = checked(f, hi);
  if (f_hi == 0.0) return {hi, hi, hi, 2};
  if ((f_lo > 0) == (f_hi > 0)) throw std::domain_error("find_root: f(lo) and f(hi) have the same sign");
  auto tolerance = [x_tol](double a, double b) {
    return std::fabs(b - a) <=
           x_tol + 4.0 * std::numeric_limits<double>::epsilon() * std::fmax(std::fabs(a), std::fabs(b));
  };
  std::uintmax_t iterations = max_evaluations;
  const auto [a, b] = boost::math::tools::toms748_solve([&f](double x) { return checked(f, x); }, lo, hi, f_lo, f_hi,
                                                        tolerance, iterations);
  if (iterations >= max_evaluations && !tolerance(a, b))
    throw std::runtime_error("find_root: no convergence within the evaluation budget");
  return {a, b, 0.5 * (a + b), iterations + 2};
}

Bracket find_root_expanding(const std::function<double(double)>& f, double lo, double hi, double factor,
                            int max_growths, double x_tol) {
  if (!(lo > 0.0 && hi > lo && factor > 1.0))
    throw std::domain_error("find_root_expanding: needs 0 < lo < hi, factor > 1");
  double lower = lo;
  double f_lower = checked(f, lower);
  double upper = hi;
  for (int growth = 0; growth <= max_growths; ++growth) {
    const double f_upper = checked(f, upper);
    if (f_lower == 0.0 || f_upper == 0.0 || (f_lower > 0) != (f_upper > 0)) return find_root(f, lower, upper, x_tol);
    lower = upper;
    f_lower = f_upper;
    upper *= factor;
  }
  throw std::domain_error("find_root_expanding: no sign change found");
}

}  // namespace clustertrade
