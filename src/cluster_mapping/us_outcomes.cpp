/// \file us_outcomes.cpp
/// \brief Readers of the ACS and USPTO files by CBSA (us_outcomes.hpp).
#include "cluster_mapping/us_outcomes.hpp"

#include <charconv>
#include <cmath>
#include <limits>
#include <set>
#include <utility>

#include <fmt/format.h>

#include "core/csv.hpp"
#include "core/errors.hpp"
#include "core/io.hpp"

namespace clustertrade::cluster_mapping {

namespace {

// Each non-empty line with its 1-based line number.
std::vector<std::pair<std::size_t, std::string_view>> lines_of(std::string_view text) {
  std::vector<std::pair<std::size_t, std::string_view>> out;
  std::size_t start = 0, number = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    ++number;
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty()) out.emplace_back(number, line);
    start = end + 1;
  }
  return out;
}

// The column named `name` in the header, or an InvalidInput at line 1.
std::size_t column_of(const std::vector<std::string>& header, const std::string& name, std::string_view source) {
  for (std::size_t c = 0; c < header.size(); ++c)
    if (header[c] == name) return c;
  throw InvalidInput(fmt::format("{}:1", source), fmt::format("the header must name a column '{}'", name));
}

// A number, or NaN for `NA`; anything else is an InvalidInput naming the cell.
double value_of(const std::string& cell, std::string_view where) {
  if (cell == "NA") return std::numeric_limits<double>::quiet_NaN();
  double x = 0.0;
  const auto [end, error] = std::from_chars(cell.data(), cell.data() + cell.size(), x);
  if (error != std::errc() || end != cell.data() + cell.size() || !std::isfinite(x))
    throw InvalidInput(std::string(where), fmt::format("must be a finite number or NA (got '{}')", cell));
  return x;
}

// The cells of one line (core/csv.hpp's dialect), a malformed quote as InvalidInput at `where`.
std::vector<std::string> cells_of(std::string_view line, const std::string& where) {
  try {
    return split_csv_record(line);
  } catch (const InvalidParameter& e) {
    throw InvalidInput(where, e.rule());
  }
}

}  // namespace

std::map<std::string, AcsRecord> parse_acs_csv(std::string_view text, std::string_view source) {
  const auto lines = lines_of(text);
  if (lines.empty()) throw InvalidInput(fmt::format("{}:1", source), "must have a header row");
  const auto header = cells_of(lines.front().second, fmt::format("{}:{}", source, lines.front().first));
  const std::size_t code = column_of(header, "cbsa_code", source), name = column_of(header, "cbsa_name", source),
                    earnings = column_of(header, "med_earnings_total", source),
                    income = column_of(header, "med_hh_inc_total", source);
  std::map<std::string, AcsRecord> out;
  for (std::size_t k = 1; k < lines.size(); ++k) {
    const auto [number, line] = lines[k];
    const std::string where = fmt::format("{}:{}", source, number);
    const auto cells = cells_of(line, where);
    if (cells.size() != header.size())
      throw InvalidInput(where,
                         fmt::format("must have {} cells like the header (got {})", header.size(), cells.size()));
    AcsRecord r;
    r.name = cells[name];
    r.metropolitan = r.name.ends_with("Metro Area");
    r.median_earnings = value_of(cells[earnings], where);
    r.median_household_income = value_of(cells[income], where);
    if (!out.emplace(cells[code], std::move(r)).second)
      throw InvalidInput(where, fmt::format("repeats CBSA '{}'", cells[code]));
  }
  return out;
}

std::map<std::string, AcsRecord> read_acs_csv(const std::filesystem::path& path) {
  return parse_acs_csv(read_text_file(path), path.string());
}

std::map<std::string, double> parse_patents_csv(std::string_view text, std::string_view source, int first_year,
                                                int last_year) {
  if (last_year < first_year) throw InvalidParameter("last_year", "must be >= first_year");
  const auto lines = lines_of(text);
  if (lines.empty()) throw InvalidInput(fmt::format("{}:1", source), "must have a header row");
  const auto header = cells_of(lines.front().second, fmt::format("{}:{}", source, lines.front().first));
  const std::size_t code = column_of(header, "cbsa_code", source), year = column_of(header, "year", source),
                    patents = column_of(header, "patents_issued", source);
  std::map<std::string, double> out;
  std::set<std::pair<std::string, double>> seen;
  for (std::size_t k = 1; k < lines.size(); ++k) {
    const auto [number, line] = lines[k];
    const std::string where = fmt::format("{}:{}", source, number);
    const auto cells = cells_of(line, where);
    if (cells.size() != header.size())
      throw InvalidInput(where,
                         fmt::format("must have {} cells like the header (got {})", header.size(), cells.size()));
    const double y = value_of(cells[year], where), p = value_of(cells[patents], where);
    if (!(p >= 0.0)) throw InvalidInput(where, "patents_issued must be a count >= 0");
    if (!seen.emplace(cells[code], y).second)
      throw InvalidInput(where, fmt::format("repeats CBSA '{}' in year {}", cells[code], cells[year]));
    if (y >= first_year && y <= last_year) out[cells[code]] += p;
  }
  return out;
}

std::map<std::string, double> read_patents_csv(const std::filesystem::path& path, int first_year, int last_year) {
  return parse_patents_csv(read_text_file(path), path.string(), first_year, last_year);
}

}  // namespace clustertrade::cluster_mapping
