/// \file policy.hpp
/// \brief Trade policy over time: per-industry liberalisation dates (H12 §4: immediate, delayed
/// and gradual liberalisation) or free labour mobility (H12 §5).
#pragma once

#include <cstddef>
#include <vector>

#include <Eigen/Dense>

namespace clustertrade::trade_growth {

/// When each industry opens to trade, and whether labour moves freely between the countries.
///
/// Industry i is traded with iceberg openness \f$g_i(t) = g^{\text{open}}\f$ from its date
/// \f$t_i\f$ on (a date counts as reached when \f$t \ge t_i\f$; \f$t_i = +\infty\f$: never) and not
/// traded (\f$g_i = 0\f$) before. With `mobility`, trade is free from the start and workers move
/// until wages are equal (H12 §5); the dates are then ignored.
struct Policy {
  Eigen::VectorXd liberalize_at;    ///< \f$t_i\f$ per industry; ≤ 0 open from the start, +inf never
  double openness_when_open = 1.0;  ///< \f$g^{\text{open}} \in (0, 1]\f$ once open (1: free trade)
  bool mobility = false;            ///< free labour mobility (H12 §5) instead of fixed populations

  /// Every industry closed for ever (H12's autarky benchmark).
  /// \param n number of industries  \return the policy
  static Policy autarky(std::size_t n);
  /// Every industry open from t = 0 (H12's immediate liberalisation).
  /// \param n number of industries  \return the policy
  static Policy free_trade(std::size_t n);
  /// Every industry opens at \f$t_0\f$ (H12 §4, Fig. 6's delayed liberalisation).
  /// \param n number of industries  \param t0 the opening date \f$t_0\f$ (model time)
  /// \return the policy
  static Policy liberalize_all_at(std::size_t n, double t0);
  /// Free trade with free labour mobility (H12 §5, Fig. 8).
  /// \param n number of industries  \return the policy
  static Policy migration(std::size_t n);

  /// The openness vector \f$g(t)\f$ (all ones under mobility).
  /// \param t model time
  /// \return \f$g_i(t)\f$: openness_when_open where \f$t \ge t_i\f$, else 0 (all ones under mobility)
  [[nodiscard]] Eigen::VectorXd openness_at(double t) const;
  /// The finite positive dates at which the openness changes (the dynamics' scheduled switches).
  /// \return the dates, increasing, without repeats
  [[nodiscard]] std::vector<double> dates() const;
  /// Throws InvalidParameter unless `liberalize_at` has n entries, none NaN (field `liberalize_at`),
  /// and `openness_when_open` lies in (0, 1] (field `openness`).
  /// \param n the number of industries of the economy
  void validate(std::size_t n) const;
};

}  // namespace clustertrade::trade_growth
