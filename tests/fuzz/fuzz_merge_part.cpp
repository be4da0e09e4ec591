/// \file fuzz_merge_part.cpp
/// \brief libFuzzer harness: `clustertrade merge`'s part reader (cli/prove_part.hpp
/// parse_prove_part): any bytes must parse and pass prove's schema, or be refused with a
/// UsageError; never a crash, a stack overflow (nesting is bounded before parsing), or another
/// exception. A part that passes must also survive the merge arithmetic of one part.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/prove_output.hpp"
#include "cli/prove_part.hpp"
#include "core/claims.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const auto part = clustertrade::cli::parse_prove_part("part.json", text);
    static const clustertrade::ClaimRegistry registry = [] {
      clustertrade::ClaimRegistry r;
      clustertrade::cli::register_all_claims(r);
      return r;
    }();
    clustertrade::cli::ProveSettings settings;
    double wall = 0.0;
    (void)clustertrade::cli::merge_documents(registry, {{"part.json", part}}, settings, wall);
  } catch (const clustertrade::cli::UsageError&) {
  }
  return 0;
}
