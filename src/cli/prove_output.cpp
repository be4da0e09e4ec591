#include "cli/prove_output.hpp"

#include <filesystem>
#include <set>

#include <unistd.h>

#include <fmt/format.h>

#include "cli/common.hpp"
#include "core/errors.hpp"
#include "core/io.hpp"

#ifndef CLUSTERTRADE_VERSION
#define CLUSTERTRADE_VERSION "unknown"
#endif

namespace clustertrade::cli {

using nlohmann::json;

std::string canonical_command(const ProveSettings& s) {
  std::string command = fmt::format("clustertrade prove --seed {} --draws {}", s.seed, s.draws);
  if (!s.module.empty()) command += " --module " + s.module;
  if (s.glob != "*") command += " --claims '" + s.glob + "'";
  return command;
}

json prove_document(const ProveSettings& s, const std::vector<ClaimRecord>& records, double wall_seconds) {
  const ClaimRun run{s.draws, s.seed, 0, s.shard_index, s.shard_count};
  json caps = json::object();
  for (const auto& r : records)
    if (r.tally.counts.draw_cap > 0) caps[r.claim->id] = r.tally.counts.draw_cap;
  json meta = {{"program", "clustertrade prove"},
               {"version", CLUSTERTRADE_VERSION},
               {"commit", build_commit()},
               {"command", canonical_command(s)},
               {"seed", s.seed},
               {"draws_requested", s.draws},
               {"module", s.module},
               {"claims", s.glob},
               {"shard", s.shard_count > 1 ? json{{"index", s.shard_index}, {"count", s.shard_count}} : json(nullptr)},
               {"draw_caps", caps},
               {"wall_seconds", wall_seconds}};
  return {{"meta", meta}, {"claims", claims_to_json(records, run)}};
}

namespace {

[[noreturn]] void bad_part(const std::string& file, const std::string& rule) { throw UsageError(file + ": " + rule); }

}  // namespace

std::vector<ClaimRecord> merge_documents(const ClaimRegistry& registry,
                                         const std::vector<std::pair<std::string, json>>& parts,
                                         ProveSettings& settings, double& wall_seconds) {
  if (parts.empty()) throw UsageError("merge: give at least one PART.json");
  std::vector<ClaimRecord> merged;
  std::set<std::size_t> seen;
  std::size_t count = 0;
  json reference;
  wall_seconds = 0.0;
  for (std::size_t part = 0; part < parts.size(); ++part) {
    const auto& [file, doc] = parts[part];
    try {
      const json& meta = doc.at("meta");
      const json& shard = meta.at("shard");
      const std::size_t index = shard.is_null() ? 0 : shard.at("index").get<std::size_t>();
      const std::size_t n = shard.is_null() ? 1 : shard.at("count").get<std::size_t>();
      if (reference.is_null()) {
        reference = meta;
        count = n;
        settings.seed = meta.at("seed").get<std::uint64_t>();
        settings.draws = meta.at("draws_requested").get<std::size_t>();
        settings.module = meta.at("module").get<std::string>();
        settings.glob = meta.at("claims").get<std::string>();
        settings.shard_index = 0;
        settings.shard_count = 1;
      }
      for (const char* key :
           {"version", "commit", "command", "seed", "draws_requested", "module", "claims", "draw_caps"})
        if (meta.at(key) != reference.at(key))
          bad_part(file, fmt::format("meta.{} differs from the first part ({} vs {})", key, meta.at(key).dump(),
                                     reference.at(key).dump()));
      if (n != count) bad_part(file, fmt::format("shard count {} differs from the first part's {}", n, count));
      if (index >= n || !seen.insert(index).second)
        bad_part(file, fmt::format("shard {}/{} is out of range or given twice", index, n));
      wall_seconds = std::max(wall_seconds, meta.at("wall_seconds").get<double>());
      const json& claims = doc.at("claims");
      if (part == 0) {
        for (const auto& c : claims) {
          const auto id = c.at("id").get<std::string>();
          const Claim* claim = nullptr;
          try {
            claim = &registry.find(id);
          } catch (const std::out_of_range&) {
            bad_part(file, "claim '" + id + "' is not in this program's registry");
          }
          merged.push_back({claim, tally_from_json(c.at("tally")), c.at("seconds").get<double>()});
        }
        continue;
      }
      if (claims.size() != merged.size()) bad_part(file, "holds a different list of claims than the first part");
      for (std::size_t i = 0; i < merged.size(); ++i) {
        if (claims[i].at("id") != merged[i].claim->id)
          bad_part(file, "claim " + std::to_string(i) + " is '" + claims[i].at("id").get<std::string>() +
                             "', expected '" + merged[i].claim->id + "'");
        merged[i].tally = merge_tallies(merged[i].tally, tally_from_json(claims[i].at("tally")));
        merged[i].seconds += claims[i].at("seconds").get<double>();
      }
    } catch (const json::exception& error) {
      bad_part(file, std::string("not a prove output: ") + error.what());
    } catch (const std::invalid_argument& error) {
      bad_part(file, error.what());
    }
  }
  if (seen.size() != count)
    throw UsageError(
        fmt::format("merge: {} of {} shards given; every shard 0..{} is needed", seen.size(), count, count - 1));
  return merged;
}

void write_prove_outputs(const json& document, const std::string& out, const std::string& tex_dir) {
  std::vector<std::pair<std::filesystem::path, std::string>> files;
  const bool to_stdout = out.empty() || out == "-";
  if (!to_stdout) files.emplace_back(out, document.dump(2) + "\n");
  if (!tex_dir.empty())
    for (const auto& [name, contents] : claims_to_tex(document.at("claims")))
      files.emplace_back(std::filesystem::path(tex_dir) / name, contents);
  try {
    write_files_atomic(files);  // all or nothing: the targets were checked before the run
  } catch (const OutputError& error) {
    throw UsageError((!to_stdout && std::string(error.what()).find("'" + out + "'") != std::string::npos
                          ? "--out: "
                          : "--tex-dir: ") +
                     std::string(error.what()));
  }
  if (to_stdout) emit(document.dump(2) + "\n", std::string());
}

void check_writable_file(const std::string& flag, const std::string& path) {
  if (path.empty() || path == "-") return;
  try {
    probe_output_file(path);
  } catch (const OutputError& error) {
    throw UsageError(flag + ": " + error.what());
  }
}

void check_writable_dir(const std::string& flag, const std::string& dir) {
  if (dir.empty()) return;
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::exists(dir, ec) && !fs::is_directory(dir, ec)) throw UsageError(flag + ": '" + dir + "' is not a folder");
  try {
    // The claims files it will hold (claims.tex, claims-<module>.tex) must be replaceable files.
    if (fs::is_directory(dir, ec))
      for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("claims", 0) == 0 && entry.path().extension() == ".tex") check_output_target(entry.path());
      }
    probe_output_file(fs::path(dir) / "claims.tex");
  } catch (const OutputError& error) {
    throw UsageError(flag + ": " + error.what());
  }
}

void report_draw_caps(const std::vector<ClaimRecord>& records) {
  for (const auto& r : records) {
    const auto& c = r.tally.counts;
    if (c.draw_cap > 0 && c.draw_cap < c.draws_requested)
      fmt::print(stderr,
                 "clustertrade prove: {} examines draws k < {} only (a global cap, the same for every shard; "
                 "{} requested)\n",
                 r.claim->id, c.draw_cap, c.draws_requested);
  }
}

}  // namespace clustertrade::cli
