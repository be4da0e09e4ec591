/// \file claims_engine_standin.hpp
/// \brief INTERIM: the subset of core/falsify.hpp (ENGINE_API.md) the H12 checks use, until the
/// engine branch is merged. Deleted at the merge.
#pragma once
#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <vector>
#include <nlohmann/json.hpp>
#include "core/random.hpp"
namespace clustertrade {
struct Finding {
  bool premise = true;
  bool in_scope = true;
  bool violated = false;
  bool tie = false;
  double margin = std::numeric_limits<double>::infinity();
  double value = std::numeric_limits<double>::quiet_NaN();
  std::string detail;
};
template <class Case>
struct Search {
  std::uint64_t salt = 0;
  std::function<Case(std::size_t k, DrawRng& rng)> draw;
  std::vector<Case> fixed_cases;
  std::function<Finding(const Case&)> check;
  std::function<std::vector<Case>(const Case&)> shrink_candidates;
  std::function<nlohmann::json(const Case&)> to_json;
  std::function<std::string(const Case&)> command;
  std::size_t draw_cap = 0;
};
}  // namespace clustertrade
