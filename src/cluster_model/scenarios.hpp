/// \file scenarios.hpp
/// \brief The inputs of the module's figures (figures.cpp), as named functions so that tests can pin
/// them. RC05 and RC07 print no numbers for these illustrations: each input is our choice, made to
/// satisfy the condition of the paper's text that the figure illustrates (stated per function).
#pragma once

#include <optional>

#include "cluster_model/coordination.hpp"
#include "cluster_model/model.hpp"

namespace clustertrade::cluster_model {

/// The game of rc05-coordination (RC05 §II): modern output \f$An - C\f$ with \f$A = 3\f$, \f$C = 1\f$,
/// so \f$A - C > 1\f$, RC05's condition for two equilibria (no firm / every firm modern) without
/// spillovers to backward firms, and for a coordination failure with them (backward output \f$1 + An\f$).
/// \param spillover_to_backward whether backward firms also benefit from the spillover
/// \return the continuum game (no finite N)
inline SpilloverGame rc05_coordination_game(bool spillover_to_backward) {
  return SpilloverGame{3.0, 1.0, spillover_to_backward, std::nullopt};
}

/// The J = 5 economy of rc05-wage-ladder (RC05 §V): South productivities 1, 0.85, 0.7, 0.55, 0.4 against
/// North's 1 and cluster gains θ = 1.6, 1.8, 2.0, 2.2, 2.4, so that both the Ricardian ordering and the
/// ordering of \f$\lambda_{jS}/(\theta_j\lambda_{jN})\f$ hold; β unset.
/// \return the ladder's parameters
inline Params rc05_wage_ladder() {
  return Params{{1.0, 0.85, 0.7, 0.55, 0.4}, {1.0, 1.0, 1.0, 1.0, 1.0}, {1.6, 1.8, 2.0, 2.2, 2.4}, std::nullopt, {}};
}

}  // namespace clustertrade::cluster_model
