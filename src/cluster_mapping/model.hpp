/// \file model.hpp
/// \brief Porter's cluster mapping (Porter §"Measuring Clusters"; Cluster Mapping Project code,
/// `clustermapping/cmp`, `data/processing/cluster_calcs_mapper.js`): location quotients on the
/// traded or local base, and the locational correlation of employment between industries.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <Eigen/Dense>

namespace clustertrade::cluster_mapping {

/// Which industries are local (non-traded): `local[i]` true for a local industry. Empty: all traded.
using LocalMask = std::vector<bool>;

/// Location quotients on the CMP base (cluster_calcs_mapper.js):
/// \f$LQ_{ri} = \dfrac{e_{ri}/E^{b(i)}_r}{E_i/E^{b(i)}}\f$, where \f$b(i)\f$ is "traded" or
/// "local" as industry i is, \f$E^b_r = \sum_{j\in b} e_{rj}\f$ the region's employment on that
/// base, \f$E_i = \sum_r e_{ri}\f$ the nation's employment in i and \f$E^b = \sum_r E^b_r\f$.
/// Where the region's base is empty (\f$E^b_r = 0\f$) the LQ is 0, as CMP's `safeSet` writes 0
/// for a non-finite quotient; where the nation has no employment in i (\f$E_i = 0\f$) it is
/// undefined and NaN is returned (the command line rejects such a table before).
/// \param employment R × n table \f$e_{ri}\f$ (finite, ≥ 0) \param local the local industries
/// \return R × n matrix of LQs
Eigen::MatrixXd location_quotients(const Eigen::MatrixXd& employment, const LocalMask& local = {});

/// Each region's employment share on its base, \f$s_{ri} = e_{ri}/E^{b(i)}_r\f$ (0 when
/// \f$E^{b(i)}_r = 0\f$): the numerator of the LQ.
/// \param employment R × n table \f$e_{ri}\f$ (finite, ≥ 0) \param local the local industries
/// \return R × n matrix of shares
Eigen::MatrixXd base_shares(const Eigen::MatrixXd& employment, const LocalMask& local = {});

/// What the locational correlation correlates across regions.
enum class Measure {
  employment,  ///< \f$e_{ri}\f$
  share,       ///< \f$e_{ri}/E^{b(i)}_r\f$ (base_shares())
  lq,          ///< \f$LQ_{ri}\f$ (location_quotients())
};

/// `employment`, `share` or `lq`.
/// \param measure the measure \return its name
std::string to_string(Measure measure);
/// Parses `employment|share|lq`; throws InvalidParameter(`measure`, ...) otherwise.
/// \param text the name \return the measure
Measure parse_measure(const std::string& text);

/// The R × n matrix the correlation is taken of, for `measure`.
/// \param employment R × n table \f$e_{ri}\f$ (finite, ≥ 0) \param measure which matrix
/// \param local the local industries \return R × n matrix
Eigen::MatrixXd measure_matrix(const Eigen::MatrixXd& employment, Measure measure, const LocalMask& local = {});

/// What to do with an industry whose measure does not vary across regions (zero variance), where
/// Pearson's correlation is undefined.
enum class ConstantColumns {
  reject,  ///< throw InvalidParameter(`industries[i]`, ...) naming the first such column
  zero,    ///< give it correlation 0 with every other industry (1 with itself)
};

/// Pearson's correlation across regions between every pair of columns of `x` (the CMP's
/// "locational correlation"): \f$\rho_{ij} = \sum_r z_{ri}z_{rj}\f$ with
/// \f$z_{ri} = (x_{ri} - \bar x_i)/\sqrt{\sum_r (x_{ri}-\bar x_i)^2}\f$ — the columns are
/// standardised once and the matrix is one product \f$Z^\top Z\f$ (Eigen; O(R n²)), clamped to
/// [−1, 1] with an exact unit diagonal. Deterministic for any thread count.
/// \param x R × n, R ≥ 3 (else InvalidParameter(`regions`, ...)) \param constant see ConstantColumns
/// \return n × n symmetric correlation matrix
Eigen::MatrixXd locational_correlation(const Eigen::MatrixXd& x, ConstantColumns constant = ConstantColumns::reject);

/// Index of the first column of `x` with zero variance across rows, or `x.cols()` when none.
/// \param x R × n matrix \return that column's index (0-based), or `x.cols()`
Eigen::Index first_constant_column(const Eigen::MatrixXd& x);

}  // namespace clustertrade::cluster_mapping
