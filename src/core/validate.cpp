#include "core/validate.hpp"

#include <cmath>

#include <fmt/format.h>

#include "core/errors.hpp"

namespace clustertrade {

std::string format_double(double value) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  return fmt::format("{}", value);
}

std::string indexed(std::string_view field, std::size_t index) { return fmt::format("{}[{}]", field, index + 1); }

void require_finite(std::string_view field, double value) {
  if (!std::isfinite(value))
    throw InvalidParameter(std::string(field), "must be a finite number (got " + format_double(value) + ")");
}

void require_positive(std::string_view field, double value) {
  require_finite(field, value);
  if (!(value > 0.0)) throw InvalidParameter(std::string(field), "must be > 0 (got " + format_double(value) + ")");
}

void require_greater(std::string_view field, double value, double bound, std::string_view bound_text) {
  require_finite(field, value);
  if (!(value > bound))
    throw InvalidParameter(std::string(field), fmt::format("must be > {} (got {})", bound_text, format_double(value)));
}

void require_in_closed(std::string_view field, double value, double lo, double hi) {
  require_finite(field, value);
  if (value < lo || value > hi)
    throw InvalidParameter(std::string(field), fmt::format("must lie in [{}, {}] (got {})", format_double(lo),
                                                           format_double(hi), format_double(value)));
}

void require_in_open(std::string_view field, double value, double lo, double hi) {
  require_finite(field, value);
  if (!(value > lo && value < hi))
    throw InvalidParameter(std::string(field), fmt::format("must lie in ({}, {}) (got {})", format_double(lo),
                                                           format_double(hi), format_double(value)));
}

void require_all_positive(std::string_view field, std::span<const double> values) {
  // The indexed name is formatted only for an entry that fails (validation runs on every solve).
  for (std::size_t i = 0; i < values.size(); ++i)
    if (!(std::isfinite(values[i]) && values[i] > 0.0)) require_positive(indexed(field, i), values[i]);
}

void require_all_in_closed(std::string_view field, std::span<const double> values, double lo, double hi) {
  for (std::size_t i = 0; i < values.size(); ++i)
    if (!(std::isfinite(values[i]) && values[i] >= lo && values[i] <= hi))
      require_in_closed(indexed(field, i), values[i], lo, hi);
}

void require_size(std::string_view field, std::size_t size, std::size_t expected, std::string_view expected_text) {
  if (size != expected)
    throw InvalidParameter(std::string(field),
                           fmt::format("must have {} entries, {} (got {})", expected, expected_text, size));
}

void require_min_size(std::string_view field, std::size_t size, std::size_t minimum) {
  if (size < minimum)
    throw InvalidParameter(std::string(field), fmt::format("must have at least {} entries (got {})", minimum, size));
}

}  // namespace clustertrade
