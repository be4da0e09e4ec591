/// \file coordination.hpp
/// \brief RC05 §II's knowledge-spillover example of a coordination failure.
///
/// Firms choose a backward technology (output 1) or a modern one that needs an investment C in
/// knowledge and yields \f$An\f$, n being the share of firms that use it: net modern output
/// \f$An - C\f$. In the second variant the spillover reaches backward firms too: backward output
/// \f$1 + An\f$. With a continuum of firms a single firm does not move n; with N firms its own choice
/// moves n by 1/N, which changes the answer when A/N is large.
#pragma once

#include <optional>
#include <vector>

namespace clustertrade::cluster_model {

/// The §II game.
struct SpilloverGame {
  double A = 3.0;                      ///< productivity of the modern technology at n = 1 (gross)
  double C = 1.0;                      ///< cost of the knowledge investment
  bool spillover_to_backward = false;  ///< false: backward output 1; true: \f$1 + An\f$
  std::optional<int> firms;            ///< none: a continuum of firms; else N ≥ 1 firms

  /// Throws InvalidParameter unless A is finite and > 0, C finite and ≥ 0, firms ≥ 1 when given.
  void validate() const;
};

/// Net output of a firm using the modern technology when the share using it is n: \f$An - C\f$.
/// \param game the game (A, C)  \param n modern share, in [0, 1]
/// \return \f$An - C\f$
double modern_payoff(const SpilloverGame& game, double n);

/// Output of a backward firm when the modern share is n: 1, or \f$1 + An\f$ with spillovers.
/// \param game the game (A, spillover_to_backward)  \param n modern share, in [0, 1]
/// \return 1 or \f$1 + An\f$
double backward_payoff(const SpilloverGame& game, double n);

/// Average net output per firm: \f$n(An - C) + (1-n)\,\text{backward}(n)\f$.
/// \param game the game  \param n modern share, in [0, 1]
/// \return average net output per firm
double average_output(const SpilloverGame& game, double n);

/// One equilibrium share of modern firms.
struct CoordinationEquilibrium {
  double n = 0.0;       ///< share of firms using the modern technology
  bool stable = true;   ///< a small perturbation of n is undone by best responses (continuum)
  double output = 0.0;  ///< average net output per firm there
};

/// The equilibria in n, in increasing order. Continuum: n = 0 if \f$-C \le\f$ backward(0); n = 1 if
/// \f$A - C \ge\f$ backward(1); an interior n where the payoffs are equal (located with a bracketing
/// root finder; unstable). N firms: every k = 0..N with no profitable unilateral switch, the
/// switcher's own choice moving n by 1/N.
/// \param game the game (continuum when firms is empty, else N firms)
/// \return the equilibria with stability and average output
std::vector<CoordinationEquilibrium> coordination_equilibria(const SpilloverGame& game);

/// The share in [0, 1] that maximises average output (n = 0 or 1: average output is linear or
/// convex in n), ties to n = 0.
/// \param game the game
/// \return 0 or 1
double efficient_share(const SpilloverGame& game);

}  // namespace clustertrade::cluster_model
