#include "core/claims.hpp"

#include <chrono>
#include <map>
#include <stdexcept>

#include <fmt/format.h>

#include "core/latex.hpp"

namespace clustertrade {

namespace {

using nlohmann::json;

std::string module_of(std::string_view relative_file) {
  // "src/<module>/claims.cpp" -> "<module>"
  if (relative_file.rfind("src/", 0) != 0) return "other";
  const auto rest = relative_file.substr(4);
  const auto slash = rest.find('/');
  return std::string(slash == std::string_view::npos ? rest : rest.substr(0, slash));
}

}  // namespace

void ClaimRegistry::add(Claim claim, std::source_location where) {
  if (claim.id.empty()) throw std::logic_error("claim with an empty id");
  for (const auto& existing : claims_)
    if (existing.id == claim.id) throw std::logic_error("duplicate claim id " + claim.id);
  if (!claim.search && claim.not_checked_reason.empty())
    throw std::logic_error("claim " + claim.id + " has no search and no not-checked reason");
  if (claim.file.empty()) {  // a claim copied from another registry keeps its origin
    claim.file = source_relative(where.file_name());
    claim.module = module_of(claim.file);
  }
  claims_.push_back(std::move(claim));
}

const Claim& ClaimRegistry::find(std::string_view id) const {
  for (const auto& claim : claims_)
    if (claim.id == id) return claim;
  throw std::out_of_range("no claim with id " + std::string(id));
}

bool glob_match(std::string_view glob, std::string_view id) {
  // Iterative wildcard match with backtracking to the last '*'.
  std::size_t g = 0, s = 0, star = std::string_view::npos, mark = 0;
  while (s < id.size()) {
    if (g < glob.size() && (glob[g] == '?' || glob[g] == id[s])) {
      ++g;
      ++s;
    } else if (g < glob.size() && glob[g] == '*') {
      star = g++;
      mark = s;
    } else if (star != std::string_view::npos) {
      g = star + 1;
      s = ++mark;
    } else {
      return false;
    }
  }
  while (g < glob.size() && glob[g] == '*') ++g;
  return g == glob.size();
}

std::vector<ClaimRecord> run_claims(const ClaimRegistry& registry, std::string_view glob, const ClaimRun& run,
                                    const std::function<void(std::size_t, std::size_t, const std::string&)>& progress) {
  std::vector<const Claim*> selected;
  for (const auto& claim : registry.claims())
    if (glob_match(glob, claim.id)) selected.push_back(&claim);
  std::vector<ClaimRecord> records;
  for (std::size_t i = 0; i < selected.size(); ++i) {
    if (progress) progress(i, selected.size(), selected[i]->id);
    const auto start = std::chrono::steady_clock::now();
    Tally tally;
    tally.counts.draws_requested = run.draws;
    if (selected[i]->search && selected[i]->not_checked_reason.empty()) tally = selected[i]->search(run);
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    records.push_back({selected[i], std::move(tally), elapsed.count()});
  }
  if (progress) progress(selected.size(), selected.size(), "");
  return records;
}

namespace {
json draws_to_json(const std::vector<DrawLaw>& draws) {
  json out = json::array();
  for (const auto& law : draws) out.push_back(describe(law));
  return out;
}
}  // namespace

json claim_to_json(const Claim& c, const Tally& tally, const ClaimRun& run, double seconds) {
  json counterexample = nullptr;
  const json& first = !tally.first_in_scope.is_null() ? tally.first_in_scope : tally.first_outside;
  if (!first.is_null())
    counterexample = {{"in_scope", !tally.first_in_scope.is_null()},
                      {"index", first.at("index")},
                      {"summary", first.at("detail")},
                      {"case", first.at("case")},
                      {"original_case", first.value("original_case", json(nullptr))},
                      {"command", first.at("command")}};
  const std::string evidence = c.evidence ? c.evidence(tally, run) : default_evidence(tally);
  return {{"id", c.id},
          {"source", c.source},
          {"statement", c.statement},
          {"measure", c.measure},
          {"scope", c.scope},
          {"paper_verdict", c.paper_verdict},
          {"verdict", to_string(verdict_of(c, tally))},
          {"failure_kind", to_string(failure_kind_of(c, tally))},
          {"not_checked_reason", not_checked_reason_of(c, tally)},
          {"counts", counts_to_json(tally.counts)},
          {"seed", run.seed},
          {"evidence", evidence},
          {"counterexample", counterexample},
          {"tally", tally_to_json(tally)},
          {"module", c.module},
          {"file", c.file},
          {"function", c.check_name},
          {"origin", to_string(c.origin)},
          {"quote", c.quote},
          {"draws", draws_to_json(c.draws)},
          {"tolerances", c.tolerances},
          {"margin_unit", c.margin_unit},
          {"single_example", c.single_example},
          {"seconds", seconds}};
}

json claims_to_json(const std::vector<ClaimRecord>& records, const ClaimRun& run) {
  json out = json::array();
  for (const auto& record : records) out.push_back(claim_to_json(*record.claim, record.tally, run, record.seconds));
  return out;
}

}  // namespace clustertrade
