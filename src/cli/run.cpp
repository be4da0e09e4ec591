/// \file run.cpp
/// \brief `clustertrade <model> <action> [--flags]`: the whole program as one function, so that
/// the fuzzing harness (tests/fuzz/fuzz_arguments.cpp) drives exactly what users run.
///
/// Exit status: 0 success; 2 bad input (one line on stderr naming the flag or file:line and the
/// rule, nothing on stdout, no output file); 1 an internal failure.
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <new>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/presets.hpp"
#include "core/errors.hpp"
#include "core/provenance.hpp"

namespace clustertrade::cli {

namespace {

std::string one_line(std::string message) {
  for (auto& c : message)
    if (c == '\n' || c == '\r') c = ' ';
  return message;
}

}  // namespace

int run(int argc, const char* const* argv) {
  CLI::App app{"clustertrade " + program_version() +
               ": the models of Rodriguez-Clare (2005, 2007), the cluster-policy-paradox paper (CPP) and Hanlon "
               "(2012), as commands. Output is CSV with a header row (or JSON with --json) on stdout or --out FILE. "
               "Bad input: one line on stderr naming the flag, exit status 2. Documentation: docs/cli.md."};
  app.require_subcommand(1);
  app.option_defaults()->always_capture_default();  // --help shows each flag's default
  app.set_help_all_flag("--help-all", "Show help for every subcommand");
  app.set_version_flag("--version", "clustertrade " + program_version() + " (commit " + run_commit() + ")");
  app.footer("Scenarios: --scenario FILE.json (docs/cli.md) or --preset NAME, NAME one of: " +
             split_join(preset_names()));
  add_infant_industry_command(app);
  add_cluster_model_command(app);
  add_dynamic_spillovers_command(app);
  add_trade_growth_command(app);
  add_cluster_mapping_command(app);
  add_prove_command(app);
  run_meta_json() = run_meta(argc, argv);
  try {
    std::vector<std::string> args;
    for (int i = 1; i < argc; ++i) args.emplace_back(argv[i] ? argv[i] : "");
    args = expand_scenarios(args, &app);
    args = preflight(app, args);
    std::reverse(args.begin(), args.end());  // CLI11 takes the arguments in reverse order
    app.parse(args);
  } catch (const CLI::ParseError& error) {
    if (error.get_exit_code() == 0) {  // --help, --help-all, --version: their text must reach stdout
      app.exit(error);
      std::cout.flush();
      if (!std::cout.good() || std::fflush(stdout) != 0 || std::ferror(stdout)) {
        std::cerr << "clustertrade: stdout: write failed (" << (errno ? std::strerror(errno) : "short write") << ")\n";
        return 2;
      }
      return 0;
    }
    std::cerr << "clustertrade: " << one_line(error.what()) << "\n";
    return 2;
  } catch (const UsageError& error) {
    std::cerr << "clustertrade: " << one_line(error.what()) << "\n";
    return 2;
  } catch (const InvalidParameter& error) {
    std::cerr << "clustertrade: " << one_line(error.what()) << "\n";
    return 2;
  } catch (const InvalidInput& error) {
    std::cerr << "clustertrade: " << one_line(error.what()) << "\n";
    return 2;
  } catch (const OutputError& error) {
    std::cerr << "clustertrade: " << one_line(error.what()) << "\n";
    return 2;
  } catch (const std::bad_alloc&) {
    std::cerr << "clustertrade: out of memory\n";
    return 1;
  } catch (const std::exception& error) {
    std::cerr << "clustertrade: internal error: " << one_line(error.what()) << "\n";
    return 1;
  }
  // Anything still buffered (e.g. --help text) must reach stdout too.
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    std::cerr << "clustertrade: stdout: write failed (" << (errno ? std::strerror(errno) : "short write") << ")\n";
    return 2;
  }
  return 0;
}

}  // namespace clustertrade::cli
