/// \file definitions.hpp
/// \brief Cluster definitions (industry → cluster, traded or local) in the two formats the
/// command line reads, and their alignment with an employment table.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "cluster_mapping/model.hpp"
#include "cluster_mapping/table.hpp"

namespace clustertrade::cluster_mapping {

/// Which file format the definitions came from.
enum class DefinitionsFormat {
  simple,          ///< `industry,cluster` (as `define` writes it): every listed industry is traded
  cluster_mapping  ///< U.S. Cluster Mapping: industry column, `cluster_code`, [`cluster_name`], `type`
};

/// Cluster definitions: per industry its code, cluster code, cluster name and traded/local type.
struct Definitions {
  std::vector<std::string> industries;                   ///< industry codes, unique
  std::vector<std::string> clusters;                     ///< cluster code of each (as written in the file)
  std::vector<std::string> cluster_names;                ///< cluster name of each ("" when the file has none)
  LocalMask local;                                       ///< true for a local industry (type `local`)
  std::vector<std::size_t> lines;                        ///< 1-based line of each industry's row (for messages)
  std::string source;                                    ///< file name used in messages
  DefinitionsFormat format = DefinitionsFormat::simple;  ///< the format read
};

/// Parses cluster definitions from CSV text (same dialect as parse_employment_table). Formats:
/// - simple: header starting `industry,cluster`, every industry traded, no names;
/// - Cluster Mapping (Delgado, Porter and Stern 2016; the U.S. Cluster Mapping `/meta/clusters`
///   table): an industry column named `naics2017`, `naics2012` or `industry`, `cluster_code`,
///   optional `cluster_name`, and `type` (`traded` or `local`); other columns are ignored.
/// Faults are InvalidInput at `source:line[:column]`: empty input or no rows; a header of
/// neither format; ragged rows; empty industry or cluster code; a duplicated industry (naming
/// the second line); a type other than traded/local; text that is not UTF-8; one cluster code
/// with two names or two types.
/// \param text the CSV text \param source the input's name for messages \return the definitions
Definitions parse_definitions(std::string_view text, std::string_view source);

/// Reads cluster definitions from a file (`-`: standard input); see parse_definitions.
/// \param path the file \return the definitions
Definitions read_definitions(const std::filesystem::path& path);

/// An employment table restricted to the industries the definitions cover, with its clusters.
struct AlignedTable {
  EmploymentTable table;    ///< the covered industries only, in the input table's column order
  LocalMask local;          ///< per column of `table`: true for a local industry
  std::vector<int> labels;  ///< per column: traded cluster 1..K (index into cluster_codes + 1), 0 if local
  std::vector<std::string> industry_clusters;       ///< per column: its cluster code (local ones too)
  std::vector<std::string> industry_cluster_names;  ///< per column: its cluster name ("" if none)
  std::vector<std::string> cluster_codes;           ///< the K traded clusters with ≥ 1 industry in the table,
                                                    ///< in order of first appearance in the definitions
  std::vector<std::string> cluster_names;           ///< name of each of the K ("" if none)
  std::vector<std::string> left_out;                ///< industries of the input table the definitions do not
                                                    ///< cover (CBP's all-industry `00`), in table order
};

/// Aligns a table with definitions. Industries of the table that the definitions do not list
/// are left out (AlignedTable::left_out; the caller reports them or, under `--strict`, refuses).
/// Definitions in the Cluster Mapping format may list industries the table lacks (a benchmark
/// covers a whole NAICS vintage); in the simple format (written by `define` for this table) such
/// an industry is InvalidInput at the definitions' `file:line`. Also InvalidInput (naming the
/// definitions file): no industry of the table is covered.
/// \param table the employment table \param definitions the cluster definitions
/// \return the aligned table and its clusters
AlignedTable align_with_definitions(const EmploymentTable& table, const Definitions& definitions);

/// The one stderr line about left-out industries: "note: N industries of TABLE are not in
/// DEFINITIONS and are left out: a, b, …" (at most 20 codes listed, then "and M more"); empty
/// when none is left out.
/// \param aligned the alignment \param definitions_source the definitions' name
/// \return the line (without newline) or ""
std::string left_out_note(const AlignedTable& aligned, std::string_view definitions_source);

}  // namespace clustertrade::cluster_mapping
