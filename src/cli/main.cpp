/// \file main.cpp
/// \brief `clustertrade <model> <action> [--flags]`: parse, call the model, write CSV/JSON.
///
/// Exit status: 0 success; 2 bad input (one line on stderr naming the flag and the rule, nothing
/// on stdout, no output file); 1 an internal failure.
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "core/errors.hpp"

int main(int argc, char** argv) {
  using namespace clustertrade;
  CLI::App app{"clustertrade: the models of Rodriguez-Clare (2005, 2007), the cluster-policy-paradox paper and "
               "Hanlon (2012), as commands. Output is CSV (or JSON with --json)."};
  app.require_subcommand(1);
  app.set_help_all_flag("--help-all", "Show help for every subcommand");
  cli::add_infant_industry_command(app);
  cli::add_cluster_model_command(app);
  cli::add_dynamic_spillovers_command(app);
  cli::add_trade_growth_command(app);
  cli::add_cluster_mapping_command(app);
  cli::add_prove_command(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    if (error.get_exit_code() == 0) return app.exit(error);  // --help, --help-all
    std::string message = error.what();
    for (auto& c : message)
      if (c == '\n') c = ' ';
    std::cerr << "clustertrade: " << message << "\n";
    return 2;
  } catch (const cli::UsageError& error) {
    std::cerr << "clustertrade: " << error.what() << "\n";
    return 2;
  } catch (const InvalidParameter& error) {
    std::cerr << "clustertrade: " << error.what() << "\n";
    return 2;
  } catch (const InvalidInput& error) {
    std::cerr << "clustertrade: " << error.what() << "\n";
    return 2;
  } catch (const std::exception& error) {
    std::cerr << "clustertrade: internal error: " << error.what() << "\n";
    return 1;
  }
  return 0;
}
