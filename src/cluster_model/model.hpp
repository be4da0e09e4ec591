/// \file model.hpp
/// \brief The alternative cluster model of RC07 §3 (two sectors) and RC05 §V (J sectors): every
/// sector can use a backward technology (productivity \f$\lambda_{ji}\f$) or a modern one whose
/// productivity \f$\lambda_{ji}(\beta + \alpha\min(\bar L_j, L_{jiM}))\f$ rises with modern employment
/// in the sector, capped at \f$\theta_j\lambda_{ji}\f$ with \f$\theta_j = \beta + \alpha\bar L_j > 1 > \beta\f$.
///
/// The South is small: it takes the North's prices. Its candidate equilibria are complete
/// specialisations in one sector, with or without a cluster; each is checked against every
/// unilateral deviation (enumeration), and condition (*) is the closed form of that check.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace clustertrade::cluster_model {

/// Relative tolerance for break-even comparisons: a deviation is profitable when its revenue per
/// worker exceeds the wage by more than this fraction; within it, the deviation breaks even and the
/// equilibrium is called weak. Chosen a few thousand ulps wide so that algebraically equal
/// quantities computed along different paths (e.g. \f$\theta_j\f$ cancelling) compare as equal.
inline constexpr double tie_tolerance = 1e-12;

/// How a good is produced in a country.
enum class Technology {
  backward,  ///< productivity \f$\lambda_{ji}\f$, no externality
  modern,    ///< productivity \f$\lambda_{ji}(\beta + \alpha\min(\bar L_j, L_{jiM}))\f$
};

/// "backward" or "modern".
/// \param technology the technology to name
/// \return its name as used on the command line and in JSON
std::string to_string(Technology technology);

/// Parameters of the J-sector model (RC07 §3 is J = 2). Sector indices are 0-based in code and
/// 1-based in the papers and on the command line. Read-only once validated.
struct Params {
  std::vector<double> lambda_south;  ///< \f$\lambda_{jS}\f$: South's raw productivity in sector j
  std::vector<double> lambda_north;  ///< \f$\lambda_{jN}\f$: North's raw productivity in sector j
  std::vector<double> theta;         ///< \f$\theta_j > 1\f$: productivity factor of a full cluster
  /// \f$\beta\in(0,1)\f$: modern productivity factor with no cluster (RC07 §3). When absent (RC05 §V,
  /// where \f$\theta_j\f$ is given directly), a lone modern producer is assumed no better than a
  /// backward one, so that deviation is never the binding one and is not checked.
  std::optional<double> beta;
  /// North's cluster configuration: empty means clusters in every sector (the papers' case);
  /// otherwise one entry per sector, each exactly 0 (no cluster) or 1 (cluster).
  std::vector<double> north_clusters;

  /// Throws InvalidParameter unless: J = size(lambda_south) ≥ 2; lambda_north, theta (and
  /// north_clusters when not empty) have J entries; every λ is finite and > 0; every θ is finite
  /// and > 1; β, when given, lies in (0, 1); north_clusters entries are 0 or 1.
  void validate() const;
  /// J, the number of sectors.
  /// \return J = size of lambda_south
  [[nodiscard]] std::size_t sectors() const noexcept { return lambda_south.size(); }
  /// True when the North has a cluster in sector j.
  /// \param j 0-based sector
  /// \return true when north_clusters is empty or north_clusters[j] is 1
  [[nodiscard]] bool north_clustered(std::size_t j) const;
};

/// Builds Params with \f$\theta_j = \beta + \alpha\bar L_j\f$ (RC07 §3). Throws InvalidParameter
/// unless β ∈ (0, 1), α > 0, every \f$\bar L_j\f$ > 0 (J entries) and every resulting θ_j > 1
/// (reported as `lbar[j]`: "must make beta + alpha*lbar > 1"); then validates the rest.
/// \param lambda_south \f$\lambda_{jS}\f$ for each sector (> 0)
/// \param lambda_north \f$\lambda_{jN}\f$ for each sector (> 0)
/// \param beta \f$\beta\in(0,1)\f$, modern productivity factor with no cluster
/// \param alpha \f$\alpha > 0\f$, productivity gain per worker in a cluster
/// \param lbar \f$\bar L_j > 0\f$, the labour a full cluster in j needs
/// \return validated parameters, North clustered everywhere
Params from_technology(std::vector<double> lambda_south, std::vector<double> lambda_north, double beta, double alpha,
                       const std::vector<double>& lbar);

/// North's price of good j in North-labour units (RC07 §3: \f$p_j^* = 1/(\theta_j\lambda_{jN})\f$
/// with a cluster, \f$1/\lambda_{jN}\f$ without; RC05 §V; CPP §5 assumption 7).
/// \param params the economy  \param j 0-based sector
/// \return \f$p_j^*\f$ in North-labour units
double north_price(const Params& params, std::size_t j);

/// South's labour productivity in sector j when the whole labour force is there:
/// \f$\theta_j\lambda_{jS}\f$ with a cluster (South's labour force assumed ≥ \f$\bar L_j\f$, RC07 fn. 7),
/// \f$\lambda_{jS}\f$ without.
/// \param params the economy  \param j 0-based sector
/// \param clustered whether the South has a full cluster in j
/// \return output per South worker in sector j
double south_productivity(const Params& params, std::size_t j, bool clustered);

