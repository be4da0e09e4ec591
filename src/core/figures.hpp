/// \file figures.hpp
/// \brief Plumbing for the figure programs: each module's `figures.cpp` writes its figures' CSV
/// files and registers the numbers the report prints, through a FigureOutput; the shared main
/// then writes the traces the report uses to map each figure and number to its function.
#pragma once

#include <filesystem>
#include <functional>
#include <source_location>
#include <string>
#include <vector>

#include "core/io.hpp"
#include "core/numbers.hpp"

namespace clustertrade {

/// Where a figure's data came from.
struct FigureTrace {
  std::string id;           ///< figure id, e.g. `rc07-fig1`
  std::string file_name;    ///< CSV written, e.g. `rc07-fig1-ppf.csv`
  std::string description;  ///< what the data are
  std::string function;     ///< the function that computed and wrote them
  std::string source;       ///< that function's source file
};

/// What a figure program writes into: the figures folder and the numbers registry.
class FigureOutput {
 public:
  /// \param figures_dir folder for `<id>.csv` files  \param program the program's name
  FigureOutput(std::filesystem::path figures_dir, std::string program);
  /// Writes `table` to `<figures_dir>/<id>.csv` (or `<id>-<part>.csv` when `part` is not empty),
  /// atomically, after prepending comment lines with the program, function and commit.
  /// \param id figure id, e.g. `h12-fig2`  \param part suffix of the file name, or empty
  /// \param table the data  \param description what the data are, in words
  /// \param where the writing function (filled in by the compiler)
  void write_csv(const std::string& id, const std::string& part, CsvTable table, std::string description,
                 std::source_location where = std::source_location::current());
  /// The numbers registry of this program.
  /// \return the registry, for adding numbers
  NumberRegistry& numbers() noexcept { return numbers_; }
  /// Figures written so far.
  /// \return one trace per CSV file written, in writing order
  [[nodiscard]] const std::vector<FigureTrace>& traces() const noexcept { return traces_; }
  /// The program's name.
  /// \return the name given to the constructor
  [[nodiscard]] const std::string& program() const noexcept { return program_; }

 private:
  std::filesystem::path figures_dir_;
  std::string program_;
  NumberRegistry numbers_;
  std::vector<FigureTrace> traces_;
};

/// The main of every figure program: parses `--figures-dir DIR --results-dir DIR`, runs `body`,
/// then writes `<results-dir>/<program>.numbers.json` and `<results-dir>/<program>.figures.json`.
/// Returns the exit status (2 on bad arguments, 1 on a failure, with one line on stderr).
/// \param argc argument count of `main`  \param argv arguments of `main`
/// \param program the program's name (prefix of the results files)
/// \param body computes the figures and registers the numbers
/// \return the exit status: 0 on success, 2 on bad arguments, 1 on a failure
int figure_program_main(int argc, char** argv, const std::string& program,
                        const std::function<void(FigureOutput&)>& body);

}  // namespace clustertrade
