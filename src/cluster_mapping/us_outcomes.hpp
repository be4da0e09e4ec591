/// \file us_outcomes.hpp
/// \brief Regional outcomes for Porter's performance statement on U.S. data (issue 18 §3): the
/// American Community Survey 2014–2018 medians by CBSA and USPTO utility patents by inventor's CBSA
/// and year, read from the vendored files `data/us/acs5_2018_cbsa.csv` and
/// `data/us/uspto_cbsa_patents_2000_2015.csv` (provenance: data/us/PROVENANCE.md).
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace clustertrade::cluster_mapping {

/// One CBSA's row of the ACS file (NaN where the file writes `NA`).
struct AcsRecord {
  std::string name;                      ///< `cbsa_name`, e.g. "Abilene, TX Metro Area"
  bool metropolitan = false;             ///< the name ends in "Metro Area" (else a micropolitan area)
  double median_earnings = 0.0;          ///< `med_earnings_total`, dollars
  double median_household_income = 0.0;  ///< `med_hh_inc_total`, dollars
};

/// Parses the ACS file: a header naming at least `cbsa_code`, `cbsa_name`, `med_earnings_total` and
/// `med_hh_inc_total`, one row per CBSA, in the dialect of split_csv_record() (core/csv.hpp: quoted names hold commas).
/// Each value is a number or `NA`; a malformed quote, a row with another cell
/// count, a non-number, or a repeated CBSA code is an InvalidInput at `source:line`.
/// \param text the CSV text \param source the file's name for messages \return the rows by CBSA code
std::map<std::string, AcsRecord> parse_acs_csv(std::string_view text, std::string_view source);

/// Reads the ACS file (parse_acs_csv on the file's text).
/// \param path the file \return the rows by CBSA code
std::map<std::string, AcsRecord> read_acs_csv(const std::filesystem::path& path);

/// Parses the USPTO file (`cbsa_code,cbsa_name,year,patents_issued`) and sums the patents of each
/// CBSA over the years `first_year`..`last_year` (Porter's statement is about "faster
/// innovation"; we take a recent five-year window, 2011–2015). A non-number, a negative count or a
/// repeated (CBSA, year) row is an InvalidInput at `source:line`.
/// \param text the CSV text \param source the file's name for messages
/// \param first_year first year counted \param last_year last year counted (≥ first_year)
/// \return patents in the window by CBSA code (CBSAs with no row in the window are absent)
std::map<std::string, double> parse_patents_csv(std::string_view text, std::string_view source, int first_year,
                                                int last_year);

/// Reads the USPTO file (parse_patents_csv on the file's text).
/// \param path the file \param first_year first year counted \param last_year last year counted
/// \return patents in the window by CBSA code
std::map<std::string, double> read_patents_csv(const std::filesystem::path& path, int first_year, int last_year);

}  // namespace clustertrade::cluster_mapping
