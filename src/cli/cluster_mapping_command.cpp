/// \file cluster_mapping_command.cpp
/// \brief `clustertrade cluster-mapping lq|colocation|define|summary|strength`: Porter's cluster
/// mapping (the Cluster Mapping Project's method) on one's own regional employment table
/// (`simulate`, on a simulated nation, is in cluster_mapping_simulate.cpp).
///
/// Input (cluster_mapping_input.hpp): an employment table, wide or long, and cluster definitions in
/// either format (`--preset us-cbp2019`: the vendored CBP 2019 table and NAICS 2017 definitions).
/// Every fault in a table exits with status 2 and one line naming `file:line[:column]` and
/// the rule (cluster_mapping/table.hpp), as do the undefined cases: an industry with no employment
/// anywhere (its LQ is undefined), an industry whose measure never varies across regions (its
/// correlation is undefined), fewer than 3 regions for a correlation, and a defined cluster with no
/// employment anywhere.
#include <cmath>
#include <iostream>
#include <iterator>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli/cluster_mapping_input.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cluster_mapping/definitions.hpp"
#include "cluster_mapping/hierarchy.hpp"
#include "cluster_mapping/model.hpp"
#include "cluster_mapping/strength.hpp"
#include "cluster_mapping/table.hpp"
#include "core/errors.hpp"
#include "core/io.hpp"

