/// \file claims.cpp
/// \brief Porter's claims as falsification searches on the shared engine (core/falsify.hpp).
/// Definitional properties of the CMP's location quotients are checked on random employment tables
/// (zeros, local industries, unequal sizes) against sums formed here from the raw table; the
/// method's statements are checked on simulated nations of small H12 regions (regions.hpp) whose
/// spillover blocks are known; Porter's U.S. statements are graded on the vendored data in us_claims.cpp.
#include "cluster_mapping/claims.hpp"

#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>
#include <string>

#include <fmt/format.h>

#include "cluster_mapping/experiments.hpp"
#include "cluster_mapping/model.hpp"
#include "cluster_mapping/regions.hpp"
#include "cluster_mapping/strength.hpp"
#include "cluster_mapping/us_claims.hpp"
#include "core/claim.hpp"
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

const DrawLaw law_table_regions{"R", DrawLaw::Kind::integer, 3, 40, "regions"};
const DrawLaw law_table_industries{"n", DrawLaw::Kind::integer, 2, 25, "industries"};
const DrawLaw law_region_size{"S_r", DrawLaw::Kind::log_uniform, 1, 1000, "size of region $r$"};
const DrawLaw law_cell_zero{"u_{ri}", DrawLaw::Kind::uniform, 0, 1, "cell $(r, i)$ is zero when $u_{ri} < 0.33$"};
const DrawLaw law_cell{"e_{ri}/S_r", DrawLaw::Kind::uniform, 0, 10, "otherwise, rounded to a whole number"};
const DrawLaw law_local_industry{"v_i", DrawLaw::Kind::uniform, 0, 1, "industry $i$ is local when $v_i < 0.25$"};
const DrawLaw law_clusters{"K", DrawLaw::Kind::integer, 1, 5,
                           "clusters; each traded industry's label uniform in $1, \\ldots, K$"};

std::vector<DrawLaw> table_laws() {
  return {law_table_regions, law_table_industries, law_region_size, law_cell_zero,
          law_cell,          law_local_industry,   law_clusters};
}

