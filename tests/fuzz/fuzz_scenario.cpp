/// \file fuzz_scenario.cpp
/// \brief libFuzzer harness: scenario files (`--scenario FILE.json`, cli/args.cpp expand_scenarios).
/// The input is written to a scratch file and expanded; it must expand or throw UsageError.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "cli/common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string path = "/tmp/clustertrade-fuzz-scenario-" + std::to_string(::getpid()) + ".json";
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return 0;
  std::fwrite(data, 1, size, f);
  std::fclose(f);
  try {
    (void)clustertrade::cli::expand_scenarios({"--scenario", path, "--horizon", "1"});
  } catch (const clustertrade::cli::UsageError&) {
  }
  return 0;
}
