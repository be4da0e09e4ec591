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
/// \param field the parameter's name as the message shows it (see indexed())
/// \param value the value checked
void require_finite(std::string_view field, double value);
/// Throws unless `value` is finite and > 0.
/// \param field the parameter's name as the message shows it (see indexed())
/// \param value the value checked
void require_positive(std::string_view field, double value);
/// Throws unless `value` is finite and > `bound` (`bound_text` names the bound, e.g. "1" or "g").
/// \param field the parameter's name as the message shows it (see indexed())
/// \param value the value checked \param bound the strict lower bound
/// \param bound_text how the message names the bound
void require_greater(std::string_view field, double value, double bound, std::string_view bound_text);
/// Throws unless `value` is finite and in the closed interval [lo, hi].
/// \param field the parameter's name as the message shows it (see indexed())
/// \param value the value checked \param lo lower end (included) \param hi upper end (included)
void require_in_closed(std::string_view field, double value, double lo, double hi);
/// Throws unless `value` is finite and in the open interval (lo, hi).
/// \param field the parameter's name as the message shows it (see indexed())
/// \param value the value checked \param lo lower end (excluded) \param hi upper end (excluded)
void require_in_open(std::string_view field, double value, double lo, double hi);
/// Throws unless every entry is finite and > 0; the message names the 1-based index.
/// \param field the vector parameter's name, without index \param values its entries
void require_all_positive(std::string_view field, std::span<const double> values);
/// Throws unless every entry is finite and in [lo, hi]; the message names the 1-based index.
/// \param field the vector parameter's name, without index \param values its entries
/// \param lo lower end (included) \param hi upper end (included)
void require_all_in_closed(std::string_view field, std::span<const double> values, double lo, double hi);
/// Throws unless `size == expected` (`expected_text` says what it must match).
/// \param field the vector parameter's name \param size its number of entries
/// \param expected the required number \param expected_text how the message names it, e.g. "n"
void require_size(std::string_view field, std::size_t size, std::size_t expected, std::string_view expected_text);
/// Throws unless `size >= minimum`.
/// \param field the vector parameter's name \param size its number of entries
/// \param minimum the least number allowed
void require_min_size(std::string_view field, std::size_t size, std::size_t minimum);
/// The field name of entry `index` (0-based) of a vector field: `name[index+1]`.
/// \param field the vector parameter's name \param index the entry, 0-based
/// \return `field[index+1]`
std::string indexed(std::string_view field, std::size_t index);
/// A double as the shortest text that reads back to it (`nan`, `inf`, `-inf` included).
/// \param value the number \return its shortest round-trip text
std::string format_double(double value);

}  // namespace clustertrade
