/// \file us_data.hpp
/// \brief The U.S. data vendored in the repository's `data/us/` (County Business Patterns 2019 by
/// CBSA, the U.S. Cluster Mapping benchmark definitions, ACS 2014–2018, USPTO patents; see
/// `data/us/PROVENANCE.md`), and the preset `us-cbp2019` that reads them.
#pragma once

#include <filesystem>
#include <string_view>

#include "cluster_mapping/definitions.hpp"
#include "cluster_mapping/table.hpp"

namespace clustertrade::cluster_mapping {

/// CBP 2019 employment by CBSA × six-digit NAICS 2017 (long: `cbsa_code,naics2017,emp,estab`).
inline constexpr std::string_view us_cbp2019_file = "cbp2019_cbsa_naics6.csv";
/// Benchmark cluster definitions on NAICS 2017 codes (Cluster Mapping format).
inline constexpr std::string_view us_definitions_naics2017_file = "uscmp_cluster_definitions_naics2017.csv";
/// Benchmark cluster definitions on NAICS 2012 codes (Cluster Mapping format).
inline constexpr std::string_view us_definitions_naics2012_file = "uscmp_cluster_definitions_naics2012.csv";
/// ACS 2014–2018 five-year estimates by CBSA (`cbsa_code`, `med_earnings_total`, `med_hh_inc_total`, …; `NA`).
inline constexpr std::string_view us_acs2018_file = "acs5_2018_cbsa.csv";
/// USPTO utility patents by inventor's CBSA and year, 2000–2015 (`cbsa_code,cbsa_name,year,patents_issued`).
inline constexpr std::string_view us_patents_file = "uspto_cbsa_patents_2000_2015.csv";

/// The environment variable that, when set and non-empty, replaces the folder `<source>/data/us`.
inline constexpr const char* us_data_environment_variable = "CLUSTERTRADE_US_DATA";

/// Path of a vendored U.S. data file: `$CLUSTERTRADE_US_DATA/<file>` when that variable is set
/// and non-empty, else `<repository>/data/us/<file>` (the source folder is compiled in as
/// `CLUSTERTRADE_SOURCE_DIR`). The file is not opened here.
/// \param file a file name such as us_cbp2019_file \return its path
std::filesystem::path vendored_us_data(std::string_view file);

/// How the preset `us-cbp2019` reads the CBP table: long, `--columns cbsa_code,naics2017,emp`.
/// \return the read options
ReadOptions us_cbp2019_read_options();

/// The preset `us-cbp2019`: the vendored CBP 2019 table aligned with vendored definitions
/// (NAICS 2017 by default; the `00` all-industry rows are left out).
/// \param definitions_file us_definitions_naics2017_file or us_definitions_naics2012_file
/// \return the aligned table
AlignedTable load_us_cbp2019(std::string_view definitions_file = us_definitions_naics2017_file);

}  // namespace clustertrade::cluster_mapping
