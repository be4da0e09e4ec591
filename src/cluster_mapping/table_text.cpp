/// \file table_text.cpp
/// \brief Text plumbing of the cluster-mapping readers (see table_text.hpp).
#include "cluster_mapping/table_text.hpp"

#include <fmt/format.h>

#include "core/csv.hpp"
#include "core/errors.hpp"

namespace clustertrade::cluster_mapping {

std::vector<Line> content_lines(std::string_view text) {
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.remove_prefix(3);  // UTF-8 byte-order mark
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

std::string at(std::string_view source, std::size_t line, std::size_t column) {
  return column == 0 ? fmt::format("{}:{}", source, line) : fmt::format("{}:{}:{}", source, line, column);
}

std::vector<std::string> cells_of(const Line& line, std::string_view source) {
  try {
    return split_csv_record(line.text);
  } catch (const InvalidParameter& error) {
    throw InvalidInput(at(source, line.number), error.rule());
  }
}

void check_name(const std::string& name, std::string_view what, std::string_view source, std::size_t line,
                std::size_t column) {
  if (name.empty()) throw InvalidInput(at(source, line, column), fmt::format("empty {}", what));
  if (!is_valid_utf8(name))
    throw InvalidInput(at(source, line, column), fmt::format("{} '{}' is not valid UTF-8", what, printable(name)));
}

std::string printable(std::string_view text) {
  std::string out;
  for (std::size_t k = 0; k < text.size() && k < 60; ++k) {
    const auto byte = static_cast<unsigned char>(text[k]);
    if (byte >= 0x20 && byte < 0x7F)
      out += static_cast<char>(byte);
    else
      out += fmt::format("\\x{:02X}", byte);
  }
  if (text.size() > 60) out += "...";
  return out;
}

}  // namespace clustertrade::cluster_mapping
