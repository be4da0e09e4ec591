/// \file fuzz_arguments.cpp
/// \brief libFuzzer harness: the whole command line (cli::run, what `clustertrade` runs). The input
/// is split at NUL bytes into arguments. Exit status 0 or 2 is the contract; 1 (an internal error)
/// aborts, so libFuzzer keeps the input. Inputs that could write files (`--out`, `--tex-dir`), name
/// paths (a '/' or "..") or run the claim checks (`prove`, minutes each) are skipped; `--out` is
/// exercised by tests/fuzz/campaign.py instead.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "cli/common.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  // Output goes nowhere; `--tau -` reads an empty stdin.
  if (!std::freopen("/dev/null", "w", stdout) || !std::freopen("/dev/null", "r", stdin)) std::abort();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<std::string> args{"clustertrade"};
  std::string current;
  for (std::size_t i = 0; i < size; ++i) {
    const char c = static_cast<char>(data[i]);
    if (c == '\0') {
      args.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  args.push_back(current);
  for (const auto& a : args)
    if (a.find('/') != std::string::npos || a.find("..") != std::string::npos || a.find("prove") != std::string::npos ||
        a.find("scenario") != std::string::npos || a.find("--out") != std::string::npos ||
        a.find("--tex") != std::string::npos)
      return 0;
  std::vector<const char*> argv;
  for (const auto& a : args) argv.push_back(a.c_str());
  if (clustertrade::cli::run(static_cast<int>(argv.size()), argv.data()) == 1) std::abort();
  return 0;
}
