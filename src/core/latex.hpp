/// \file latex.hpp
/// \brief Small helpers for the generated LaTeX files.
#pragma once

#include <string>
#include <string_view>

namespace clustertrade {

/// Escapes LaTeX's special characters in `text`, except inside `$...$` spans, which pass through
/// unchanged so that registry strings may carry inline math (the same string goes to JSON).
std::string latex_escape(std::string_view text);

/// Escapes everything, `$` included (for file names, function names, commands).
std::string latex_escape_verbatim(std::string_view text);

/// `\texttt{...}` of `text`, escaped, with a permitted line break after each `, . / - _ = :` so
/// long identifiers, function names and command lines wrap inside narrow table columns.
std::string latex_breakable_tt(std::string_view text);

/// The head of a longtable: `caption` (e.g. "\\caption{...}\\label{...}", may be empty) and the
/// header row on the first page (`\endfirsthead`), the header row alone on later pages (`\endhead`),
/// so a label is defined once however many pages the table spans.
std::string longtable_head(std::string_view header_row, std::string_view caption);

/// True when `name` can be a LaTeX command name: one or more ASCII letters.
bool is_tex_macro_name(std::string_view name);

/// The function name without return type, arguments or namespaces' noise: from
/// "void clustertrade::a::f(int)" returns "clustertrade::a::f" (`{anonymous}::` segments dropped).
std::string short_function_name(std::string_view pretty);

/// A path relative to the source tree: from "/x/y/src/core/io.cpp" returns "src/core/io.cpp"
/// (the part from the last "src/", "tests/" or "bench/" on), else the input.
std::string source_relative(std::string_view path);

}  // namespace clustertrade
