/// \file prove_command.cpp
/// \brief `clustertrade prove`: runs the claims registry (every module's claims) and writes
/// `claims.json` (and, with --tex-dir, the report's generated claims tables).
#include <cstdio>
#include <iostream>

#include <unistd.h>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "core/claims.hpp"
#include "core/io.hpp"

namespace clustertrade::cli {

namespace {

struct ProveOptions {
  std::string glob = "*";
  std::string module;
  std::size_t draws = 1000;
  std::uint64_t seed = 20070101;
  int threads = 0;
  std::string out;
  std::string tex_dir;
  bool list = false;
};

void progress_bar(std::size_t done, std::size_t total, const std::string& id) {
  const int width = 30;
  const int filled = total ? static_cast<int>(width * done / total) : width;
  std::fprintf(stderr, "\r[%.*s%.*s] %zu/%zu %-40.40s", filled, "##############################", width - filled,
               "                              ", done, total, id.c_str());
  if (done == total) std::fprintf(stderr, "\n");
  std::fflush(stderr);
}

void run_prove(const ProveOptions& options) {
  if (options.draws == 0) throw UsageError("--draws: must be a positive integer (got 0)");
  if (options.threads < 0) throw UsageError("--threads: must be >= 0 (got " + std::to_string(options.threads) + ")");
  ClaimRegistry all;
  register_all_claims(all);
  ClaimRegistry registry;  // the claims of the chosen module (all when none is chosen)
  for (const auto& claim : all.claims())
    if (options.module.empty() || claim.module == options.module) registry.add(claim);
  if (registry.claims().empty()) throw UsageError("--module: no claims in module '" + options.module + "'");
  if (options.list) {
    std::string text;
    for (const auto& claim : registry.claims())
      if (glob_match(options.glob, claim.id)) text += claim.id + "\t" + claim.source + "\n";
    emit(text, options.out);
    return;
  }
  std::size_t matching = 0;
  for (const auto& claim : registry.claims()) matching += glob_match(options.glob, claim.id);
  if (matching == 0 && options.glob != "*") throw UsageError("--claims: no claim id matches '" + options.glob + "'");
  const bool tty = ::isatty(STDERR_FILENO) != 0;
  const ClaimRun run{options.draws, options.seed, options.threads};
  const auto records = run_claims(registry, options.glob, run,
                                  tty ? progress_bar : std::function<void(std::size_t, std::size_t, const std::string&)>{});
  const nlohmann::json doc = claims_to_json(records, run);
  if (!options.tex_dir.empty())
    for (const auto& [name, contents] : claims_to_tex(doc)) write_file_atomic(options.tex_dir + "/" + name, contents);
  emit(doc.dump(2) + "\n", options.out);
}

}  // namespace

void add_prove_command(CLI::App& app) {
  auto options = std::make_shared<ProveOptions>();
  CLI::App* prove = app.add_subcommand("prove", "Run the claim checks (falsification searches) and write JSON");
  prove->add_option("--claims", options->glob, "Only claims whose id matches this glob (e.g. 'h12.*')");
  prove->add_option("--module", options->module,
                    "Only claims of this module (infant_industry, cluster_model, dynamic_spillovers, trade_growth)");
  prove->add_option("--draws", options->draws, "Random draws per claim")->check(CLI::PositiveNumber);
  prove->add_option("--seed", options->seed, "Base seed; draw k uses the stream (seed, k)");
  prove->add_option("--threads", options->threads, "Threads (0: OpenMP default); results do not depend on it")
      ->check(CLI::NonNegativeNumber);
  add_out_option(*prove, options->out);
  prove->add_option("--tex-dir", options->tex_dir, "Also write the report's claims tables (claims*.tex) here");
  prove->add_flag("--list", options->list, "List the claim ids and sources instead of running them");
  prove->callback([options] { run_prove(*options); });
}

}  // namespace clustertrade::cli
