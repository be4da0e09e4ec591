#include "cli/commands.hpp"

namespace clustertrade::cli {

void add_trade_growth_command(CLI::App& /*app*/) {}  // SCAFFOLD: replaced by the module's command

}  // namespace clustertrade::cli
