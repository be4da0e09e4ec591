/// \file fuzz_csv_matrix.cpp
/// \brief libFuzzer harness: numeric CSV matrices (core/csv.hpp parse_numeric_csv) with byte-order
/// marks, headers, index columns, quotes and ragged rows. Any input must either give a matrix with
/// at least one row and column or throw InvalidInput.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/csv.hpp"
#include "core/errors.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const Eigen::MatrixXd m = clustertrade::parse_numeric_csv(text, "fuzz.csv");
    if (m.rows() < 1 || m.cols() < 1) std::abort();  // the contract: a matrix or an error
  } catch (const clustertrade::InvalidInput&) {
  }
  return 0;
}
