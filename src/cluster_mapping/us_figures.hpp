/// \file us_figures.hpp
/// \brief The figures and report numbers of Porter's statements on U.S. data (issue 18 §4), written
/// by the figure program `figures-cluster-mapping` (figures.cpp calls figure_us()).
#pragma once

#include "core/figures.hpp"

namespace clustertrade::cluster_mapping {

/// Writes `porter-us-stats` (distribution across CBSAs of the top-five share and of the number of
/// strong clusters), `porter-us-strength` (cluster strength against median earnings, with
/// employment), `porter-us-recovery` (per benchmark cluster, the share of its pairs the derived
/// definitions keep together) and registers the numbers of the report's section on U.S. data
/// (prefix `us`). Reads the vendored data through us_data().
/// \param out the figure program's output
void figure_us(FigureOutput& out);

}  // namespace clustertrade::cluster_mapping
