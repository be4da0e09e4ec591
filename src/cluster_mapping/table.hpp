/// \file table.hpp
/// \brief The regional employment table of cluster mapping (regions × industries), and its reader
/// for the command line: a CSV with header `region,<industry…>`, one row per region.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <Eigen/Dense>

namespace clustertrade::cluster_mapping {

/// The benchmark case (issue 13): a county × industry table of this many regions (rows),
/// timed by `bench/cluster_mapping_bench.cpp` and printed by the report.
inline constexpr long long bench_table_regions = 3000;
/// The benchmark case (issue 13): industries (columns) of the benchmark's table.
inline constexpr long long bench_table_industries = 1000;

/// Employment \f$e_{ri}\f$ of region r (row) in industry i (column), with the names of both.
struct EmploymentTable {
  std::vector<std::string> regions;     ///< one name per row, unique
  std::vector<std::string> industries;  ///< one name per column, unique
  Eigen::MatrixXd employment;           ///< R × n, finite, ≥ 0
  std::string source;                   ///< file name used in messages (empty: none)
  std::vector<std::size_t> lines;       ///< 1-based line of each region's row in the source (for messages)

  /// Index of industry `name`, or `industries.size()` when absent.
  /// \param name the industry's name \return its column (0-based), or `industries.size()`
  [[nodiscard]] std::size_t industry_index(std::string_view name) const;
  /// Throws InvalidParameter (`employment`, `regions`, `industries`) unless the sizes agree, the
  /// names are non-empty and unique, and every entry is finite and ≥ 0.
  void validate() const;
};

/// Parses an employment table from CSV text. Rules, each reported as InvalidInput at
/// `source:line[:column]`: the text must have a header whose first cell is `region` followed by
/// at least one industry name (empty → line 1); names non-empty and unique (duplicate industries
/// or regions); every row as many cells as the header (ragged); every cell a number that is
/// finite and ≥ 0; at least one region. Blank lines and lines starting with `#` are skipped; a
/// trailing `\r` is dropped; cells are not quoted (names may not contain commas).
/// \param text the CSV text \param source the input's name for messages \return the table
EmploymentTable parse_employment_csv(std::string_view text, std::string_view source);

/// Reads an employment table from a file (see parse_employment_csv; `source` is the path as given).
/// \param path the file \return the table
EmploymentTable read_employment_csv(const std::filesystem::path& path);

/// Definitions of clusters: cluster label (1-based) of each industry, by industry name.
struct Definitions {
  std::vector<std::string> industries;  ///< industry names, unique
  std::vector<std::string> clusters;    ///< cluster name of each (as written in the file)
};

/// Parses a definitions CSV `industry,cluster` (header required, names unique, two cells a row;
/// errors as InvalidInput at `source:line`).
/// \param text the CSV text \param source the input's name for messages \return the definitions
Definitions parse_definitions_csv(std::string_view text, std::string_view source);

}  // namespace clustertrade::cluster_mapping
