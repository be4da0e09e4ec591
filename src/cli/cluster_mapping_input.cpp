/// \file cluster_mapping_input.cpp
/// \brief The shared input flags of the `cluster-mapping` table commands (see cluster_mapping_input.hpp).
#include "cli/cluster_mapping_input.hpp"

#include <fmt/format.h>

#include "cli/common.hpp"
#include "core/errors.hpp"

namespace clustertrade::cli {

namespace cm = clustertrade::cluster_mapping;

namespace {

// --local IND,...: names must be industries of the table; no entry may be empty.
void mark_local(cm::AlignedTable& data, const std::string& text) {
  if (text.empty()) return;
  std::size_t start = 0, entry = 0;
  while (true) {
    const std::size_t comma = text.find(',', start);
    std::string name = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    ++entry;
    const auto first = name.find_first_not_of(' '), last = name.find_last_not_of(' ');
    name = first == std::string::npos ? "" : name.substr(first, last - first + 1);
    if (name.empty()) throw UsageError(fmt::format("--local (entry {}): empty entry in the comma list", entry));
    const std::size_t i = data.table.industry_index(name);
    if (i == data.table.industries.size())
      throw UsageError(
          fmt::format("--local (entry {}): '{}' is not an industry of {}", entry, name, data.table.source));
    data.local[i] = true;
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
}

}  // namespace

void add_mapping_input_options(CLI::App& command, MappingInputOptions& options, bool definitions_required) {
  command.add_option("--employment", options.employment,
                     "Regional employment CSV (- reads stdin), wide: header 'region,<industry...>', one row per "
                     "region; or long: one row per region and industry, columns named by --columns (or the header "
                     "'region,industry,employment'). Codes are kept as text (leading zeros stay). Absent cells are "
                     "zero: County Business Patterns suppresses cells with fewer than 3 establishments");
  command.add_option("--columns", options.columns,
                     "REGION,INDUSTRY,EMPLOYMENT: the columns of a long table, other columns ignored (CBP: "
                     "cbsa_code,naics2017,emp)");
  auto* definitions = command.add_option(
      "--definitions", options.definitions,
      "Cluster definitions CSV: 'industry,cluster' (e.g. from 'define'; all traded) or the U.S. Cluster Mapping "
      "format (industry column naics2017, naics2012 or industry; cluster_code; optional cluster_name; type "
      "traded/local: local industries take the local base). Industries of the table it does not list are left "
      "out, with one note on stderr");
  if (definitions_required) definitions->required();
  command.add_flag("--strict", options.strict,
                   "Refuse (exit 2) when the table has industries the definitions do not list, instead of leaving "
                   "them out");
  command.add_option("--local", options.local,
                     "Comma list of further local (non-traded) industries: their LQs and shares use the region's "
                     "local employment as the base, traded ones the traded employment (CMP); default: the "
                     "definitions' local industries, or none");
}

std::string industry_locator(const cm::EmploymentTable& table, std::size_t i) {
  return table.columns.empty() ? table.source : fmt::format("{}:1:{}", table.source, table.columns[i]);
}

MappingInput load_mapping_input(const MappingInputOptions& options) {
  if (options.employment.empty()) throw UsageError("--employment: required (or --preset us-cbp2019)");
  cm::ReadOptions read;
  if (!options.columns.empty())
    read.columns = with_flags({{"columns", "--columns"}}, [&] { return cm::parse_long_columns(options.columns); });
  const auto table = cm::read_employment_table(options.employment, read);
  MappingInput input;
  if (options.definitions.empty()) {
    if (options.strict) throw UsageError("--strict: needs --definitions");
    input.data.table = table;
    input.data.local.assign(table.industries.size(), false);
  } else {
    const auto defs = cm::read_definitions(options.definitions);
    input.data = cm::align_with_definitions(table, defs);
    input.has_definitions = true;
    input.definitions_source = defs.source;
    for (const auto& name : defs.cluster_names) input.has_names = input.has_names || !name.empty();
    input.note = cm::left_out_note(input.data, defs.source);
    if (!input.note.empty() && options.strict)
      throw UsageError(fmt::format("--strict: {} {} of {} not in {}: {}", input.data.left_out.size(),
                                   input.data.left_out.size() == 1 ? "industry" : "industries", table.source,
                                   defs.source, input.note.substr(input.note.rfind("left out: ") + 10)));
  }
  mark_local(input.data, options.local);
  return input;
}

}  // namespace clustertrade::cli
