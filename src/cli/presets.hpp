/// \file presets.hpp
/// \brief Named scenarios (`--preset NAME`) that rerun a reproduced paper figure from the command
/// line, built from the same inputs the figure program uses (src/trade_growth/scenarios.hpp).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace clustertrade::cli {

/// The preset names, e.g. `h12-fig3` (free trade) and `h12-fig3-autarky`.
/// \return every preset name
std::vector<std::string> preset_names();

/// A preset as a scenario document {"command": ..., "flags": {...}, "description": ...}; throws
/// UsageError listing the names when `name` is not one.
/// \param name a preset name
/// \return the scenario document
nlohmann::json preset_scenario(const std::string& name);

}  // namespace clustertrade::cli
