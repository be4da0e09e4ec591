/// \file table_text.hpp
/// \brief Text plumbing shared by the employment-table and definitions readers: content lines,
/// CSV records as cells, `file:line:column` locators and name checks (internal to the module).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace clustertrade::cluster_mapping {

/// One non-blank, non-comment line of a CSV text with its 1-based line number.
struct Line {
  std::size_t number;     ///< 1-based line number in the source
  std::string_view text;  ///< the line without its newline (and `\r`)
};

/// The non-blank lines of `text` not starting with `#`, a leading UTF-8 byte-order mark dropped.
/// \param text the whole input \return its content lines
std::vector<Line> content_lines(std::string_view text);

/// `source:line` or `source:line:column` (column 0: none).
/// \param source the input's name \param line 1-based \param column 1-based or 0 \return the locator
std::string at(std::string_view source, std::size_t line, std::size_t column = 0);

/// The cells of a line (core split_csv_record); a quoting fault becomes InvalidInput at `source:line`.
/// \param line the line \param source the input's name \return the cells
std::vector<std::string> cells_of(const Line& line, std::string_view source);

/// Throws InvalidInput at `source:line:column` unless `name` is non-empty valid UTF-8 (`what`
/// names it in the message, e.g. "region code").
/// \param name the cell \param what its role \param source input name \param line 1-based \param column 1-based
void check_name(const std::string& name, std::string_view what, std::string_view source, std::size_t line,
                std::size_t column);

/// `text` cut to 60 bytes with bytes outside printable ASCII written `\xNN` (for messages).
/// \param text any bytes \return printable text
std::string printable(std::string_view text);

}  // namespace clustertrade::cluster_mapping
