/// \file closed_forms.cpp
/// \brief H12's closed forms on the comparative-advantage chain (eqs. (10) and (11)): the order of
/// industries by home's relative productivity, the step function of relative productivity, and the
/// balanced-trade wage as derived (App. A) and as printed. Split from static_equilibrium.cpp, whose
/// solver they check independently.
#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

#include "trade_growth/static_equilibrium.hpp"

namespace clustertrade::trade_growth {

std::vector<std::size_t> comparative_advantage_order(const Economy& economy) {
  std::vector<std::size_t> order(economy.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  auto a = [&](std::size_t i) {
    return economy.home[static_cast<Eigen::Index>(i)] / economy.foreign[static_cast<Eigen::Index>(i)];
  };
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return a(x) > a(y); });
  return order;
}

double relative_productivity_step(const Economy& economy, double z) {
  economy.validate();
  const auto order = comparative_advantage_order(economy);
  const auto n = static_cast<double>(economy.size());
  if (!(z > 0.0 && z <= n)) throw std::invalid_argument("relative_productivity_step: z must lie in (0, n]");
  const auto k = static_cast<std::size_t>(std::ceil(z)) - 1;
  const auto i = static_cast<Eigen::Index>(order[k]);
  return economy.home[i] / economy.foreign[i];
}

namespace {
double eq10(const Economy& economy, double z, bool printed) {
  economy.validate();
  const auto order = comparative_advantage_order(economy);
  const std::size_t n = economy.size();
  if (!(z >= 0.0 && z < static_cast<double>(n)))
    throw std::invalid_argument("balanced_trade_wage: z must lie in [0, n)");
  const double s1 = economy.sigma - 1.0;
  const auto fl = static_cast<std::size_t>(std::floor(z));  // home makes order[0 .. fl-1] in full
  const std::size_t zhat = fl;                              // 0-based index of industry ẑ in the order
  auto term = [&](const Eigen::VectorXd& a, std::size_t k) {
    const auto i = static_cast<Eigen::Index>(order[k]);
    return (printed ? 1.0 : economy.weight(order[k])) * std::pow(a[i], s1);
  };
  double num = 0.0, den = 0.0;
  for (std::size_t k = 0; k < fl; ++k) num += term(economy.home, k);
  num += (z - static_cast<double>(fl)) * term(economy.home, zhat);
  // Ours: foreign makes industries after ẑ in full and the fraction ẑ - z of ẑ (1-based ẑ = fl + 1).
  // Printed: the sum starts at ẑ itself.
  for (std::size_t k = printed ? zhat : zhat + 1; k < n; ++k) den += term(economy.foreign, k);
  den += (static_cast<double>(fl) + 1.0 - z) * term(economy.foreign, zhat);
  return std::pow(economy.labor_foreign / economy.labor_home, 1.0 / economy.sigma) *
         std::pow(num / den, 1.0 / economy.sigma);
}
}  // namespace

double balanced_trade_wage(const Economy& economy, double z) { return eq10(economy, z, false); }
double balanced_trade_wage_printed(const Economy& economy, double z) { return eq10(economy, z, true); }

}  // namespace clustertrade::trade_growth
