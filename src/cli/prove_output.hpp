/// \file prove_output.hpp
/// \brief What `clustertrade prove` and `clustertrade merge` share: the settings that determine a
/// result, the `claims.json` document (meta + claims), merging shard files, and output checks.
///
/// The document depends on the seed, the draws, the claim selection and the code only: one process,
/// N shards merged, K MPI ranks and any thread count give the same bytes apart from the timing
/// fields `seconds` (per claim) and `wall_seconds` (meta).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "core/claims.hpp"

namespace clustertrade::cli {

/// The inputs that determine a prove result (threads never do).
struct ProveSettings {
  std::string glob = "*";         ///< --claims
  std::string module;             ///< --module, normalised to the folder name ("trade_growth")
  std::size_t draws = 1000;       ///< --draws (per claim)
  std::uint64_t seed = 20070101;  ///< --seed
  std::size_t shard_index = 0;    ///< --shard I/N: I
  std::size_t shard_count = 1;    ///< --shard I/N: N (1: not sharded)
};

/// The command that reproduces the result in one process: `clustertrade prove --seed S --draws D
/// [--module M] [--claims G]` (recorded as meta.command, so that shards, ranks and thread counts
/// all record the same command).
/// \param settings the run's settings (shard ignored) \return the command line
std::string canonical_command(const ProveSettings& settings);

/// The `claims.json` document: `{"meta": {...}, "claims": [...]}` with meta keys program,
/// version, commit, command, seed, draws_requested, module, claims, shard ({index, count} or
/// null), draw_caps ({id: cap} for capped claims), wall_seconds.
/// \param settings the run's settings \param records one record per claim run
/// \param wall_seconds the run's wall-clock time, seconds \return the document
nlohmann::json prove_document(const ProveSettings& settings, const std::vector<ClaimRecord>& records,
                              double wall_seconds);

/// Merges shard documents (file name, parsed JSON) into records over `registry`'s claims.
/// Checks that the parts agree (version, commit, command, seed, draws, claim list) and that their
/// shards are exactly 0..N-1 once each; throws UsageError naming the file otherwise.
/// Returns the merged records and fills `settings` (unsharded) and `wall_seconds` (the largest).
/// \param registry the claims known to this build \param parts (file name, document) per shard
/// \param settings receives the common settings \param wall_seconds receives the largest wall time, seconds
/// \return one record per claim, tallies summed over the shards
std::vector<ClaimRecord> merge_documents(const ClaimRegistry& registry,
                                         const std::vector<std::pair<std::string, nlohmann::json>>& parts,
                                         ProveSettings& settings, double& wall_seconds);

/// Writes the document to `out` (stdout when empty) and, when `tex_dir` is set, the LaTeX files.
/// \param document the `claims.json` document \param out the `--out` value
/// \param tex_dir the `--tex-dir` value (empty: none)
void write_prove_outputs(const nlohmann::json& document, const std::string& out, const std::string& tex_dir);

/// Throws UsageError("--out: cannot write ...") unless `path` (a file) can be created or replaced.
/// \param flag the flag named in the message \param path the file
void check_writable_file(const std::string& flag, const std::string& path);
/// Throws UsageError unless `dir` is (or can be made) a writable directory.
/// \param flag the flag named in the message \param dir the directory
void check_writable_dir(const std::string& flag, const std::string& dir);

/// Writes a line to stderr for each claim whose draw cap binds (global, never shard-dependent).
/// \param records the run's records
void report_draw_caps(const std::vector<ClaimRecord>& records);

/// `clustertrade merge PART.json... --out claims.json [--tex-dir DIR]`.
/// \param app the `clustertrade` application to add it to
void add_merge_command(CLI::App& app);

}  // namespace clustertrade::cli
