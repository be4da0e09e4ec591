#include "cli/common.hpp"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "core/csv.hpp"
#include "core/io.hpp"
#include "core/validate.hpp"

namespace clustertrade::cli {

std::string flag_message(const InvalidParameter& error, const FlagMap& flags) {
  const std::string& field = error.field();
  const auto bracket = field.find('[');
  const std::string base = field.substr(0, bracket);
  std::string name = field;
  for (const auto& [param, flag] : flags) {
    if (param == base) {
      name = flag;
      if (bracket != std::string::npos)
        name += " (entry " + field.substr(bracket + 1, field.size() - bracket - 2) + ")";
      break;
    }
  }
  return name + ": " + error.rule();
}

std::vector<double> parse_list_flag(const std::string& flag, const std::string& text) {
  try {
    return parse_number_list(flag, text);
  } catch (const InvalidParameter& error) {
    throw UsageError(error.field() + ": " + error.rule());
  }
}

double parse_scalar_flag(const std::string& flag, const std::string& text) {
  try {
    return parse_number(flag, text);
  } catch (const InvalidParameter& error) {
    throw UsageError(error.field() + ": " + error.rule());
  }
}

void check_magnitude(const std::string& flag, const std::vector<double>& values) {
  for (std::size_t i = 0; i < values.size(); ++i) {
    const double v = values[i];
    if (std::isfinite(v) && v > 0.0 && (v < kMinMagnitude || v > kMaxMagnitude))
      throw UsageError(flag + (values.size() > 1 ? " (entry " + std::to_string(i + 1) + ")" : std::string()) +
                       ": must lie in [" + format_double(kMinMagnitude) + ", " + format_double(kMaxMagnitude) +
                       "], the model's numerical range (got " + format_double(v) + ")");
  }
}

void check_row_count(double horizon, double step) {
  const double rows = std::floor(horizon / step) + 1.0;
  if (!(rows <= kMaxRows))
    throw UsageError("--step: --horizon " + format_double(horizon) + " / --step " + format_double(step) + " gives " +
                     format_double(rows) + " output rows, more than the limit of " + format_double(kMaxRows) +
                     "; use a larger --step");
}

nlohmann::json& run_meta_json() {
  static nlohmann::json meta = nlohmann::json::object();
  return meta;
}

void add_out_option(CLI::App& command, std::string& out_path) {
  command.add_option("--out", out_path,
                     "Write the output to FILE (atomically: all or nothing; an existing FILE must be a regular file) "
                     "instead of stdout; '-' is stdout");
}

void add_output_options(CLI::App& command, OutputOptions& options, bool offer_tidy) {
  command.add_flag("--json", options.json, "JSON {\"meta\": {...}, \"rows\": [{column: value}, ...]} instead of CSV");
  command.add_flag("--meta", options.meta,
                   "Begin the CSV with '#' lines recording version, commit and command line (read them with "
                   "pandas.read_csv(f, comment='#') or read.csv(f, comment.char='#'))");
  if (offer_tidy)
    command.add_flag("--tidy", options.tidy, "Long (tidy) output: one row per (t, variable, value) instead of wide");
  add_out_option(command, options.out);
}

void check_out_path(const std::string& out_path) {
  if (out_path.empty() || out_path == "-") return;
  try {
    probe_output_file(out_path);
  } catch (const OutputError& error) {
    throw UsageError("--out: " + std::string(error.what()));
  }
}

void emit(const std::string& content, const std::string& out_path) {
  if (out_path.empty() || out_path == "-") {
    errno = 0;
    const std::size_t written = std::fwrite(content.data(), 1, content.size(), stdout);
    if (written != content.size() || std::fflush(stdout) != 0 || std::ferror(stdout))
      throw UsageError(std::string("stdout: write failed (") + (errno ? std::strerror(errno) : "short write") + ")");
    return;
  }
  try {
    write_file_atomic(out_path, content);
  } catch (const OutputError& error) {
    throw UsageError("--out: " + std::string(error.what()));
  }
}

namespace {

// `#` lines of a CSV: one `key: value` per provenance field (pandas comment='#', R comment.char='#').
std::vector<std::string> meta_lines() {
  std::vector<std::string> lines;
  for (const auto& [key, value] : run_meta_json().items()) {
    if (key == "argv") continue;  // the same line as `command`
    std::string text = value.is_string() ? value.get<std::string>() : value.dump();
    for (char& c : text)
      if (c == '\n' || c == '\r') c = ' ';
    lines.push_back(key + ": " + text);
  }
  return lines;
}

// Refuses a non-finite number; NaN in an `undefined_ok` column becomes a missing value.
CsvCell checked(const CsvCell& cell, const std::string& column, std::size_t row,
                const std::set<std::string>& undefined_ok) {
  const double* number = std::get_if<double>(&cell);
  if (!number || std::isfinite(*number)) return cell;
  if (std::isnan(*number) && undefined_ok.count(column)) return std::string();
  throw UsageError("result '" + column + "' at row " + std::to_string(row + 1) + " is " + format_double(*number) +
                   ": the inputs lie outside the range in which the model's numbers are representable as doubles; "
                   "see --help for each flag's range");
}

}  // namespace

void emit_table(const CsvTable& table, const OutputOptions& options, const std::set<std::string>& undefined_ok,
                std::size_t key_columns) {
  const auto& header = table.header();
  std::vector<std::string> out_header = header;
  if (options.tidy) {
    out_header.assign(header.begin(), header.begin() + static_cast<std::ptrdiff_t>(key_columns));
    out_header.push_back("variable");
    out_header.push_back("value");
  }
  CsvTable out(out_header);
  for (std::size_t r = 0; r < table.data().size(); ++r) {
    const auto& row = table.data()[r];
    std::vector<CsvCell> cells;
    for (std::size_t c = 0; c < row.size(); ++c) cells.push_back(checked(row[c], header[c], r, undefined_ok));
    if (!options.tidy) {
      out.add_row(std::move(cells));
      continue;
    }
    for (std::size_t c = key_columns; c < cells.size(); ++c) {
      std::vector<CsvCell> tidy_row(cells.begin(), cells.begin() + static_cast<std::ptrdiff_t>(key_columns));
      tidy_row.emplace_back(header[c]);
      tidy_row.push_back(cells[c]);
      out.add_row(std::move(tidy_row));
    }
  }
  if (options.json) {
    nlohmann::json rows = out.to_json();
    for (auto& row : rows)  // a missing value ("" from checked()) is null in JSON
      for (auto& [key, value] : row.items())
        if ((undefined_ok.count(key) || key == "value") && value.is_string() && value.get<std::string>().empty())
          value = nullptr;
    nlohmann::json doc = {{"rows", std::move(rows)}};
    if (!table.comments().empty()) doc["evidence"] = table.comments();  // the CSV's `#` evidence lines
    emit_json(std::move(doc), options.out);
    return;
  }
  if (options.meta)
    for (auto& line : meta_lines()) out.comment(std::move(line));
  for (const auto& line : table.comments()) out.comment(line);  // evidence lines (after the provenance)
  emit(out.str(), options.out);
}

void emit_json(nlohmann::json doc, const std::string& out_path) {
  nlohmann::json ordered = nlohmann::json::object();
  ordered["meta"] = run_meta_json();
  for (auto& [key, value] : doc.items()) ordered[key] = std::move(value);
  emit(ordered.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n", out_path);
}

}  // namespace clustertrade::cli
