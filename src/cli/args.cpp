/// \file args.cpp
/// \brief The argument list before CLI11 parses it: empty values and unknown subcommands are
/// caught with a message a user can act on, and `--scenario FILE.json` / `--preset NAME` are
/// expanded into ordinary flags (so a scenario runs exactly as the same flags typed by hand).
#include <algorithm>
#include <filesystem>
#include <map>

#include "cli/common.hpp"
#include "cli/presets.hpp"
#include "core/csv.hpp"
#include "core/io.hpp"
#include "core/validate.hpp"

namespace clustertrade::cli {

namespace {

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// The printable start of a user's word (one line, at most 40 characters).
std::string shown(const std::string& word) {
  std::string text = word.substr(0, 40);
  for (char& c : text)
    if (static_cast<unsigned char>(c) < 0x20) c = '?';
  return text;
}

[[noreturn]] void unknown_command(const CLI::App& parent, const std::string& word) {
  std::string best;
  std::size_t best_distance = 4;  // suggest only near misses
  std::string names;
  for (const CLI::App* sub : parent.get_subcommands([](const CLI::App*) { return true; })) {
    const std::string& name = sub->get_name();
    names += (names.empty() ? "" : ", ") + name;
    const std::size_t d = edit_distance(word, name);
    if (d < best_distance || (word.size() >= 3 && name.rfind(word, 0) == 0 && best.empty())) {
      best = name;
      best_distance = std::min(d, best_distance);
    }
  }
  std::string message = "unknown command '" + shown(word) + "'";
  if (!best.empty())
    message += "; did you mean '" + best + "'?";
  else
    message += " (commands: " + names + ")";
  throw UsageError(message);
}

}  // namespace

void preflight(const CLI::App& app, const std::vector<std::string>& args) {
  // Empty values: `--flag ''` and `--flag=` would otherwise read as 0 or the default.
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const auto eq = a.find('=');
    if (a.rfind("--", 0) == 0 && eq != std::string::npos && eq + 1 == a.size())
      throw UsageError(a.substr(0, eq) + ": empty value (give a value or leave the flag out)");
    if (a.empty()) {
      if (i > 0 && args[i - 1].rfind("-", 0) == 0 && args[i - 1].size() > 1)
        throw UsageError(shown(args[i - 1]) + ": empty value (give a value or leave the flag out)");
      throw UsageError("empty argument at position " + std::to_string(i + 1));
    }
  }
  // Unsigned 64-bit integer flags: CLI11 2.1 wraps "-1" and saturates values >= 2^64.
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string value;
    if (args[i] == "--seed" && i + 1 < args.size())
      value = args[i + 1];
    else if (args[i].rfind("--seed=", 0) == 0)
      value = args[i].substr(7);
    else
      continue;
    const std::string max = "18446744073709551615";  // 2^64 - 1
    const bool digits = !value.empty() && value.find_first_not_of("0123456789") == std::string::npos;
    const std::string trimmed = digits ? value.substr(std::min(value.find_first_not_of('0'), value.size() - 1)) : "";
    if (!digits || trimmed.size() > max.size() || (trimmed.size() == max.size() && trimmed > max))
      throw UsageError("--seed: must be a whole number in [0, " + max + "] (got '" + shown(value) + "')");
  }
  // Subcommands: the first word that is not a flag must name one, at each level that has them.
  const CLI::App* level = &app;
  for (const std::string& a : args) {
    const auto subs = level->get_subcommands([](const CLI::App*) { return true; });
    if (subs.empty()) break;
    if (a.rfind("-", 0) == 0) {
      if (level != &app) break;  // a subcommand's own flag (e.g. --help) before its action
      continue;
    }
    const CLI::App* next = nullptr;
    for (const CLI::App* sub : subs)
      if (sub->check_name(a)) next = sub;
    if (!next) unknown_command(*level, a);
    level = next;
  }
}

namespace {

// One flag of a scenario file as command-line words: strings and numbers as they are (numbers in
// shortest round-trip form), arrays as comma lists, arrays of arrays as a matrix (`--tau-matrix`).
void append_flag(std::vector<std::string>& out, const std::string& where, const std::string& key,
                 const nlohmann::json& value, const std::filesystem::path& base) {
  const std::string flag = "--" + key;
  auto scalar = [&](const nlohmann::json& v) -> std::string {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_number()) return format_double(v.get<double>());
    throw UsageError(where + ": \"" + key + "\" must be a string, a number, true/false or a list of numbers");
  };
  if (value.is_boolean()) {
    if (value.get<bool>()) out.push_back(flag);
    return;
  }
  if (value.is_array() && !value.empty() && value.front().is_array()) {
    std::string rows;
    for (const auto& row : value) {
      if (!row.is_array()) throw UsageError(where + ": \"" + key + "\" must be a list of rows (lists of numbers)");
      std::string line;
      for (const auto& v : row) line += (line.empty() ? "" : ",") + scalar(v);
      rows += (rows.empty() ? "" : ";") + line;
    }
    out.push_back(flag + "-matrix");
    out.push_back(rows);
    return;
  }
  if (value.is_array()) {
    std::string list;
    for (const auto& v : value) list += (list.empty() ? "" : ",") + scalar(v);
    out.push_back(flag);
    out.push_back(list);
    return;
  }
  std::string text = scalar(value);
  // A file named in a scenario is relative to the scenario's folder.
  if (key == "tau" && text != "-" && !text.empty() && std::filesystem::path(text).is_relative())
    text = (base / text).string();
  out.push_back(flag);
  out.push_back(text);
}

