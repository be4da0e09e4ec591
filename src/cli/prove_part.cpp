#include "cli/prove_part.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include <fmt/format.h>

#include "cli/common.hpp"
#include "core/io.hpp"

namespace clustertrade::cli {

using nlohmann::json;

std::size_t json_nesting_depth(std::string_view text, std::size_t limit) {
  std::size_t depth = 0, deepest = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;  // the escaped character cannot end the string
      else if (c == '"')
        in_string = false;
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
      if (deepest > limit) return limit + 1;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return deepest;
}

namespace {

// The checks of one part: `where(field)` names the file and the field in every message.
class PartChecker {
 public:
  explicit PartChecker(const std::string& file) : file_(file) {}

  [[noreturn]] void fail(const std::string& field, const std::string& rule) const {
    throw UsageError(file_ + ": " + field + ": " + rule);
  }

  const json& member(const json& object, const std::string& field, const std::string& key) const {
    if (!object.contains(key)) fail(field + "." + key, "missing");
    return object.at(key);
  }

  void object(const json& value, const std::string& field) const {
    if (!value.is_object()) fail(field, "must be an object (got " + std::string(value.type_name()) + ")");
  }

  void string(const json& value, const std::string& field) const {
    if (!value.is_string()) fail(field, "must be a string (got " + std::string(value.type_name()) + ")");
  }

  std::uint64_t count(const json& value, const std::string& field) const {
    if (!value.is_number_unsigned()) fail(field, "must be a whole number >= 0 (got " + shown(value) + ")");
    return value.get<std::uint64_t>();
  }

  void seconds(const json& value, const std::string& field) const {
    if (!value.is_number() || !(value.get<double>() >= 0.0) || !std::isfinite(value.get<double>()))
      fail(field, "must be a number of seconds >= 0 (got " + shown(value) + ")");
  }

  // A tally record: null, or {"index": integer, "detail": string, "margin"/"value": number or null, ...}.
  void record(const json& value, const std::string& field, bool needs_detail) const {
    if (value.is_null()) return;
    object(value, field);
    const json& index = member(value, field, "index");
    if (!index.is_number_integer()) fail(field + ".index", "must be a whole number (got " + shown(index) + ")");
    if (needs_detail && !value.contains("detail")) fail(field + ".detail", "missing");
    if (value.contains("detail")) string(value.at("detail"), field + ".detail");
    for (const char* key : {"margin", "value"})
      if (value.contains(key) && !value.at(key).is_null() && !value.at(key).is_number())
        fail(field + "." + key, "must be a number or null (got " + shown(value.at(key)) + ")");
    if (value.contains("command")) string(value.at("command"), field + ".command");
  }

  void tally(const json& value, const std::string& field) const {
    object(value, field);
    const json& counts = member(value, field, "counts");
    object(counts, field + ".counts");
    for (const char* key : {"draws_requested", "draws_used", "draw_cap", "fixed_cases", "premise_met", "in_scope",
                            "violations_in_scope", "violations_outside_scope", "ties", "errors"})
      count(member(counts, field + ".counts", key), field + ".counts." + key);
    if (counts.contains("ties_in_scope")) count(counts.at("ties_in_scope"), field + ".counts.ties_in_scope");
    const auto used = counts.at("draws_used").get<std::uint64_t>();
    const auto requested = counts.at("draws_requested").get<std::uint64_t>();
    if (used > requested)
      fail(field + ".counts.draws_used", fmt::format("must be <= draws_requested ({} > {})", used, requested));
    for (const char* key : {"first_in_scope", "first_outside", "first_error", "worst_in_scope", "worst_outside",
                            "value_min", "value_max"})
      record(member(value, field, key), field + "." + key, std::string(key) == "first_error");
  }

  void meta(const json& value) const {
    object(value, "meta");
    for (const char* key : {"version", "commit", "command", "module", "claims"})
      string(member(value, "meta", key), std::string("meta.") + key);
    count(member(value, "meta", "seed"), "meta.seed");
    if (count(member(value, "meta", "draws_requested"), "meta.draws_requested") == 0)
      fail("meta.draws_requested", "must be >= 1");
    const json& shard = member(value, "meta", "shard");
    if (!shard.is_null()) {
      object(shard, "meta.shard");
      const auto index = count(member(shard, "meta.shard", "index"), "meta.shard.index");
      const auto n = count(member(shard, "meta.shard", "count"), "meta.shard.count");
      if (index >= n) fail("meta.shard", fmt::format("index must be < count (got {}/{})", index, n));
    }
    const json& caps = member(value, "meta", "draw_caps");
    object(caps, "meta.draw_caps");
    for (const auto& [id, cap] : caps.items()) count(cap, "meta.draw_caps." + shown_key(id));
    seconds(member(value, "meta", "wall_seconds"), "meta.wall_seconds");
  }

  void claims(const json& value) const {
    if (!value.is_array()) fail("claims", "must be an array (got " + std::string(value.type_name()) + ")");
    std::set<std::string> ids;
    for (std::size_t i = 0; i < value.size(); ++i) {
      const std::string field = fmt::format("claims[{}]", i);
      const json& claim = value[i];
      object(claim, field);
      const json& id = member(claim, field, "id");
      string(id, field + ".id");
      if (!ids.insert(id.get<std::string>()).second)
        fail(field + ".id", "claim '" + shown_key(id.get<std::string>()) + "' is given twice");
      seconds(member(claim, field, "seconds"), field + ".seconds");
      tally(member(claim, field, "tally"), field + ".tally");
    }
  }

 private:
  static std::string shown(const json& value) {
    std::string text = value.dump(-1, ' ', true, json::error_handler_t::replace);
    return text.size() > 40 ? text.substr(0, 40) + "..." : text;
  }
  static std::string shown_key(const std::string& key) {
    std::string text = key.substr(0, 40);
    for (char& c : text)
      if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f) c = '?';
    return text;
  }
  const std::string& file_;
};

}  // namespace

void validate_prove_part(const std::string& file, const json& doc) {
  const PartChecker check(file);
  check.object(doc, "(document)");
  for (const auto& [key, value] : doc.items())
    if (key != "meta" && key != "claims") check.fail(key, "unknown key (a part holds \"meta\" and \"claims\")");
  check.meta(check.member(doc, "(document)", "meta"));
  check.claims(check.member(doc, "(document)", "claims"));
}

json parse_prove_part(const std::string& file, std::string_view text) {
  // nlohmann's parser stops at a NUL byte and ignores what follows it: refuse it here.
  if (const auto nul = text.find('\0'); nul != std::string_view::npos)
    throw UsageError(fmt::format("{}: a NUL byte at offset {}; not a prove output", file, nul));
  if (json_nesting_depth(text, kMaxPartDepth) > kMaxPartDepth)
    throw UsageError(fmt::format("{}: nested more than {} levels deep (prove writes about 6); not a prove output", file,
                                 kMaxPartDepth));
  json doc;
  try {
    doc = json::parse(text);                // strict: anything but white space after the value is an error
  } catch (const json::exception& error) {  // parse_error, and out_of_range for a number beyond doubles
    std::string what = error.what();
    std::replace(what.begin(), what.end(), '\n', ' ');
    throw UsageError(file + ": not JSON (" + what.substr(0, 200) + ")");
  }
  validate_prove_part(file, doc);
  return doc;
}

json read_prove_part(const std::string& file) {
  std::string text;
  try {
    text = read_text_file(file);
  } catch (const InvalidInput& error) {
    throw UsageError(error.where() + ": " + error.rule());
  }
  return parse_prove_part(file, text);
}

}  // namespace clustertrade::cli
