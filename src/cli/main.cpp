/// \file main.cpp
/// \brief The `clustertrade` program: everything is in cli::run (src/cli/run.cpp).
#include <csignal>

#include "cli/common.hpp"

int main(int argc, char** argv) {
  // A closed pipe (`clustertrade ... | head -1`) is a failed write reported with exit status 2,
  // not a death by SIGPIPE.
  std::signal(SIGPIPE, SIG_IGN);
  return clustertrade::cli::run(argc, argv);
}