namespace clustertrade::cli {

namespace {

namespace cm = clustertrade::cluster_mapping;

struct Options {
  MappingInputOptions input;
  OutputOptions output;
  std::string measure = "share";
  std::size_t clusters = 0, subclusters = 0;
  bool clusters_given = false, threshold_given = false;
  double threshold = 0.0, strong_lq = 1.5;
};

// Most industries `define` clusters: its correlation and distance matrices take 2 n² doubles
// (144 MB at 3,000) and average linkage O(n²) time.
constexpr std::size_t kMaxDefineIndustries = 3000;

// Refuses an output of more than kMaxRows rows before anything is computed.
void check_rows(const cm::EmploymentTable& t, double rows, const char* what) {
  if (rows > kMaxRows)
    throw InvalidInput(t.source,
                       fmt::format("{} would write {:.0f} rows, more than the limit of {:.0f}", what, rows, kMaxRows));
}

// LQs need every industry to employ someone somewhere.
void require_employment_everywhere(const cm::EmploymentTable& t) {
  for (std::size_t i = 0; i < t.industries.size(); ++i)
    if (!(t.employment.col(static_cast<Eigen::Index>(i)).sum() > 0.0))
      throw InvalidInput(industry_locator(t, i), fmt::format("industry '{}' has no employment in any region: its "
                                                             "location quotient is undefined",
                                                             t.industries[i]));
}

// The correlation matrix among the columns in `keep`, with every undefined case named. Each
// column is scaled by its largest entry first (Pearson's correlation does not change), so that
// squared deviations neither underflow nor overflow whatever the table's magnitude.
Eigen::MatrixXd correlation_of(const cm::EmploymentTable& t, const cm::LocalMask& local, cm::Measure measure,
                               const std::vector<std::size_t>& keep) {
  if (t.regions.size() < 3)
    throw InvalidInput(fmt::format("{}:{}", t.source, t.lines.back()),
                       fmt::format("too few regions for a correlation: need at least 3 (got {})", t.regions.size()));
  if (measure == cm::Measure::lq) require_employment_everywhere(t);
  const Eigen::MatrixXd all = cm::measure_matrix(t.employment, measure, local);
  Eigen::MatrixXd x(all.rows(), static_cast<Eigen::Index>(keep.size()));
  for (std::size_t k = 0; k < keep.size(); ++k) {
    const auto column = all.col(static_cast<Eigen::Index>(keep[k]));
    const double largest = column.cwiseAbs().maxCoeff();
    x.col(static_cast<Eigen::Index>(k)) = largest > 0.0 ? Eigen::VectorXd(column / largest) : Eigen::VectorXd(column);
  }
  const Eigen::Index flat = cm::first_constant_column(x);
  if (flat < x.cols()) {
    const std::size_t i = keep[static_cast<std::size_t>(flat)];
    throw InvalidInput(industry_locator(t, i), fmt::format("industry '{}' has the same {} in every region: its "
                                                           "locational correlation is undefined",
                                                           t.industries[i], cm::to_string(measure)));
  }
  return cm::locational_correlation(x, cm::ConstantColumns::reject);
}

cm::Measure measure_flag(const std::string& text) {
  try {
    return cm::parse_measure(text);
  } catch (const InvalidParameter& error) {
    throw UsageError("--measure: " + error.rule());
  }
}

std::vector<std::size_t> traded_columns(const cm::LocalMask& local) {
  std::vector<std::size_t> keep;
  for (std::size_t i = 0; i < local.size(); ++i)
    if (!local[i]) keep.push_back(i);
  return keep;
}

// Writes the table, then the note on left-out industries (only when the run succeeded).
void finish(const CsvTable& table, const Options& o, const MappingInput& in) {
  emit_table(table, o.output);
  if (!in.note.empty()) std::cerr << in.note << '\n';
}

// The cluster columns an industry row gets when definitions are given.
void add_cluster_header(std::vector<std::string>& header, const MappingInput& in, const std::string& suffix = "") {
  if (!in.has_definitions) return;
  header.push_back("cluster" + suffix);
  if (in.has_names) header.push_back("cluster_name" + suffix);
}

void add_cluster_cells(std::vector<CsvCell>& row, const MappingInput& in, std::size_t i) {
  if (!in.has_definitions) return;
  row.emplace_back(in.data.industry_clusters[i]);
  if (in.has_names) row.emplace_back(in.data.industry_cluster_names[i]);
}

void run_lq(const Options& o) {
  check_out_path(o.output.out);
  const auto in = load_mapping_input(o.input);
  const auto& t = in.data.table;
  check_rows(t, static_cast<double>(t.regions.size()) * static_cast<double>(t.industries.size()), "lq");
  require_employment_everywhere(t);
  const Eigen::MatrixXd lq = cm::location_quotients(t.employment, in.data.local);
  std::vector<std::string> header{"region", "industry"};
  add_cluster_header(header, in);
  header.insert(header.end(), {"employment", "lq"});
  CsvTable table(header);
  for (std::size_t r = 0; r < t.regions.size(); ++r)
    for (std::size_t i = 0; i < t.industries.size(); ++i) {
      std::vector<CsvCell> row{t.regions[r], t.industries[i]};
      add_cluster_cells(row, in, i);
      row.emplace_back(t.employment(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(i)));
      row.emplace_back(lq(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(i)));
      table.add_row(std::move(row));
    }
  finish(table, o, in);
}

void run_colocation(const Options& o) {
  check_out_path(o.output.out);
  const auto measure = measure_flag(o.measure);
  const auto in = load_mapping_input(o.input);
  const auto& t = in.data.table;
  const double n = static_cast<double>(t.industries.size());
  check_rows(t, n * (n - 1) / 2, "colocation");
  std::vector<std::size_t> all(t.industries.size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  const Eigen::MatrixXd c = correlation_of(t, in.data.local, measure, all);
  std::vector<std::string> header{"industry_a", "industry_b"};
  add_cluster_header(header, in, "_a");
  add_cluster_header(header, in, "_b");
  header.emplace_back("correlation");
  CsvTable table(header);
  for (std::size_t a = 0; a < all.size(); ++a)
    for (std::size_t b = a + 1; b < all.size(); ++b) {
      std::vector<CsvCell> row{t.industries[a], t.industries[b]};
      add_cluster_cells(row, in, a);
      add_cluster_cells(row, in, b);
      row.emplace_back(c(static_cast<Eigen::Index>(a), static_cast<Eigen::Index>(b)));
      table.add_row(std::move(row));
    }
  finish(table, o, in);
}

void check_define_flags(const Options& o, std::size_t traded) {
  if (o.clusters_given == o.threshold_given) throw UsageError("--clusters/--threshold: give exactly one of them");
  if (o.clusters_given && (o.clusters < 1 || o.clusters > traded))
    throw UsageError(
        fmt::format("--clusters: must be in [1, {}] (the traded industries) (got {})", traded, o.clusters));
  if (o.subclusters > 0 && (!o.clusters_given || o.subclusters < o.clusters || o.subclusters > traded))
    throw UsageError(fmt::format("--subclusters: needs --clusters K and must be in [K, {}]", traded));
}

void run_define(const Options& o) {
  check_out_path(o.output.out);
  const auto measure = measure_flag(o.measure);
  if (o.threshold_given && !(o.threshold >= 0.0 && o.threshold <= 2.0))
    throw UsageError(fmt::format("--threshold: must be in [0, 2] (a distance 1 - correlation) (got {})", o.threshold));
  const auto in = load_mapping_input(o.input);
  const auto& t = in.data.table;
  const auto keep = traded_columns(in.data.local);
  if (keep.empty()) throw UsageError("--local: every industry is local; nothing is left to cluster");
  if (keep.size() > kMaxDefineIndustries)
    throw InvalidInput(t.source, fmt::format("define: at most {} traded industries can be clustered (got {})",
                                             kMaxDefineIndustries, keep.size()));
  check_define_flags(o, keep.size());
  const Eigen::MatrixXd c = correlation_of(t, in.data.local, measure, keep);
  const auto dendrogram = cm::average_linkage(cm::correlation_distance(c));
  const auto labels =
      o.clusters_given ? cm::cut_clusters(dendrogram, o.clusters) : cm::cut_height(dendrogram, o.threshold);
  std::vector<std::string> header{"industry", "cluster"};
  if (o.subclusters > 0) header.emplace_back("subcluster");
  add_cluster_header(header, in, "_benchmark");
  CsvTable table(header);
  const auto sub = o.subclusters > 0 ? cm::cut_clusters(dendrogram, o.subclusters) : std::vector<int>{};
  // Subcluster j of cluster k is numbered within k, in order of its first industry ("k.j").
  std::map<std::pair<int, int>, int> within;
  std::map<int, int> count;
  for (std::size_t k = 0; k < keep.size() && o.subclusters > 0; ++k)
    if (within.emplace(std::pair(labels[k], sub[k]), count[labels[k]] + 1).second) ++count[labels[k]];
  for (std::size_t k = 0; k < keep.size(); ++k) {
    std::vector<CsvCell> row{t.industries[keep[k]], static_cast<double>(labels[k])};
    if (o.subclusters > 0) row.emplace_back(fmt::format("{}.{}", labels[k], within.at({labels[k], sub[k]})));
    add_cluster_cells(row, in, keep[k]);
    table.add_row(std::move(row));
  }
  finish(table, o, in);
}

// Cluster strength on the aligned table; every traded cluster must employ someone.
cm::ClusterStrength strength_of(const MappingInput& in) {
  auto s = cm::cluster_strength(in.data.table.employment, in.data.labels);
  for (std::size_t c = 0; c < in.data.cluster_codes.size(); ++c)
    if (!(s.employment.col(static_cast<Eigen::Index>(c)).sum() > 0.0))
      throw InvalidInput(in.definitions_source, fmt::format("cluster '{}' has no employment in any region of {}: "
                                                            "its location quotient is undefined",
                                                            in.data.cluster_codes[c], in.data.table.source));
  return s;
}

void check_strong_lq(double value) {
  if (!std::isfinite(value) || !(value > 0.0))
    throw UsageError(fmt::format("--strong-lq: must be finite and > 0 (got {})", value));
}

void run_summary(const Options& o) {
  check_out_path(o.output.out);
  check_strong_lq(o.strong_lq);
  const auto in = load_mapping_input(o.input);
  const auto& t = in.data.table;
  const auto summaries = cm::region_summaries(strength_of(in), o.strong_lq);
  CsvTable table({"region", "traded_employment", "strong_clusters", "top5_share"});
  for (std::size_t r = 0; r < t.regions.size(); ++r)
    table.add_row({t.regions[r], summaries[r].traded_employment, static_cast<double>(summaries[r].strong_clusters),
                   summaries[r].top5_share});
  finish(table, o, in);
}

void run_strength(const Options& o) {
  check_out_path(o.output.out);
  check_strong_lq(o.strong_lq);
  const auto in = load_mapping_input(o.input);
  const auto& t = in.data.table;
  const double clusters = static_cast<double>(in.data.cluster_codes.size());
  check_rows(t, static_cast<double>(t.regions.size()) * clusters, "strength");
  const auto s = strength_of(in);
  std::vector<std::string> header{"region", "cluster"};
  if (in.has_names) header.emplace_back("cluster_name");
  header.insert(header.end(), {"employment", "lq", "strong"});
  CsvTable table(header);
  for (std::size_t r = 0; r < t.regions.size(); ++r)
    for (std::size_t c = 0; c < in.data.cluster_codes.size(); ++c) {
      const auto ri = static_cast<Eigen::Index>(r), ci = static_cast<Eigen::Index>(c);
      std::vector<CsvCell> row{t.regions[r], in.data.cluster_codes[c]};
      if (in.has_names) row.emplace_back(in.data.cluster_names[c]);
      row.emplace_back(s.employment(ri, ci));
      row.emplace_back(s.lq(ri, ci));
      row.emplace_back(std::string(s.lq(ri, ci) >= o.strong_lq ? "yes" : "no"));
      table.add_row(std::move(row));
    }
  finish(table, o, in);
}

void add_common(CLI::App& cmd, Options& o, bool definitions_required) {
  add_mapping_input_options(cmd, o.input, definitions_required);
  add_output_options(cmd, o.output);
}

void add_measure(CLI::App& cmd, Options& o) {
  cmd.add_option("--measure", o.measure,
                 "What is correlated across regions: employment (e_ri), share (e_ri/E_r on the industry's base) or lq")
      ->capture_default_str();
}

void add_strong_lq(CLI::App& cmd, Options& o) {
  cmd.add_option("--strong-lq", o.strong_lq, "A cluster is strong in a region when its LQ >= this (Porter: 1.5)")
      ->capture_default_str();
}

}  // namespace

void add_cluster_mapping_command(CLI::App& app) {
  CLI::App* model = app.add_subcommand(
      "cluster-mapping",
      "Porter's cluster mapping (Cluster Mapping Project): location quotients, locational correlation of "
      "employment between industries, cluster definitions by average-linkage clustering on 1 - correlation, and "
      "cluster strength by region, for a regional employment table");
  model->require_subcommand(1);
  auto o = std::make_shared<Options>();

  const std::string with_definitions =
      " With --definitions, each industry also gets its cluster code (and cluster_name when the definitions "
      "name clusters).";
  CLI::App* lq = model->add_subcommand(
      "lq",
      "Location quotients LQ_ri = (e_ri/E_r)/(E_i/E), E_r and E over traded industries for a traded industry "
      "and over local ones for a local one (CMP cluster_calcs_mapper.js); LQ = 0 where a region has no "
      "employment on that base. Columns: region, industry, [cluster, cluster_name,] employment, lq." +
          with_definitions);
  add_common(*lq, *o, false);
  lq->callback([o] { run_lq(*o); });

  CLI::App* colocation = model->add_subcommand(
      "colocation",
      "Pearson correlation across regions of each pair of industries (locational correlation). Columns: "
      "industry_a, industry_b, [cluster_a, cluster_name_a, cluster_b, cluster_name_b,] correlation (each unordered "
      "pair once)." +
          with_definitions);
  add_common(*colocation, *o, false);
  add_measure(*colocation, *o);
  colocation->callback([o] { run_colocation(*o); });

  CLI::App* define = model->add_subcommand(
      "define",
      "Cluster definitions of the traded industries: average linkage on 1 - correlation, cut at K "
      "clusters (--clusters) or at a height (--threshold); --subclusters K2 adds the cut at K2 >= K "
      "(nested). Columns: industry, cluster (1..K numbered by first industry)[, subcluster 'k.j'][, "
      "cluster_benchmark, cluster_name_benchmark: the industry's cluster in --definitions, whose local industries "
      "are left out]");
  add_common(*define, *o, false);
  add_measure(*define, *o);
  define->add_option_function<std::size_t>(
      "--clusters",
      [o](const std::size_t& k) {
        o->clusters = k;
        o->clusters_given = true;
      },
      "Number of clusters K (1 .. traded industries)");
  define->add_option_function<double>(
      "--threshold",
      [o](const double& h) {
        o->threshold = h;
        o->threshold_given = true;
      },
      "Cut height in [0, 2]: join clusters whose average 1 - correlation <= it");
  define->add_option("--subclusters", o->subclusters, "Also cut at K2 >= K clusters: subclusters within each cluster");
  define->callback([o] { run_define(*o); });

  CLI::App* summary = model->add_subcommand(
      "summary",
      "Porter's regional statistics. Columns: region, traded_employment (over the traded industries of "
      "--definitions), strong_clusters (clusters with LQ >= --strong-lq), top5_share (the five largest clusters' "
      "share of traded employment; 0 when it is 0)");
  add_common(*summary, *o, true);
  add_strong_lq(*summary, *o);
  summary->callback([o] { run_summary(*o); });

  CLI::App* strength = model->add_subcommand(
      "strength",
      "Cluster strength by region. Columns: region, cluster, [cluster_name,] employment (sum over its "
      "industries), lq (on the traded base; 0 when the region has no traded employment), strong (yes when lq >= "
      "--strong-lq)");
  add_common(*strength, *o, true);
  add_strong_lq(*strength, *o);
  strength->callback([o] { run_strength(*o); });

  add_cluster_mapping_simulate(*model);
}

}  // namespace clustertrade::cli
