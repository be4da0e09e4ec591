/// \file cluster_mapping_simulate.cpp
/// \brief `clustertrade cluster-mapping simulate`: one simulated nation of small H12 regions with
/// planted spillover blocks (cluster_mapping/regions.hpp), and what Porter's method makes of it —
/// the adjusted Rand index of the recovered clusters against the planted blocks and Spearman's
/// rank correlation of strong-cluster employment with real income. This is the command each
/// porter.recovery-* and porter.strength-income-* counterexample prints, so a reader can rerun it.
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cluster_mapping/experiments.hpp"
#include "cluster_mapping/regions.hpp"
#include "core/errors.hpp"
#include "core/io.hpp"

namespace clustertrade::cli {

namespace {

namespace cm = clustertrade::cluster_mapping;

struct SimulateOptions {
  cm::NationParams nation;
  std::string blocks = "3,4,5,4,6,3,5,4";
  std::string trade = "cluster-building";
  OutputOptions output;
};

// Bounds on the work a command line may ask for. Each region is a small H12 economy solved once
// per period, with a learning product of n² operations; the run costs about R (T + 1) n (n + 64)
// units (kWorkUnitsPerSecond of them a second on one core of the reference machine).
constexpr std::size_t kMaxRegions = 100'000;
constexpr std::size_t kMaxPeriods = 10'000;
constexpr std::size_t kMaxBlocks = 500;
constexpr std::size_t kMaxBlockSize = 100;
constexpr std::size_t kMaxIndustries = 1'000;  // traded + local
constexpr double kWorkUnitsPerSecond = 1.5e8;  // measured: 1.6e8 at the defaults, 9e8 at n = 434
constexpr double kMaxSeconds = 300;

cm::Trade trade_flag(const std::string& text) {
  for (auto t : {cm::Trade::cluster_building, cm::Trade::cluster_destroying, cm::Trade::free_trade, cm::Trade::autarky})
    if (cm::to_string(t) == text) return t;
  throw UsageError(
      fmt::format("--trade: must be cluster-building, cluster-destroying, free-trade or autarky (got '{}')", text));
}

std::vector<std::size_t> blocks_flag(const std::string& text) {
  const auto values = parse_list_flag("--blocks", text);
  if (values.size() > kMaxBlocks) throw UsageError(fmt::format("--blocks: at most {} blocks", kMaxBlocks));
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const double v = values[i];
    if (!(v >= 2.0 && v <= static_cast<double>(kMaxBlockSize)) || v != static_cast<double>(static_cast<long>(v)))
      throw UsageError(
          fmt::format("--blocks (entry {}): must be a whole number in [2, {}] (got {})", i + 1, kMaxBlockSize, text));
    out.push_back(static_cast<std::size_t>(v));
  }
  return out;
}

void run_simulate(SimulateOptions o) {
  check_out_path(o.output.out);
  if (o.nation.regions > kMaxRegions)
    throw UsageError(fmt::format("--regions: must be <= {} (got {})", kMaxRegions, o.nation.regions));
  if (o.nation.periods > kMaxPeriods)
    throw UsageError(fmt::format("--periods: must be <= {} (got {})", kMaxPeriods, o.nation.periods));
  if (o.nation.local > kMaxIndustries)
    throw UsageError(fmt::format("--local: must be <= {} (got {})", kMaxIndustries, o.nation.local));
  o.nation.blocks = blocks_flag(o.blocks);
  o.nation.trade = trade_flag(o.trade);
  const std::size_t n = o.nation.traded() + o.nation.local;
  if (n > kMaxIndustries)
    throw UsageError(fmt::format("--blocks/--local: at most {} industries in all (got {} traded + {} local)",
                                 kMaxIndustries, o.nation.traded(), o.nation.local));
  const double work = static_cast<double>(o.nation.regions) * static_cast<double>(o.nation.periods + 1) *
                      static_cast<double>(n) * static_cast<double>(n + 64);
  if (work > kWorkUnitsPerSecond * kMaxSeconds)
    throw UsageError(
        fmt::format("--regions/--periods/--blocks/--local: R (T + 1) n (n + 64) = {:.3g} units of work "
                    "is more than the limit of {:.3g} (about {:.0f} minutes on one core)",
                    work, kWorkUnitsPerSecond * kMaxSeconds, kMaxSeconds / 60));
  const FlagMap flags = {{"regions", "--regions"}, {"blocks", "--blocks"},     {"block_strength", "--block-strength"},
                         {"sigma", "--sigma"},     {"openness", "--openness"}, {"noise", "--noise"}};
  with_flags(flags, [&] { o.nation.validate(); });
  const cm::Nation nation = cm::simulate_nation(o.nation);
  const double ari = cm::recover_blocks(nation).ari;
  const double rho = cm::strength_income_correlation(nation);
  CsvTable table({"regions", "blocks", "ari", "strength_income_rho"});
  table.add_row({static_cast<double>(o.nation.regions), static_cast<double>(o.nation.blocks.size()), ari, rho});
  emit_table(table, o.output, {"strength_income_rho"});
}

}  // namespace

void add_cluster_mapping_simulate(CLI::App& model) {
  auto o = std::make_shared<SimulateOptions>();
  CLI::App* cmd = model.add_subcommand(
      "simulate",
      "One simulated nation of small H12 regions with planted spillover blocks, and Porter's method on it. "
      "Columns: regions, blocks, ari (adjusted Rand index of the clusters recovered by average linkage on "
      "1 - correlation of employment shares, cut at the number of blocks, against the planted blocks; 1: exact), "
      "strength_income_rho (Spearman's rank correlation across regions of the share of traded employment in "
      "planted blocks with LQ >= 1.5 and real income per worker)");
  cmd->add_option("--regions", o->nation.regions,
                  "Number of regions R (3 .. 100000; with --periods, --blocks and --local at most about five minutes "
                  "of work, see the error)")
      ->capture_default_str();
  cmd->add_option("--blocks", o->blocks, "Comma list of planted block sizes (traded industries per block, each >= 2)")
      ->capture_default_str();
  cmd->add_option("--local", o->nation.local, "Number of local (never traded) industries (traded + local <= 1000)")
      ->capture_default_str();
  cmd->add_option("--block-strength", o->nation.block_strength, "Learning weight tau within a block, in [0, 1]")
      ->capture_default_str();
  cmd->add_option("--periods", o->nation.periods, "Periods of learning T (0 .. 10000)")->capture_default_str();
  cmd->add_option("--sigma", o->nation.sigma, "Elasticity of substitution sigma > 0")->capture_default_str();
  cmd->add_option("--openness", o->nation.openness, "Iceberg openness g of traded industries, in (0, 1]")
      ->capture_default_str();
  cmd->add_option("--noise", o->nation.noise, "Measurement noise on recorded employment, in [0, 5]")
      ->capture_default_str();
  cmd->add_option("--trade", o->trade, "cluster-building, cluster-destroying, free-trade or autarky")
      ->capture_default_str();
  cmd->add_option("--seed", o->nation.seed, "Base seed; region r uses the stream (seed, r)")->capture_default_str();
  add_output_options(*cmd, o->output);
  cmd->callback([o] { run_simulate(*o); });
}

}  // namespace clustertrade::cli
