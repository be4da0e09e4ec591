/// \file us_data.cpp
/// \brief Paths of the vendored U.S. data and the `us-cbp2019` preset.
#include "cluster_mapping/us_data.hpp"

#include <cstdlib>
#include <string>

namespace clustertrade::cluster_mapping {

std::filesystem::path vendored_us_data(std::string_view file) {
  const char* folder = std::getenv(us_data_environment_variable);
  if (folder != nullptr && *folder != '\0') return std::filesystem::path(folder) / std::string(file);
  return std::filesystem::path(CLUSTERTRADE_SOURCE_DIR) / "data" / "us" / std::string(file);
}

ReadOptions us_cbp2019_read_options() { return ReadOptions{LongColumns{"cbsa_code", "naics2017", "emp"}}; }

AlignedTable load_us_cbp2019(std::string_view definitions_file) {
  const auto table = read_employment_table(vendored_us_data(us_cbp2019_file), us_cbp2019_read_options());
  return align_with_definitions(table, read_definitions(vendored_us_data(definitions_file)));
}

}  // namespace clustertrade::cluster_mapping
