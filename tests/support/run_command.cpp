#include "support/run_command.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <sys/wait.h>

namespace clustertrade::testing {

namespace {

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

std::string make_temp_dir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "clustertrade-test-XXXXXX").string();
  if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  return pattern;
}

CommandResult run_clustertrade(const std::string& args, std::string* cwd) {
  const std::string dir = make_temp_dir();
  const std::string command = "cd '" + dir + "' && '" CLUSTERTRADE_BIN "' " + args + " >'" + dir + "/.stdout' 2>'" +
                              dir + "/.stderr' </dev/null";
  const int raw = std::system(command.c_str());
  CommandResult result{WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, slurp(dir + "/.stdout"), slurp(dir + "/.stderr")};
  std::filesystem::remove(dir + "/.stdout");
  std::filesystem::remove(dir + "/.stderr");
  if (cwd)
    *cwd = dir;
  else
    std::filesystem::remove_all(dir);
  return result;
}

}  // namespace clustertrade::testing