std::vector<std::string> scenario_words(const nlohmann::json& doc, const std::string& where,
                                        const std::filesystem::path& base, std::vector<std::string>& command) {
  if (!doc.is_object()) throw UsageError(where + ": must be a JSON object {\"command\": ..., \"flags\": {...}}");
  for (const auto& [key, value] : doc.items())
    if (key != "command" && key != "flags" && key != "description")
      throw UsageError(where + ": unknown key \"" + key + "\" (expected command, flags, description)");
  if (!doc.contains("command") || !doc["command"].is_string())
    throw UsageError(where + ": \"command\" must be a string such as \"trade-growth simulate\"");
  command = split_words(doc["command"].get<std::string>());
  std::vector<std::string> words;
  if (doc.contains("flags")) {
    if (!doc["flags"].is_object()) throw UsageError(where + ": \"flags\" must be an object {\"flag\": value}");
    for (const auto& [key, value] : doc["flags"].items()) {
      if (key.empty() || key.front() == '-' || key == "scenario" || key == "preset")
        throw UsageError(where + ": flag name \"" + shown(key) +
                         "\" must be given without dashes (and not scenario/preset)");
      append_flag(words, where, key, value, base);
    }
  }
  return words;
}

}  // namespace

std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (const char c : text + " ") {
    if (c == ' ') {
      if (!word.empty()) words.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  return words;
}

std::vector<std::string> expand_scenarios(const std::vector<std::string>& args) {
  std::vector<std::string> before, flags_from_file, after, command;
  bool found = false;
  std::string source_flag;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    std::string value;
    std::string flag;
    for (const char* name : {"--scenario", "--preset"}) {
      if (a == name) {
        if (i + 1 >= args.size()) throw UsageError(std::string(name) + ": needs a value");
        flag = name;
        value = args[++i];
      } else if (a.rfind(std::string(name) + "=", 0) == 0) {
        flag = name;
        value = a.substr(std::string(name).size() + 1);
      }
    }
    if (flag.empty()) {
      (found ? after : before).push_back(a);
      continue;
    }
    if (found) throw UsageError(flag + ": only one --scenario or --preset per run");
    found = true;
    source_flag = flag;
    if (flag == "--preset") {
      const auto doc = preset_scenario(value);  // throws UsageError listing the names
      flags_from_file = scenario_words(doc, "--preset " + value, ".", command);
    } else {
      const std::string text = [&] {
        try {
          return read_text_file(value, 1u << 20);
        } catch (const InvalidInput& error) {
          throw UsageError("--scenario: " + error.where() + ": " + error.rule());
        }
      }();
      nlohmann::json doc;
      try {
        doc = nlohmann::json::parse(text);
      } catch (const nlohmann::json::exception& error) {
        std::string what = error.what();
        std::replace(what.begin(), what.end(), '\n', ' ');
        throw UsageError("--scenario: " + shown(value) + ": not valid JSON (" + what.substr(0, 160) + ")");
      }
      const auto base = std::filesystem::path(value).parent_path();
      flags_from_file = scenario_words(doc, "--scenario " + shown(value), base.empty() ? "." : base, command);
    }
  }
  if (!found) return args;
  // The command words: typed ones must agree with the scenario's.
  std::vector<std::string> typed;
  for (const auto& a : before) {
    if (a.rfind("-", 0) == 0) break;
    typed.push_back(a);
  }
  // The typed words may go further than the scenario's (`cluster-mapping summary --preset us-cbp2019`).
  const auto shared = static_cast<std::ptrdiff_t>(std::min(typed.size(), command.size()));
  if (!std::equal(typed.begin(), typed.begin() + shared, command.begin()))
    throw UsageError(source_flag + ": the scenario is for '" + shown(split_join(command)) + "', not '" +
                     shown(split_join(typed)) + "'");
  // Flags typed on the command line win over the scenario's.
  std::vector<std::string> typed_flags;
  for (const auto* list : {&before, &after})
    for (const auto& a : *list)
      if (a.rfind("--", 0) == 0) typed_flags.push_back(a.substr(0, a.find('=')));
  std::vector<std::string> kept;
  for (std::size_t i = 0; i < flags_from_file.size(); ++i) {
    const std::string& f = flags_from_file[i];
    const bool has_value = i + 1 < flags_from_file.size() && flags_from_file[i + 1].rfind("--", 0) != 0;
    if (std::find(typed_flags.begin(), typed_flags.end(), f) != typed_flags.end()) {
      if (has_value) ++i;
      continue;
    }
    kept.push_back(f);
    if (has_value) kept.push_back(flags_from_file[++i]);
  }
  std::vector<std::string> result(typed.size() > command.size() ? typed : command);
  for (std::size_t i = typed.size(); i < before.size(); ++i) result.push_back(before[i]);
  result.insert(result.end(), kept.begin(), kept.end());
  result.insert(result.end(), after.begin(), after.end());
  return result;
}

std::string split_join(const std::vector<std::string>& words) {
  std::string text;
  for (const auto& w : words) text += (text.empty() ? "" : " ") + w;
  return text;
}

}  // namespace clustertrade::cli
