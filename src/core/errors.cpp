#include "core/errors.hpp"

#include <utility>

namespace clustertrade {

namespace {

// Built with append rather than operator+ (GCC 12 issues a false -Wrestrict for the latter).
std::string joined(const std::string& head, const std::string& tail) {
  std::string text;
  text.reserve(head.size() + 2 + tail.size());
  text.append(head).append(": ").append(tail);
  return text;
}

}  // namespace

InvalidParameter::InvalidParameter(std::string field, std::string rule)
    : std::invalid_argument(joined(field, rule)), field_(std::move(field)), rule_(std::move(rule)) {}

InvalidInput::InvalidInput(std::string where, std::string rule)
    : std::runtime_error(joined(where, rule)), where_(std::move(where)), rule_(std::move(rule)) {}

}  // namespace clustertrade
