/// \file definitions.cpp
/// \brief Cluster definitions readers (simple and U.S. Cluster Mapping formats) and their
/// alignment with an employment table.
#include "cluster_mapping/definitions.hpp"

#include <unordered_map>

#include <fmt/format.h>

#include "cluster_mapping/table_text.hpp"
#include "core/errors.hpp"
#include "core/io.hpp"

namespace clustertrade::cluster_mapping {

namespace {

constexpr std::size_t kAbsent = static_cast<std::size_t>(-1);

std::size_t find_column(const std::vector<std::string>& header, std::string_view name) {
  for (std::size_t c = 0; c < header.size(); ++c)
    if (header[c] == name) return c;
  return kAbsent;
}

// Columns of a Cluster Mapping header, or nullopt-like (industry == kAbsent) when it is not one.
struct CmpColumns {
  std::size_t industry = kAbsent, code = kAbsent, name = kAbsent, type = kAbsent;
};

CmpColumns cmp_columns(const std::vector<std::string>& header, std::string_view source, std::size_t line) {
  CmpColumns c;
  for (const char* candidate : {"naics2017", "naics2012", "industry"}) {
    const std::size_t k = find_column(header, candidate);
    if (k == kAbsent) continue;
    if (c.industry != kAbsent)
      throw InvalidInput(at(source, line, k + 1),
                         fmt::format("two industry columns ('{}' and '{}'): keep one of naics2017, naics2012, industry",
                                     header[c.industry], header[k]));
    c.industry = k;
  }
  c.code = find_column(header, "cluster_code");
  c.name = find_column(header, "cluster_name");
  c.type = find_column(header, "type");
  return c;
}

}  // namespace

Definitions parse_definitions(std::string_view text, std::string_view source) {
  const auto lines = content_lines(text);
  if (lines.empty())
    throw InvalidInput(at(source, 1),
                       "empty definitions: expected a header 'industry,cluster' or the Cluster "
                       "Mapping columns");
  const auto header = cells_of(lines[0], source);
  Definitions defs;
  defs.source = std::string(source);
  const bool simple = header.size() >= 2 && header[0] == "industry" && header[1] == "cluster";
  CmpColumns cols{0, 1, kAbsent, kAbsent};
  if (!simple) {
    cols = cmp_columns(header, source, lines[0].number);
    if (cols.industry == kAbsent || cols.code == kAbsent || cols.type == kAbsent)
      throw InvalidInput(at(source, lines[0].number),
                         "header must start with 'industry,cluster' or name an industry column (naics2017, naics2012 "
                         "or industry), cluster_code, type and optionally cluster_name");
    defs.format = DefinitionsFormat::cluster_mapping;
  }
  std::unordered_map<std::string, std::size_t> seen;   // industry -> line
  std::unordered_map<std::string, std::size_t> first;  // cluster code -> first row index
  for (std::size_t k = 1; k < lines.size(); ++k) {
    const std::size_t line = lines[k].number;
    const auto cells = cells_of(lines[k], source);
    if (cells.size() != header.size())
      throw InvalidInput(at(source, line),
                         fmt::format("ragged row: {} cells where the header has {}", cells.size(), header.size()));
    check_name(cells[cols.industry], "industry code", source, line, cols.industry + 1);
    check_name(cells[cols.code], "cluster code", source, line, cols.code + 1);
    std::string name;
    if (cols.name != kAbsent) {
      name = cells[cols.name];
      if (!name.empty()) check_name(name, "cluster name", source, line, cols.name + 1);
    }
    bool local = false;
    if (cols.type != kAbsent) {
      const auto& type = cells[cols.type];
      if (type != "traded" && type != "local")
        throw InvalidInput(at(source, line, cols.type + 1),
                           fmt::format("type must be 'traded' or 'local' (got '{}')", printable(type)));
      local = type == "local";
    }
    const auto [previous, added] = seen.emplace(cells[cols.industry], line);
    if (!added)
      throw InvalidInput(
          at(source, line, cols.industry + 1),
          fmt::format("duplicate industry '{}' (first at line {})", printable(cells[cols.industry]), previous->second));
    const auto [cluster, new_cluster] = first.emplace(cells[cols.code], defs.industries.size());
    if (!new_cluster) {
      const std::size_t j = cluster->second;
      if (defs.cluster_names[j] != name)
        throw InvalidInput(at(source, line, cols.name + 1),
                           fmt::format("cluster '{}' is named '{}' here and '{}' at line {}", printable(cluster->first),
                                       printable(name), printable(defs.cluster_names[j]), defs.lines[j]));
      if (defs.local[j] != local)
        throw InvalidInput(at(source, line, cols.type + 1),
                           fmt::format("cluster '{}' is {} here and {} at line {}", printable(cluster->first),
                                       local ? "local" : "traded", local ? "traded" : "local", defs.lines[j]));
    }
    defs.industries.push_back(cells[cols.industry]);
    defs.clusters.push_back(cells[cols.code]);
    defs.cluster_names.push_back(std::move(name));
    defs.local.push_back(local);
    defs.lines.push_back(line);
  }
  if (defs.industries.empty()) throw InvalidInput(at(source, lines[0].number + 1), "empty definitions: no rows");
  return defs;
}

Definitions read_definitions(const std::filesystem::path& path) {
  return parse_definitions(read_text_file(path), path == "-" ? std::string("<stdin>") : path.string());
}

AlignedTable align_with_definitions(const EmploymentTable& table, const Definitions& definitions) {
  std::unordered_map<std::string_view, std::size_t> column;  // industry code -> column of `table`
  for (std::size_t i = 0; i < table.industries.size(); ++i) column.emplace(table.industries[i], i);
  std::vector<std::size_t> row_of(table.industries.size(), kAbsent);  // column -> definitions row
  for (std::size_t k = 0; k < definitions.industries.size(); ++k) {
    const auto it = column.find(definitions.industries[k]);
    if (it != column.end()) {
      row_of[it->second] = k;
    } else if (definitions.format == DefinitionsFormat::simple) {
      throw InvalidInput(
          at(definitions.source, definitions.lines[k]),
          fmt::format("industry '{}' is not a column of {}", printable(definitions.industries[k]), table.source));
    }
  }
  AlignedTable out;
  std::vector<std::size_t> keep;
  for (std::size_t i = 0; i < row_of.size(); ++i) {
    if (row_of[i] == kAbsent)
      out.left_out.push_back(table.industries[i]);
    else
      keep.push_back(i);
  }
  if (keep.empty())
    throw InvalidInput(definitions.source, fmt::format("no industry of {} is in the definitions (another code "
                                                       "vintage, or the wrong --columns?)",
                                                       table.source));
  // Traded clusters in order of first appearance in the definitions, among those present.
  std::vector<bool> present(definitions.industries.size(), false);
  for (const std::size_t i : keep) present[row_of[i]] = true;
  std::unordered_map<std::string_view, int> label;
  for (std::size_t k = 0; k < definitions.industries.size(); ++k)
    if (present[k] && !definitions.local[k] &&
        label.emplace(definitions.clusters[k], static_cast<int>(out.cluster_codes.size()) + 1).second) {
      out.cluster_codes.push_back(definitions.clusters[k]);
      out.cluster_names.push_back(definitions.cluster_names[k]);
    }
  out.table.regions = table.regions;
  out.table.lines = table.lines;
  out.table.source = table.source;
  out.table.employment.resize(table.employment.rows(), static_cast<Eigen::Index>(keep.size()));
  for (std::size_t j = 0; j < keep.size(); ++j) {
    const std::size_t i = keep[j], k = row_of[i];
    out.table.industries.push_back(table.industries[i]);
    if (!table.columns.empty()) out.table.columns.push_back(table.columns[i]);
    out.table.employment.col(static_cast<Eigen::Index>(j)) = table.employment.col(static_cast<Eigen::Index>(i));
    out.local.push_back(definitions.local[k]);
    out.labels.push_back(definitions.local[k] ? 0 : label.at(definitions.clusters[k]));
    out.industry_clusters.push_back(definitions.clusters[k]);
    out.industry_cluster_names.push_back(definitions.cluster_names[k]);
  }
  return out;
}

std::string left_out_note(const AlignedTable& aligned, std::string_view definitions_source) {
  if (aligned.left_out.empty()) return {};
  constexpr std::size_t kListed = 20;
  std::string codes;
  for (std::size_t k = 0; k < aligned.left_out.size() && k < kListed; ++k)
    codes += (k == 0 ? "" : ", ") + printable(aligned.left_out[k]);
  if (aligned.left_out.size() > kListed) codes += fmt::format(" and {} more", aligned.left_out.size() - kListed);
  return fmt::format("note: {} {} of {} {} not in {} and {} left out: {}", aligned.left_out.size(),
                     aligned.left_out.size() == 1 ? "industry" : "industries", aligned.table.source,
                     aligned.left_out.size() == 1 ? "is" : "are", definitions_source,
                     aligned.left_out.size() == 1 ? "is" : "are", codes);
}

}  // namespace clustertrade::cluster_mapping
