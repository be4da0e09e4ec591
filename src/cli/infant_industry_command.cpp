#include "cli/commands.hpp"

namespace clustertrade::cli {

void add_infant_industry_command(CLI::App& /*app*/) {}  // SCAFFOLD: replaced by the module's command

}  // namespace clustertrade::cli
