/// \file common.hpp
/// \brief Shared plumbing of the `clustertrade` subcommands: turning parameter errors into one
/// line that names the flag, the resource limits every command states, and writing output (stdout
/// or an atomic file, with the run's provenance) only once it is whole and finite.
#pragma once

#include <cstddef>
#include <set>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "core/errors.hpp"
#include "core/io.hpp"

namespace clustertrade::cli {

/// A user error already phrased for the command line ("--flag: rule"); exit status 2.
class UsageError : public std::runtime_error {
 public:
  /// \param message the one line to print after "clustertrade: "
  explicit UsageError(const std::string& message) : std::runtime_error(message) {}
};

/// Most output rows a command writes (the row count is checked before any computing starts).
inline constexpr double kMaxRows = 1'000'000;
/// Largest output time T for the ODE-based commands: they integrate with steps of at most one
/// time unit, so T bounds the work (about a second per 10^5 units).
inline constexpr double kMaxHorizon = 1'000'000;

/// Pairs (Params field name, command-line flag), e.g. {"lambda_south", "--lambda-south"}.
using FlagMap = std::vector<std::pair<std::string, std::string>>;

/// The one-line message for a parameter error, naming the flag: `lambda_south[2]` with
/// {"lambda_south", "--lambda-south"} becomes "--lambda-south (entry 2): must be > 0 (got -1)".
/// Fields not in the map keep their own name.
/// \param error the model's validation error \param flags the command's field-to-flag map
/// \return the message, without a trailing newline
std::string flag_message(const InvalidParameter& error, const FlagMap& flags);

/// Runs `action`, turning an InvalidParameter into a UsageError naming the flag.
/// \tparam Action a callable taking no argument
/// \param flags the command's field-to-flag map \param action the work to run
/// \return what `action` returns
template <class Action>
auto with_flags(const FlagMap& flags, Action&& action) -> decltype(action()) {
  try {
    return action();
  } catch (const InvalidParameter& error) {
    throw UsageError(flag_message(error, flags));
  }
}

/// Parses a comma list for `flag`, throwing UsageError("--flag: entry k must be a number ...").
/// \param flag the flag, e.g. `--lambda-south` \param text its value \return the entries in order
std::vector<double> parse_list_flag(const std::string& flag, const std::string& text);

/// Parses one number for `flag`, throwing UsageError("--flag: must be a number (got '...')").
/// \param flag the flag, e.g. `--horizon` \param text its value \return the number
double parse_scalar_flag(const std::string& flag, const std::string& text);

/// The numerical range of the static models' positive inputs (productivities, labor, cluster
/// factors): within [1e-50, 1e50] every product or ratio of up to six of them is a normal double.
inline constexpr double kMinMagnitude = 1e-50;
/// Upper end of that range.
inline constexpr double kMaxMagnitude = 1e50;

/// Refuses a positive, finite entry of `values` outside [kMinMagnitude, kMaxMagnitude] with
/// "--flag (entry k): must lie in [1e-50, 1e50], the model's numerical range (got x)". Zero,
/// negative and non-finite entries are left to the model's own validation and its message.
/// \param flag the flag the values came from \param values its entries
void check_magnitude(const std::string& flag, const std::vector<double>& values);

/// Refuses an output grid 0, DT, ..., T with more than kMaxRows rows, before anything is computed.
/// \param horizon T (already checked finite and >= 0)
/// \param step DT (already checked finite and > 0)
void check_row_count(double horizon, double step);

/// How a command writes its table: CSV (default) or JSON, wide or tidy, with or without `#` lines.
struct OutputOptions {
  bool json = false;  ///< `--json`: {"meta": {...}, "rows": [...]}
  bool meta = false;  ///< `--meta`: CSV begins with `#` lines (version, commit, command)
  bool tidy = false;  ///< `--tidy`: one row per (key columns, variable, value)
  std::string out;    ///< `--out FILE` (`-` or empty: stdout)
};

/// Adds `--json`, `--meta`, `--out` (and `--tidy` when `offer_tidy`) to a subcommand.
/// \param command the subcommand \param options receives the parsed flags
/// \param offer_tidy whether to add `--tidy`
void add_output_options(CLI::App& command, OutputOptions& options, bool offer_tidy = false);

/// Adds `--out FILE` (write there instead of stdout; `-` is stdout) to a subcommand.
/// \param command the subcommand \param out_path receives the path
void add_out_option(CLI::App& command, std::string& out_path);

/// Checks `--out` before any work (probe_output_file): an existing target must be a regular file, and
/// a file can really be created in its folder.
/// \param out_path the `--out` value (empty or `-`: stdout, nothing to check)
void check_out_path(const std::string& out_path);

/// The provenance of this run (core/provenance.hpp run_meta, plus fields a command adds).
/// \return the run's `meta` object, shared by the whole run, for a command to add fields to
nlohmann::json& run_meta_json();

/// Writes `content` to stdout when `out_path` is empty or `-`, else to the file atomically; a failed
/// write (full disk, closed pipe, unwritable folder) is a UsageError naming `--out` or stdout.
/// \param content the whole output \param out_path the `--out` value
void emit(const std::string& content, const std::string& out_path);

/// Writes a table: refuses (exit 2) if a number is ±inf, or NaN outside `undefined_ok` columns
/// (where NaN means "undefined", written as an empty CSV cell / JSON null). `key_columns` leading
/// columns stay as keys in `--tidy` output. The table's comment lines (a command's evidence, e.g. the
/// truth values of the paper's conditions) are written after any `--meta` lines, and in JSON as the
/// array `evidence`.
/// \param table the table \param options the output flags
/// \param undefined_ok names of the columns where NaN is allowed
/// \param key_columns number of leading key columns (>= 1)
void emit_table(const CsvTable& table, const OutputOptions& options, const std::set<std::string>& undefined_ok = {},
                std::size_t key_columns = 1);

/// Writes a JSON document with the run's `meta` object added.
/// \param doc the document (a JSON object) \param out_path the `--out` value
void emit_json(nlohmann::json doc, const std::string& out_path);

/// Checks the argument list before CLI11 sees it and returns it normalised: an empty value
/// (`--horizon ''`, `--horizon=`), an unknown subcommand ("unknown command 'simulat'; did you mean
/// 'simulate'?"), an unknown flag before the command, a flag whose value is missing (the next word
/// is a flag: `--out --json`), and an integer flag's value that is not decimal digits (a minus sign
/// on an unsigned flag, hex, more than 64 bits) are UsageErrors naming the flag. Integer values
/// lose their leading zeros (CLI11 would read `010` as octal 8; here it is 10).
/// \param app the configured application \param args the arguments, program name excluded
/// \return the arguments with integer values in plain decimal
std::vector<std::string> preflight(const CLI::App& app, std::vector<std::string> args);

/// Expands `--scenario FILE.json` into flags (see docs/cli.md) and `--preset NAME` into the
/// command and flags of a reproduced paper figure; other arguments are kept in order.
/// With `app`, the scenario is also checked against the program: its "command" must name a command
/// and action, each flag must be one of that action's, a switch takes true/false and only a switch
/// does. Integers are passed exactly as written (9007199254740993 is not rounded through a double).
/// \param args the arguments, program name excluded
/// \param app the configured application (nullptr: no check against it)
/// \return the expanded arguments
std::vector<std::string> expand_scenarios(const std::vector<std::string>& args, const CLI::App* app = nullptr);

/// `text` split at spaces (empty words dropped).
/// \param text the text \return its words
std::vector<std::string> split_words(const std::string& text);
/// `words` joined with single spaces.
/// \param words the words \return the joined text
std::string split_join(const std::vector<std::string>& words);

/// The whole program: parse, run the subcommand, print errors.
/// \param argc number of arguments \param argv the arguments, `argv[0]` the program name
/// \return the exit status (0, 1, 2)
int run(int argc, const char* const* argv);

}  // namespace clustertrade::cli
