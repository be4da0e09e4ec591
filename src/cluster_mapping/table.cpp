/// \file table.cpp
/// \brief The employment-table reader: every fault names the file, line and column.
#include "cluster_mapping/table.hpp"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <unordered_set>

#include <fmt/format.h>

#include "core/csv.hpp"
#include "core/errors.hpp"
#include "core/io.hpp"

namespace clustertrade::cluster_mapping {

namespace {

constexpr double kMaxTotalEmployment = 1e100;  // see parse_employment_csv

struct Line {
  std::size_t number;
  std::string_view text;
};

// The non-blank, non-comment lines with their 1-based numbers.
std::vector<Line> content_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t number = 0, start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    std::string_view line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::size_t first = line.find_first_not_of(" \t");
    if (first != std::string_view::npos && line[first] != '#') lines.push_back({number, line});
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return lines;
}

std::string at(std::string_view source, std::size_t line, std::size_t column = 0) {
  return column == 0 ? fmt::format("{}:{}", source, line) : fmt::format("{}:{}:{}", source, line, column);
}

// The cells of a line in the project's one CSV dialect (core/csv.hpp: R's quoted names accepted).
std::vector<std::string> split_cells(std::string_view source, const Line& line) {
  return split_csv_cells(line.text, at(source, line.number));
}

double parse_cell(const std::string& cell, std::string_view source, std::size_t line, std::size_t column) {
  if (cell.empty()) throw InvalidInput(at(source, line, column), "empty cell: employment must be a number");
  errno = 0;
  char* end = nullptr;
  const double value = std::strtod(cell.c_str(), &end);
  if (end != cell.c_str() + cell.size())
    throw InvalidInput(at(source, line, column), fmt::format("employment must be a number (got '{}')", cell));
  if (!std::isfinite(value))
    throw InvalidInput(at(source, line, column), fmt::format("employment must be finite (got '{}')", cell));
  if (value < 0.0) throw InvalidInput(at(source, line, column), fmt::format("employment must be >= 0 (got {})", cell));
  return value;
}

}  // namespace

std::size_t EmploymentTable::industry_index(std::string_view name) const {
  for (std::size_t i = 0; i < industries.size(); ++i)
    if (industries[i] == name) return i;
  return industries.size();
}

void EmploymentTable::validate() const {
  if (industries.empty() || static_cast<std::size_t>(employment.cols()) != industries.size())
    throw InvalidParameter("industries", "need at least one industry and one name per column");
  if (regions.empty() || static_cast<std::size_t>(employment.rows()) != regions.size())
    throw InvalidParameter("regions", "need at least one region and one name per row");
  std::unordered_set<std::string> seen;
  for (const auto& name : industries)
    if (name.empty() || !seen.insert(name).second)
      throw InvalidParameter("industries", fmt::format("names must be non-empty and unique (got '{}')", name));
  seen.clear();
  for (const auto& name : regions)
    if (name.empty() || !seen.insert(name).second)
      throw InvalidParameter("regions", fmt::format("names must be non-empty and unique (got '{}')", name));
  for (Eigen::Index r = 0; r < employment.rows(); ++r)
    for (Eigen::Index i = 0; i < employment.cols(); ++i)
      if (!std::isfinite(employment(r, i)) || employment(r, i) < 0.0)
        throw InvalidParameter("employment",
                               fmt::format("entries must be finite and >= 0 (row {}, column {})", r + 1, i + 1));
}

EmploymentTable parse_employment_csv(std::string_view text, std::string_view source) {
  const auto lines = content_lines(text);
  if (lines.empty()) throw InvalidInput(at(source, 1), "empty table: expected a header 'region,<industry...>'");
  EmploymentTable table;
  table.source = std::string(source);
  const auto header = split_cells(source, lines[0]);
  if (header[0] != "region")
    throw InvalidInput(at(source, lines[0].number, 1),
                       fmt::format("first header cell must be 'region' (got '{}')", header[0]));
  if (header.size() < 2) throw InvalidInput(at(source, lines[0].number), "header names no industry");
  std::unordered_set<std::string> seen;
  for (std::size_t c = 1; c < header.size(); ++c) {
    if (header[c].empty()) throw InvalidInput(at(source, lines[0].number, c + 1), "empty industry name");
    if (!seen.insert(header[c]).second)
      throw InvalidInput(at(source, lines[0].number, c + 1), fmt::format("duplicate industry '{}'", header[c]));
    table.industries.push_back(header[c]);
  }
  if (lines.size() < 2)
    throw InvalidInput(at(source, lines[0].number + 1), "empty table: no region rows after the header");
  const std::size_t n = table.industries.size();
  table.employment.resize(static_cast<Eigen::Index>(lines.size() - 1), static_cast<Eigen::Index>(n));
  seen.clear();
  for (std::size_t k = 1; k < lines.size(); ++k) {
    const auto cells = split_cells(source, lines[k]);
    if (cells.size() != n + 1)
      throw InvalidInput(at(source, lines[k].number),
                         fmt::format("ragged row: {} cells where the header has {}", cells.size(), n + 1));
    if (cells[0].empty()) throw InvalidInput(at(source, lines[k].number, 1), "empty region name");
    if (!seen.insert(cells[0]).second)
      throw InvalidInput(at(source, lines[k].number, 1), fmt::format("duplicate region '{}'", cells[0]));
    table.regions.push_back(cells[0]);
    table.lines.push_back(lines[k].number);
    for (std::size_t c = 1; c <= n; ++c)
      table.employment(static_cast<Eigen::Index>(k - 1), static_cast<Eigen::Index>(c - 1)) =
          parse_cell(cells[c], source, lines[k].number, c + 1);
  }
  // Correlations square deviations and LQs multiply totals: a total of at most 1e100 keeps every
  // intermediate finite (real tables hold at most ~1e9 jobs).
  if (!(table.employment.sum() <= kMaxTotalEmployment))
    throw InvalidInput(at(source, lines[0].number),
                       fmt::format("total employment must be at most {:g}", kMaxTotalEmployment));
  return table;
}

EmploymentTable read_employment_csv(const std::filesystem::path& path) {
  return parse_employment_csv(read_text_file(path), path.string());
}

Definitions parse_definitions_csv(std::string_view text, std::string_view source) {
  const auto lines = content_lines(text);
  if (lines.empty()) throw InvalidInput(at(source, 1), "empty definitions: expected a header 'industry,cluster'");
  const auto header = split_cells(source, lines[0]);
  if (header.size() < 2 || header[0] != "industry" || header[1] != "cluster")
    throw InvalidInput(at(source, lines[0].number), "header must start with 'industry,cluster'");
  Definitions defs;
  std::unordered_set<std::string> seen;
  for (std::size_t k = 1; k < lines.size(); ++k) {
    const auto cells = split_cells(source, lines[k]);
    if (cells.size() != header.size())
      throw InvalidInput(at(source, lines[k].number),
                         fmt::format("ragged row: {} cells where the header has {}", cells.size(), header.size()));
    if (cells[0].empty() || cells[1].empty())
      throw InvalidInput(at(source, lines[k].number), "industry and cluster must be non-empty");
    if (!seen.insert(cells[0]).second)
      throw InvalidInput(at(source, lines[k].number, 1), fmt::format("duplicate industry '{}'", cells[0]));
    defs.industries.push_back(cells[0]);
    defs.clusters.push_back(cells[1]);
  }
  if (defs.industries.empty()) throw InvalidInput(at(source, lines[0].number + 1), "empty definitions: no rows");
  return defs;
}

}  // namespace clustertrade::cluster_mapping
