/// \file crosswalk.hpp
/// \brief CPP §5 in RC07's notation, and CPP Table 2 recomputed through the crosswalk.
///
/// | CPP | RC07 / RC05 | meaning |
/// |---|---|---|
/// | region R, region P | North, South | rich (price-setting), poor (small) |
/// | good i, region j: \f$y_{ij}\f$ | sector j, country i: \f$\lambda_{ji}\f$ | raw labour productivity (index order
/// swapped) | | \f$\lambda_i\f$ | \f$\theta_j\f$ | productivity factor of a cluster (CPP eq. 1) | | mode Cl, mode Is |
/// modern with a cluster, backward | modes of production |
#pragma once

#include <string>
#include <vector>

#include "cluster_model/model.hpp"

namespace clustertrade::cluster_model {

/// CPP §5's two-good static model in CPP's notation.
struct CppParams {
  std::vector<double> y_rich;  ///< \f$y_{iR}\f$, i = 1, 2
  std::vector<double> y_poor;  ///< \f$y_{iP}\f$
  std::vector<double> lambda;  ///< \f$\lambda_i > 1\f$: CPP's cluster factor (RC07's θ)
  /// Throws InvalidParameter through the translated Params (field names y_poor, y_rich, lambda).
  void validate() const;
};

/// The crosswalk: \f$\lambda_{jS} = y_{jP}\f$, \f$\lambda_{jN} = y_{jR}\f$, \f$\theta_j = \lambda_j\f$, R clustered
/// everywhere.
/// \param cpp CPP's economy (y_rich, y_poor, lambda)
/// \return the same economy in RC07's parameters
Params to_rc07(const CppParams& cpp);

/// One row of CPP Table 2 (panel with comparative advantage), with CPP's printed entry and our
/// enumeration side by side.
struct Table2Row {
  std::string label;            ///< e.g. "sector 1, Cl"
  std::size_t sector = 0;       ///< 0-based
  bool clustered = false;       ///< Cl (true) or Is
  double printed_gap = 0.0;     ///< the income gap by CPP's formula (\f$y_{1R}/y_{1P}\f$, \f$\lambda_1y_{1R}/y_{1P}\f$,
                                ///< \f$y_{2R}/y_{2P}\f$)
  bool printed_exists = false;  ///< CPP's statement: rows 1–2 always; row 3 iff condition (4)
  double enumerated_gap = 0.0;  ///< 1/w from the enumeration of model.hpp
  bool enumerated_exists = false;  ///< the enumeration's verdict
};

/// CPP Table 2's comparative-advantage panel, recomputed. Row 3 uses CPP's condition (4),
/// \f$(y_{1P}/y_{1R})/(y_{2P}/y_{2R}) < \lambda_1\f$.
/// \param cpp CPP's economy
/// \return the three rows, CPP's order
std::vector<Table2Row> cpp_table2(const CppParams& cpp);

/// CPP assumption 6 as printed: \f$(y_{iR}/y_{iP})\lambda_i\f$ "higher for good 1 than for good 2".
/// \param cpp CPP's economy
/// \return whether \f$(y_{1R}/y_{1P})\lambda_1 > (y_{2R}/y_{2P})\lambda_2\f$
bool cpp_assumption6_as_printed(const CppParams& cpp);

}  // namespace clustertrade::cluster_model
