/// \file search.hpp
/// \brief An independent, brute-force search for South's equilibria in RC07 §2, used by the claim
/// checks and tests to test the closed forms of model.hpp.
///
/// It never uses the closed-form conditions (CA, P, \f$R<\theta\f$, \f$L_2^*\f$). It prices goods
/// from the North's unit labour requirements, scans sector-2 employment \f$L_2\f$ on a fine grid over
/// \f$[0, L_S]\f$, computes at each point what each sector can pay under zero profit, checks the
/// corners for profitable deviations, brackets and bisects interior zero-profit points and finds
/// flat stretches (continua), and decides stability by perturbing the allocation and looking at
/// where labour would move.
#pragma once

#include <cstddef>
#include <vector>

#include "infant_industry/model.hpp"

namespace clustertrade::infant_industry {

/// Controls of the scan.
struct SearchOptions {
  std::size_t grid = 4096;     ///< grid intervals over \f$[0, L_S]\f$
  double rel_tol = 1e-10;      ///< wage gaps below rel_tol·\f$w_1\f$ count as ties (zero profit)
  double perturbation = 1e-7;  ///< relative size (of \f$L_S\f$) of the stability perturbation
};

/// An equilibrium found by the search.
struct FoundEquilibrium {
  EquilibriumKind kind;      ///< corner or interior
  double labor_sector2;      ///< \f$L_2\f$ (lower end of a flat stretch)
  double labor_sector2_max;  ///< upper end of a flat stretch (= labor_sector2 for a point)
  double wage;               ///< the wage paid by the active sector(s)
  bool stable;               ///< true when perturbed allocations move back (strictly)
};

/// What sector 2 can pay per worker at employment \f$L_2\f$ minus what sector 1 can pay, computed
/// from primitives: North's productivities give the prices (North's sector-2 employment is put at
/// \f$2\bar L\f$, beyond \f$\bar L\f$ as RC07 assumes), South's productivities give the revenue per worker.
/// \param p the economy  \param labor_sector2 \f$L_2 \in [0, L_S]\f$, South labour in good 2
/// \return \f$w_2(L_2) - w_1\f$ in North-labour units (> 0: labour moves into good 2)
double search_wage_gap(const Params& p, double labor_sector2);

/// All equilibria of South by scanning allocations (see the file comment), ordered by \f$L_2\f$.
/// \param p the economy  \param options grid, tie tolerance and stability perturbation
/// \return the equilibria found
std::vector<FoundEquilibrium> search_equilibria(const Params& p, const SearchOptions& options = {});

/// True when one of `found` has this kind.
/// \param found equilibria from search_equilibria  \param kind the kind looked for
/// \return whether some equilibrium has that kind
bool has_kind(const std::vector<FoundEquilibrium>& found, EquilibriumKind kind);

/// The found equilibrium of this kind; throws std::out_of_range when absent.
/// \param found equilibria from search_equilibria  \param kind the kind looked for
/// \return the first equilibrium of that kind
const FoundEquilibrium& find_kind(const std::vector<FoundEquilibrium>& found, EquilibriumKind kind);

/// True when `found` holds more than one equilibrium (a flat stretch counts as many).
/// \param found equilibria from search_equilibria
/// \return whether there are two or more, or a flat stretch
bool multiple(const std::vector<FoundEquilibrium>& found);

}  // namespace clustertrade::infant_industry
