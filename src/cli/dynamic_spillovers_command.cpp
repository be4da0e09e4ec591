/// \file dynamic_spillovers_command.cpp
/// \brief `clustertrade dynamic-spillovers simulate|cpp-simulate`: RC07 §4's one-sector catch-up
/// dynamics (and CPP §5's as written) on a time grid, as CSV or JSON.
#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

#include <fmt/format.h>

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
  OutputOptions output;
};

// The work of an explicit integrator grows with (fastest rate) x T: RC07's catch-up runs at a rate
// up to epsilon, so rate x horizon is bounded to keep every run within seconds.
constexpr double kMaxRateTimesHorizon = 1e6;

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
  if (grid.horizon > kMaxHorizon)
    throw UsageError("--horizon: must be <= " + format_double(kMaxHorizon) + " (got " + format_double(grid.horizon) +
                     ")");
  check_row_count(grid.horizon, grid.step);
  return ode::time_grid(0.0, grid.horizon, grid.step);
}

// Integration controls for a run to T: steps of at most max(1, T/10^5) time units, so that the
// step count stays bounded for long horizons (one located switch per step at most is still
// guaranteed: the leader can change only once, RC07 section 4).
ode::Tolerances tolerances_for(double horizon) {
  ode::Tolerances tol;
  tol.max_dt = std::max(1.0, horizon / 1e5);
  return tol;
}

void check_rate_horizon(const std::string& flag, double rate, double horizon) {
  if (rate * horizon > kMaxRateTimesHorizon)
    throw UsageError(flag + " x --horizon must be <= " + format_double(kMaxRateTimesHorizon) + " (got " +
                     format_double(rate) + " x " + format_double(horizon) +
                     "); the catch-up is complete long before such a horizon: use a shorter --horizon");
}

// Levels grow like e^{rate t}: a level beyond the largest double (about e^709.78) is refused.
void check_levels(const std::vector<double>& t, const std::vector<double>& a, const std::vector<double>& b,
                  const std::string& names) {
  for (std::size_t k = 0; k < a.size(); ++k)
    if (!std::isfinite(a[k]) || !std::isfinite(b[k]) || !(a[k] > 0.0) || !(b[k] > 0.0))
      throw UsageError("--horizon: the levels " + names +
                       " leave the range of doubles (above about e^709 or below "
                       "e^-745) by t = " +
                       format_double(t[k]) +
                       "; they grow like e^{rate t}, so "
                       "shorten --horizon or lower the rates");
}

void check_date(const CLI::App& command, const std::string& flag, double value) {
  // inf (never) is the default that --help shows, so it may be typed too.
  if (command.count(flag) > 0 && !(value >= 0.0))
    throw UsageError(flag + ": must be a date >= 0, or inf for never (got " + format_double(value) + ")");
}

void write_table(CsvTable& table, const GridOptions& grid) { emit_table(table, grid.output); }

// The evidence RC07 §4's claims quote (a `#` line before the header; JSON: "evidence"): the ratio a at
// the last output time, against the text's steady gap 1 - g/epsilon and the printed rule's
// epsilon/(epsilon + g), with both growth rates there.
std::string end_state_evidence(const ds::Params& params, const ds::Path& path) {
  return fmt::format(
      "at T = {:.6g}: a(T) = {:.4g}, growth_north = {:.4g}, growth_south = {:.4g}; the text's steady gap 1 - g/epsilon "
      "= {:.4g}, the printed rule's epsilon/(epsilon + g) = {:.4g}",
      path.t.back(), path.ratio.back(), path.growth_north.back(), path.growth_south.back(),
      1.0 - params.g / params.epsilon, params.epsilon / (params.epsilon + params.g));
}

// The evidence CPP §5's claims quote: when the ratio z = Z_poor/Z_rich left [ratio_min, ratio_max]
// (the run stops there, so later rows repeat the state reached with growth 0), or that it never did.
std::string escape_evidence(const ds::CppParams& params, const ds::CppPath& path) {
  if (!std::isfinite(path.escape_time))
    return fmt::format("the ratio z = Z_poor/Z_rich stays in [{:g}, {:g}] up to t = {:.6g}", params.ratio_min,
                       params.ratio_max, path.t.back());
  return fmt::format(
      "the ratio z = Z_poor/Z_rich leaves [{:g}, {:g}] at t = {:.4g} ({}); the run stops there: later rows repeat "
      "the state reached, with growth 0",
      params.ratio_min, params.ratio_max, path.escape_time,
      path.ratio.back() < 1.0 ? "it collapses below the lower bound" : "it blows up past the upper bound");
}

