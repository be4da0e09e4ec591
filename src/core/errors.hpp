/// \file errors.hpp
/// \brief The two exceptions every user-facing error travels in.
///
/// A model's `Params::validate()` throws InvalidParameter naming the field and the rule it
/// broke; a reader throws InvalidInput naming the file, line and column. The command line
/// turns either into one line on stderr and exit status 2 (see cli/common.hpp).
#pragma once

#include <stdexcept>
#include <string>

namespace clustertrade {

/// A parameter broke a rule: `field()` names it (e.g. `lambda_south[2]`), `rule()` says the rule.
class InvalidParameter : public std::invalid_argument {
 public:
  /// \param field the parameter's name, with a 1-based index for vector entries
  /// \param rule  the violated condition in words, e.g. "must be finite and > 0 (got -1)"
  InvalidParameter(std::string field, std::string rule);
  /// \return the offending parameter's name
  [[nodiscard]] const std::string& field() const noexcept { return field_; }
  /// \return the rule it broke, in words
  [[nodiscard]] const std::string& rule() const noexcept { return rule_; }

 private:
  std::string field_;
  std::string rule_;
};

/// An input file could not be read as required: `where()` names file, line and column.
class InvalidInput : public std::runtime_error {
 public:
  /// \param where e.g. "tau.csv:3:2" (1-based line and column)
  /// \param rule  what was expected there
  InvalidInput(std::string where, std::string rule);
  /// \return file, line and column of the fault
  [[nodiscard]] const std::string& where() const noexcept { return where_; }
  /// \return what was expected there
  [[nodiscard]] const std::string& rule() const noexcept { return rule_; }

 private:
  std::string where_;
  std::string rule_;
};

/// An output could not be written where asked (an unwritable folder, a full disk, a target that is
/// a device, folder or symbolic link). The command line reports it as a usage error (exit 2) under
/// the flag that named the target (`--out`).
class OutputError : public std::runtime_error {
 public:
  /// \param message e.g. "cannot write 'x.csv': Permission denied"
  explicit OutputError(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace clustertrade
