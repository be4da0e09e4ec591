/// \file claims.cpp
/// \brief Porter's claims as falsification searches on the shared engine (core/falsify.hpp).
/// Definitional properties of the CMP's location quotients are checked on random employment tables
/// (zeros, local industries, unequal sizes) against sums formed here from the raw table; the
/// method's statements are checked on simulated nations of small H12 regions (regions.hpp) whose
/// spillover blocks are known; Porter's U.S. statistics are registered as not checked.
#include "cluster_mapping/claims.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include <fmt/format.h>

#include "cluster_mapping/experiments.hpp"
#include "cluster_mapping/model.hpp"
#include "cluster_mapping/regions.hpp"
#include "cluster_mapping/strength.hpp"
#include "core/falsify.hpp"
#include "core/random.hpp"

namespace clustertrade::cluster_mapping {

namespace {

// ---------------------------------------------------------------------------------------------
// Random employment tables: 3–40 regions, 2–25 industries, a third of the cells zero, a quarter
// of the industries local, region sizes over three orders of magnitude, every industry employing
// someone, and a random cluster definition of the traded industries.
struct TableCase {
  Eigen::MatrixXd employment;
  LocalMask local;
  std::vector<int> labels;  // cluster 1..K of each traded industry (0: local)
};

TableCase draw_table(DrawRng& rng) {
  const auto regions = static_cast<Eigen::Index>(rng.uniform_int(3, 40));
  const auto n = static_cast<Eigen::Index>(rng.uniform_int(2, 25));
  TableCase c;
  c.employment.resize(regions, n);
  for (Eigen::Index r = 0; r < regions; ++r) {
    const double size = rng.log_uniform(1.0, 1000.0);
    for (Eigen::Index i = 0; i < n; ++i)
      c.employment(r, i) = rng.bernoulli(0.33) ? 0.0 : std::round(size * rng.uniform(0.0, 10.0));
  }
  for (Eigen::Index i = 0; i < n; ++i)
    if (c.employment.col(i).sum() == 0.0) c.employment(rng.uniform_int(0, regions - 1), i) = 1.0;
  c.local.assign(static_cast<std::size_t>(n), false);
  c.labels.assign(static_cast<std::size_t>(n), 0);
  const long k = rng.uniform_int(1, 5);
  for (std::size_t i = 0; i < c.local.size(); ++i) {
    c.local[i] = rng.bernoulli(0.25);
    if (!c.local[i]) c.labels[i] = static_cast<int>(rng.uniform_int(1, k));
  }
  std::vector<int> map(static_cast<std::size_t>(k) + 1, 0);  // relabel 1..K' so no label is empty
  int next = 0;
  for (auto& l : c.labels)
    if (l > 0) {
      if (map[static_cast<std::size_t>(l)] == 0) map[static_cast<std::size_t>(l)] = ++next;
      l = map[static_cast<std::size_t>(l)];
    }
  return c;
}

// The tests' hand table (tests/cluster_mapping/measures_test.cpp): zeros, two local industries, a
// region without local employment; clusters {a, d} and {b, c}.
TableCase hand_table() {
  TableCase c;
  c.employment.resize(5, 6);
  c.employment << 10, 0, 5, 1, 3, 1, 0, 4, 5, 2, 1, 1, 7, 3, 0, 9, 0, 0, 1, 1, 1, 1, 10, 2, 2, 0, 0, 0, 0, 5;
  c.local = {false, false, false, false, true, true};
  c.labels = {1, 2, 2, 1, 0, 0};
  return c;
}

nlohmann::json table_json(const TableCase& c) {
  nlohmann::json rows = nlohmann::json::array();
  for (Eigen::Index r = 0; r < c.employment.rows(); ++r) {
    nlohmann::json row = nlohmann::json::array();
    for (Eigen::Index i = 0; i < c.employment.cols(); ++i) row.push_back(c.employment(r, i));
    rows.push_back(row);
  }
  nlohmann::json local = nlohmann::json::array();
  for (bool l : c.local) local.push_back(l);
  return {{"employment", rows}, {"local", local}, {"labels", c.labels}};
}

// Simpler tables: drop one region (keeping ≥ 1) or one industry (keeping ≥ 2 and employment in each).
std::vector<TableCase> shrink_table(const TableCase& c) {
  std::vector<TableCase> out;
  for (Eigen::Index r = 0; r < c.employment.rows() && c.employment.rows() > 1; ++r) {
    TableCase d = c;
    d.employment.resize(c.employment.rows() - 1, c.employment.cols());
    d.employment << c.employment.topRows(r), c.employment.bottomRows(c.employment.rows() - r - 1);
    if ((d.employment.colwise().sum().array() > 0.0).all()) out.push_back(std::move(d));
  }
  return out;
}

constexpr double identity_tolerance = 1e-12;

Finding identity_finding(double error, const std::string& what) {
  Finding f;
  f.violated = !(error <= identity_tolerance);
  f.margin = identity_tolerance - error;
  f.value = error;
  f.detail = what + " = " + evidence_number(error, 3);
  return f;
}

Search<TableCase> table_search(std::uint64_t salt, std::function<Finding(const TableCase&)> check) {
  Search<TableCase> s;
  s.salt = salt;
  s.draw = [](std::size_t, DrawRng& rng) { return draw_table(rng); };
  s.fixed_cases = {hand_table()};
  s.check = std::move(check);
  s.shrink_candidates = shrink_table;
  s.to_json = table_json;
  return s;
}

// The nation (all regions pooled into one) has LQ 1 in every industry, and the regional LQs,
// weighted by each region's employment on the industry's base (summed here from the raw table),
// average to 1.
Search<TableCase> check_nation_lq_one() {
  return table_search(0xC1, [](const TableCase& c) {
    const Eigen::MatrixXd nation = c.employment.colwise().sum();
    const Eigen::MatrixXd lq_nation = location_quotients(nation, c.local);
    const Eigen::MatrixXd lq = location_quotients(c.employment, c.local);
    double worst = 0.0;
    for (Eigen::Index i = 0; i < lq.cols(); ++i) {
      worst = std::max(worst, std::fabs(lq_nation(0, i) - 1.0));
      double base_total = 0.0, weighted = 0.0;
      for (Eigen::Index r = 0; r < lq.rows(); ++r) {
        double base = 0.0;
        for (Eigen::Index j = 0; j < lq.cols(); ++j)
          if (c.local[static_cast<std::size_t>(j)] == c.local[static_cast<std::size_t>(i)]) base += c.employment(r, j);
        base_total += base;
        weighted += base * lq(r, i);
      }
      worst = std::max(worst, std::fabs(weighted / base_total - 1.0));
    }
    return identity_finding(worst, "largest |LQ - 1| (nation) or |weighted mean of regional LQs - 1|");
  });
}

// A cluster's LQ is the national-employment-weighted mean of its industries' LQs (traded base).
Search<TableCase> check_cluster_lq_mean() {
  return table_search(0xC2, [](const TableCase& c) {
    const Eigen::MatrixXd lq = location_quotients(c.employment, c.local);
    const ClusterStrength s = cluster_strength(c.employment, c.labels);
    double worst = 0.0;
    for (Eigen::Index r = 0; r < lq.rows(); ++r)
      for (Eigen::Index k = 0; k < s.lq.cols(); ++k) {
        double weighted = 0.0, weight = 0.0;
        for (std::size_t i = 0; i < c.labels.size(); ++i)
          if (c.labels[i] == k + 1) {
            const double e = c.employment.col(static_cast<Eigen::Index>(i)).sum();
            weighted += e * lq(r, static_cast<Eigen::Index>(i));
            weight += e;
          }
        const double mean = weighted / weight;
        worst = std::max(worst, std::fabs(s.lq(r, k) - mean) / std::max(1.0, std::fabs(mean)));
      }
    return identity_finding(worst, "largest relative |cluster LQ - weighted mean of its industries' LQs|");
  });
}

std::string identity_evidence(const Tally& t, const ClaimRun&) {
  const auto& c = t.counts;
  const double worst =
      t.value_max.is_null() || t.value_max.at("value").is_null() ? 0.0 : t.value_max.at("value").get<double>();
  return fmt::format("{} tables ({} drawn, {} fixed by hand): largest error {} (tolerance {}); {} exceed it.",
                     c.premise_met, c.draws_used, c.fixed_cases, evidence_number(worst, 2),
                     evidence_number(identity_tolerance, 1), c.violations_in_scope);
}

// ---------------------------------------------------------------------------------------------
// Simulated nations (each is hundreds of H12 regions): at most `nation_cap` per claim, globally.
constexpr std::size_t nation_cap = 24;

NationParams draw_nation(DrawRng& rng, Trade trade) {
  NationParams p;
  p.trade = trade;
  p.regions = static_cast<std::size_t>(rng.uniform_int(150, 400));
  p.blocks.clear();
  const long k = rng.uniform_int(4, 10);
  for (long b = 0; b < k; ++b) p.blocks.push_back(static_cast<std::size_t>(rng.uniform_int(2, 6)));
  p.local = static_cast<std::size_t>(rng.uniform_int(0, 4));
  p.block_strength = rng.uniform(0.1, 0.5);
  p.periods = static_cast<std::size_t>(rng.uniform_int(10, 30));
  p.sigma = rng.uniform(1.5, 4.0);
  p.openness = rng.uniform(0.6, 0.8);
  p.noise = rng.bernoulli(0.5) ? 0.0 : rng.uniform(0.0, 0.3);
  p.seed = rng.next();
  return p;
}

nlohmann::json nation_json(const NationParams& p) {
  return {{"regions", p.regions},
          {"blocks", p.blocks},
          {"local", p.local},
          {"block_strength", p.block_strength},
          {"periods", p.periods},
          {"sigma", p.sigma},
          {"openness", p.openness},
          {"noise", p.noise},
          {"trade", to_string(p.trade)},
          {"seed", p.seed}};
}

// Simpler nations, still inside the drawn scope: no noise, no local industries, one block fewer,
// rounded τ, σ and g.
std::vector<NationParams> shrink_nation(const NationParams& p) {
  std::vector<NationParams> out;
  auto push_if = [&](bool changed, NationParams q) {
    if (changed) out.push_back(std::move(q));
  };
  NationParams q = p;
  q.noise = 0.0;
  push_if(p.noise != 0.0, q);
  q = p;
  q.local = 0;
  push_if(p.local != 0, q);
  if (p.blocks.size() > 4) {
    q = p;
    q.blocks.pop_back();
    out.push_back(q);
  }
  q = p;
  q.block_strength = std::max(0.1, std::round(p.block_strength * 10) / 10);
  push_if(q.block_strength != p.block_strength, q);
  q = p;
  q.sigma = std::clamp(std::round(p.sigma * 2) / 2, 1.5, 4.0);
  push_if(q.sigma != p.sigma, q);
  q = p;
  q.openness = std::clamp(std::round(p.openness * 10) / 10, 0.6, 0.8);
  push_if(q.openness != p.openness, q);
  // Last, the real-valued inputs to six significant digits, so the reproduce command carries short numbers.
  const auto six = [](double x) { return std::stod(fmt::format("{:.6g}", x)); };
  q = p;
  q.block_strength = six(p.block_strength);
  q.sigma = six(p.sigma);
  q.openness = six(p.openness);
  q.noise = six(p.noise);
  push_if(q.block_strength != p.block_strength || q.sigma != p.sigma || q.openness != p.openness || q.noise != p.noise,
          q);
  return out;
}

std::string nation_scope(Trade trade) {
  return fmt::format(
      "{} trade; 150--400 regions, 4--10 planted blocks of 2--6 industries, 0--4 local industries, "
      "within-block learning $\\tau_B \\in [0.1, 0.5]$, background $0.01$, $T \\in [10, 30]$ periods, "
      "$\\sigma \\in [1.5, 4]$, openness $\\phi \\in [0.6, 0.8]$, measurement noise $\\le 0.3$ in half the nations "
      "(at most {} nations, plus the report's baseline nation)",
      to_string(trade), nation_cap);
}

// The command that simulates the same nation and prints its ARI and rank correlation
// (src/cli/cluster_mapping_simulate.cpp); the other NationParams fields keep their defaults.
std::string nation_command(const NationParams& p) {
  std::string blocks;
  for (std::size_t b = 0; b < p.blocks.size(); ++b) blocks += fmt::format("{}{}", b ? "," : "", p.blocks[b]);
  return fmt::format(
      "clustertrade cluster-mapping simulate --regions {} --blocks {} --local {} --block-strength {} --periods {} "
      "--sigma {} --openness {} --noise {} --trade {} --seed {}",
      p.regions, blocks, p.local, p.block_strength, p.periods, p.sigma, p.openness, p.noise, to_string(p.trade),
      p.seed);
}

Search<NationParams> nation_search(Trade trade, std::uint64_t salt, std::function<Finding(const NationParams&)> check) {
  Search<NationParams> s;
  s.salt = salt;
  s.draw = [trade](std::size_t, DrawRng& rng) { return draw_nation(rng, trade); };
  NationParams baseline;
  baseline.trade = trade;
  s.fixed_cases = {baseline};
  s.check = std::move(check);
  s.shrink_candidates = shrink_nation;
  s.to_json = nation_json;
  s.command = nation_command;
  s.draw_cap = nation_cap;
  return s;
}

// Porter's method recovers the planted blocks exactly (adjusted Rand index 1).
Finding recovery_finding(const NationParams& p) {
  const double ari = recover_blocks(simulate_nation(p)).ari;
  Finding f;
  f.violated = ari < 1.0;
  f.margin = ari - 1.0;
  f.value = ari;
  f.detail = fmt::format("ARI {} with {} blocks, $\\tau_B = {}$, $T = {}$", evidence_number(ari, 3), p.blocks.size(),
                         evidence_math(p.block_strength, 2), p.periods);
  return f;
}

Search<NationParams> check_recovery_building() {
  return nation_search(Trade::cluster_building, 0x51, recovery_finding);
}
Search<NationParams> check_recovery_destroying() {
  return nation_search(Trade::cluster_destroying, 0x52, recovery_finding);
}

// The shrunk counterexample is a new, simpler nation: its number need not lie in the reported range.
std::string shrunk_note(const Tally& t, const char* what) {
  if (t.first_in_scope.is_null()) return "";
  return fmt::format(
      " The shrunk counterexample is a simpler nation made from the first failing one, not one of the nations "
      "counted, so its {} can lie outside that range.",
      what);
}

std::string recovery_counts_evidence(const Tally& t, const ClaimRun&) {
  const auto& c = t.counts;
  std::string text = fmt::format(
      "Adjusted Rand index of the recovered clusters (average linkage on $1-\\mathrm{{corr}}_{{ij}}$ of "
      "employment shares, cut at the number of blocks) against the planted blocks: exact "
      "in {} of {} nations",
      c.premise_met - c.violations_in_scope, c.premise_met);
  if (!t.value_min.is_null() && !t.value_max.is_null())
    text += fmt::format("; ARI from {} to {}", evidence_number(t.value_min.at("value").get<double>(), 3),
                        evidence_number(t.value_max.at("value").get<double>(), 3));
  // The first inexact nation (shrunk) is rendered by the ledger from the tally's counterexample.
  return text + ".";
}

// Regions with stronger clusters have higher real income: Spearman's ρ > 0 across regions.
Finding income_finding(const NationParams& p) {
  const double rho = strength_income_correlation(simulate_nation(p));
  Finding f;
  f.violated = !(rho > 0.0);
  f.margin = std::isfinite(rho) ? rho : -1.0;
  f.value = rho;
  f.detail = fmt::format("rank correlation {} with {} blocks, $\\tau_B = {}$, $T = {}$", evidence_number(rho, 3),
                         p.blocks.size(), evidence_math(p.block_strength, 2), p.periods);
  return f;
}

Search<NationParams> check_income_building() { return nation_search(Trade::cluster_building, 0x61, income_finding); }
Search<NationParams> check_income_destroying() {
  return nation_search(Trade::cluster_destroying, 0x62, income_finding);
}

std::string income_counts_evidence(const Tally& t, const ClaimRun&) {
  const auto& c = t.counts;
  std::string text = fmt::format(
      "Spearman's rank correlation across regions between the share of traded employment in clusters "
      "with $LQ \\ge 1.5$ (planted blocks) and real income per worker: positive in {} of {} "
      "nations",
      c.premise_met - c.violations_in_scope, c.premise_met);
  if (!t.value_min.is_null() && !t.value_max.is_null())
    text += fmt::format(", from {} to {}", evidence_number(t.value_min.at("value").get<double>(), 2),
                        evidence_number(t.value_max.at("value").get<double>(), 2));
  return text + ".";
}

// The method claims' evidence: the counts sentence, then the note on the shrunk counterexample.
std::string recovery_evidence(const Tally& t, const ClaimRun& run) {
  return recovery_counts_evidence(t, run) + shrunk_note(t, "ARI");
}
std::string income_evidence(const Tally& t, const ClaimRun& run) {
  return income_counts_evidence(t, run) + shrunk_note(t, "rank correlation");
}

Claim make_claim(std::string id, std::string source, std::string statement, std::string paper_verdict,
                 std::string measure, std::string scope, std::string check_name,
                 std::function<Tally(const ClaimRun&)> search,
                 std::function<std::string(const Tally&, const ClaimRun&)> evidence) {
  Claim c = claim_with_text({std::move(id), std::move(source), std::move(statement), std::move(paper_verdict),
                             std::move(measure), std::move(scope), FailureKind::substantive, std::move(check_name)});
  c.search = std::move(search);
  c.evidence = std::move(evidence);
  return c;
}

}  // namespace

void register_claims(ClaimRegistry& registry) {
  const std::string cmp = "Porter, Measuring Clusters; CMP code";
  const std::string tables =
      "random tables: 3--40 regions, 2--25 industries, a third of the cells zero, a quarter of "
      "the industries local, region sizes over three orders of magnitude; plus the hand table";
  registry.add(make_claim(
      "porter.nation-lq-one", cmp,
      "A location quotient compares a region's share with the nation's, so the nation taken as one region has $LQ=1$ "
      "in every industry, and the regional LQs average to 1 when weighted by each region's employment on the "
      "industry's (traded or local) base.",
      "holds (definitional)", "largest deviation from 1 of the nation's LQ and of the weighted mean of regional LQs",
      tables, "check_nation_lq_one", make_search_fn<TableCase>(check_nation_lq_one), identity_evidence));
  registry.add(make_claim(
      "porter.cluster-lq-mean", cmp,
      "A cluster's LQ in a region is the mean of its industries' LQs weighted by their national employment (all on "
      "the traded base).",
      "holds (definitional)",
      "largest relative gap between a cluster's LQ and the weighted mean of its industries' LQs", tables,
      "check_cluster_lq_mean", make_search_fn<TableCase>(check_cluster_lq_mean), identity_evidence));
  const std::string method = "Porter, Measuring Clusters: locational correlation defines cluster boundaries";
  const std::string ari = "adjusted Rand index of the recovered clusters against the planted blocks (1: exact)";
  registry.add(make_claim(
      "porter.recovery-building", method + " (our operationalisation)",
      "Where trade builds clusters, the locational correlation of employment recovers the industries that share "
      "spillovers: on our simulated regions, average linkage on the distance $1-\\mathrm{corr}_{ij}$ (one minus "
      "the locational correlation) returns the planted blocks exactly.",
      "implied (the method's premise)", ari, nation_scope(Trade::cluster_building), "check_recovery_building",
      make_search_fn<NationParams>(check_recovery_building), recovery_evidence));
  registry.add(make_claim(
      "porter.recovery-destroying", method + " (our operationalisation)",
      "The same recovery where trade destroys clusters (the foreign is far ahead in every other industry of each "
      "block).",
      "implied (the method's premise)", ari, nation_scope(Trade::cluster_destroying), "check_recovery_destroying",
      make_search_fn<NationParams>(check_recovery_destroying), recovery_evidence));
  const std::string perf = "Porter, Measuring Clusters and fn. 4 (our operationalisation)";
  const std::string rank =
      "Spearman's rank correlation across regions of strong-cluster employment share and real "
      "income per worker";
  registry.add(make_claim(
      "porter.strength-income-building", perf,
      "Regions with stronger clusters perform better: across regions, the share of traded employment in strong "
      "clusters rises with real income (rank correlation $>0$), under cluster-building trade.",
      "holds (stated)", rank, nation_scope(Trade::cluster_building), "check_income_building",
      make_search_fn<NationParams>(check_income_building), income_evidence));
  registry.add(make_claim("porter.strength-income-destroying", perf,
                          "The same statement under cluster-destroying trade.", "holds (stated)", rank,
                          nation_scope(Trade::cluster_destroying), "check_income_destroying",
                          make_search_fn<NationParams>(check_income_destroying), income_evidence));
  const std::string us = "the U.S. Economic Areas with the CMP's definitions and County Business Patterns employment";
  Claim top5 = make_claim("porter.us-top5", "Porter, Measuring Clusters",
                          "In the average U.S. Economic Area the five largest clusters hold 52% of traded employment.",
                          "holds (reported)", "top-five share of traded employment, averaged over Economic Areas", us,
                          "cluster_mapping::register_claims", {}, {});
  const std::string reason =
      "needs County Business Patterns employment and the CMP's cluster definitions, which this "
      "repository does not hold (the simulated analogue is in this section's figures)";
  top5.not_checked_reason = reason;
  const auto not_checked = [reason](const Tally&, const ClaimRun&) { return "Not checked: " + reason + "."; };
  top5.evidence = not_checked;
  registry.add(std::move(top5));
  Claim seven = make_claim("porter.us-seven-strong", "Porter, Measuring Clusters",
                           "The average U.S. Economic Area has seven clusters with $LQ \\ge 1.5$.", "holds (reported)",
                           "number of clusters with $LQ \\ge 1.5$, averaged over Economic Areas", us,
                           "cluster_mapping::register_claims", {}, {});
  seven.not_checked_reason = reason;
  seven.evidence = not_checked;
  registry.add(std::move(seven));
}

}  // namespace clustertrade::cluster_mapping
