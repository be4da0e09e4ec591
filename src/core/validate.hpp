/// \file validate.hpp
/// \brief Validation helpers for `Params::validate()`: each checks one rule and throws
/// clustertrade::InvalidParameter naming the field and the rule, with the offending value.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace clustertrade {

/// Throws unless `value` is finite (not NaN, not ±inf).
void require_finite(std::string_view field, double value);
/// Throws unless `value` is finite and > 0.
void require_positive(std::string_view field, double value);
/// Throws unless `value` is finite and > `bound` (`bound_text` names the bound, e.g. "1" or "g").
void require_greater(std::string_view field, double value, double bound, std::string_view bound_text);
/// Throws unless `value` is finite and in the closed interval [lo, hi].
void require_in_closed(std::string_view field, double value, double lo, double hi);
/// Throws unless `value` is finite and in the open interval (lo, hi).
void require_in_open(std::string_view field, double value, double lo, double hi);
/// Throws unless every entry is finite and > 0; the message names the 1-based index.
void require_all_positive(std::string_view field, std::span<const double> values);
/// Throws unless every entry is finite and in [lo, hi]; the message names the 1-based index.
void require_all_in_closed(std::string_view field, std::span<const double> values, double lo, double hi);
/// Throws unless `size == expected` (`expected_text` says what it must match).
void require_size(std::string_view field, std::size_t size, std::size_t expected, std::string_view expected_text);
/// Throws unless `size >= minimum`.
void require_min_size(std::string_view field, std::size_t size, std::size_t minimum);
/// The field name of entry `index` (0-based) of a vector field: `name[index+1]`.
std::string indexed(std::string_view field, std::size_t index);
/// A double as the shortest text that reads back to it (`nan`, `inf`, `-inf` included).
std::string format_double(double value);

}  // namespace clustertrade
