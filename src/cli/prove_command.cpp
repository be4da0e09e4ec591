/// \file prove_command.cpp
/// \brief `clustertrade prove`: runs the claims registry (every module's claims) through the
/// falsification engine and writes `claims.json` (and, with --tex-dir, the report's generated
/// claims tables). `--shard I/N` runs one share of the draws; under mpirun (MPI build) each rank
/// runs shard rank/size and rank 0 writes the merged result, identical to one process.
#include <charconv>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <set>

#include <unistd.h>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/mpi_shards.hpp"
#include "cli/prove_output.hpp"
#include "cli/prove_part.hpp"
#include "core/claims.hpp"
#include "core/io.hpp"

namespace clustertrade::cli {

namespace {

constexpr std::size_t kMaxThreads = 256;
// 10^7 per claim: all claims take about 6.4 ms per draw on 2 threads (README: 2,000 draws in 12.8 s),
// so the cap is about 18 hours in one process, or minutes per task split over a cluster
// (docs/cluster.md); the former 10^12 would have run for centuries.
constexpr std::size_t kMaxDraws = 10'000'000ULL;
constexpr std::size_t kMaxShards = 1'000'000;

struct ProveOptions {
  std::string glob = "*";
  std::string module;
  std::string draws = "1000";
  std::string seed = "20070101";
  std::string threads = "0";
  std::string shard;
  std::string out;
  std::string tex_dir;
  bool list = false;
};

/// A non-negative integer in [lo, hi] written in decimal digits only (no sign, no wraparound).
std::uint64_t parse_integer(const std::string& flag, const std::string& text, std::uint64_t lo, std::uint64_t hi) {
  std::uint64_t value = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || text[0] == '-' || text[0] == '+' || ec != std::errc() || ptr != end || value < lo || value > hi)
    throw UsageError(fmt::format("{}: must be an integer in [{}, {}] (got '{}')", flag, lo, hi, text));
  return value;
}

void progress_bar(std::size_t done, std::size_t total, const std::string& id) {
  const int width = 30;
  const int filled = total ? static_cast<int>(width * done / total) : width;
  std::fprintf(stderr, "\r[%.*s%.*s] %zu/%zu %-40.40s", filled, "##############################", width - filled,
               "                              ", done, total, id.c_str());
  if (done == total) std::fprintf(stderr, "\n");
  std::fflush(stderr);
}

/// Calls mpi_stop when the prove command ends, however it ends.
struct MpiSession {
  MpiWorld world = mpi_start();
  ~MpiSession() { mpi_stop(); }
};

void prove_shard(const ProveOptions& options, ProveSettings settings, const ClaimRegistry& registry, int threads,
                 const MpiWorld& world);

void run_prove(const ProveOptions& options) {
  ProveSettings settings;
  settings.glob = options.glob;
  settings.draws = parse_integer("--draws", options.draws, 1, kMaxDraws);
  settings.seed = parse_integer("--seed", options.seed, 0, std::numeric_limits<std::uint64_t>::max());
  const auto threads_requested = parse_integer("--threads", options.threads, 0, 1'000'000'000);
  if (threads_requested > kMaxThreads)
    throw UsageError(
        fmt::format("--threads: at most {} (got {}); 0 uses OpenMP's default", kMaxThreads, threads_requested));
  const int threads = static_cast<int>(threads_requested);
  if (!options.shard.empty()) {
    const auto slash = options.shard.find('/');
    if (slash == std::string::npos)
      throw UsageError("--shard: must be I/N with 0 <= I < N (got '" + options.shard + "')");
    settings.shard_index = parse_integer("--shard", options.shard.substr(0, slash), 0, kMaxShards);
    settings.shard_count = parse_integer("--shard", options.shard.substr(slash + 1), 1, kMaxShards);
    if (settings.shard_index >= settings.shard_count)
      throw UsageError("--shard: must be I/N with 0 <= I < N (got '" + options.shard + "')");
  }
  ClaimRegistry all;
  register_all_claims(all);
  std::set<std::string> modules;
  for (const auto& claim : all.claims()) modules.insert(claim.module);
  settings.module = options.module;
  for (auto& c : settings.module) c = c == '-' ? '_' : c;  // trade-growth (the subcommand) = trade_growth (the folder)
  if (!settings.module.empty() && !modules.contains(settings.module)) {
    std::string known;
    for (const auto& m : modules) known += (known.empty() ? "" : ", ") + m;
    throw UsageError("--module: no module '" + options.module + "' (known: " + known + ")");
  }
  ClaimRegistry registry;  // the claims of the chosen module (all when none is chosen)
  for (const auto& claim : all.claims())
    if (settings.module.empty() || claim.module == settings.module) registry.add(claim);
  std::size_t matching = 0;
  for (const auto& claim : registry.claims()) matching += glob_match(settings.glob, claim.id);
  if (matching == 0) throw UsageError("--claims: no claim id matches '" + settings.glob + "'");
  check_writable_file("--out", options.out);
  check_writable_dir("--tex-dir", options.tex_dir);
  if (options.list) {
    std::string text;
    for (const auto& claim : registry.claims())
      if (glob_match(settings.glob, claim.id)) text += claim.id + "\t" + claim.source + "\n";
    emit(text, options.out);
    return;
  }

  MpiSession mpi;
  if (mpi.world.size == 1) return prove_shard(options, settings, registry, threads, mpi.world);
  try {  // one failing rank must not leave the others waiting in the gather
    prove_shard(options, settings, registry, threads, mpi.world);
  } catch (const std::exception& error) {
    std::fprintf(stderr, "clustertrade: rank %d: %s\n", mpi.world.rank, error.what());
    mpi_abort(dynamic_cast<const UsageError*>(&error) ? 2 : 1);
    throw;
  }
}

void prove_shard(const ProveOptions& options, ProveSettings settings, const ClaimRegistry& registry, int threads,
                 const MpiWorld& world) {
  if (world.size > 1) {
    if (!options.shard.empty()) throw UsageError("--shard: not with mpirun (each rank runs shard rank/size)");
    settings.shard_index = static_cast<std::size_t>(world.rank);
    settings.shard_count = static_cast<std::size_t>(world.size);
  }
  const auto start = std::chrono::steady_clock::now();
  const ClaimRun run{settings.draws, settings.seed, threads, settings.shard_index, settings.shard_count};
  const bool tty = world.rank == 0 && ::isatty(STDERR_FILENO) != 0;
  auto records = run_claims(registry, settings.glob, run,
                            tty ? progress_bar : std::function<void(std::size_t, std::size_t, const std::string&)>{});
  auto wall = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };
  nlohmann::json document;
  if (world.size > 1) {
    const auto parts = mpi_gather(world, prove_document(settings, records, wall()).dump());
    if (world.rank != 0) return;  // rank 0 writes
    std::vector<std::pair<std::string, nlohmann::json>> parsed;
    for (std::size_t r = 0; r < parts.size(); ++r)
      parsed.emplace_back(fmt::format("rank {}", r), nlohmann::json::parse(parts[r]));
    ProveSettings merged_settings;
    double ignored = 0.0;
    records = merge_documents(registry, parsed, merged_settings, ignored);
    std::fprintf(stderr, "clustertrade prove: merged the shards of %d MPI ranks\n", world.size);
    document = prove_document(merged_settings, records, wall());
  } else {
    document = prove_document(settings, records, wall());
  }
  report_draw_caps(records);
  write_prove_outputs(document, options.out, options.tex_dir);
}

struct MergeOptions {
  std::vector<std::string> parts;
  std::string out;
  std::string tex_dir;
};

void run_merge(const MergeOptions& options) {
  check_writable_file("--out", options.out);
  check_writable_dir("--tex-dir", options.tex_dir);
  std::vector<std::pair<std::string, nlohmann::json>> parts;
  for (const auto& file : options.parts) parts.emplace_back(file, read_prove_part(file));  // schema-checked
  ClaimRegistry registry;
  register_all_claims(registry);
  ProveSettings settings;
  double wall_seconds = 0.0;
  const auto records = merge_documents(registry, parts, settings, wall_seconds);
  report_draw_caps(records);
  write_prove_outputs(prove_document(settings, records, wall_seconds), options.out, options.tex_dir);
}

}  // namespace

