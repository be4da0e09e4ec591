/// \file prove_part.hpp
/// \brief Reading one part of `clustertrade merge` (a `prove --shard I/N` output) as untrusted
/// input: its nesting depth is bounded before it is parsed (nlohmann's parser recurses), and the
/// parsed document is checked against the schema `prove` writes, each fault named by file and field.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace clustertrade::cli {

/// Deepest nesting of arrays and objects a part may have (prove writes at most about 6 levels).
inline constexpr std::size_t kMaxPartDepth = 64;

/// The nesting depth of the JSON text `text` ([ and { outside strings, a string's escapes
/// skipped), found by one byte scan without recursion; the scan stops as soon as `limit` is exceeded
/// and then returns `limit + 1`.
/// \param text the JSON text \param limit the depth past which the scan stops
/// \return the largest depth met (0 for a scalar), or limit + 1
std::size_t json_nesting_depth(std::string_view text, std::size_t limit);

/// Checks a parsed part against prove's schema: `{"meta": {...}, "claims": [...]}` with meta's
/// fields of the right types (seed and draws_requested whole numbers, shard null or {index, count}
/// with index < count, draw_caps an object of whole numbers, wall_seconds a number >= 0), every
/// claim an object with a string `id` given once, `seconds` >= 0 and a `tally` whose counts are whole
/// numbers >= 0 with draws_used <= draws_requested and whose records (first_in_scope, ...) are
/// null or objects with an integer `index`, a string `detail` (required in first_error), numbers or
/// null for margin and value. Throws UsageError("FILE: FIELD: rule").
/// \param file the part's name for messages \param doc the parsed part
void validate_prove_part(const std::string& file, const nlohmann::json& doc);

/// Parses and validates one part from its text: the depth bound (kMaxPartDepth) first, then strict
/// JSON (nothing but white space after the value), then validate_prove_part. Throws UsageError
/// naming `file`.
/// \param file the part's name for messages \param text its bytes \return the parsed part
nlohmann::json parse_prove_part(const std::string& file, std::string_view text);

/// Reads `file` (read_text_file's size limit) and returns parse_prove_part of its text.
/// \param file the part's path \return the parsed, validated part
nlohmann::json read_prove_part(const std::string& file);

}  // namespace clustertrade::cli
