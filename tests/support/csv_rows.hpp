/// \file csv_rows.hpp
/// \brief Test helper: the rows of a command's or a figure program's CSV output, keyed by the header's
/// column names, so that tests check each column by its name (issue 20 §5c).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/run_command.hpp"

namespace clustertrade::testing {

/// One data row: column name → cell text.
using CsvRow = std::map<std::string, std::string>;

/// The rows of a plain CSV (no quoted cells), skipping `#` comment lines; the first other line is the header.
/// \param text the CSV text \return the data rows keyed by column name
inline std::vector<CsvRow> parse_csv_rows(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> header;
  std::vector<CsvRow> rows;
  auto split = [](const std::string& s) {
    std::vector<std::string> cells;
    std::stringstream ss(s);
    std::string cell;
    while (std::getline(ss, cell, ',')) cells.push_back(cell);
    if (!s.empty() && s.back() == ',') cells.emplace_back();
    return cells;
  };
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    if (header.empty()) {
      header = split(line);
      continue;
    }
    const auto cells = split(line);
    EXPECT_EQ(cells.size(), header.size()) << "ragged row: " << line;
    CsvRow row;
    for (std::size_t c = 0; c < header.size() && c < cells.size(); ++c) row[header[c]] = cells[c];
    rows.push_back(row);
  }
  return rows;
}

/// The rows of a CSV file (see parse_csv_rows()).
/// \param path the file \return its data rows keyed by column name
inline std::vector<CsvRow> read_csv_rows(const std::string& path) {
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << "cannot read " << path;
  std::ostringstream text;
  text << in.rdbuf();
  return parse_csv_rows(text.str());
}

/// The number in column `column` of `row`; a test failure (and NaN) when the column is missing.
/// \param row a data row \param column the column's name \return its value
inline double cell_number(const CsvRow& row, const std::string& column) {
  const auto it = row.find(column);
  if (it == row.end()) {
    ADD_FAILURE() << "no column " << column;
    return std::nan("");
  }
  return std::stod(it->second);
}

/// The rows `clustertrade <args>` prints; a test failure when it does not exit with 0.
/// \param args the command line after the program's name \return its CSV rows keyed by column name
inline std::vector<CsvRow> run_csv_rows(const std::string& args) {
  const auto r = run_clustertrade(args);
  EXPECT_EQ(r.status, 0) << args << "\n" << r.err;
  return parse_csv_rows(r.out);
}

/// Runs a figure program (`figures-<module>`, built beside `clustertrade`) with its figure and results
/// folders set to `dir`, as the Makefile runs it.
/// \param program the program's name, e.g. "figures-trade-growth" \param dir an existing folder
/// \return true when the program exists and exits with 0
inline bool run_figure_program(const std::string& program, const std::string& dir) {
  const std::filesystem::path path = std::filesystem::path(CLUSTERTRADE_BIN).parent_path() / program;
  if (!std::filesystem::exists(path)) return false;
  std::string command = "'";  // appended piece by piece (GCC 12 -Wrestrict false positive on "'" + text)
  command.append(path.string()).append("' --figures-dir '").append(dir).append("' --results-dir '");
  command.append(dir).append("' >/dev/null 2>&1");
  return std::system(command.c_str()) == 0;
}

/// A figure program's output, written once (by run_figure_program()) into a fresh temporary folder;
/// a test file keeps one in a function-local static so the program runs once per test process.
class FigureProgramOutput {
 public:
  const std::string path = make_temp_dir();  ///< the folder (removed when the test process ends)
  const bool ran;                            ///< whether the program exists and exited with 0 (initialised after path)

  /// \param program the program's name, e.g. "figures-trade-growth"
  explicit FigureProgramOutput(const std::string& program) : ran(run_figure_program(program, path)) {}
  FigureProgramOutput(const FigureProgramOutput&) = delete;
  FigureProgramOutput& operator=(const FigureProgramOutput&) = delete;
  /// \param id a file's name without .csv \return the file's path in the folder
  [[nodiscard]] std::string file(const std::string& id) const { return path + "/" + id + ".csv"; }
  /// \param id a file's name without .csv \return its rows keyed by the header's names
  [[nodiscard]] std::vector<CsvRow> rows(const std::string& id) const { return read_csv_rows(file(id)); }
};

/// |got − want| ≤ rel·max(1, |want|): a relative check for integrated or iterated values.
/// \param got the program's value \param want the independent value \param rel the tolerance
/// \param what names the value in the failure message
inline void expect_close(double got, double want, double rel, const std::string& what) {
  EXPECT_NEAR(got, want, rel * std::max(1.0, std::abs(want))) << what;
}

}  // namespace clustertrade::testing
