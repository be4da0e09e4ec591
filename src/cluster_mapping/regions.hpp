/// \file regions.hpp
/// \brief A nation of regions with known spillovers: each region is a small H12 economy (Hanlon
/// 2012, §2) trading with one fixed, large foreign economy, learning by H12 eq. (9) with a learning
/// matrix τ whose planted blocks are the true clusters. Porter's method is then run on the
/// regional employment it produces, and its answer compared with the blocks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <Eigen/Dense>

#include "cluster_mapping/hierarchy.hpp"
#include "cluster_mapping/model.hpp"

namespace clustertrade::cluster_mapping {

/// How the regions trade with the foreign economy (local industries are never traded).
enum class Trade {
  free_trade,          ///< trade against a foreign whose technologies are drawn per industry
  autarky,             ///< no trade: every industry is made (and learns) in every region
  cluster_building,    ///< trade against a foreign with the same technology in every traded industry:
                       ///< a region's comparative advantage is its own learning, which never splits a block
  cluster_destroying,  ///< trade against a foreign far ahead in every other industry of each block, so
                       ///< regions can only keep half of each block and lose the learning from the rest
};

/// `free-trade`, `autarky`, `cluster-building`, `cluster-destroying`.
/// \param trade the regime \return its name
std::string to_string(Trade trade);

/// The simulated nation.
struct NationParams {
  std::size_t regions = 300;  ///< R ≥ 3 regions
  std::vector<std::size_t> blocks = {3, 4, 5, 4,
                                     6, 3, 5, 4};  ///< sizes of the planted blocks (traded industries), each ≥ 2
  std::size_t local = 3;                           ///< local (never traded) industries, after the traded ones
  double block_strength = 0.2;  ///< \f$\tau_{ji}\f$ for j, i in the same block (incl. j = i), in [0, 1]
  double background = 0.01;     ///< \f$\tau_{ji}\f$ between different blocks and for local industries, in [0, 1]
  std::size_t periods = 20;     ///< T: periods of learning (H12's discrete reading of eq. (9))
  double sigma = 2.0;           ///< elasticity of substitution σ > 0
  double spread = 0.5;          ///< initial \f$\log A_i\f$ uniform on [−spread, spread] (per region and industry)
  double size_spread = 0.7;     ///< region labour \f$L_r\f$ log-uniform on [e^{−s}, e^{s}]
  double labor_foreign = 50.0;  ///< foreign labour \f$L^*\f$ (large against every region)
  double openness = 0.7;     ///< iceberg openness \f$g \in (0, 1]\f$ of traded industries under trade (1: free trade)
  double foreign_gap = 1.0;  ///< cluster-destroying: foreign's log lead in every other block industry
  double noise = 0.0;        ///< recorded employment is \f$e_{ri}e^{\,\text{noise}\cdot u}\f$, u uniform on [−1, 1]
  Trade trade = Trade::cluster_building;  ///< the trade regime
  std::uint64_t seed = 20121;             ///< base seed; region r uses DrawRng(seed, r)

  /// Throws InvalidParameter naming the field unless the ranges above hold.
  void validate() const;
  /// \return the number of traded industries (sum of the block sizes)
  [[nodiscard]] std::size_t traded() const;
};

/// The simulated regional economy after T periods.
struct Nation {
  Eigen::MatrixXd employment;  ///< R × n recorded employment (traded industries first, then local)
  Eigen::VectorXd income;      ///< real income per worker \f$D_r/L_r\f$ at T (H12 eq. (3))
  std::vector<int> planted;    ///< true cluster 1..K of each traded industry (0 for local ones)
  LocalMask local;             ///< the local industries
};

/// The learning matrix with planted blocks: \f$\tau_{ji}\f$ = block_strength when j and i are in
/// the same block, background otherwise (rows send, columns receive, as in H12 eq. (9)).
/// \param params the nation \return n × n matrix over traded then local industries
Eigen::MatrixXd planted_tau(const NationParams& params);

/// Simulates every region: from random \f$A_i(0)\f$, each period solves the static equilibrium
/// against the fixed foreign (trade_growth::solve_static_equilibrium with openness 1 for traded
/// and 0 for local industries, or 0 for all in autarky), then learns
/// \f$A_i \leftarrow A_i + \sum_j \tau_{ji}L_j\f$ for every active industry (\f$L_i > 0\f$; H12 eq. (9)
/// in periods). Foreign technology stays fixed. Regions run in parallel; region r depends only on
/// (seed, r), so the result does not depend on the thread count.
/// \param params the nation \param threads threads to use (≤ 0: OpenMP default); never changes the result
/// \return recorded employment, income per worker and the planted clusters
Nation simulate_nation(const NationParams& params, int threads = 0);

/// Which traded industries Porter's method is run on and scored against the planted blocks.
enum class Scoring {
  produced,    ///< only those with employment in some region: a national table shows nothing else
  all_traded,  ///< every traded industry; one made nowhere gets correlation 0 with every other
};

/// Porter's method on a simulated nation.
struct Recovery {
  std::vector<std::size_t> industries;  ///< the traded industries scored (column indices of the nation's table)
  Eigen::MatrixXd correlation;          ///< locational correlation among `industries`
  Dendrogram dendrogram;                ///< average linkage on 1 − correlation
  std::vector<int> planted;             ///< planted block of each scored industry (numbered as in the nation)
  std::vector<int> recovered;           ///< cut at K = number of planted blocks with a scored industry
  double ari = 0.0;                     ///< adjusted Rand index of recovered against planted
  ValidationScore score;                ///< validation score of the recovered definitions
  double data_height = 1.0;             ///< the data's cut height: groups merge while their mean correlation is ≥ 0
  std::size_t data_k = 0;               ///< number of clusters at that cut (K chosen from the data)
  double data_ari = 0.0;                ///< adjusted Rand index at the data's K against planted
  double border_share = 0.0;            ///< share of the planted links that cross the border (border_link_share())
};

/// Traded industries with positive employment in at least one region (column indices, increasing).
/// \param nation a simulated nation \return the traded industries the nation produces
std::vector<std::size_t> produced_industries(const Nation& nation);

/// The share of planted links that cross the nation's border: among the pairs {i, j} of traded
/// industries in the same planted block, the share with at least one industry the nation does not
/// produce (made only abroad, so no national table can show the link). 0 when no block has a pair.
/// \param nation a simulated nation \return the share, in [0, 1]
double border_link_share(const Nation& nation);

/// Runs Porter's method on the traded industries of `nation` (correlation of `measure` across
/// regions; average linkage on 1 − correlation) and scores it against the planted blocks, at the
/// planted K and at the K the data choose (cut at distance 1: groups whose mean correlation is ≥ 0 merge).
/// \param nation a simulated nation \param measure what is correlated across regions
/// \param scoring which industries are clustered and scored (Scoring::all_traded reproduces the
/// earlier scoring, in which an industry made nowhere counts against the method)
/// \return correlation, dendrogram, recovered clusters and their scores; InvalidParameter(`nation`)
/// when fewer than two traded industries are scored
Recovery recover_blocks(const Nation& nation, Measure measure = Measure::share, Scoring scoring = Scoring::produced);

/// Spearman's rank correlation (Pearson's correlation of the ranks, ties given their mean rank).
/// \param x one series \param y the other, same length (≥ 3) \return the correlation, in [−1, 1]
double spearman(const Eigen::VectorXd& x, const Eigen::VectorXd& y);

}  // namespace clustertrade::cluster_mapping
