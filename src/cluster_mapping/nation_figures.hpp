/// \file nation_figures.hpp
/// \brief The figures and report numbers of Porter's method on simulated nations of small H12
/// regions with planted spillover blocks (regions.hpp), written by the figure program
/// `figures-cluster-mapping` (figures.cpp): the correlation heatmap (`cmap-heatmap`), recovery
/// against T, block strength and noise (`cmap-recovery`) and Porter's regional statistics against
/// his U.S. values (`cmap-porter-stats`); the numbers have the prefix `cmap`.
#pragma once

#include <cstddef>

#include "core/figures.hpp"

namespace clustertrade::cluster_mapping {

/// The sizes of the simulated-nation figures. The defaults are the report's; a test runs the
/// figures at small sizes. Everything else (blocks, τ, T, σ, the sweeps' grids) is the report's.
struct NationFigureSizes {
  std::size_t regions = 300;         ///< regions of the baseline nation (heatmap and recovery sweeps), ≥ 3
  std::size_t replicates = 4;        ///< nations per point of the recovery curves (seeds step 7919), ≥ 1
  std::size_t porter_regions = 400;  ///< regions of the Porter-statistics nation, ≥ 3
  std::size_t porter_clusters = 41;  ///< its planted blocks (Porter's 41 U.S. traded clusters; porter_blocks()), ≥ 2
};

/// Writes `cmap-heatmap-<trade>` (cells x, y, correlation: the locational correlation of employment
/// shares among the traded industries the nation makes, ordered by recovered cluster, then planted
/// block, then index), `cmap-heatmap-<trade>-blocks` (closed outlines on the cell edges k ± 0.5 of
/// each run of one planted block within one recovered cluster, NaN rows between outlines) and
/// `cmap-heatmap-<trade>-size` (the matrix's side n), for trade = building and destroying, and
/// registers the baseline nation's parameters and the heatmap nations' scores. Porter's method:
/// recover_blocks().
/// \param out the figure program's output \param sizes the nation's regions (sizes.regions)
void figure_heatmap(FigureOutput& out, const NationFigureSizes& sizes = {});

/// Writes `cmap-recovery-periods` and `cmap-recovery-tau` (mean ARI over sizes.replicates nations,
/// recovery_over_seeds(), against T and against the within-block τ, under cluster-building,
/// cluster-destroying, random-foreign trade and autarky) and `cmap-recovery-noise` (against the
/// measurement noise for σ = 1.5, 2, 3, 5 under cluster-building trade), and registers the numbers
/// the report quotes from them.
/// \param out the figure program's output \param sizes regions and replicates of each point
void figure_recovery(FigureOutput& out, const NationFigureSizes& sizes = {});

/// Writes `cmap-porter-stats-top5` (share of regions per bin of width 1/20 of the top-five clusters'
/// share of traded employment, the last bin closed), `cmap-porter-stats-strong` (share of regions
/// per number of recovered clusters with LQ ≥ 1.5, up to at least 8) for cluster-building and
/// random-foreign trade, on a nation with sizes.porter_clusters planted blocks (porter_statistics()),
/// and `cmap-porter-stats-us` (Porter's U.S. averages, "Measuring Clusters": 52 %, 7 clusters), and
/// registers the numbers the report quotes.
/// \param out the figure program's output \param sizes the nation's regions and planted blocks
void figure_porter_stats(FigureOutput& out, const NationFigureSizes& sizes = {});

}  // namespace clustertrade::cluster_mapping
