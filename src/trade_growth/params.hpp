/// \file params.hpp
/// \brief Inputs of the H12 model (Hanlon 2012, §2): two countries, n industries, CES demand,
/// industry productivities and the learning (spillover) matrix, with validation.
#pragma once

#include <cstddef>

#include <Eigen/Dense>

namespace clustertrade::trade_growth {

/// The static economy of H12 §2 at one instant: what a static equilibrium needs.
///
/// Preferences (H12 eqs. (1)–(2), with optional taste weights \f$b_i\f$): for \f$\sigma \neq 1\f$
/// \f$D = \big(\sum_i b_i^{1/\sigma} x_i^{(\sigma-1)/\sigma}\big)^{\sigma/(\sigma-1)}\f$ with price index
/// \f$P = \big(\sum_i b_i p_i^{1-\sigma}\big)^{1/(1-\sigma)}\f$ (H12 has \f$b_i = 1\f$); for \f$\sigma = 1\f$
/// Cobb–Douglas \f$D = \prod_i (x_i/\beta_i)^{\beta_i}\f$, \f$P = \prod_i p_i^{\beta_i}\f$ with
/// \f$\beta_i = b_i/\sum_j b_j\f$. Technology (H12 eq. (5)): \f$x_i = A_i L_i\f$.
struct Economy {
  Eigen::VectorXd home;        ///< home productivities \f$A_i > 0\f$ (H12 eq. (5))
  Eigen::VectorXd foreign;     ///< foreign productivities \f$A^*_i > 0\f$
  double sigma = 2.0;          ///< elasticity of substitution \f$\sigma > 0\f$ (H12 eq. (2)); 1 = Cobb–Douglas
  double labor_home = 1.0;     ///< home labour \f$L > 0\f$
  double labor_foreign = 1.0;  ///< foreign labour \f$L^* > 0\f$
  Eigen::VectorXd weights;     ///< taste weights \f$b_i > 0\f$; empty means all ones (H12)

  /// Number of industries \f$n\f$.
  /// \return n, the length of `home`
  [[nodiscard]] std::size_t size() const noexcept { return static_cast<std::size_t>(home.size()); }
  /// Taste weight \f$b_i\f$ (1 when `weights` is empty).
  /// \param i 0-based industry
  /// \return \f$b_i\f$
  [[nodiscard]] double weight(std::size_t i) const noexcept {
    return weights.size() == 0 ? 1.0 : weights[static_cast<Eigen::Index>(i)];
  }
  /// Throws InvalidParameter (fields `home`, `foreign`, `sigma`, `labor_home`, `labor_foreign`,
  /// `weights`) unless n ≥ 1, both productivity vectors have n finite entries > 0, σ, L, L* are
  /// finite and > 0, and `weights` is empty or has n finite entries > 0.
  void validate() const;
};

/// The dynamic model of H12 §2: an Economy plus the learning matrix \f$\tau\f$.
///
/// Learning (H12 eq. (9)): \f$\dot A_i = \sum_j \tau_{ji} L_j\f$ when industry i is active (employs
/// labour) in that country, else 0. **Rows send, columns receive**: \f$\tau_{ji}\f$ is row j,
/// column i, the learning one unit of labour in industry j gives industry i (H12 Tables 1–2).
struct Params {
  Economy economy;      ///< initial productivities \f$A_i(0), A^*_i(0)\f$, σ, labour, weights
  Eigen::MatrixXd tau;  ///< n × n learning matrix, entries in [0, 1]

  /// Validates `economy`, then throws InvalidParameter(`tau`, ...) unless τ is n × n with finite
  /// entries in [0, 1] (H12 §2.1: "τ_ij ∈ [0, 1]").
  void validate() const;
};

/// Validates a per-industry openness vector \f$g_i \in [0, 1]\f$ of length n (field `openness`).
/// \param openness \f$g_i\f$ per industry  \param n the number of industries
void validate_openness(const Eigen::VectorXd& openness, std::size_t n);

}  // namespace clustertrade::trade_growth