void add_merge_command(CLI::App& app) {
  auto options = std::make_shared<MergeOptions>();
  CLI::App* merge = app.add_subcommand(
      "merge", "Merge the shard outputs of `prove --shard I/N` into what one process gives (same seed and draws)");
  merge->add_option("parts", options->parts, "The shard files (every shard 0..N-1 exactly once)")->required();
  add_out_option(*merge, options->out);
  merge->add_option("--tex-dir", options->tex_dir, "Also write the report's claims tables (claims*.tex) here");
  merge->callback([options] { run_merge(*options); });
}

void add_prove_command(CLI::App& app) {
  auto options = std::make_shared<ProveOptions>();
  CLI::App* prove = app.add_subcommand("prove", "Run the claim checks (falsification searches) and write JSON");
  prove->add_option("--claims", options->glob, "Only claims whose id matches this glob (e.g. 'h12.*')");
  prove->add_option("--module", options->module,
                    "Only claims of this module (folder or subcommand name: infant_industry or infant-industry, "
                    "cluster_model, dynamic_spillovers, trade_growth)");
  prove->add_option(
      "--draws", options->draws,
      "Random draws per claim, 1..10^7 (default 1000; all claims take about 18 hours at 10^7 on 2 threads: "
      "split larger runs with --shard)");
  prove->add_option("--seed", options->seed, "Base seed, 0..2^64-1; draw k of a claim uses the stream (seed^salt, k)");
  prove->add_option("--threads", options->threads, "Threads, 0..256 (0: OpenMP default); results never depend on it");
  prove->add_option("--shard", options->shard,
                    "Run share I of N (I = 0..N-1): draws k with k % N == I; combine with `clustertrade merge`");
  add_out_option(*prove, options->out);
  prove->add_option("--tex-dir", options->tex_dir, "Also write the report's claims tables (claims*.tex) here");
  prove->add_flag("--list", options->list, "List the claim ids and sources instead of running them");
  prove->callback([options] { run_prove(*options); });
  add_merge_command(app);
}

}  // namespace clustertrade::cli
