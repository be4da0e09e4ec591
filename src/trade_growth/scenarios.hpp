/// \file scenarios.hpp
/// \brief The paper's worked examples: H12 Figs. 2–8's spillover matrices (Tables 1–2 with
/// τ = 0.2, Fig. 5's composition matrix) and initial technologies, as ready-made Params.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "trade_growth/params.hpp"
#include "trade_growth/policy.hpp"

namespace clustertrade::trade_growth {

/// One of H12's four-industry examples.
struct Scenario {
  std::string id;           ///< figure id, e.g. `h12-fig3`
  std::string description;  ///< what the example illustrates
  Params params;            ///< τ, A(0), A*(0); σ as passed to scenario(); L = L* = 1, b = 1
};

/// Table 1 with \f$\tau_W\f$ on the diagonal (H12 §3.1, Fig. 2): within-industry spillovers only.
/// \param tau \f$\tau_W\f$, the within-industry spillover
/// \return the 4×4 matrix
Eigen::MatrixXd within_industry_tau(double tau);

/// Table 2 (H12 §3.2, Figs. 3, 4, 6, 7): industries 1–2 and 3–4 form clusters with cross spillovers.
/// \param tau the cross spillover between the two industries of a cluster (diagonal 0)
/// \return the 4×4 matrix
Eigen::MatrixXd cluster_tau(double tau);

/// Fig. 5's matrix (H12 §3.3): within-industry spillovers 0.5 in industries 1 and 2 only.
/// \return the 4×4 matrix
Eigen::MatrixXd composition_tau();

/// The scenario of figure `figure` (2–8; 8 uses Fig. 5's inputs, H12 §5) with elasticity `sigma`.
/// Throws std::invalid_argument for other numbers.
/// \param figure H12's figure number, 2 to 8  \param sigma the elasticity of substitution
/// \return the figure id, a description and the parameters of that figure's example
Scenario scenario(int figure, double sigma);

/// The two elasticities of H12 Fig. 8 (free migration with Fig. 5's inputs): \f$\sigma = 4/3\f$
/// (\f$\rho = 0.25\f$) and \f$\sigma = 4\f$ (\f$\rho = 0.75\f$), as the figure's panel titles state.
/// \return \f$(4/3, 4)\f$
std::array<double, 2> figure8_sigmas();

/// H12 Fig. 7's gradual liberalisation (§4): industries 1 and 4, where home and foreign have their
/// strongest comparative advantage, open at t = 0; industries 2 and 3 open at `date_2_3`.
/// \param date_2_3 opening date of industries 2 and 3 (+inf: never)
/// \return the four-industry policy with `liberalize_at` = (0, date_2_3, date_2_3, 0)
Policy gradual_liberalisation(double date_2_3);

/// The economy of our h12-fig1 (H12 Fig. 1 is drawn without numbers): Fig. 6's initial technologies
/// with elasticity `sigma`.
/// \param sigma elasticity of substitution
/// \return scenario(6, sigma).params.economy
Economy figure1_economy(double sigma);

}  // namespace clustertrade::trade_growth
