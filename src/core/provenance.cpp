#include "core/provenance.hpp"

#include <cstdlib>

#ifndef CLUSTERTRADE_VERSION
#define CLUSTERTRADE_VERSION "unknown"
#endif
#ifndef CLUSTERTRADE_GIT_COMMIT
#define CLUSTERTRADE_GIT_COMMIT ""
#endif

namespace clustertrade {

std::string program_version() { return CLUSTERTRADE_VERSION; }

std::string run_commit() {
  const char* from_env = std::getenv("CLUSTERTRADE_COMMIT");
  if (from_env && *from_env) return from_env;
  const std::string compiled = CLUSTERTRADE_GIT_COMMIT;
  return compiled.empty() ? std::string("unknown") : compiled;
}

std::string shell_quote(const std::string& argument) {
  if (argument.empty()) return "''";
  bool plain = true;
  for (const char c : argument) {
    const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                      c == '_' || c == '.' || c == ',' || c == '/' || c == '=' || c == ':' || c == '+' || c == '@' ||
                      c == '%';
    if (!safe) {
      plain = false;
      break;
    }
  }
  if (plain) return argument;
  std::string quoted = "'";
  for (const char c : argument) {
    if (c == '\'')
      quoted += "'\\''";
    else
      quoted += c;
  }
  return quoted + "'";
}

nlohmann::json run_meta(int argc, const char* const* argv) {
  nlohmann::json args = nlohmann::json::array();
  std::string command;
  for (int i = 0; i < argc; ++i) {
    // Arguments are bytes; JSON needs UTF-8: replace invalid sequences rather than throw later.
    const std::string text = argv[i] ? argv[i] : "";
    const std::string safe = nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    const std::string valid = nlohmann::json::parse(safe).get<std::string>();
    args.push_back(valid);
    if (i > 0) command += ' ';
    command += shell_quote(valid);
  }
  return {{"version", program_version()}, {"commit", run_commit()}, {"command", command}, {"argv", args}};
}

}  // namespace clustertrade
