/// \file run_command.hpp
/// \brief Test helper: run the `clustertrade` binary and capture stdout, stderr and exit status.
#pragma once

#include <string>

namespace clustertrade::testing {

/// What a command printed and how it ended.
struct CommandResult {
  int status;       ///< exit status
  std::string out;  ///< standard output
  std::string err;  ///< standard error
};

/// Runs `clustertrade <args>` (args as one shell-quoted string) from a fresh temporary folder,
/// which is also returned in `cwd` so tests can check that no file was written there.
CommandResult run_clustertrade(const std::string& args, std::string* cwd = nullptr);

/// A fresh empty temporary folder, removed with its contents when the test process ends.
std::string make_temp_dir();

}  // namespace clustertrade::testing
