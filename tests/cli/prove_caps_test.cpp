/// Draw caps are global (never per shard) and recorded in meta.draw_caps; merge_documents rebuilds
/// the single-process document from shard documents of a toy registry.
#include <gtest/gtest.h>

#include "cli/prove_output.hpp"
#include "core/claims.hpp"

namespace ct = clustertrade;
namespace cli = clustertrade::cli;

namespace {

/// A toy claim: x uniform on {0..99}, premise always, violated when x >= 90 (about 10 % of draws),
/// at most the first 30 draws examined (the cap).
ct::ClaimRegistry toy_registry() {
  ct::ClaimRegistry registry;
  ct::Claim claim;
  claim.id = "toy.capped";
  claim.check_name = "toy";
  claim.search = ct::make_search_fn<long>([] {
    ct::Search<long> s;
    s.salt = ct::claim_salt("toy.capped");
    s.draw = [](std::size_t, ct::DrawRng& rng) { return rng.uniform_int(0, 99); };
    s.check = [](const long& x) {
      ct::Finding f;
      f.violated = x >= 90;
      f.detail = "x = " + std::to_string(x);
      return f;
    };
    s.to_json = [](const long& x) { return nlohmann::json(x); };
    s.draw_cap = 30;
    return s;
  });
  registry.add(claim);
  return registry;
}

}  // namespace

TEST(ProveCaps, CapIsRecordedAndTheSameForAnySplit) {
  const auto registry = toy_registry();
  cli::ProveSettings settings;
  settings.draws = 100;
  settings.seed = 4;
  const auto whole = ct::run_claims(registry, "*", {100, 4, 1});
  const auto doc = cli::prove_document(settings, whole, 0.0);
  EXPECT_EQ(doc["meta"]["draw_caps"]["toy.capped"], 30);
  EXPECT_EQ(doc["claims"][0]["counts"]["draws_used"], 30);  // min(100 requested, cap 30)
  std::vector<std::pair<std::string, nlohmann::json>> parts;
  for (std::size_t i = 0; i < 4; ++i) {
    cli::ProveSettings shard = settings;
    shard.shard_index = i;
    shard.shard_count = 4;
    parts.emplace_back("part-" + std::to_string(i),
                       cli::prove_document(shard, ct::run_claims(registry, "*", {100, 4, 1, i, 4}), 0.0));
    // Shard i of 4 examines k < 30 with k % 4 == i: 8, 8, 7, 7 draws.
    EXPECT_EQ(parts.back().second["claims"][0]["counts"]["draws_used"], i < 2 ? 8 : 7);
  }
  cli::ProveSettings merged_settings;
  double wall = 0.0;
  const auto merged = cli::merge_documents(registry, parts, merged_settings, wall);
  auto without_seconds = [](nlohmann::json d) {  // the per-claim timing field is the only one that differs
    for (auto& c : d["claims"]) c["seconds"] = 0;
    return d.dump();
  };
  EXPECT_EQ(without_seconds(cli::prove_document(merged_settings, merged, 0.0)), without_seconds(doc));
}
