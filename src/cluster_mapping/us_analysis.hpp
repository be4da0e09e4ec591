/// \file us_analysis.hpp
/// \brief Porter's U.S. statements computed on the vendored data (issue 18 §3): County Business
/// Patterns 2019 by CBSA aligned with the benchmark definitions (definitions.hpp, us_data.hpp),
/// with the ACS and USPTO outcomes (us_outcomes.hpp). Each function computes one statement's
/// statistic under one reading: our main choices (all 933 CBSAs, plain means over regions, NAICS
/// 2017 definitions, strong at LQ ≥ 1.5) and the sensitivity rows that change one of them.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include <Eigen/Dense>

#include "cluster_mapping/definitions.hpp"
#include "cluster_mapping/hierarchy.hpp"
#include "cluster_mapping/model.hpp"
#include "cluster_mapping/us_data.hpp"
#include "cluster_mapping/us_outcomes.hpp"
#include "cluster_mapping/us_statistics.hpp"

namespace clustertrade::cluster_mapping {

/// Porter's mean top-five share of traded employment in U.S. Economic Areas (Measuring Clusters).
inline constexpr double porter_us_top5 = 0.52;
/// Porter's mean number of clusters with LQ ≥ 1.5 in U.S. Economic Areas (Measuring Clusters).
inline constexpr double porter_us_strong = 7.0;
/// The BEA Economic Areas Porter's figures are for.
inline constexpr long long porter_us_areas = 179;
/// Porter's count of traded clusters ("The data reveal 41 traded clusters"), a cut of `define`.
inline constexpr std::size_t porter_us_clusters = 41;
/// The benchmark's traded clusters (Delgado, Porter and Stern 2016), a cut of `define`.
inline constexpr std::size_t us_benchmark_clusters = 51;
/// The grid on which the validation score chooses K: smallest K.
inline constexpr std::size_t us_k_grid_min = 10;
/// Largest K of the grid.
inline constexpr std::size_t us_k_grid_max = 150;
/// Step of the grid.
inline constexpr std::size_t us_k_grid_step = 5;
/// The strong-cluster thresholds of the sensitivity rows (ours: Porter's 1.5).
inline constexpr double us_low_lq = 1.25;
/// The higher threshold of the sensitivity rows.
inline constexpr double us_high_lq = 2.0;

/// The window of patent grant years counted ("faster innovation": a recent five-year window).
inline constexpr int us_patent_first_year = 2011;
/// Last year of the patent window.
inline constexpr int us_patent_last_year = 2015;

/// Outcomes of the table's regions, in the table's row order (NaN where the file has none).
struct UsOutcomes {
  std::vector<bool> metropolitan;           ///< a Metropolitan (not Micropolitan) Statistical Area
  Eigen::VectorXd median_earnings;          ///< ACS 2014–2018 median earnings, dollars
  Eigen::VectorXd median_household_income;  ///< ACS 2014–2018 median household income, dollars
  Eigen::VectorXd patents_per_thousand;     ///< patents granted 2011–2015 per 1,000 workers of the table
  Eigen::VectorXd employment;               ///< the region's employment over the table's industries
};

/// Aligns the ACS and USPTO values with the table's regions (by CBSA code). A region absent from
/// the ACS file is an InvalidInput naming the ACS file (every CBP CBSA is in it); a region absent
/// from the USPTO file (which uses older CBSA codes) gets NaN patents.
/// \param aligned the aligned table \param acs ACS rows by CBSA \param patents patents in the window by CBSA
/// \param acs_source the ACS file's name for messages \return one value per region
UsOutcomes align_outcomes(const AlignedTable& aligned, const std::map<std::string, AcsRecord>& acs,
                          const std::map<std::string, double>& patents, const std::string& acs_source);

/// One reading of Porter's regional statements: ours (†) or a sensitivity row.
struct UsReading {
  bool metropolitan_only = false;    ///< keep the Metropolitan Statistical Areas only
  bool employment_weighted = false;  ///< weight the mean over regions by traded employment
  double strong_lq = 1.5;            ///< a cluster is strong at \f$LQ_{rc} \ge\f$ this (Porter: 1.5)
};

/// Porter's regional statistics on the data under one reading.
struct UsRegionalStatistics {
  std::size_t regions = 0;        ///< regions kept
  std::size_t clusters = 0;       ///< traded clusters of the definitions present in the table
  double traded_share = 0.0;      ///< traded share of the kept regions' employment
  double mean_top5 = 0.0;         ///< mean top-five share of traded employment (Porter: 52 %)
  double mean_strong = 0.0;       ///< mean number of clusters with LQ ≥ strong_lq (Porter: 7)
  Eigen::VectorXd top5;           ///< per kept region: top-five share
  Eigen::VectorXd strong;         ///< per kept region: number of strong clusters
  Eigen::VectorXd strong_share;   ///< per kept region: share of traded employment in strong clusters
  Eigen::VectorXd traded;         ///< per kept region: traded employment
  std::vector<std::size_t> rows;  ///< the kept regions' rows in the table
};

/// Porter's statistics under `reading`: the table restricted to the kept regions (the LQs' nation
/// is the kept regions), cluster_strength() and region_summaries() on it, means by region_mean().
/// \param aligned the aligned table \param outcomes its outcomes (for the metropolitan flag)
/// \param reading the reading \return the statistics
UsRegionalStatistics us_regional_statistics(const AlignedTable& aligned, const UsOutcomes& outcomes,
                                            const UsReading& reading);

/// Spearman's rank correlation across the kept regions of cluster strength
/// (UsRegionalStatistics::strong_share) with an outcome, over the regions where the outcome is
/// known; with `partial` true, the partial rank correlation given log employment
/// (partial_rank_correlation()).
/// \param stats the statistics of one reading \param outcome one value per table row (NaN: unknown)
/// \param employment one employment per table row (the control) \param partial control for log employment
/// \param used set to the number of regions used \return the (partial) rank correlation
double us_strength_correlation(const UsRegionalStatistics& stats, const Eigen::VectorXd& outcome,
                               const Eigen::VectorXd& employment, bool partial, std::size_t& used);

/// Porter's method (`define`) on the traded industries of the table.
struct UsDefinitionRun {
  Measure measure = Measure::share;  ///< what the locational correlation correlates
  Eigen::MatrixXd correlation;       ///< among the traded industries (constant columns: 0)
  Dendrogram dendrogram;             ///< average linkage on \f$1 - \rho\f$
  std::vector<int> benchmark;        ///< the benchmark cluster 1..K of each traded industry
  std::vector<std::size_t> columns;  ///< the traded industries' columns in the table
};

/// Runs the module's definition procedure on the traded industries (locational_correlation() of
/// measure_matrix() with every traded industry on the traded base, correlation_distance(),
/// average_linkage()).
/// \param aligned the aligned table \param measure employment, share or lq \return the run
UsDefinitionRun us_define(const AlignedTable& aligned, Measure measure);

/// Agreement of the cut at K clusters with the benchmark.
struct UsDefinitionAgreement {
  std::size_t k = 0;        ///< clusters cut
  std::size_t largest = 0;  ///< industries in the largest derived cluster
  double ari = 0.0;         ///< adjusted_rand_index() against the benchmark
  PairRecovery pairs;       ///< pair_recovery() of the benchmark's same-cluster pairs
  ValidationScore score;    ///< validation_score() of the cut
};

/// The cut at `k` and its agreement with the benchmark.
/// \param run from us_define() \param k clusters (1 .. traded industries) \return the agreement
UsDefinitionAgreement us_definition_agreement(const UsDefinitionRun& run, std::size_t k);

/// K chosen by the validation score (our rule, †): among K = k_min, k_min + step, …, ≤ k_max, the
/// one whose cut puts the largest share of industries closer to their own cluster than to any other
/// (ValidationScore::closer); ties go to the smaller K.
/// \param run from us_define() \param k_min smallest K tried \param k_max largest K tried \param step grid step
/// \return the chosen K
std::size_t us_k_by_validation(const UsDefinitionRun& run, std::size_t k_min, std::size_t k_max, std::size_t step);

/// The vendored U.S. data, aligned: CBP 2019 with the NAICS 2017 and the NAICS 2012 benchmark
/// definitions (load_us_cbp2019()), and each table's outcomes.
struct UsData {
  AlignedTable naics2017;   ///< CBP 2019 with the NAICS 2017 definitions (our main reading)
  AlignedTable naics2012;   ///< CBP 2019 with the NAICS 2012 definitions (2017-only codes left out)
  UsOutcomes outcomes2017;  ///< outcomes of naics2017's regions
  UsOutcomes outcomes2012;  ///< outcomes of naics2012's regions
};

/// The vendored data, read once per process from vendored_us_data() (thread-safe; later calls
/// return the same object). Throws InvalidInput when a file is missing or malformed.
/// \return the data
const UsData& us_data();

/// The traded/local split by locational concentration against the benchmark's.
struct UsSplitCheck {
  std::size_t industries = 0;     ///< industries with positive national employment
  std::size_t traded = 0;         ///< benchmark traded industries among them (the rule calls as many traded)
  SplitAgreement agreement;       ///< split_agreement() of gini_rule() with the benchmark
  double traded_median_gini = 0;  ///< median locational Gini of the benchmark's traded industries
  double local_median_gini = 0;   ///< median locational Gini of the benchmark's local industries
};

/// locational_gini() of every industry with employment, gini_rule() calling as many traded as the
/// benchmark does, and split_agreement() with the benchmark's split (weights: national employment).
/// \param aligned the aligned table \return the check
UsSplitCheck us_split_check(const AlignedTable& aligned);

}  // namespace clustertrade::cluster_mapping
