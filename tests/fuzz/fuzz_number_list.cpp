/// \file fuzz_number_list.cpp
/// \brief libFuzzer harness: comma lists and single numbers (core/csv.hpp parse_number_list,
/// parse_number). Any input must either parse or throw InvalidParameter; nothing else.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/csv.hpp"
#include "core/errors.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    (void)clustertrade::parse_number_list("--home", text);
  } catch (const clustertrade::InvalidParameter&) {
  }
  try {
    (void)clustertrade::parse_number("--sigma", text);
  } catch (const clustertrade::InvalidParameter&) {
  }
  return 0;
}
