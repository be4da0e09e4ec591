/// \file csv.hpp
/// \brief Readers for numeric input: comma lists from the command line and numeric CSV
/// matrices from files, with faults reported by position (InvalidInput / InvalidParameter).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <Eigen/Dense>

namespace clustertrade {

/// Parses one number (decimal, exponent, `inf`, `nan` accepted by strtod); the whole text must be
/// consumed. Throws InvalidParameter(field, "must be a number (got '...')") otherwise.
/// \param field the flag or parameter named in the message \param text the text to read
/// \return the number
double parse_number(std::string_view field, std::string_view text);

/// Parses a comma list such as `10,10,5,5` (spaces allowed around entries). Throws
/// InvalidParameter naming `field` and the 1-based entry when one is not a number or is empty.
/// \param field the flag or parameter named in the message \param text the comma list
/// \return the entries in order
std::vector<double> parse_number_list(std::string_view field, std::string_view text);

/// Splits one CSV line into its cells, the one dialect every reader of the project accepts: cells
/// separated by commas, spaces and tabs around a cell dropped, and a cell in double quotes (as R's
/// write.csv writes names: `"region","a"`) taken without its quotes, where `""` stands for one quote
/// and a comma is part of the cell. A carriage return ending the line is dropped. Throws
/// InvalidInput(`where`, ...) on a quote that is not closed or text after a closing quote.
/// \param line one line of text (no newline) \param where the line's name for messages (`file:line`)
/// \return the cells, unquoted
std::vector<std::string> split_csv_cells(std::string_view line, std::string_view where);

/// Parses a numeric CSV matrix from `text` (one row per line; blank lines and lines starting with
/// `#` skipped; every row the same length; a UTF-8 byte-order mark and cells in double quotes
/// accepted). `source` names the input in messages (`source:line:column`). Throws InvalidInput on
/// a non-numeric cell or a ragged row.
///
/// Headers and index columns as pandas `to_csv()` and R `write.csv()` write them are recognised:
/// the first row is a header when one of its cells is not a number; the first column is an index
/// (and dropped) when that header's first cell is empty (`,0,1` or `"","V1"`), or when the table
/// is n x (n+1) with n >= 2 and its first column is 0..n-1 or 1..n.
/// \param text the CSV text \param source the input's name for messages (a path, or `-`)
/// \return the numeric cells, header row and index column dropped
Eigen::MatrixXd parse_numeric_csv(std::string_view text, std::string_view source);

/// Reads a numeric CSV matrix from a file, `-` meaning standard input (see parse_numeric_csv and
/// read_text_file, which limits the size).
/// \param path the file, or `-` for standard input
/// \return the numeric cells, header row and index column dropped
Eigen::MatrixXd read_numeric_csv(const std::filesystem::path& path);

}  // namespace clustertrade
