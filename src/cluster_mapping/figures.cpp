/// \file figures.cpp
/// \brief Figure program `figures-cluster-mapping`: Porter's method on simulated nations of small
/// H12 regions with planted spillover blocks (nation_figures.hpp: `cmap-heatmap`, `cmap-recovery`,
/// `cmap-porter-stats`, numbers with the prefix `cmap`) and Porter's statements on U.S. data
/// (us_figures.hpp: `porter-us-*`, numbers with the prefix `us`), at the report's sizes.
#include "core/figures.hpp"
#include "cluster_mapping/nation_figures.hpp"
#include "cluster_mapping/us_figures.hpp"

int main(int argc, char** argv) {
  namespace cmap = clustertrade::cluster_mapping;
  return clustertrade::figure_program_main(argc, argv, "figures-cluster-mapping", [](clustertrade::FigureOutput& out) {
    cmap::figure_heatmap(out);
    cmap::figure_recovery(out);
    cmap::figure_porter_stats(out);
    cmap::figure_us(out);
  });
}
