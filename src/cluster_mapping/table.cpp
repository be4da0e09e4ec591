/// \file table.cpp
/// \brief The employment-table readers (wide and long): every fault names the file, line and column.
#include "cluster_mapping/table.hpp"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "cluster_mapping/table_text.hpp"
#include "core/csv.hpp"
#include "core/errors.hpp"
#include "core/io.hpp"

namespace clustertrade::cluster_mapping {

namespace {

double parse_cell(const std::string& cell, std::string_view source, std::size_t line, std::size_t column) {
  if (cell.empty()) throw InvalidInput(at(source, line, column), "empty cell: employment must be a number");
  errno = 0;
  char* end = nullptr;
  const double value = std::strtod(cell.c_str(), &end);
  if (end != cell.c_str() + cell.size())
    throw InvalidInput(at(source, line, column),
                       fmt::format("employment must be a number (got '{}')", printable(cell)));
  if (!std::isfinite(value))
    throw InvalidInput(at(source, line, column), fmt::format("employment must be finite (got '{}')", cell));
  if (value < 0.0) throw InvalidInput(at(source, line, column), fmt::format("employment must be >= 0 (got {})", cell));
  if (value != 0.0 && value < min_nonzero_employment)
    throw InvalidInput(at(source, line, column),
                       fmt::format("employment must be 0 or at least {:g} (got {}): smaller values make shares and "
                                   "location quotients overflow",
                                   min_nonzero_employment, cell));
  return value;
}

void check_total(const EmploymentTable& table, std::string_view source, std::size_t header_line) {
  // Correlations square deviations and LQs multiply totals: a total of at most 1e100 keeps every
  // intermediate finite (real tables hold at most ~1e9 jobs).
  if (!(table.employment.sum() <= max_total_employment))
    throw InvalidInput(at(source, header_line),
                       fmt::format("total employment must be at most {:g}", max_total_employment));
}

EmploymentTable parse_wide(const std::vector<Line>& lines, std::string_view source) {
  EmploymentTable table;
  table.source = std::string(source);
  const auto header = cells_of(lines[0], source);
  if (header.size() < 2) throw InvalidInput(at(source, lines[0].number), "header names no industry");
  std::unordered_set<std::string> seen;
  for (std::size_t c = 1; c < header.size(); ++c) {
    check_name(header[c], "industry name", source, lines[0].number, c + 1);
    if (!seen.insert(header[c]).second)
      throw InvalidInput(at(source, lines[0].number, c + 1),
                         fmt::format("duplicate industry '{}'", printable(header[c])));
    table.industries.push_back(header[c]);
    table.columns.push_back(c + 1);
  }
  if (lines.size() < 2)
    throw InvalidInput(at(source, lines[0].number + 1), "empty table: no region rows after the header");
  const std::size_t n = table.industries.size();
  table.employment.resize(static_cast<Eigen::Index>(lines.size() - 1), static_cast<Eigen::Index>(n));
  seen.clear();
  for (std::size_t k = 1; k < lines.size(); ++k) {
    const auto cells = cells_of(lines[k], source);
    if (cells.size() != n + 1)
      throw InvalidInput(at(source, lines[k].number),
                         fmt::format("ragged row: {} cells where the header has {}", cells.size(), n + 1));
    check_name(cells[0], "region name", source, lines[k].number, 1);
    if (!seen.insert(cells[0]).second)
      throw InvalidInput(at(source, lines[k].number, 1), fmt::format("duplicate region '{}'", printable(cells[0])));
    table.regions.push_back(cells[0]);
    table.lines.push_back(lines[k].number);
    for (std::size_t c = 1; c <= n; ++c)
      table.employment(static_cast<Eigen::Index>(k - 1), static_cast<Eigen::Index>(c - 1)) =
          parse_cell(cells[c], source, lines[k].number, c + 1);
  }
  check_total(table, source, lines[0].number);
  return table;
}

std::size_t header_column(const std::vector<std::string>& header, const std::string& name, std::string_view role,
                          std::string_view source, std::size_t line) {
  std::size_t found = header.size();
  for (std::size_t c = 0; c < header.size(); ++c)
    if (header[c] == name) {
      if (found != header.size())
        throw InvalidInput(at(source, line, c + 1),
                           fmt::format("the {} column '{}' appears twice in the header", role, printable(name)));
      found = c;
    }
  if (found == header.size())
    throw InvalidInput(at(source, line), fmt::format("no {} column '{}' in the header (--columns names "
                                                     "REGION,INDUSTRY,EMPLOYMENT)",
                                                     role, printable(name)));
  return found;
}

// Codes in byte order, and each code's rank (its row or column).
std::vector<std::string> sorted_codes(const std::unordered_map<std::string, std::size_t>& index,
                                      std::vector<std::size_t>& rank) {
  std::vector<std::string> codes(index.size());
  for (const auto& [code, i] : index) codes[i] = code;
  std::vector<std::size_t> order(codes.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return codes[a] < codes[b]; });
  rank.assign(codes.size(), 0);
  std::vector<std::string> out(codes.size());
  for (std::size_t k = 0; k < order.size(); ++k) {
    rank[order[k]] = k;
    out[k] = codes[order[k]];
  }
  return out;
}

EmploymentTable parse_long(const std::vector<Line>& lines, std::string_view source, const LongColumns& names) {
  const auto header = cells_of(lines[0], source);
  const std::size_t region_col = header_column(header, names.region, "region", source, lines[0].number);
  const std::size_t industry_col = header_column(header, names.industry, "industry", source, lines[0].number);
  const std::size_t employment_col = header_column(header, names.employment, "employment", source, lines[0].number);
  if (lines.size() < 2) throw InvalidInput(at(source, lines[0].number + 1), "empty table: no rows after the header");
  struct Cell {
    std::size_t region, industry;
    double value;
  };
  std::vector<Cell> cells;
  cells.reserve(lines.size() - 1);
  std::unordered_map<std::string, std::size_t> regions, industries;
  std::vector<std::size_t> region_line;
  std::unordered_map<std::uint64_t, std::size_t> pair_line;
  pair_line.reserve(lines.size());
  for (std::size_t k = 1; k < lines.size(); ++k) {
    const auto row = cells_of(lines[k], source);
    const std::size_t line = lines[k].number;
    if (row.size() != header.size())
      throw InvalidInput(at(source, line),
                         fmt::format("ragged row: {} cells where the header has {}", row.size(), header.size()));
    check_name(row[region_col], "region code", source, line, region_col + 1);
    check_name(row[industry_col], "industry code", source, line, industry_col + 1);
    const double value = parse_cell(row[employment_col], source, line, employment_col + 1);
    const auto [r, new_region] = regions.emplace(row[region_col], regions.size());
    if (new_region) region_line.push_back(line);
    const auto [i, new_industry] = industries.emplace(row[industry_col], industries.size());
    (void)new_industry;
    const std::uint64_t key = (static_cast<std::uint64_t>(r->second) << 32) | i->second;
    const auto [first, added] = pair_line.emplace(key, line);
    if (!added)
      throw InvalidInput(at(source, line),
                         fmt::format("duplicate row: region '{}', industry '{}' already has a row at line {}",
                                     printable(row[region_col]), printable(row[industry_col]), first->second));
    cells.push_back({r->second, i->second, value});
  }
  const double cells_needed = static_cast<double>(regions.size()) * static_cast<double>(industries.size());
  if (cells_needed > max_table_cells)
    throw InvalidInput(at(source, lines[0].number), fmt::format("{} regions x {} industries is more than {:g} cells",
                                                                regions.size(), industries.size(), max_table_cells));
  EmploymentTable table;
  table.source = std::string(source);
  std::vector<std::size_t> region_rank, industry_rank;
  table.regions = sorted_codes(regions, region_rank);
  table.industries = sorted_codes(industries, industry_rank);
  table.lines.resize(table.regions.size());
  for (std::size_t r = 0; r < region_rank.size(); ++r) table.lines[region_rank[r]] = region_line[r];
  table.employment = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(table.regions.size()),
                                           static_cast<Eigen::Index>(table.industries.size()));
  for (const auto& c : cells)
    table.employment(static_cast<Eigen::Index>(region_rank[c.region]),
                     static_cast<Eigen::Index>(industry_rank[c.industry])) = c.value;
  check_total(table, source, lines[0].number);
  return table;
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

LongColumns parse_long_columns(std::string_view text) {
  std::vector<std::string> names;
  try {
    names = split_csv_record(text);
  } catch (const InvalidParameter& error) {
    throw InvalidParameter("columns", error.rule());
  }
  if (names.size() != 3)
    throw InvalidParameter("columns",
                           fmt::format("must name three columns REGION,INDUSTRY,EMPLOYMENT (got {})", names.size()));
  for (std::size_t k = 0; k < 3; ++k) {
    if (names[k].empty()) throw InvalidParameter("columns", fmt::format("entry {} is empty", k + 1));
    for (std::size_t j = 0; j < k; ++j)
      if (names[j] == names[k])
        throw InvalidParameter(
            "columns", fmt::format("entries {} and {} name the same column '{}'", j + 1, k + 1, printable(names[k])));
  }
  return {names[0], names[1], names[2]};
}

EmploymentTable parse_employment_table(std::string_view text, std::string_view source, const ReadOptions& options) {
  const auto lines = content_lines(text);
  if (lines.empty())
    throw InvalidInput(at(source, 1), "empty table: expected a header 'region,<industry...>' or a long table's");
  if (options.columns) return parse_long(lines, source, *options.columns);
  const auto header = cells_of(lines[0], source);
  if (header == std::vector<std::string>{"region", "industry", "employment"})
    return parse_long(lines, source, {"region", "industry", "employment"});
  if (header[0] != "region")
    throw InvalidInput(at(source, lines[0].number, 1),
                       fmt::format("first header cell must be 'region' (got '{}'; a long table needs --columns "
                                   "REGION,INDUSTRY,EMPLOYMENT or the header 'region,industry,employment')",
                                   printable(header[0])));
  return parse_wide(lines, source);
}

EmploymentTable read_employment_table(const std::filesystem::path& path, const ReadOptions& options) {
  return parse_employment_table(read_text_file(path), path == "-" ? std::string("<stdin>") : path.string(), options);
}

}  // namespace clustertrade::cluster_mapping
