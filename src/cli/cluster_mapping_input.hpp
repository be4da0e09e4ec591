/// \file cluster_mapping_input.hpp
/// \brief The input options every `cluster-mapping` table command shares (`--employment`,
/// `--columns`, `--definitions`, `--strict`, `--local`) and the loading they imply: the table,
/// aligned with the definitions when given, and its local industries.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cluster_mapping/definitions.hpp"
#include "cluster_mapping/table.hpp"

namespace clustertrade::cli {

/// The shared input flags of `lq`, `colocation`, `define`, `summary`, `strength`.
struct MappingInputOptions {
  std::string employment;   ///< `--employment FILE` (`-`: stdin)
  std::string columns;      ///< `--columns REGION,INDUSTRY,EMPLOYMENT` (long tables)
  std::string definitions;  ///< `--definitions FILE` (simple or Cluster Mapping format)
  std::string local;        ///< `--local IND,...`
  bool strict = false;      ///< `--strict`: industries missing from the definitions are an error
};

/// The loaded input of a table command.
struct MappingInput {
  cluster_mapping::AlignedTable data;  ///< the table (aligned when definitions are given) and its clusters
  bool has_definitions = false;        ///< `--definitions` was given
  bool has_names = false;              ///< the definitions name their clusters (`cluster_name`)
  std::string definitions_source;      ///< the definitions' name in messages ("" without definitions)
  std::string note;                    ///< the stderr note on left-out industries ("" if none), printed on success
};

/// Adds the shared input flags to a subcommand. `--definitions` is required when
/// `definitions_required` (summary, strength), optional otherwise.
/// \param command the subcommand \param options receives the flags
/// \param definitions_required whether the command needs definitions
void add_mapping_input_options(CLI::App& command, MappingInputOptions& options, bool definitions_required);

/// Reads the table (wide or long), aligns it with the definitions when given (MappingInput::note
/// names the left-out industries; under `--strict` they are a UsageError instead), and marks local
/// industries: the definitions' `type local` ones and the `--local` list (names of industries in
/// the table, comma-separated, no empty entry).
/// \param options the flags \return the input
MappingInput load_mapping_input(const MappingInputOptions& options);

/// `file:1:column` of industry `i` in a wide table's header, or `file` for a long table.
/// \param table the table \param i the industry's column \return the locator
std::string industry_locator(const cluster_mapping::EmploymentTable& table, std::size_t i);

}  // namespace clustertrade::cli
