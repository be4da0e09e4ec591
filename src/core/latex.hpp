/// \file latex.hpp
/// \brief Small helpers for the generated LaTeX files.
#pragma once

#include <string>
#include <string_view>

namespace clustertrade {

/// Escapes LaTeX's special characters in `text`, except inside `$...$` spans, which pass through
/// unchanged so that registry strings may carry inline math (the same string goes to JSON).
/// \param text plain text, possibly with `$...$` spans
/// \return the text with `# $ % & _ { } ~ ^ \` escaped outside math, and an opening single quote
/// (after a space or bracket, before a letter or digit) written as TeX's opening quote
/// (a backtick)
std::string latex_escape(std::string_view text);

/// Escapes everything, `$` included (for file names, function names, commands).
/// \param text any text
/// \return the text with every LaTeX special character escaped
std::string latex_escape_verbatim(std::string_view text);

/// `\texttt{...}` of `text`, escaped, with a permitted line break after each `, . / - _ = :` so
/// long identifiers, function names and command lines wrap inside narrow table columns.
/// \param text an identifier, path or command
/// \return `\texttt{...}` with the escaped text and permitted breaks
std::string latex_breakable_tt(std::string_view text);

/// `\texttt{...}` of a file path, escaped, with a permitted line break after each `/` only, so a path
/// wraps between its folders and never inside a name (`dynamic_spillovers` stays whole).
/// \param path a path such as `src/dynamic_spillovers/claims.cpp`
/// \return `\texttt{...}` with the escaped path and a permitted break after each slash
std::string latex_path_tt(std::string_view path);

/// The head of a longtable: `caption` (e.g. "\\caption{...}\\label{...}", may be empty) and the
/// header row on the first page (`\endfirsthead`), the header row alone on later pages (`\endhead`),
/// so a label is defined once however many pages the table spans.
/// \param header_row the header cells, `&`-separated, without the trailing `\\`
/// \param caption the caption and label, or empty
/// \return the LaTeX from the caption to `\endhead`
std::string longtable_head(std::string_view header_row, std::string_view caption);

/// True when `name` can be a LaTeX command name: one or more ASCII letters.
/// \param name a candidate macro name, without the backslash
/// \return true when it is one or more ASCII letters
bool is_tex_macro_name(std::string_view name);

/// The function name without return type, arguments or namespaces' noise: from
/// "void clustertrade::a::f(int)" returns "clustertrade::a::f" (`{anonymous}::` segments dropped).
/// \param pretty a function signature as `std::source_location::function_name()` gives it
/// \return the qualified name alone
std::string short_function_name(std::string_view pretty);

/// A path relative to the source tree: from "/x/y/src/core/io.cpp" returns "src/core/io.cpp"
/// (the part from the last "src/", "tests/" or "bench/" on), else the input.
/// \param path an absolute source path
/// \return the path from `src/`, `tests/` or `bench/` on
std::string source_relative(std::string_view path);

}  // namespace clustertrade
