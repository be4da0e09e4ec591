#include "core/csv.hpp"

#include <cerrno>
#include <cstdlib>

#include <fmt/format.h>

#include "core/errors.hpp"
#include "core/io.hpp"
#include "core/validate.hpp"

namespace clustertrade {

namespace {

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r");
  return text.substr(first, last - first + 1);
}

bool to_double(std::string_view text, double& value) {
  const std::string copy(trim(text));
  if (copy.empty()) return false;
  char* end = nullptr;
  errno = 0;
  value = std::strtod(copy.c_str(), &end);
  return end == copy.c_str() + copy.size();
}

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    const auto pos = text.find(separator, start);
    parts.push_back(text.substr(start, pos == std::string_view::npos ? std::string_view::npos : pos - start));
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return parts;
}

}  // namespace

double parse_number(std::string_view field, std::string_view text) {
  double value = 0.0;
  if (!to_double(text, value))
    throw InvalidParameter(std::string(field), fmt::format("must be a number (got '{}')", trim(text).substr(0, 40)));
  return value;
}

std::vector<double> parse_number_list(std::string_view field, std::string_view text) {
  std::vector<double> values;
  const auto parts = split(text, ',');
  for (std::size_t i = 0; i < parts.size(); ++i) {
    double value = 0.0;
    if (!to_double(parts[i], value))
      throw InvalidParameter(std::string(field), fmt::format("entry {} must be a number in a comma list (got '{}')",
                                                             i + 1, trim(parts[i]).substr(0, 40)));
    values.push_back(value);
  }
  return values;
}

std::vector<std::string> split_csv_cells(std::string_view line, std::string_view where) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  std::vector<std::string> cells;
  std::size_t i = 0;
  while (true) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    std::string cell;
    if (i < line.size() && line[i] == '"') {
      const std::size_t open = i++;
      while (true) {
        if (i >= line.size())
          throw InvalidInput(std::string(where),
                             fmt::format("column {}: a double quote opened at character {} is not closed",
                                         cells.size() + 1, open + 1));
        if (line[i] == '"') {
          if (i + 1 < line.size() && line[i + 1] == '"') {
            cell += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        cell += line[i++];
      }
      while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
      if (i < line.size() && line[i] != ',')
        throw InvalidInput(std::string(where),
                           fmt::format("column {}: text after a closing double quote", cells.size() + 1));
    } else {
      const std::size_t comma = line.find(',', i);
      std::string_view raw = line.substr(i, comma == std::string_view::npos ? std::string_view::npos : comma - i);
      while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t')) raw.remove_suffix(1);
      cell = std::string(raw);
      i = comma == std::string_view::npos ? line.size() : comma;
    }
    cells.push_back(std::move(cell));
    if (i >= line.size()) break;
    ++i;  // the comma
  }
  return cells;
}

namespace {

// A cell without its surrounding double quotes (R's write.csv quotes names: "","V1","1").
std::string_view unquote(std::string_view cell) {
  cell = trim(cell);
  if (cell.size() >= 2 && cell.front() == '"' && cell.back() == '"') return trim(cell.substr(1, cell.size() - 2));
  return cell;
}

struct Row {
  std::size_t line;
  std::vector<std::string_view> cells;
};

// True when `column` holds 0, 1, ..., n-1 or 1, 2, ..., n (a row index as pandas or R write it).
bool is_row_index(const std::vector<Row>& rows) {
  for (const double first : {0.0, 1.0}) {
    bool sequence = true;
    for (std::size_t r = 0; r < rows.size() && sequence; ++r) {
      double value = 0.0;
      sequence = to_double(unquote(rows[r].cells.front()), value) && value == first + static_cast<double>(r);
    }
    if (sequence) return true;
  }
  return false;
}

}  // namespace

Eigen::MatrixXd parse_numeric_csv(std::string_view text, std::string_view source) {
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.remove_prefix(3);  // UTF-8 byte-order mark
  std::vector<Row> rows;
  std::size_t line_number = 0;
  bool header = false, header_index = false;
  for (std::string_view line : split(text, '\n')) {
    ++line_number;
    const auto content = trim(line);
    if (content.empty() || content.front() == '#') continue;
    Row row{line_number, split(line, ',')};
    if (rows.empty() && !header) {
      // The first row is a header (pandas to_csv, R write.csv) when a cell is not a number.
      double ignored = 0.0;
      for (const auto cell : row.cells)
        if (!to_double(unquote(cell), ignored)) header = true;
      if (header) {
        header_index = unquote(row.cells.front()).empty();  // ",0,1" (pandas) or "","V1" (R): an index column
        continue;
      }
    }
    rows.push_back(std::move(row));
  }
  if (rows.empty()) throw InvalidInput(std::string(source), "no numeric rows found");
  // An index column: announced by the header's empty first cell, or (header or not) a first column
  // 0..n-1 / 1..n that makes an n x (n+1) table out of what would be square.
  const std::size_t width = rows.front().cells.size();
  const bool drop_index = header_index || (rows.size() >= 2 && width == rows.size() + 1 && is_row_index(rows));
  if (width - (drop_index ? 1 : 0) == 0)
    throw InvalidInput(fmt::format("{}:{}", source, rows.front().line), "no numeric columns besides the index column");
  Eigen::MatrixXd matrix(static_cast<Eigen::Index>(rows.size()),
                         static_cast<Eigen::Index>(width - (drop_index ? 1 : 0)));
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const auto& cells = rows[r].cells;
    if (cells.size() != width)
      throw InvalidInput(fmt::format("{}:{}", source, rows[r].line),
                         fmt::format("row has {} columns, the first row has {}", cells.size(), width));
    for (std::size_t c = drop_index ? 1 : 0; c < cells.size(); ++c) {
      double value = 0.0;
      if (!to_double(unquote(cells[c]), value))
        throw InvalidInput(fmt::format("{}:{}:{}", source, rows[r].line, c + 1),
                           fmt::format("expected a number (got '{}')", trim(cells[c]).substr(0, 40)));
      matrix(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(c - (drop_index ? 1 : 0))) = value;
    }
  }
  return matrix;
}

Eigen::MatrixXd read_numeric_csv(const std::filesystem::path& path) {
  return parse_numeric_csv(read_text_file(path), path == "-" ? std::string("<stdin>") : path.string());
}

}  // namespace clustertrade
