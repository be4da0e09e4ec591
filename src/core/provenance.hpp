/// \file provenance.hpp
/// \brief What every output records about the run that made it: the program version, the commit
/// and the full command line (DESIGN.md, "Command-line conventions"; issue 12, item 6).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace clustertrade {

/// The program version: CMake's PROJECT_VERSION, compiled in as CLUSTERTRADE_VERSION.
/// \return e.g. "0.1.0"
std::string program_version();

/// The commit the results come from: `$CLUSTERTRADE_COMMIT` at run time if set and non-empty,
/// else the git commit compiled in (CLUSTERTRADE_GIT_COMMIT, taken at configure time), else "unknown".
/// \return a commit id (possibly with a "-dirty" suffix) or "unknown"
std::string run_commit();

/// Shell-quotes one argument so that the printed command line can be pasted back into a shell:
/// plain words stay as they are, anything else is put in single quotes ('it'\''s').
/// \param argument one element of argv
/// \return the quoted text
std::string shell_quote(const std::string& argument);

/// The provenance object of a run:
/// `{"version": ..., "commit": ..., "command": "clustertrade ...", "argv": ["clustertrade", ...]}`.
/// `command` is argv joined with spaces after shell_quote(); `argv` is the same line as an array.
/// \param argc number of arguments (as given to main)
/// \param argv the arguments (argv[0] is the program)
/// \return the JSON object; callers add run-specific fields (seed, draws, caps) beside these
nlohmann::json run_meta(int argc, const char* const* argv);

}  // namespace clustertrade
