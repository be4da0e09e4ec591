/// \file dynamic_spillovers_command.cpp
/// \brief `clustertrade dynamic-spillovers simulate|cpp-simulate`: RC07 §4's one-sector catch-up
/// dynamics (and CPP §5's as written) on a time grid, as CSV or JSON.
#include <cmath>
#include <limits>
#include <memory>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "core/io.hpp"
#include "core/ode.hpp"
#include "core/validate.hpp"
#include "dynamic_spillovers/cpp_dynamics.hpp"
#include "dynamic_spillovers/model.hpp"

namespace clustertrade::cli {

namespace {

namespace ds = clustertrade::dynamic_spillovers;

struct GridOptions {
  double horizon = 0.0;
  double step = 1.0;
  bool json = false;
  std::string out;
};

struct SimulateOptions {
  double g = 0.0;
  double epsilon = 0.0;
  double a0 = 0.0;
  double cluster_from = std::numeric_limits<double>::infinity();
  double intensity = 1.0;
  std::string rule = "text";
  GridOptions grid;
};

struct CppOptions {
  double x = 0.0;
  double z0 = 0.0;
  double cluster_from = std::numeric_limits<double>::infinity();
  GridOptions grid;
};

// The output grid 0, DT, ..., T; the rules on T and DT are the command's own (not the model's).
std::vector<double> grid_of(const GridOptions& grid) {
  if (!std::isfinite(grid.horizon) || !(grid.horizon > 0.0))
    throw UsageError("--horizon: must be a finite number > 0 (got " + format_double(grid.horizon) + ")");
  if (!std::isfinite(grid.step) || !(grid.step > 0.0))
    throw UsageError("--step: must be a finite number > 0 (got " + format_double(grid.step) + ")");
  if (grid.horizon / grid.step > 1e7) throw UsageError("--step: too small for --horizon (more than 1e7 rows)");
  return ode::time_grid(0.0, grid.horizon, grid.step);
}

void check_date(const CLI::App& command, const std::string& flag, double value) {
  if (command.count(flag) > 0 && (!std::isfinite(value) || value < 0.0))
    throw UsageError(flag + ": must be a finite number >= 0 (got " + format_double(value) + ")");
}

void write_table(CsvTable& table, const GridOptions& grid) {
  emit(grid.json ? table.to_json().dump(2) + "\n" : table.str(), grid.out);
}

void add_grid_options(CLI::App& command, GridOptions& grid) {
  command.add_option("--horizon", grid.horizon, "Last output time T > 0")->required();
  command.add_option("--step", grid.step, "Output every DT > 0 (default 1), from 0 to T inclusive");
  command.add_flag("--json", grid.json, "JSON (array of rows) instead of CSV");
  add_out_option(command, grid.out);
}

void run_simulate(const CLI::App& command, const SimulateOptions& o) {
  if (o.rule != "text" && o.rule != "printed")
    throw UsageError("--spillover-rule: must be 'text' or 'printed' (got '" + o.rule + "')");
  check_date(command, "--south-cluster-from", o.cluster_from);
  ds::Params params;
  params.g = o.g;
  params.epsilon = o.epsilon;
  params.a_north0 = 1.0;
  params.a_south0 = o.a0;
  params.north_intensity = 1.0;
  params.south_intensity_before = 0.0;
  params.south_intensity_after = o.intensity;
  params.south_switch_time = o.cluster_from;
  params.rule = o.rule == "text" ? ds::SpilloverRule::text_min : ds::SpilloverRule::printed_max;
  const FlagMap flags{{"g", "--g"},
                      {"epsilon", "--epsilon"},
                      {"a_south0", "--a0"},
                      {"south_intensity_after", "--south-cluster-intensity"},
                      {"south_switch_time", "--south-cluster-from"}};
  with_flags(flags, [&] { params.validate(); });
  const auto times = grid_of(o.grid);
  const auto path = ds::simulate(params, times);
  CsvTable table({"t", "A_north", "A_south", "a", "growth_north", "growth_south"});
  for (std::size_t k = 0; k < path.t.size(); ++k)
    table.add_row({path.t[k], path.a_north[k], path.a_south[k], path.ratio[k], path.growth_north[k],
                   path.growth_south[k]});
  write_table(table, o.grid);
}

void run_cpp(const CLI::App& command, const CppOptions& o) {
  check_date(command, "--cluster-from", o.cluster_from);
  ds::CppParams params;
  params.x = o.x;
  params.z_rich0 = 1.0;
  params.z_poor0 = o.z0;
  params.cluster_from = o.cluster_from;
  const FlagMap flags{{"x", "--x"}, {"z_poor0", "--z0"}, {"cluster_from", "--cluster-from"}};
  with_flags(flags, [&] { params.validate(); });
  const auto times = grid_of(o.grid);
  const auto path = ds::simulate_cpp(params, times);
  CsvTable table({"t", "Z_rich", "Z_poor", "z", "growth_rich", "growth_poor"});
  for (std::size_t k = 0; k < path.t.size(); ++k)
    table.add_row({path.t[k], path.z_rich[k], path.z_poor[k], path.ratio[k], path.growth_rich[k], path.growth_poor[k]});
  write_table(table, o.grid);
}

}  // namespace

void add_dynamic_spillovers_command(CLI::App& app) {
  CLI::App* module = app.add_subcommand(
      "dynamic-spillovers", "RC07 section 4: learning by doing with international catch-up (and CPP section 5)");
  module->require_subcommand(1);

  auto sim = std::make_shared<SimulateOptions>();
  CLI::App* simulate = module->add_subcommand(
      "simulate", "One sector: North clustered (intensity 1); South clustered with intensity S from T0 on. Prints "
                  "t,A_north,A_south,a,growth_north,growth_south with A_north(0)=1, A_south(0)=A0");
  simulate->add_option("--g", sim->g, "Learning-by-doing growth rate g > 0")->required();
  simulate->add_option("--epsilon", sim->epsilon, "Spillover strength epsilon > g")->required();
  simulate->add_option("--a0", sim->a0, "South's initial level A_south(0) = A0 > 0 (North's is 1)")->required();
  simulate->add_option("--south-cluster-from", sim->cluster_from, "Date T0 >= 0 from which South has a cluster "
                                                                  "(default: never)");
  simulate->add_option("--south-cluster-intensity", sim->intensity,
                       "South's cluster intensity S in [0, 1] from T0 on (default 1)");
  simulate->add_option("--spillover-rule", sim->rule,
                       "'text' (a = min{A_own/A_other, 1}, default) or 'printed' (a = max{...}, RC07's print)");
  add_grid_options(*simulate, sim->grid);
  simulate->callback([simulate, sim] { run_simulate(*simulate, *sim); });

  auto cpp = std::make_shared<CppOptions>();
  CLI::App* cpp_sim = module->add_subcommand(
      "cpp-simulate", "CPP section 5 eqs. (5)-(6) as written: Z_rich grows at x; Z_poor at z = Z_poor/Z_rich, "
                      "plus x with a cluster. Prints t,Z_rich,Z_poor,z,growth_rich,growth_poor (Z_rich(0)=1)");
  cpp_sim->add_option("--x", cpp->x, "Rich region's growth rate x > 0")->required();
  cpp_sim->add_option("--z0", cpp->z0, "Poor region's initial level Z_poor(0) > 0")->required();
  cpp_sim->add_option("--cluster-from", cpp->cluster_from, "Date from which the poor region has a cluster "
                                                           "(default: never)");
  add_grid_options(*cpp_sim, cpp->grid);
  cpp_sim->callback([cpp_sim, cpp] { run_cpp(*cpp_sim, *cpp); });
}

}  // namespace clustertrade::cli
