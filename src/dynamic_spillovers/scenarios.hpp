/// \file scenarios.hpp
/// \brief The inputs of the module's figures (figures.cpp), as named constants so that tests can pin
/// them. RC07 §4 and CPP §5 print no numbers: g and ε are our choices, made to satisfy RC07 §4's
/// assumption ε > g, which makes the steady gap \f$\hat a = 1 - g/\varepsilon\f$ lie in (0, 1).
#pragma once

namespace clustertrade::dynamic_spillovers {

/// Learning-by-doing growth with a full cluster in the illustrations: 2 % a year (CPP's x as well).
inline constexpr double illustration_g = 0.02;
/// Spillover strength ε in the illustrations: 5 % (so \f$\hat a = 1 - 0.02/0.05 = 0.6\f$).
inline constexpr double illustration_epsilon = 0.05;
/// Static cluster gain θ₁ of rc07-dynamic-map (identical countries).
inline constexpr double illustration_theta = 1.5;
/// Date at which South acquires a cluster in rc07-catchup.
inline constexpr double illustration_cluster_date = 150.0;

}  // namespace clustertrade::dynamic_spillovers
