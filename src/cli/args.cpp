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

namespace {

// An integer flag's value written in decimal digits (an optional minus sign for a signed flag),
// leading zeros dropped so that CLI11 (which reads base 0: 010 would be octal 8) sees it in
// decimal. A minus sign on an unsigned flag, a sign on a signed one beyond '-', hex and values
// beyond 64 bits are refused naming the flag.
std::string decimal_integer(const std::string& flag, const std::string& value, bool is_signed) {
  const bool negative = is_signed && !value.empty() && value[0] == '-';
  const std::string digits = negative ? value.substr(1) : value;
  const std::string kind = is_signed ? "a whole number" : "a whole number >= 0";
  if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos)
    throw UsageError(flag + ": must be " + kind + " written in decimal digits (got '" + shown(value) + "')");
  const std::string trimmed = digits.substr(std::min(digits.find_first_not_of('0'), digits.size() - 1));
  const std::string max = is_signed ? (negative ? "9223372036854775808" : "9223372036854775807")
                                    : "18446744073709551615";  // the 64-bit limits
  if (trimmed.size() > max.size() || (trimmed.size() == max.size() && trimmed > max))
    throw UsageError(flag + ": must be " + kind + " of at most 64 bits, " + (negative ? "-" : "") + max + " (got '" +
                     shown(value) + "')");
  std::string result = negative && trimmed != "0" ? "-" : "";
  result.append(trimmed);  // appended, not `"-" + trimmed`: GCC 12 warns falsely (-Wrestrict) on that
  return result;
}

// The option `name` (e.g. "--local") of `level`, or nullptr.
const CLI::Option* option_of(const CLI::App& level, const std::string& name) { return level.get_option_no_throw(name); }

[[noreturn]] void unknown_top_level_flag(const CLI::App& app, const std::string& word) {
  std::string names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    names += (names.empty() ? "" : ", ") + sub->get_name();
  throw UsageError("unknown flag '" + shown(word) + "' before a command; flags follow the command: clustertrade " +
                   "<model> <action> [--flags] (commands: " + names + ")");
}

}  // namespace

std::vector<std::string> preflight(const CLI::App& app, std::vector<std::string> args) {
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
  // One pass in order: subcommand words must name one (at each level that has them); a flag that
  // takes a value must get one (not the next flag); integer values are decimal and in range.
  const CLI::App* level = &app;
  bool in_flags = false;  // past the command words
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const bool is_flag = a.size() > 2 && a.rfind("--", 0) == 0;
    if (!is_flag) {
      if (in_flags || a.rfind("-", 0) == 0) continue;  // a positional (merge's parts) or a short flag
      const auto subs = level->get_subcommands([](const CLI::App*) { return true; });
      if (subs.empty()) continue;
      const CLI::App* next = nullptr;
      for (const CLI::App* sub : subs)
        if (sub->check_name(a)) next = sub;
      if (!next) unknown_command(*level, a);
      level = next;
      continue;
    }
    const auto eq = a.find('=');
    const std::string name = a.substr(0, eq);
    const CLI::Option* option = option_of(*level, name);
    if (!option) {
      if (level == &app) unknown_top_level_flag(app, a);
      in_flags = true;
      continue;  // CLI11 names the unknown flag
    }
    if (level != &app && !level->get_subcommands([](const CLI::App*) { return true; }).empty() &&
        option->get_expected_max() == 0)
      continue;  // a flag of a model (e.g. --help) before its action
    in_flags = level->get_subcommands([](const CLI::App*) { return true; }).empty();
    if (option->get_expected_max() == 0) continue;  // a switch
    std::string* value = nullptr;
    std::string inline_value;
    if (eq != std::string::npos) {
      inline_value = a.substr(eq + 1);
      value = &inline_value;
    } else {
      if (i + 1 >= args.size()) throw UsageError(name + ": needs a value");
      if (args[i + 1].size() > 2 && args[i + 1].rfind("--", 0) == 0)
        throw UsageError(name + ": needs a value (the next word, '" + shown(args[i + 1]) +
                         "', is a flag; a value that begins with '--' is written " + name + "=VALUE)");
      value = &args[++i];
    }
    const std::string type = option->get_type_name();
    const bool is_unsigned = type.rfind("UINT", 0) == 0;
    const bool is_signed = !is_unsigned && type.rfind("INT", 0) == 0;
    if (is_unsigned || is_signed) {
      *value = decimal_integer(name, *value, is_signed);
      if (eq != std::string::npos) args[i] = name + "=" + *value;
    }
  }
  return args;
}

