#include "cli/common.hpp"

#include <iostream>

#include "core/csv.hpp"
#include "core/io.hpp"

namespace clustertrade::cli {

std::string flag_message(const InvalidParameter& error, const FlagMap& flags) {
  const std::string& field = error.field();
  const auto bracket = field.find('[');
  const std::string base = field.substr(0, bracket);
  std::string name = field;
  for (const auto& [param, flag] : flags) {
    if (param == base) {
      name = flag;
      if (bracket != std::string::npos) name += " (entry " + field.substr(bracket + 1, field.size() - bracket - 2) + ")";
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

void emit(const std::string& content, const std::string& out_path) {
  if (out_path.empty()) {
    std::cout << content << std::flush;
  } else {
    write_file_atomic(out_path, content);
  }
}

void add_out_option(CLI::App& command, std::string& out_path) {
  command.add_option("--out", out_path, "Write the output to FILE (atomically) instead of stdout");
}

}  // namespace clustertrade::cli