TableCase draw_table(DrawRng& rng) {
  const auto regions = static_cast<Eigen::Index>(law_table_regions.sample(rng));
  const auto n = static_cast<Eigen::Index>(law_table_industries.sample(rng));
  TableCase c;
  c.employment.resize(regions, n);
  for (Eigen::Index r = 0; r < regions; ++r) {
    const double size = law_region_size.sample(rng);
    for (Eigen::Index i = 0; i < n; ++i)
      c.employment(r, i) = law_cell_zero.sample(rng) < 0.33 ? 0.0 : std::round(size * law_cell.sample(rng));
  }
  for (Eigen::Index i = 0; i < n; ++i)
    if (c.employment.col(i).sum() == 0.0) c.employment(rng.uniform_int(0, regions - 1), i) = 1.0;
  c.local.assign(static_cast<std::size_t>(n), false);
  c.labels.assign(static_cast<std::size_t>(n), 0);
  const auto k = static_cast<long>(law_clusters.sample(rng));
  for (std::size_t i = 0; i < c.local.size(); ++i) {
    c.local[i] = law_local_industry.sample(rng) < 0.25;
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
// Simulated nations. A statement about nations is a statement about a distribution, so one case of
// the engine is an ensemble: the report's baseline nation and `drawn_nations` random ones. Each claim
// reports the distribution across the ensemble and is graded by a criterion we chose (†): the
// property holds in significantly more than half of the nations (one-sided sign test).
constexpr std::size_t drawn_nations = 49;
constexpr double sign_test_level = 0.05;

// The laws the nations are drawn from (the objects the draw uses, so the ledger prints these).
const DrawLaw law_regions{"R", DrawLaw::Kind::integer, 150, 400, "regions"};
const DrawLaw law_blocks{"K", DrawLaw::Kind::integer, 4, 10, "planted blocks"};
const DrawLaw law_block_size{"|B_k|", DrawLaw::Kind::integer, 2, 6, "traded industries in block k, each independently"};
const DrawLaw law_local{"n_{\\mathrm{loc}}", DrawLaw::Kind::integer, 0, 4, "local industries"};
const DrawLaw law_tau{"\\tau_{\\mathrm{blk}}", DrawLaw::Kind::uniform, 0.1, 0.5, "within-block learning"};
const DrawLaw law_periods{"T", DrawLaw::Kind::integer, 10, 30, "periods of learning"};
const DrawLaw law_sigma{"\\sigma", DrawLaw::Kind::uniform, 1.5, 4.0};
const DrawLaw law_openness{"\\phi", DrawLaw::Kind::uniform, 0.6, 0.8, "openness of traded goods"};
const DrawLaw law_noisy{"u", DrawLaw::Kind::uniform, 0.0, 1.0,
                        "the nation's employment is recorded with noise when u < 1/2"};
const DrawLaw law_noise{"\\mathrm{noise}", DrawLaw::Kind::uniform, 0.0, 0.3, "in a nation with noise"};

std::vector<DrawLaw> nation_laws() {
  return {law_regions, law_blocks, law_block_size, law_local, law_tau,
          law_periods, law_sigma,  law_openness,   law_noisy, law_noise};
}

std::size_t draw_count(const DrawLaw& law, DrawRng& rng) { return static_cast<std::size_t>(law.sample(rng)); }

NationParams draw_nation(DrawRng& rng, Trade trade) {
  NationParams p;
  p.trade = trade;
  p.regions = draw_count(law_regions, rng);
  p.blocks.clear();
  const std::size_t k = draw_count(law_blocks, rng);
  for (std::size_t b = 0; b < k; ++b) p.blocks.push_back(draw_count(law_block_size, rng));
  p.local = draw_count(law_local, rng);
  p.block_strength = law_tau.sample(rng);
  p.periods = draw_count(law_periods, rng);
  p.sigma = law_sigma.sample(rng);
  p.openness = law_openness.sample(rng);
  p.noise = law_noisy.sample(rng) < 0.5 ? 0.0 : law_noise.sample(rng);
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

// What a claim reads from one simulated nation (the fields its study fills; the rest stay NaN).
struct NationOutcome {
  double ari = std::numeric_limits<double>::quiet_NaN();           // recovery at the planted K
  double data_ari = std::numeric_limits<double>::quiet_NaN();      // recovery at the data's K
  double border_share = std::numeric_limits<double>::quiet_NaN();  // planted links crossing the border
  double rho = std::numeric_limits<double>::quiet_NaN();           // strength-income rank correlation
};

// One claim's study of one nation: simulate it (on one thread: the nations are the parallel unit)
// and compute what the claim grades.
using NationStudy = NationOutcome (*)(const NationParams&);

// The baseline nation first, then the drawn ones, and (once studied) each nation's outcome in the
// same order; `failure` holds what the first nation to throw threw, rethrown when the ensemble is graded.
struct Ensemble {
  std::vector<NationParams> nations;
  std::vector<NationOutcome> outcomes;
  std::exception_ptr failure;
};

nlohmann::json ensemble_json(const Ensemble& e) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& p : e.nations) out.push_back(nation_json(p));
  return out;
}

Ensemble draw_ensemble(DrawRng& rng, Trade trade) {
  Ensemble e;
  NationParams baseline;
  baseline.trade = trade;
  e.nations.push_back(baseline);
  for (std::size_t k = 0; k < drawn_nations; ++k) e.nations.push_back(draw_nation(rng, trade));
  return e;
}

// Studies every nation of `e` on `threads` threads (OpenMP, as the engine's draws): nation k depends
// only on its own parameters and the outcomes are kept in nation order, so the result does not
// depend on the thread count. A nation that throws is kept in `failure` (the first by index).
void study_nations(Ensemble& e, NationStudy study, int threads) {
  try {
    e.outcomes = run_draws<NationOutcome>(e.nations.size(), 0, threads, [&](std::size_t k, DrawRng&) {
      // One thread per nation: no nested team in simulate_nation
      // or in Eigen's matrix products (this task's ICV only).
      omp_set_num_threads(1);
      return study(e.nations[k]);
    });
  } catch (...) {
    e.failure = std::current_exception();
  }
}

std::string nation_scope(Trade trade) {
  return fmt::format(
      "{} trade; one ensemble of {} nations: the report's baseline nation and {} drawn from the claim's draw laws "
      "(each with its own 64-bit seed), background learning $0.01$",
      to_string(trade), drawn_nations + 1, drawn_nations);
}

// The nations' numbers of one claim, and the sign-test criterion on them.
struct NationFinding {
  std::vector<double> values;  // the graded statistic of each nation
  std::string extra;           // further distributions, in words
};

// `exact`: a nation counts when its value is 1 (an ARI); otherwise when it is positive (a ρ). A value
// that is undefined (NaN: Spearman's ρ when every region has the same cluster strength) never counts,
// and the distribution is summarised over the defined values.
Finding sign_test_finding(const NationFinding& n, bool exact, const std::string& what, const std::string& holds_when) {
  std::vector<double> defined;
  for (double v : n.values)
    if (std::isfinite(v)) defined.push_back(v);
  const std::size_t nations = n.values.size(), undefined = nations - defined.size();
  const Spread s = spread_of(defined);
  const std::size_t need = sign_test_threshold(nations, sign_test_level);
  const std::size_t hits = exact ? s.at_least_one : s.positive;
  Finding f;
  f.violated = hits < need;
  f.margin = static_cast<double>(hits) - static_cast<double>(need);
  f.value = s.mean;
  const std::string over = undefined == 0
                               ? fmt::format("the {} nations", nations)
                               : fmt::format(
                                     "the {} nations where it is defined ({} of {} have the same cluster strength in "
                                     "every region, where it is undefined and counts against the statement)",
                                     defined.size(), undefined, nations);
  f.detail = fmt::format(
      "{} across {}: mean {}, $10\\,\\%$ quantile {}, median {}, $90\\,\\%$ quantile {}, from {} to {}; "
      "{} in {} of {} nations (the sign test at level {} needs {}){}",
      what, over, evidence_number(s.mean, 3), evidence_number(s.q10, 3), evidence_number(s.median, 3),
      evidence_number(s.q90, 3), evidence_number(s.min, 3), evidence_number(s.max, 3), holds_when, hits, nations,
      evidence_number(sign_test_level, 2), need, n.extra);
  return f;
}

// One claim on one ensemble. The engine examines the ensemble as its one draw (draw_cap 1), on one
// thread; so the nations are studied here first, before the engine's search and outside its parallel
// region, across run.threads, and the engine's draw hands over the studied ensemble. The ensemble is
// drawn from the stream the engine gives draw 0 (Search::draw: DrawRng(seed ^ salt, 0)); it is studied
// only where the engine examines draw 0 (shard 0, at least one draw). The check rethrows a nation's
// failure, so it is recorded as the check's error, as when the nations were simulated inside the check.
std::function<Tally(const ClaimRun&)> ensemble_claim(Trade trade, std::uint64_t salt, NationStudy study,
                                                     Finding (*grade)(const Ensemble&)) {
  return [=](const ClaimRun& run) {
    Search<Ensemble> s;
    s.salt = salt;
    s.check = [grade](const Ensemble& e) {
      if (e.failure) std::rethrow_exception(e.failure);
      return grade(e);
    };
    s.to_json = ensemble_json;
    s.draw_cap = 1;  // one ensemble per claim, whatever --draws says
    if (run.shard_index == 0 && run.draws > 0) {
      DrawRng rng(run.seed ^ salt, 0);
      Ensemble studied = draw_ensemble(rng, trade);
      study_nations(studied, study, run.threads);
      s.draw = [studied = std::move(studied)](std::size_t, DrawRng&) { return studied; };
    }  // else no draw: this shard examines none (a search without a draw function draws nothing)
    return run_search(s, run);
  };
}

// Porter's method recovers the blocks as the nation makes them: average linkage on 1 − corr over
// the traded industries the nation produces, cut at the number of planted blocks among them.
NationOutcome recovery_study(const NationParams& p) {
  const Recovery rec = recover_blocks(simulate_nation(p, 1));
  NationOutcome o;
  o.ari = rec.ari;
  o.data_ari = rec.data_ari;
  o.border_share = rec.border_share;
  return o;
}

Finding recovery_finding(const Ensemble& e) {
  NationFinding n;
  std::vector<double> data_ari, border;
  std::size_t data_k_right = 0;
  for (const auto& o : e.outcomes) {
    n.values.push_back(o.ari);
    data_ari.push_back(o.data_ari);
    border.push_back(o.border_share);
    if (o.data_ari >= 1.0) ++data_k_right;
  }
  const Spread d = spread_of(data_ari), b = spread_of(border);
  n.extra = fmt::format(
      ". With $K$ from the data (the tree cut where the mean correlation turns negative) the ARI has mean {} "
      "and is exact in {} of {}. Share of planted links that cross the border (an end the nation does not make): "
      "mean {}, from {} to {}",
      evidence_number(d.mean, 3), data_k_right, d.count, evidence_number(b.mean, 3), evidence_number(b.min, 3),
      evidence_number(b.max, 3));
  return sign_test_finding(n, true, "ARI", "exact (ARI $=1$)");
}

// Regions with stronger clusters have higher real income: Spearman's ρ across regions, per nation.
NationOutcome income_study(const NationParams& p) {
  NationOutcome o;
  o.rho = strength_income_correlation(simulate_nation(p, 1));
  return o;
}

Finding income_finding(const Ensemble& e) {
  NationFinding n;
  for (const auto& o : e.outcomes) n.values.push_back(o.rho);
  return sign_test_finding(n, false, "Spearman's $\\rho$", "$\\rho>0$");
}

std::function<Tally(const ClaimRun&)> check_recovery_building() {
  return ensemble_claim(Trade::cluster_building, 0x51, recovery_study, recovery_finding);
}
std::function<Tally(const ClaimRun&)> check_recovery_destroying() {
  return ensemble_claim(Trade::cluster_destroying, 0x52, recovery_study, recovery_finding);
}
std::function<Tally(const ClaimRun&)> check_income_building() {
  return ensemble_claim(Trade::cluster_building, 0x61, income_study, income_finding);
}
std::function<Tally(const ClaimRun&)> check_income_destroying() {
  return ensemble_claim(Trade::cluster_destroying, 0x62, income_study, income_finding);
}

// The ensemble's distribution, as its finding recorded it (the one case's record).
std::string ensemble_evidence(const Tally& t, const ClaimRun&) {
  if (t.value_min.is_null()) return default_evidence(t);
  return t.value_min.at("detail").get<std::string>() + ".";
}

std::string criterion_text(const std::string& property) {
  return fmt::format(
      "Criterion (ours): {} in significantly more than half of the nations, by a one-sided sign test at level "
      "{} (with {} nations: in at least {})",
      property, evidence_number(sign_test_level, 2), drawn_nations + 1,
      sign_test_threshold(drawn_nations + 1, sign_test_level));
}

// Porter's words, verbatim, with their place in the paper (it has no page or paragraph numbers).
const std::string quote_lq =
    "``The average Economic Area has seven clusters with a location quotient of 1.5 or above (a measure of "
    "cluster strength), which signifies a disproportionate representation in the region.'' (Measuring "
    "Clusters, paragraph beginning `On average')";
const std::string quote_method =
    "``The Cluster Mapping Project at Harvard Business School has utilized the locational correlation of "
    "employment in pairs of industries to define cluster boundaries across the entire economy.'' (Measuring "
    "Clusters, paragraph beginning `The Cluster Mapping Project', with fn. 6)";
const std::string quote_income =
    "``There is growing statistical evidence that regions with stronger clusters achieve better economic "
    "performance and faster innovation.'' (introduction, paragraph beginning `The mix of clusters', with fn. 3)";
struct ClaimWords {
  std::string id, source, statement, paper_verdict, measure, scope, check_name;
  Origin origin;
  std::string quote;
  std::vector<DrawLaw> draws;
  std::string tolerances, margin_unit;
};

Claim make_claim(ClaimWords w, std::function<Tally(const ClaimRun&)> search,
                 std::function<std::string(const Tally&, const ClaimRun&)> evidence) {
  ClaimText text{std::move(w.id),      std::move(w.source), std::move(w.statement),   std::move(w.paper_verdict),
                 std::move(w.measure), std::move(w.scope),  FailureKind::substantive, std::move(w.check_name)};
  text.origin = w.origin;
  text.quote = std::move(w.quote);
  text.draws = std::move(w.draws);
  text.tolerances = std::move(w.tolerances);
  text.margin_unit = std::move(w.margin_unit);
  Claim c = claim_with_text(std::move(text));
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
  const std::string identity_tolerance_text =
      fmt::format("absolute error at most {} (double rounding of sums of at most a thousand terms)",
                  evidence_number(identity_tolerance, 1));
  registry.add(make_claim(
      {"porter.nation-lq-one", cmp,
       "A location quotient compares a region's share with the nation's, so the nation taken as one region has $LQ=1$ "
       "in every industry, and the regional LQs average to 1 when weighted by each region's employment on the "
       "industry's (traded or local) base.",
       "holds (definitional)", "largest deviation from 1 of the nation's LQ and of the weighted mean of regional LQs",
       tables, "check_nation_lq_one", Origin::addition, quote_lq, table_laws(), identity_tolerance_text,
       "LQ units: the tolerance minus the largest error"},
      make_search_fn<TableCase>(check_nation_lq_one), identity_evidence));
  registry.add(make_claim(
      {"porter.cluster-lq-mean", cmp,
       "A cluster's LQ in a region is the mean of its industries' LQs weighted by their national employment (all on "
       "the traded base).",
       "holds (definitional)",
       "largest relative gap between a cluster's LQ and the weighted mean of its industries' LQs", tables,
       "check_cluster_lq_mean", Origin::addition, quote_lq, table_laws(), identity_tolerance_text,
       "relative LQ error: the tolerance minus the largest error"},
      make_search_fn<TableCase>(check_cluster_lq_mean), identity_evidence));
  const std::string method =
      "Porter, Measuring Clusters and fn. 6: locational correlation defines cluster boundaries (our "
      "operationalisation)";
  const std::string ari =
      "adjusted Rand index (ARI) of the recovered clusters against the planted blocks, over the traded industries "
      "the nation makes, per nation (1: exact)";
  const std::string count_margin = "nations: those meeting the property minus the number the sign test needs";
  const std::string ensemble_tolerance =
      "none: an ARI counts as exact only when it equals 1, a $\\rho$ as positive "
      "only when it is $>0$ (no band)";
  registry.add(make_claim(
      {"porter.recovery-building", method,
       "Where trade builds clusters, the locational correlation of employment recovers the industries that share "
       "spillovers: on our simulated regions, average linkage on the distance $1-\\mathrm{corr}_{ij}$, over the "
       "traded industries the nation makes, returns their planted blocks. " +
           criterion_text("exact recovery (ARI $=1$)") + ".",
       "implied (the method's premise)", ari, nation_scope(Trade::cluster_building), "check_recovery_building",
       Origin::reading, quote_method, nation_laws(), ensemble_tolerance, count_margin},
      check_recovery_building(), ensemble_evidence));
  registry.add(make_claim(
      {"porter.recovery-destroying", method,
       "The same recovery where trade destroys clusters (the foreign is far ahead in every other industry of each "
       "block, so the nation makes at most half of each block). " +
           criterion_text("exact recovery (ARI $=1$)") + ".",
       "implied (the method's premise)", ari, nation_scope(Trade::cluster_destroying), "check_recovery_destroying",
       Origin::reading, quote_method, nation_laws(), ensemble_tolerance, count_margin},
      check_recovery_destroying(), ensemble_evidence));
  const std::string perf = "Porter, introduction and fn. 3 (our operationalisation)";
  const std::string rank =
      "Spearman's rank correlation $\\rho$ across regions of strong-cluster employment share and real "
      "income per worker, per nation";
  registry.add(make_claim(
      {"porter.strength-income-building", perf,
       "Regions with stronger clusters perform better: across regions, the share of traded employment in strong "
       "clusters rises with real income (rank correlation $\\rho>0$), under cluster-building trade. " +
           criterion_text("$\\rho>0$") + ".",
       "holds (stated)", rank, nation_scope(Trade::cluster_building), "check_income_building", Origin::reading,
       quote_income, nation_laws(), ensemble_tolerance, count_margin},
      check_income_building(), ensemble_evidence));
  registry.add(make_claim({"porter.strength-income-destroying", perf,
                           "The same statement under cluster-destroying trade. " + criterion_text("$\\rho>0$") + ".",
                           "holds (stated)", rank, nation_scope(Trade::cluster_destroying), "check_income_destroying",
                           Origin::reading, quote_income, nation_laws(), ensemble_tolerance, count_margin},
                          check_income_destroying(), ensemble_evidence));
  register_us_claims(registry);  // Porter's U.S. statements on the vendored data (us_claims.cpp)
}

}  // namespace clustertrade::cluster_mapping
