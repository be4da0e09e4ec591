#include "support/run_command.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>
#include <vector>

#include <sys/wait.h>

namespace clustertrade::testing {

namespace {

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Every folder make_temp_dir() made in this test process, removed (with what the test wrote in it)
// when the process ends, so the suite leaves nothing in the temporary directory.
struct TempDirs {
  std::vector<std::string> made;
  ~TempDirs() {
    std::error_code ignored;
    for (const auto& dir : made) std::filesystem::remove_all(dir, ignored);
  }
};
TempDirs& temp_dirs() {
  static TempDirs dirs;
  return dirs;
}

}  // namespace

std::string make_temp_dir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "clustertrade-test-XXXXXX").string();
  if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  temp_dirs().made.push_back(pattern);
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
