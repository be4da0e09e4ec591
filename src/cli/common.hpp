/// \file common.hpp
/// \brief Shared plumbing of the `clustertrade` subcommands: turning parameter errors into one
/// line that names the flag, and writing output (stdout or an atomic file) only once it is whole.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>

#include "core/errors.hpp"

namespace clustertrade::cli {

/// A user error already phrased for the command line ("--flag: rule"); exit status 2.
class UsageError : public std::runtime_error {
public:
  /// \param message the one line to print after "clustertrade: "
  explicit UsageError(const std::string& message) : std::runtime_error(message) {}
};

/// Pairs (Params field name, command-line flag), e.g. {"lambda_south", "--lambda-south"}.
using FlagMap = std::vector<std::pair<std::string, std::string>>;

/// The one-line message for a parameter error, naming the flag: `lambda_south[2]` with
/// {"lambda_south", "--lambda-south"} becomes "--lambda-south (entry 2): must be > 0 (got -1)".
/// Fields not in the map keep their own name.
std::string flag_message(const InvalidParameter& error, const FlagMap& flags);

/// Runs `action`, turning an InvalidParameter into a UsageError naming the flag.
template <class Action>
auto with_flags(const FlagMap& flags, Action&& action) -> decltype(action()) {
  try {
    return action();
  } catch (const InvalidParameter& error) {
    throw UsageError(flag_message(error, flags));
  }
}

/// Parses a comma list for `flag`, throwing UsageError("--flag: entry k must be a number ...").
std::vector<double> parse_list_flag(const std::string& flag, const std::string& text);

/// Writes `content` to stdout when `out_path` is empty, else to the file atomically.
void emit(const std::string& content, const std::string& out_path);

/// Adds `--out FILE` (write there instead of stdout) to a subcommand.
void add_out_option(CLI::App& command, std::string& out_path);

}  // namespace clustertrade::cli
