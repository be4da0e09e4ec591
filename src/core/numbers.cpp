#include "core/numbers.hpp"

#include <cmath>
#include <stdexcept>

#include <fmt/format.h>

#include "core/latex.hpp"

namespace clustertrade {

std::string format_significant(double value, int significant) {
  if (std::isnan(value)) return "\\text{NaN}";
  if (std::isinf(value)) return value > 0 ? "\\infty" : "-\\infty";
  if (value == 0.0) return "0";
  const double magnitude = std::fabs(value);
  if (magnitude >= 1e6 || magnitude < 1e-4) {
    std::string text = fmt::format("{:.{}e}", value, significant - 1);
    const auto e = text.find('e');
    std::string mantissa = text.substr(0, e);
    if (mantissa.find('.') != std::string::npos) {
      while (mantissa.back() == '0') mantissa.pop_back();
      if (mantissa.back() == '.') mantissa.pop_back();
    }
    const int exponent = std::stoi(text.substr(e + 1));
    return fmt::format("{}\\times 10^{{{}}}", mantissa, exponent);
  }
  const int digits_before = static_cast<int>(std::floor(std::log10(magnitude))) + 1;
  const int decimals = std::max(0, significant - digits_before);
  std::string text = fmt::format("{:.{}f}", value, decimals);
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
  }
  if (text.size() == 2 && text[0] == '-' && text[1] == '0')
    return "0";  // not `text == "-0"`: false -Wrestrict in GCC 12
  return text;
}

void NumberRegistry::push(NumberEntry entry) {
  if (!is_tex_macro_name(entry.name)) throw std::logic_error("number name must be letters only: " + entry.name);
  for (const auto& existing : entries_)
    if (existing.name == entry.name) throw std::logic_error("duplicate number name " + entry.name);
  entries_.push_back(std::move(entry));
}

void NumberRegistry::add(std::string name, double value, std::string description, int significant,
                         std::source_location where) {
  push({std::move(name), value, format_significant(value, significant), std::move(description),
        short_function_name(where.function_name()), source_relative(where.file_name())});
}

void NumberRegistry::add_count(std::string name, long long value, std::string description, std::source_location where) {
  push({std::move(name), static_cast<double>(value), std::to_string(value), std::move(description),
        short_function_name(where.function_name()), source_relative(where.file_name())});
}

void NumberRegistry::add_text(std::string name, std::string tex, std::string description, std::source_location where) {
  push({std::move(name), std::nan(""), std::move(tex), std::move(description),
        short_function_name(where.function_name()), source_relative(where.file_name())});
}

void NumberRegistry::merge(const NumberRegistry& other) {
  for (const auto& entry : other.entries_) push(entry);
}

nlohmann::json NumberRegistry::to_json() const {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& e : entries_)
    out.push_back({{"name", e.name},
                   {"value", std::isfinite(e.value) ? nlohmann::json(e.value) : nlohmann::json(nullptr)},
                   {"tex", e.tex},
                   {"description", e.description},
                   {"function", e.function},
                   {"file", e.file}});
  return out;
}

NumberRegistry NumberRegistry::from_json(const nlohmann::json& doc) {
  NumberRegistry registry;
  for (const auto& e : doc)
    registry.push({e.at("name").get<std::string>(),
                   e.at("value").is_null() ? std::nan("") : e.at("value").get<double>(), e.at("tex").get<std::string>(),
                   e.at("description").get<std::string>(), e.at("function").get<std::string>(),
                   e.at("file").get<std::string>()});
  return registry;
}

std::string NumberRegistry::to_tex() const {
  std::string out = "% Generated from the numbers registry (core/numbers.cpp). Do not edit.\n";
  for (const auto& e : entries_) {
    // Numbers are wrapped in \ensuremath so they read the same in text and in math; text entries pass as they are.
    const bool numeric = std::isfinite(e.value) || e.tex.find("infty") != std::string::npos;
    out += numeric ? fmt::format("\\newcommand{{\\{}}}{{\\ensuremath{{{}}}}}\n", e.name, e.tex)
                   : fmt::format("\\newcommand{{\\{}}}{{{}}}\n", e.name, e.tex);
  }
  return out;
}

}  // namespace clustertrade