/// The South wage (North-labour units) when it specialises in j: price times productivity,
/// \f$w = p_j^*\,\theta_j\lambda_{jS}\f$ with a cluster, \f$p_j^*\lambda_{jS}\f$ without (RC07 §3,
/// the equation before (*)).
/// \param params the economy  \param j 0-based sector of specialisation
/// \param clustered whether the South has a full cluster in j
/// \return the South wage w in North-labour units
double specialisation_wage(const Params& params, std::size_t j, bool clustered);

/// One unilateral deviation from a specialisation: a single (atomless) producer moves to
/// `sector` with `technology`.
struct Deviation {
  std::size_t sector = 0;                        ///< 0-based sector of the deviation
  Technology technology = Technology::backward;  ///< technology the deviator uses
  /// Revenue per worker of the deviator divided by the wage, \f$p_k^*a_k/w\f$; > 1 means profitable.
  double ratio = 0.0;
};

/// A candidate equilibrium of the South: complete specialisation in `sector`, with or without a
/// cluster, and what the enumeration found.
struct Specialisation {
  std::size_t sector = 0;    ///< 0-based sector of specialisation
  bool clustered = false;    ///< true: modern technology with a full cluster
  double wage = 0.0;         ///< South wage in North-labour units
  double income_gap = 0.0;   ///< North/South income per worker, 1/w
  bool equilibrium = false;  ///< no deviation is profitable (ratio ≤ 1 + tie_tolerance)
  bool weak = false;         ///< an equilibrium where some deviation exactly breaks even
  Deviation best_deviation;  ///< the most attractive deviation (largest ratio)
};

/// Evaluates specialisation in sector j (with or without a cluster) against every unilateral
/// deviation: the backward technology in any other sector k (\f$p_k^*\lambda_{kS}/w\f$), the modern
/// technology without a cluster in k (\f$\beta p_k^*\lambda_{kS}/w\f$, when β is given) and the other
/// technology in j itself (RC07 §3; RC05 §V's two conditions).
/// \param params the economy  \param j 0-based sector of specialisation
/// \param clustered whether the South specialises with a full cluster
/// \return the candidate with its wage, best deviation and equilibrium status
Specialisation evaluate_specialisation(const Params& params, std::size_t j, bool clustered);

/// All 2J candidates (sector-major, clustered first), equilibria or not.
/// \param params the economy
/// \return the 2J evaluated candidates
std::vector<Specialisation> enumerate_specialisations(const Params& params);

/// The South's equilibria, highest wage first; wages equal within tie_tolerance are ordered
/// clustered before not, then by sector — a deterministic order for ties.
/// \param params the economy
/// \return the candidates that are equilibria, in that order
std::vector<Specialisation> south_equilibria(const Params& params);

/// Condition (*) of RC07 §3 and RC05 §V as the papers print it, for specialisation with a cluster in
/// sector k (0-based): \f$(\lambda_{1S}/\lambda_{1N})/(\lambda_{kS}/\lambda_{kN}) < \theta_1\f$, sector 1 being
/// the first sector. Assumes North clustered everywhere. For k = 0 it is trivially true.
/// \param params the economy  \param k 0-based sector of the cluster
/// \return whether condition (*) holds as printed
bool condition_star(const Params& params, std::size_t k);

/// The closed form of the enumeration for a cluster in k with North clustered everywhere: no
/// sector m ≠ k tempts a backward deviator, \f$(\lambda_{mS}/\lambda_{mN})/(\lambda_{kS}/\lambda_{kN}) \le \theta_m\f$
/// for all m (weak inequality: a break-even deviation does not destroy the equilibrium). Equal to
/// condition_star() when the ordering assumption holds.
/// \param params the economy  \param k 0-based sector of the cluster
/// \return whether the inequality holds for every m ≠ k
bool condition_star_all_sectors(const Params& params, std::size_t k);

/// RC07 §3's Ricardian ordering: \f$\lambda_{jS}/\lambda_{jN}\f$ non-increasing in j (South's natural
/// comparative advantage in low-indexed goods; RC05 §V).
/// \param params the economy
/// \return whether \f$\lambda_{jS}/\lambda_{jN}\f$ is non-increasing in j
bool ricardian_ordering_holds(const Params& params);

/// RC07 §3's ordering assumption (RC05 §V): \f$(\lambda_{jN}/\lambda_{jS})\theta_j\f$ non-decreasing in j,
/// i.e. \f$\lambda_{jS}/(\theta_j\lambda_{jN})\f$ non-increasing.
/// \param params the economy
/// \return whether \f$(\lambda_{jN}/\lambda_{jS})\theta_j\f$ is non-decreasing in j
bool ordering_assumption_holds(const Params& params);

/// The sector in which specialisation without a cluster is an equilibrium when the North is
/// clustered everywhere, by closed form: the (first) maximiser of \f$\lambda_{jS}/(\theta_j\lambda_{jN})\f$.
/// Sector 1 (index 0) exactly when the ordering assumption holds (up to ties).
/// \param params the economy
/// \return the 0-based maximiser (the first one on ties)
std::size_t no_cluster_sector(const Params& params);

}  // namespace clustertrade::cluster_model
