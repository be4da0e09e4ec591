/// \file io.hpp
/// \brief Writers: whole outputs are assembled in memory, then written atomically (a temporary
/// file beside the target, then a rename), so a failed run never leaves a half-written file.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

namespace clustertrade {

/// Writes `contents` to `path` atomically: to `path.tmp.<pid>` first, then renames it over `path`.
/// Creates the parent folder if needed. Throws std::runtime_error when the file cannot be written.
void write_file_atomic(const std::filesystem::path& path, std::string_view contents);

/// Writes `doc` as indented JSON (2 spaces, trailing newline) to `path`, atomically.
void write_json_atomic(const std::filesystem::path& path, const nlohmann::json& doc);

/// Reads a whole text file; throws InvalidInput naming the file when it cannot be opened.
std::string read_text_file(const std::filesystem::path& path);

/// One CSV cell: a number (written as the shortest text that reads back to it) or text.
using CsvCell = std::variant<double, std::string>;

/// A CSV table with `#` comment lines first (parameters, commit; pgfplots skips them), a
/// header row, then rows. Text cells containing a comma, quote or newline are quoted.
class CsvTable {
public:
  /// A table with these column names.
  explicit CsvTable(std::vector<std::string> header);
  /// Appends a comment line (written as `# text`).
  void comment(std::string text);
  /// Appends a row; throws std::logic_error unless it has one cell per column.
  void add_row(std::vector<CsvCell> row);
  /// Number of data rows.
  [[nodiscard]] std::size_t rows() const noexcept { return rows_.size(); }
  /// The table as CSV text.
  [[nodiscard]] std::string str() const;
  /// The table as a JSON array of objects keyed by column name (numbers stay numbers; NaN → null).
  [[nodiscard]] nlohmann::json to_json() const;

private:
  std::vector<std::string> header_;
  std::vector<std::string> comments_;
  std::vector<std::vector<CsvCell>> rows_;
};

/// The commit recorded in generated files: `$CLUSTERTRADE_COMMIT` if set (the Makefile sets it
/// from git), else "unknown".
std::string build_commit();

}  // namespace clustertrade
