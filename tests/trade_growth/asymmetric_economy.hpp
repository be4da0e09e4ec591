// A four-industry H12 economy that is asymmetric on purpose, shared by the closed-form tests:
// unequal labour forces (L = 1.4, L* = 0.8), non-unit taste weights, a sparse asymmetric τ (so a
// transposed τ or a swapped country shows), productivities that make home lead in goods 0 and 2
// and foreign in 1 and 3.
#pragma once

#include "trade_growth/params.hpp"

namespace clustertrade::trade_growth::testing {

/// The economy described above with elasticity `sigma` (3.3 unless given).
inline Params asymmetric_economy(double sigma = 3.3) {
  Params p;
  p.economy.home = Eigen::Vector4d(9.0, 2.0, 6.5, 1.5);
  p.economy.foreign = Eigen::Vector4d(3.0, 7.0, 4.0, 5.5);
  p.economy.sigma = sigma;
  p.economy.labor_home = 1.4;
  p.economy.labor_foreign = 0.8;
  p.economy.weights = Eigen::Vector4d(1.0, 0.7, 1.3, 0.9);
  p.tau = Eigen::Matrix4d::Zero();
  p.tau(0, 0) = 0.2, p.tau(1, 0) = 0.05, p.tau(1, 1) = 0.15, p.tau(2, 3) = 0.1, p.tau(3, 2) = 0.25, p.tau(3, 3) = 0.12;
  return p;
}

}  // namespace clustertrade::trade_growth::testing
