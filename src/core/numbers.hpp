/// \file numbers.hpp
/// \brief The numbers registry: every number the report prints is computed by code and
/// registered here under a LaTeX macro name; the report only uses the generated macros.
#pragma once

#include <source_location>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace clustertrade {

/// One registered number.
struct NumberEntry {
  std::string name;         ///< LaTeX macro name (letters only), e.g. `rcSevenWageSpecTwo`
  double value;             ///< the value (NaN for text entries)
  std::string tex;          ///< how the report prints it
  std::string description;  ///< what it is, in words
  std::string function;     ///< function that registered it
  std::string file;         ///< source file of that function
};

/// Collects numbers; writes `numbers.json` and `numbers.tex` (one `\newcommand` each).
class NumberRegistry {
 public:
  /// Registers `value` printed with `significant` significant digits (trailing zeros dropped).
  /// Throws std::logic_error when the name is not letters only or already taken.
  /// \param name LaTeX macro name (letters only)  \param value the number
  /// \param description what it is, in words  \param significant significant digits printed
  /// \param where the registering function (filled in by the compiler)
  void add(std::string name, double value, std::string description, int significant = 4,
           std::source_location where = std::source_location::current());
  /// Registers an integer count.
  /// \param name LaTeX macro name (letters only)  \param value the count
  /// \param description what it counts, in words
  /// \param where the registering function (filled in by the compiler)
  void add_count(std::string name, long long value, std::string description,
                 std::source_location where = std::source_location::current());
  /// Registers ready-made LaTeX text (e.g. a parameter list) under a name.
  /// \param name LaTeX macro name (letters only)  \param tex the LaTeX text printed
  /// \param description what it is, in words
  /// \param where the registering function (filled in by the compiler)
  void add_text(std::string name, std::string tex, std::string description,
                std::source_location where = std::source_location::current());
  /// Appends all entries of `other` (names must stay unique).
  /// \param other the registry whose entries are appended, in its order
  void merge(const NumberRegistry& other);
  /// The entries in registration order.
  /// \return every entry, in registration order
  [[nodiscard]] const std::vector<NumberEntry>& entries() const noexcept { return entries_; }
  /// JSON array of {name, value, tex, description, function, file}.
  /// \return the JSON array
  [[nodiscard]] nlohmann::json to_json() const;
  /// Reads what to_json wrote.
  /// \param doc a JSON array as written by to_json
  /// \return a registry holding those entries
  static NumberRegistry from_json(const nlohmann::json& doc);
  /// `\newcommand{\name}{tex}` lines, with a header comment.
  /// \return the contents of `numbers.tex`
  [[nodiscard]] std::string to_tex() const;

 private:
  void push(NumberEntry entry);
  std::vector<NumberEntry> entries_;
};

/// `value` with `significant` significant digits, trailing zeros removed, in LaTeX (a
/// `\times 10^{k}` form for very large or small magnitudes; `\infty`, `\text{NaN}`).
/// \param value the number
/// \param significant significant digits kept (≥ 1)
/// \return the LaTeX text of the number
std::string format_significant(double value, int significant);

}  // namespace clustertrade
