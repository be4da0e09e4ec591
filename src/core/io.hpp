/// \file io.hpp
/// \brief Writers: whole outputs are assembled in memory, then written atomically (a temporary
/// file beside the target, then a rename), so a failed run never leaves a half-written file.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

namespace clustertrade {

/// Largest input file read_text_file() accepts: 64 MiB (a 1000 x 1000 matrix in full precision
/// is about 25 MB).
inline constexpr std::size_t kMaxInputBytes = 64u << 20;

/// Throws OutputError unless `path` may be replaced by a regular file: it does not exist, or it is
/// a regular file (not a symbolic link, folder, device, FIFO or socket).
/// \param path the output file about to be written
void check_output_target(const std::filesystem::path& path);

/// Registers a temporary output file (e.g. `F.tmp.XXXXXX`) for removal if the program is ended by
/// SIGINT, SIGTERM or SIGHUP while it exists (the handler unlinks every registered file, then dies
/// of the signal with its default action), and unregisters it when destroyed. Installs the handler
/// on first use; a signal the caller ignores stays ignored. At most 32 files at once.
class TempFileGuard {
 public:
  /// \param path the temporary file (empty: register nothing)
  explicit TempFileGuard(const std::string& path);
  /// Unregisters the file (the signal handler no longer removes it).
  ~TempFileGuard();
  TempFileGuard(const TempFileGuard&) = delete;             ///< not copyable
  TempFileGuard& operator=(const TempFileGuard&) = delete;  ///< not copyable

 private:
  std::size_t slot_ = static_cast<std::size_t>(-1);
};

/// Writes `contents` to `path` atomically: to a fresh temporary file beside it (mkstemp), flushed
/// and synced, then renamed over `path`. Creates the parent folder if needed. Throws OutputError
/// (naming `path`, never the temporary file) when the target is not a regular file
/// (check_output_target) or the file cannot be written; nothing is left behind then.
/// \param path the target file \param contents the whole file's bytes
void write_file_atomic(const std::filesystem::path& path, std::string_view contents);

/// Checks, before any work, that `path` can be written: check_output_target, and a temporary file
/// can really be created beside it (created and removed again; this catches read-only places such
/// as /proc that access() does not). A missing folder is not created: its nearest existing ancestor
/// must be a folder in which a folder can really be created (tried and removed). Throws OutputError
/// naming `path`.
/// \param path the output file about to be written
void probe_output_file(const std::filesystem::path& path);

/// Writes several files all or nothing: every target is checked (check_output_target) and written
/// to its temporary file before any is renamed into place, so a target that cannot be written
/// (a folder, a device, a FIFO, an unwritable folder such as /proc) leaves none of them written.
/// Throws OutputError naming the target that failed.
/// \param files (target, whole contents) pairs
void write_files_atomic(const std::vector<std::pair<std::filesystem::path, std::string>>& files);

/// Writes `doc` as indented JSON (2 spaces, trailing newline) to `path`, atomically.
/// \param path the target file \param doc the document
void write_json_atomic(const std::filesystem::path& path, const nlohmann::json& doc);

/// Reads a whole text file (`-` is standard input) of at most `limit` bytes; a leading UTF-8
/// byte-order mark is dropped. Throws InvalidInput naming the file when it cannot be opened, is a
/// folder, or is larger than `limit` (the message states the limit; reading stops there, so
/// `/dev/zero` fails fast).
/// \param path the file, or `-` for standard input \param limit the largest size accepted, bytes
/// \return the file's text, without a byte-order mark
std::string read_text_file(const std::filesystem::path& path, std::size_t limit = kMaxInputBytes);

/// One CSV cell: a number (written as the shortest text that reads back to it) or text.
using CsvCell = std::variant<double, std::string>;

/// A CSV table with `#` comment lines first (parameters, commit; pgfplots skips them), a
/// header row, then rows. Text cells containing a comma, quote or newline are quoted.
class CsvTable {
 public:
  /// A table with these column names.
  /// \param header the column names, in order
  explicit CsvTable(std::vector<std::string> header);
  /// Appends a comment line (written as `# text`).
  /// \param text the comment, without the `# `
  void comment(std::string text);
  /// Appends a row; throws std::logic_error unless it has one cell per column.
  /// \param row the cells, in column order
  void add_row(std::vector<CsvCell> row);
  /// \return the column names
  [[nodiscard]] const std::vector<std::string>& header() const noexcept { return header_; }
  /// \return the data rows
  [[nodiscard]] const std::vector<std::vector<CsvCell>>& data() const noexcept { return rows_; }
  /// \return the comment lines, without the `# `
  [[nodiscard]] const std::vector<std::string>& comments() const noexcept { return comments_; }
  /// \return the number of data rows
  [[nodiscard]] std::size_t rows() const noexcept { return rows_.size(); }
  /// \return the table as CSV text: comments, header, rows
  [[nodiscard]] std::string str() const;
  /// \return the table as a JSON array of objects keyed by column name (numbers stay numbers;
  /// NaN → null)
  [[nodiscard]] nlohmann::json to_json() const;

 private:
  std::vector<std::string> header_;
  std::vector<std::string> comments_;
  std::vector<std::vector<CsvCell>> rows_;
};

/// The commit recorded in generated files: `$CLUSTERTRADE_COMMIT` if set (the Makefile sets it
/// from git), else "unknown".
/// \return the commit hash, or "unknown"
std::string build_commit();

}  // namespace clustertrade