namespace {

// One flag of a scenario file as command-line words: strings and numbers as they are (numbers in
// shortest round-trip form), arrays as comma lists, arrays of arrays as a matrix (`--tau-matrix`).
void append_flag(std::vector<std::string>& out, const std::string& where, const std::string& key,
                 const nlohmann::json& value, const std::filesystem::path& base, const CLI::App* command) {
  const std::string flag = "--" + key;
  if (command) {  // the flag must exist, and a switch takes true/false only (and only a switch does)
    const bool matrix = value.is_array() && !value.empty() && value.front().is_array();
    const CLI::Option* option = command->get_option_no_throw(matrix ? flag + "-matrix" : flag);
    if (!option)
      throw UsageError(where + ": \"" + shown(key) + "\" is not a flag of '" + command->get_parent()->get_name() + " " +
                       command->get_name() + "'" + (matrix ? " that takes a matrix" : ""));
    if (option->get_expected_max() == 0 && !value.is_boolean())
      throw UsageError(where + ": \"" + shown(key) + "\" is a switch: give true or false (got " + shown(value.dump()) +
                       ")");
    if (option->get_expected_max() != 0 && value.is_boolean())
      throw UsageError(where + ": \"" + shown(key) + "\" takes a value (a number, a string or a list), not " +
                       value.dump());
  }
  auto scalar = [&](const nlohmann::json& v) -> std::string {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_number_integer()) return v.dump();  // exact: 9007199254740993 stays itself
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

// The subcommand that `words` name (e.g. "trade-growth simulate" or "cluster-mapping"), or nullptr when they
// name none (or no words).
const CLI::App* named_command(const CLI::App& app, const std::vector<std::string>& words) {
  const CLI::App* level = &app;
  for (const auto& word : words) {
    const CLI::App* next = nullptr;
    for (const CLI::App* sub : level->get_subcommands([](const CLI::App*) { return true; }))
      if (sub->check_name(word)) next = sub;
    if (!next) return nullptr;
    level = next;
  }
  return level != &app ? level : nullptr;
}

// The leaf subcommand that `words` name (e.g. "trade-growth simulate"), or nullptr.
const CLI::App* leaf_command(const CLI::App& app, const std::vector<std::string>& words) {
  const CLI::App* named = named_command(app, words);
  return named && named->get_subcommands([](const CLI::App*) { return true; }).empty() ? named : nullptr;
}

std::vector<std::string> scenario_words(const nlohmann::json& doc, const std::string& where,
                                        const std::filesystem::path& base, std::vector<std::string>& command,
                                        const CLI::App* app) {
  if (!doc.is_object()) throw UsageError(where + ": must be a JSON object {\"command\": ..., \"flags\": {...}}");
  for (const auto& [key, value] : doc.items())
    if (key != "command" && key != "flags" && key != "description")
      throw UsageError(where + ": unknown key \"" + key + "\" (expected command, flags, description)");
  if (!doc.contains("command") || !doc["command"].is_string())
    throw UsageError(where + ": \"command\" must be a string such as \"trade-growth simulate\"");
  command = split_words(doc["command"].get<std::string>());
  const CLI::App* leaf = app ? leaf_command(*app, command) : nullptr;
  // A model alone ("cluster-mapping", as the us-cbp2019 preset names it) is accepted: the action is typed
  // on the command line (`cluster-mapping summary --preset us-cbp2019`); its flags are then checked by CLI11.
  if (app && !leaf && !named_command(*app, command))
    throw UsageError(where +
                     ": \"command\" must name a command (and its action), such as \"trade-growth simulate\" (got \"" +
                     shown(doc["command"].get<std::string>()) + "\")");
  std::vector<std::string> words;
  if (doc.contains("flags")) {
    if (!doc["flags"].is_object()) throw UsageError(where + ": \"flags\" must be an object {\"flag\": value}");
    for (const auto& [key, value] : doc["flags"].items()) {
      if (key.empty() || key.front() == '-' || key == "scenario" || key == "preset")
        throw UsageError(where + ": flag name \"" + shown(key) +
                         "\" must be given without dashes (and not scenario/preset)");
      append_flag(words, where, key, value, base, leaf);
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

std::vector<std::string> expand_scenarios(const std::vector<std::string>& args, const CLI::App* app) {
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
      flags_from_file = scenario_words(doc, "--preset " + value, ".", command, app);
    } else {
      const std::string text = [&] {
        try {
          return read_text_file(value, 1u << 20);
        } catch (const InvalidInput& error) {
          throw UsageError("--scenario: " + error.where() + ": " + error.rule());
        }
      }();
      if (const auto nul = text.find('\0'); nul != std::string::npos)  // nlohmann's parser would stop there
        throw UsageError("--scenario: " + shown(value) + ": a NUL byte at offset " + std::to_string(nul) +
                         "; not a JSON scenario");
      nlohmann::json doc;
      try {
        doc = nlohmann::json::parse(text);
      } catch (const nlohmann::json::exception& error) {
        std::string what = error.what();
        std::replace(what.begin(), what.end(), '\n', ' ');
        throw UsageError("--scenario: " + shown(value) + ": not valid JSON (" + what.substr(0, 160) + ")");
      }
      const auto base = std::filesystem::path(value).parent_path();
      flags_from_file = scenario_words(doc, "--scenario " + shown(value), base.empty() ? "." : base, command, app);
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
  // A scenario naming a model alone needs its action typed (`cluster-mapping summary --preset us-cbp2019`).
  if (app && !leaf_command(*app, typed.size() > command.size() ? typed : command))
    throw UsageError(source_flag +
                     ": \"command\" must name a command and its action, such as \"trade-growth "
                     "simulate\", or the action must be typed before " +
                     source_flag + " (got \"" + shown(split_join(command)) + "\")");
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
