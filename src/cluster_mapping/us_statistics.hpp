/// \file us_statistics.hpp
/// \brief The statistics with which Porter's U.S. statements are graded on real data (issue 18 §3):
/// the traded share of employment, weighted and unweighted means over regions, the share of traded
/// employment in strong clusters, the partial rank correlation controlling for region size, the
/// locational Gini of each industry and a traded/local rule built on it, and the share of a
/// benchmark's same-cluster pairs that a derived definition keeps together. Pure functions on
/// Eigen matrices and label vectors; no I/O.
#pragma once

#include <cstddef>
#include <vector>

#include <Eigen/Dense>

#include "cluster_mapping/model.hpp"
#include "cluster_mapping/strength.hpp"

namespace clustertrade::cluster_mapping {

/// Traded share of all employment in the table: \f$\sum_r\sum_{i\,\text{traded}} e_{ri} / \sum_r\sum_i e_{ri}\f$
/// (Porter, "Clusters and Economic Policy", §"The Growing Role of Clusters": local industries
/// "account for a large part of employment").
/// \param employment R × n table \f$e_{ri}\f$ (≥ 0, positive total) \param local the local industries (n entries)
/// \return the traded share, in [0, 1]; the local share is one minus it
double traded_employment_share(const Eigen::MatrixXd& employment, const LocalMask& local);

/// Mean of `values` over regions, \f$\sum_r w_r v_r / \sum_r w_r\f$; with `weights` empty, the
/// plain mean \f$\frac1R\sum_r v_r\f$ (Porter's "on average ... in U.S. Economic Areas" read as
/// the plain mean; the employment-weighted mean is our sensitivity row).
/// \param values one value per region \param weights one weight ≥ 0 per region, or empty
/// \return the (weighted) mean
double region_mean(const Eigen::VectorXd& values, const Eigen::VectorXd& weights = Eigen::VectorXd());

/// A region's cluster strength (the module's operationalisation of Porter's "stronger clusters",
/// introduction, fn. 3): the share of its traded employment in clusters with \f$LQ_{rc} \ge\f$
/// `strong_lq`, \f$\sum_{c: LQ_{rc}\ge t} e_{rc} / E_r\f$ (0 where \f$E_r = 0\f$).
/// \param strength from cluster_strength() \param strong_lq the threshold t (Porter: 1.5)
/// \return one share in [0, 1] per region
Eigen::VectorXd strong_cluster_employment_share(const ClusterStrength& strength, double strong_lq = 1.5);

/// Spearman's partial rank correlation of x and y given z: with \f$r\f$ Spearman's correlation
/// (spearman() of regions.hpp, ties at their mean rank),
/// \f$r_{xy\cdot z} = \dfrac{r_{xy} - r_{xz}r_{yz}}{\sqrt{(1-r_{xz}^2)(1-r_{yz}^2)}}\f$, the
/// correlation of the ranks of x and y after each is regressed linearly on the ranks of z
/// (controlling for region size with z = log employment, issue 18 §3).
/// \param x one series \param y another \param z the control, all the same length ≥ 4
/// \return the partial rank correlation in [−1, 1]; NaN when z's ranks are perfectly correlated with x's or y's
double partial_rank_correlation(const Eigen::VectorXd& x, const Eigen::VectorXd& y, const Eigen::VectorXd& z);

/// The locational Gini of every industry (Krugman 1991, ch. 2; Audretsch and Feldman 1996): with the
/// region's share of the industry \f$a_r = e_{ri}/E_i\f$ and of all employment
/// \f$b_r = T_r/T\f$ (\f$T_r = \sum_j e_{rj}\f$), regions sorted by \f$a_r/b_r\f$ ascending and
/// \f$A_r\f$ the running sum of \f$a\f$, \f$G_i = 1 - \sum_r b_r (A_{r-1} + A_r)\f$: twice the area
/// between the diagonal and the industry's Lorenz curve against total employment. 0 when the
/// industry is spread as employment is; \f$1 - b_r\f$ when it is all in region r.
/// \param employment R × n table (≥ 0; every region and every industry with positive employment)
/// \return n Ginis, each in [0, 1)
Eigen::VectorXd locational_gini(const Eigen::MatrixXd& employment);

/// A traded/local split from concentration alone: the `traded_count` industries with the largest
/// locational Gini are traded, the rest local (ties at the cut go to the lower index). Our rule
/// (†), in the spirit of the benchmark's authors, who call traded the industries concentrated in a
/// few regions (Porter 2003, §2; Delgado, Porter and Stern 2016, §2).
/// \param gini one Gini per industry \param traded_count how many are called traded (≤ n)
/// \return the local mask: true for an industry the rule calls local
LocalMask gini_rule(const Eigen::VectorXd& gini, std::size_t traded_count);

/// Agreement of two traded/local splits of the same industries.
struct SplitAgreement {
  std::size_t industries = 0;     ///< n
  std::size_t agree = 0;          ///< industries both splits put on the same side
  double count_share = 0.0;       ///< agree / n
  double employment_share = 0.0;  ///< employment of those industries / all employment
};

/// Agreement of a derived split with the benchmark's, by count and by (national) employment.
/// \param benchmark the benchmark's local mask \param derived the derived local mask (same length)
/// \param industry_employment national employment \f$E_i\f$ of each industry (same length, positive total)
/// \return the counts and both shares
SplitAgreement split_agreement(const LocalMask& benchmark, const LocalMask& derived,
                               const Eigen::VectorXd& industry_employment);

/// How many of a benchmark's same-cluster pairs a derived definition keeps in one cluster.
struct PairRecovery {
  std::size_t pairs = 0;                  ///< benchmark same-cluster pairs \f$\sum_c \binom{n_c}{2}\f$
  std::size_t recovered = 0;              ///< of those, pairs with the same derived label
  double share = 0.0;                     ///< recovered / pairs (NaN when pairs = 0)
  std::vector<int> clusters;              ///< the benchmark labels with at least one pair, ascending
  std::vector<std::size_t> cluster_size;  ///< \f$n_c\f$ of each
  std::vector<double> cluster_share;      ///< per benchmark cluster: \f$\sum_d \binom{n_{cd}}{2}/\binom{n_c}{2}\f$
};

/// Pair recovery of `derived` against `benchmark`: from the contingency counts \f$n_{cd}\f$ (items
/// with benchmark label c and derived label d), cluster c keeps \f$\sum_d\binom{n_{cd}}{2}\f$ of its
/// \f$\binom{n_c}{2}\f$ pairs. One-sided, unlike the adjusted Rand index: a derived definition with
/// one giant cluster recovers every pair.
/// \param benchmark one label per item \param derived one label per item (same length)
/// \return totals and the share per benchmark cluster
PairRecovery pair_recovery(const std::vector<int>& benchmark, const std::vector<int>& derived);

}  // namespace clustertrade::cluster_mapping
