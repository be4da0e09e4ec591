/// \file model.cpp
/// \brief Location quotients on the CMP's traded/local base and the locational correlation.
#include "cluster_mapping/model.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "core/errors.hpp"

namespace clustertrade::cluster_mapping {

namespace {

bool is_local(const LocalMask& local, Eigen::Index i) { return !local.empty() && local[static_cast<std::size_t>(i)]; }

void check_mask(const Eigen::MatrixXd& employment, const LocalMask& local) {
  if (!local.empty() && local.size() != static_cast<std::size_t>(employment.cols()))
    throw InvalidParameter(
        "local", fmt::format("must have one entry per industry ({}), got {}", employment.cols(), local.size()));
}

// Region totals on the traded base (column 0) and on the local base (column 1).
Eigen::MatrixXd base_totals(const Eigen::MatrixXd& employment, const LocalMask& local) {
  Eigen::MatrixXd totals = Eigen::MatrixXd::Zero(employment.rows(), 2);
  for (Eigen::Index i = 0; i < employment.cols(); ++i) totals.col(is_local(local, i) ? 1 : 0) += employment.col(i);
  return totals;
}

}  // namespace

Eigen::MatrixXd base_shares(const Eigen::MatrixXd& employment, const LocalMask& local) {
  check_mask(employment, local);
  const Eigen::MatrixXd totals = base_totals(employment, local);
  Eigen::MatrixXd shares(employment.rows(), employment.cols());
  for (Eigen::Index i = 0; i < employment.cols(); ++i) {
    const Eigen::Index b = is_local(local, i) ? 1 : 0;
    for (Eigen::Index r = 0; r < employment.rows(); ++r)
      shares(r, i) = totals(r, b) > 0.0 ? employment(r, i) / totals(r, b) : 0.0;
  }
  return shares;
}

Eigen::MatrixXd location_quotients(const Eigen::MatrixXd& employment, const LocalMask& local) {
  check_mask(employment, local);
  const Eigen::MatrixXd totals = base_totals(employment, local);
  const Eigen::Vector2d nation = totals.colwise().sum().transpose();
  Eigen::MatrixXd lq(employment.rows(), employment.cols());
  for (Eigen::Index i = 0; i < employment.cols(); ++i) {
    const Eigen::Index b = is_local(local, i) ? 1 : 0;
    const double national_industry = employment.col(i).sum();
    for (Eigen::Index r = 0; r < employment.rows(); ++r) {
      if (!(national_industry > 0.0)) {
        lq(r, i) = std::numeric_limits<double>::quiet_NaN();
      } else if (!(totals(r, b) > 0.0)) {
        lq(r, i) = 0.0;  // CMP safeSet: a non-finite quotient is written as 0
      } else {
        lq(r, i) = (employment(r, i) / totals(r, b)) / (national_industry / nation[b]);
      }
    }
  }
  return lq;
}

std::string to_string(Measure measure) {
  switch (measure) {
    case Measure::employment:
      return "employment";
    case Measure::share:
      return "share";
    case Measure::lq:
      return "lq";
  }
  return "?";
}

Measure parse_measure(const std::string& text) {
  if (text == "employment") return Measure::employment;
  if (text == "share") return Measure::share;
  if (text == "lq") return Measure::lq;
  throw InvalidParameter("measure", fmt::format("must be employment, share or lq (got '{}')", text));
}

Eigen::MatrixXd measure_matrix(const Eigen::MatrixXd& employment, Measure measure, const LocalMask& local) {
  switch (measure) {
    case Measure::employment:
      check_mask(employment, local);
      return employment;
    case Measure::share:
      return base_shares(employment, local);
    case Measure::lq:
      return location_quotients(employment, local);
  }
  return employment;
}

Eigen::Index first_constant_column(const Eigen::MatrixXd& x) {
  for (Eigen::Index i = 0; i < x.cols(); ++i)
    if ((x.col(i).array() == x(0, i)).all()) return i;
  return x.cols();
}

Eigen::MatrixXd locational_correlation(const Eigen::MatrixXd& x, ConstantColumns constant) {
  const Eigen::Index regions = x.rows(), n = x.cols();
  if (regions < 3)
    throw InvalidParameter("regions",
                           fmt::format("a correlation across regions needs at least 3 regions (got {})", regions));
  if (!x.allFinite()) throw InvalidParameter("employment", "the measure must be finite in every region");
  // Standardise each column: z = (x − mean)/‖x − mean‖, so that ZᵀZ holds the correlations.
  Eigen::MatrixXd z = x.rowwise() - x.colwise().mean();
  for (Eigen::Index i = 0; i < n; ++i) {
    const double norm = z.col(i).norm();
    // Zero variance: the column is constant (centred values exactly 0, or only rounding left).
    if (!(norm > 0.0) || (x.col(i).array() == x(0, i)).all()) {
      if (constant == ConstantColumns::reject)
        throw InvalidParameter(fmt::format("industries[{}]", i + 1),
                               "does not vary across regions: its locational correlation is undefined");
      z.col(i).setZero();
    } else {
      z.col(i) /= norm;
    }
  }
  Eigen::MatrixXd c(n, n);
  c.noalias() = z.transpose() * z;
  for (Eigen::Index i = 0; i < n; ++i) {
    for (Eigen::Index j = 0; j < i; ++j) {
      const double v = std::clamp(0.5 * (c(i, j) + c(j, i)), -1.0, 1.0);
      c(i, j) = v;
      c(j, i) = v;
    }
    c(i, i) = 1.0;
  }
  return c;
}

}  // namespace clustertrade::cluster_mapping
