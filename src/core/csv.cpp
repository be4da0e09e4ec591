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
    throw InvalidParameter(std::string(field), fmt::format("must be a number (got '{}')", trim(text)));
  return value;
}

std::vector<double> parse_number_list(std::string_view field, std::string_view text) {
  std::vector<double> values;
  const auto parts = split(text, ',');
  for (std::size_t i = 0; i < parts.size(); ++i) {
    double value = 0.0;
    if (!to_double(parts[i], value))
      throw InvalidParameter(std::string(field), fmt::format("entry {} must be a number in a comma list (got '{}')",
                                                             i + 1, trim(parts[i])));
    values.push_back(value);
  }
  return values;
}

Eigen::MatrixXd parse_numeric_csv(std::string_view text, std::string_view source) {
  std::vector<std::vector<double>> rows;
  std::size_t line_number = 0;
  for (std::string_view line : split(text, '\n')) {
    ++line_number;
    const auto content = trim(line);
    if (content.empty() || content.front() == '#') continue;
    std::vector<double> row;
    const auto cells = split(line, ',');
    for (std::size_t c = 0; c < cells.size(); ++c) {
      double value = 0.0;
      if (!to_double(cells[c], value))
        throw InvalidInput(fmt::format("{}:{}:{}", source, line_number, c + 1),
                           fmt::format("expected a number (got '{}')", trim(cells[c])));
      row.push_back(value);
    }
    if (!rows.empty() && row.size() != rows.front().size())
      throw InvalidInput(fmt::format("{}:{}", source, line_number),
                         fmt::format("row has {} columns, the first row has {}", row.size(), rows.front().size()));
    rows.push_back(std::move(row));
  }
  if (rows.empty()) throw InvalidInput(std::string(source), "no numeric rows found");
  Eigen::MatrixXd matrix(static_cast<Eigen::Index>(rows.size()), static_cast<Eigen::Index>(rows.front().size()));
  for (std::size_t r = 0; r < rows.size(); ++r)
    for (std::size_t c = 0; c < rows[r].size(); ++c)
      matrix(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(c)) = rows[r][c];
  return matrix;
}

Eigen::MatrixXd read_numeric_csv(const std::filesystem::path& path) {
  return parse_numeric_csv(read_text_file(path), path.string());
}

}  // namespace clustertrade