void add_grid_options(CLI::App& command, GridOptions& grid) {
  command.add_option("--horizon", grid.horizon, "Last output time T (years), 0 < T <= 1e6")->required();
  command.add_option("--step", grid.step, "Output every DT > 0 (default 1), from 0 to T inclusive; at most 1e6 rows");
  add_output_options(command, grid.output, true);
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
  check_out_path(o.grid.output.out);
  const FlagMap flags{{"g", "--learning-rate"},
                      {"epsilon", "--epsilon"},
                      {"a_south0", "--a0"},
                      {"south_intensity_after", "--south-cluster-intensity"},
                      {"south_switch_time", "--south-cluster-from"}};
  with_flags(flags, [&] { params.validate(); });
  const auto times = grid_of(o.grid);
  check_rate_horizon("--epsilon", o.epsilon, o.grid.horizon);
  const auto path = ds::simulate(params, times, tolerances_for(o.grid.horizon));
  check_levels(path.t, path.a_north, path.a_south, "A_north, A_south");
  CsvTable table({"t", "A_north", "A_south", "a", "growth_north", "growth_south"});
  table.comment(end_state_evidence(params, path));
  for (std::size_t k = 0; k < path.t.size(); ++k)
    table.add_row(
        {path.t[k], path.a_north[k], path.a_south[k], path.ratio[k], path.growth_north[k], path.growth_south[k]});
  write_table(table, o.grid);
}

void run_cpp(const CLI::App& command, const CppOptions& o) {
  check_date(command, "--cluster-from", o.cluster_from);
  ds::CppParams params;
  params.x = o.x;
  params.z_rich0 = 1.0;
  params.z_poor0 = o.z0;
  params.cluster_from = o.cluster_from;
  check_out_path(o.grid.output.out);
  const FlagMap flags{{"x", "--rich-growth-rate"}, {"z_poor0", "--z0"}, {"cluster_from", "--cluster-from"}};
  with_flags(flags, [&] { params.validate(); });
  const auto times = grid_of(o.grid);
  check_rate_horizon("--rich-growth-rate", o.x, o.grid.horizon);
  const auto path = ds::simulate_cpp(params, times, tolerances_for(o.grid.horizon));
  check_levels(path.t, path.z_rich, path.z_poor, "Z_rich, Z_poor");
  CsvTable table({"t", "Z_rich", "Z_poor", "z", "growth_rich", "growth_poor"});
  table.comment(escape_evidence(params, path));
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
      "simulate",
      "RC07 section 4 (the unnumbered law of motion after 'More generally'): one sector, North clustered (intensity "
      "1); South clustered with intensity S "
      "from T0 on. dA_N/dt = g A_N (+ spillover), dA_S/dt = g S A_S + epsilon (1 - a) A_S with a = min{A_S/A_N, 1}.\n"
      "Output columns: t (years); A_north, A_south (technology levels, A_north(0) = 1, A_south(0) = A0); a (A_S/A_N); "
      "growth_north, growth_south (growth rates per year at t). A # line before the header gives a(T) and both growth "
      "rates at T against 1 - g/epsilon and epsilon/(epsilon + g).");
  simulate
      ->add_option("--learning-rate,--g", sim->g,
                   "Learning-by-doing growth rate g > 0 (per year, with a full cluster); --g is a deprecated alias")
      ->required();
  simulate->add_option("--epsilon", sim->epsilon, "Spillover strength epsilon > g (per year); epsilon x T <= 1e6")
      ->required();
  simulate->add_option("--a0", sim->a0, "South's initial level A_south(0) = A0 > 0 (North's is 1)")->required();
  simulate->add_option("--south-cluster-from", sim->cluster_from,
                       "Date T0 >= 0 from which South has a cluster "
                       "(default: never)");
  simulate->add_option("--south-cluster-intensity", sim->intensity,
                       "South's cluster intensity S in [0, 1] from T0 on (default 1)");
  simulate->add_option("--spillover-rule", sim->rule,
                       "'text' (a = min{A_own/A_other, 1}, default) or 'printed' (a = max{...}, RC07's print)");
  add_grid_options(*simulate, sim->grid);
  simulate->callback([simulate, sim] { run_simulate(*simulate, *sim); });

  auto cpp = std::make_shared<CppOptions>();
  CLI::App* cpp_sim = module->add_subcommand(
      "cpp-simulate",
      "CPP section 5 eqs. (5)-(6) as written: Z_rich grows at x; Z_poor at z = Z_poor/Z_rich, plus x with a cluster.\n"
      "Output columns: t (years); Z_rich, Z_poor (technology levels, Z_rich(0) = 1); z (Z_poor/Z_rich); growth_rich, "
      "growth_poor (growth rates per year at t). A # line before the header gives the time at which z leaves "
      "[1e-6, 1e6] (the run stops there).");
  cpp_sim
      ->add_option("--rich-growth-rate,--x", cpp->x,
                   "Rich region's growth rate x > 0 (per year); x x T <= 1e6; --x is a deprecated alias")
      ->required();
  cpp_sim->add_option("--z0", cpp->z0, "Poor region's initial level Z_poor(0) > 0")->required();
  cpp_sim->add_option("--cluster-from", cpp->cluster_from,
                      "Date from which the poor region has a cluster "
                      "(default: never)");
  add_grid_options(*cpp_sim, cpp->grid);
  cpp_sim->callback([cpp_sim, cpp] { run_cpp(*cpp_sim, *cpp); });
}

}  // namespace clustertrade::cli
