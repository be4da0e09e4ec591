/// \file table.hpp
/// \brief The regional employment table of cluster mapping (regions × industries) and its reader
/// for the command line and the claims: a wide CSV (header `region,<industry…>`, one row per
/// region) or a long (tidy) one (one row per region and industry, e.g. County Business Patterns).
#pragma once

#include <filesystem>
#include <optional>
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

/// Smallest non-zero employment a table may hold: with totals at most 1e100 every share and LQ
/// then stays within [1e-200, 1e200] (subnormal cells made shares overflow to inf; issue 20 §3).
inline constexpr double min_nonzero_employment = 1e-100;
/// Largest total employment a table may hold (correlations square deviations, LQs multiply totals).
inline constexpr double max_total_employment = 1e100;
/// Most cells (regions × industries) a table may hold: 256 MB of doubles, checked before a long
/// table is allocated (a wide one is bounded by the input size).
inline constexpr double max_table_cells = 32e6;

/// Employment \f$e_{ri}\f$ of region r (row) in industry i (column), with the names of both.
struct EmploymentTable {
  std::vector<std::string> regions;     ///< one name (code) per row, unique
  std::vector<std::string> industries;  ///< one name (code) per column, unique
  Eigen::MatrixXd employment;           ///< R × n, finite, ≥ 0
  std::string source;                   ///< file name used in messages (empty: none)
  std::vector<std::size_t> lines;       ///< 1-based line of each region's (first) row in the source
  std::vector<std::size_t> columns;     ///< wide tables: 1-based header column of each industry; long: empty

  /// Index of industry `name`, or `industries.size()` when absent.
  /// \param name the industry's name \return its column (0-based), or `industries.size()`
  [[nodiscard]] std::size_t industry_index(std::string_view name) const;
  /// Throws InvalidParameter (`employment`, `regions`, `industries`) unless the sizes agree, the
  /// names are non-empty and unique, and every entry is finite and ≥ 0.
  void validate() const;
};

/// The three columns of a long table: region code, industry code, employment (header names).
struct LongColumns {
  std::string region;      ///< e.g. `cbsa_code`
  std::string industry;    ///< e.g. `naics2017`
  std::string employment;  ///< e.g. `emp`
};

/// How to read an employment table.
struct ReadOptions {
  /// The long table's columns (`--columns REGION,INDUSTRY,EMPLOYMENT`). Unset: a header exactly
  /// `region,industry,employment` is long, any other header starting with `region` is wide.
  std::optional<LongColumns> columns;
};

/// Parses `--columns REGION,INDUSTRY,EMPLOYMENT`: three non-empty, distinct names.
/// Throws InvalidParameter("columns", rule) otherwise.
/// \param text the flag's value \return the three names
LongColumns parse_long_columns(std::string_view text);

/// Parses an employment table from CSV text, wide or long (see ReadOptions). One dialect with the
/// `--tau` reader (core/csv.hpp, split_csv_record): UTF-8 byte-order mark, `#` comment lines and
/// blank lines skipped, CRLF, cells in double quotes (R's `"region"`). Codes are strings: leading
/// zeros are kept. Every fault is InvalidInput at `source:line[:column]` naming the rule: empty
/// input; header (wide: first cell `region`, then ≥ 1 industry; long: the named columns present
/// once each); names non-empty, unique (wide) and valid UTF-8; rows as many cells as the header;
/// employment a number, finite, ≥ 0, and 0 or at least min_nonzero_employment; at least one
/// region; total at most max_total_employment; at most max_table_cells cells. Long tables: other columns are ignored, a
/// (region, industry) pair may occur once (a second row is an error naming its line), absent
/// cells are zero (CBP suppresses cells with fewer than 3 establishments), regions and
/// industries are sorted by code (byte order) so that row order does not matter.
/// \param text the CSV text \param source the input's name for messages \param options wide/long
/// \return the table
EmploymentTable parse_employment_table(std::string_view text, std::string_view source, const ReadOptions& options = {});

/// Reads an employment table from a file (`-`: standard input, named `<stdin>` in messages); see
/// parse_employment_table.
/// \param path the file \param options wide/long \return the table
EmploymentTable read_employment_table(const std::filesystem::path& path, const ReadOptions& options = {});

}  // namespace clustertrade::cluster_mapping
