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
double parse_number(std::string_view field, std::string_view text);

/// Parses a comma list such as `10,10,5,5` (spaces allowed around entries). Throws
/// InvalidParameter naming `field` and the 1-based entry when one is not a number or is empty.
std::vector<double> parse_number_list(std::string_view field, std::string_view text);

/// Parses a numeric CSV matrix from `text` (one row per line; blank lines and lines starting with
/// `#` skipped; every row the same length). `source` names the input in messages
/// (`source:line:column`). Throws InvalidInput on a non-numeric cell or a ragged row.
Eigen::MatrixXd parse_numeric_csv(std::string_view text, std::string_view source);

/// Reads a numeric CSV matrix from a file (see parse_numeric_csv).
Eigen::MatrixXd read_numeric_csv(const std::filesystem::path& path);

}  // namespace clustertrade
