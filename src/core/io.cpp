#include "core/io.hpp"

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>

#include <unistd.h>

#include "core/errors.hpp"
#include "core/validate.hpp"

namespace clustertrade {

void write_file_atomic(const std::filesystem::path& path, std::string_view contents) {
  namespace fs = std::filesystem;
  if (path.has_parent_path()) fs::create_directories(path.parent_path());
  fs::path tmp = path;
  tmp += ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error("cannot write " + tmp.string());
    out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
    out.flush();
    if (!out) {
      std::error_code ignored;
      fs::remove(tmp, ignored);
      throw std::runtime_error("cannot write " + tmp.string());
    }
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) {
    std::error_code ignored;
    fs::remove(tmp, ignored);
    throw std::runtime_error("cannot rename " + tmp.string() + " to " + path.string() + ": " + ec.message());
  }
}

void write_json_atomic(const std::filesystem::path& path, const nlohmann::json& doc) {
  write_file_atomic(path, doc.dump(2) + "\n");
}

std::string read_text_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InvalidInput(path.string(), "cannot open the file for reading");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

CsvTable::CsvTable(std::vector<std::string> header) : header_(std::move(header)) {}

void CsvTable::comment(std::string text) { comments_.push_back(std::move(text)); }

void CsvTable::add_row(std::vector<CsvCell> row) {
  if (row.size() != header_.size())
    throw std::logic_error("CsvTable row has " + std::to_string(row.size()) + " cells for " +
                           std::to_string(header_.size()) + " columns");
  rows_.push_back(std::move(row));
}

namespace {

std::string quote_if_needed(const std::string& text) {
  if (text.find_first_of(",\"\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

std::string cell_text(const CsvCell& cell) {
  if (const double* number = std::get_if<double>(&cell)) return format_double(*number);
  return quote_if_needed(std::get<std::string>(cell));
}

}  // namespace

std::string CsvTable::str() const {
  std::string out;
  // Appended piece by piece: `"," + text` triggers a false -Wrestrict in GCC 12.
  for (const auto& line : comments_) out.append("# ").append(line).append("\n");
  for (std::size_t c = 0; c < header_.size(); ++c) out.append(c ? "," : "").append(quote_if_needed(header_[c]));
  out += "\n";
  for (const auto& row : rows_) {
    for (std::size_t c = 0; c < row.size(); ++c) out.append(c ? "," : "").append(cell_text(row[c]));
    out += "\n";
  }
  return out;
}

nlohmann::json CsvTable::to_json() const {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& row : rows_) {
    nlohmann::json object = nlohmann::json::object();
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (const double* number = std::get_if<double>(&row[c]))
        object[header_[c]] = std::isfinite(*number) ? nlohmann::json(*number) : nlohmann::json(nullptr);
      else
        object[header_[c]] = std::get<std::string>(row[c]);
    }
    rows.push_back(std::move(object));
  }
  return rows;
}

std::string build_commit() {
  const char* commit = std::getenv("CLUSTERTRADE_COMMIT");
  return (commit && *commit) ? std::string(commit) : std::string("unknown");
}

}  // namespace clustertrade
