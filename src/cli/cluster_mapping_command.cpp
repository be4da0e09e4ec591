/// \file cluster_mapping_command.cpp
/// \brief `clustertrade cluster-mapping lq|colocation|define|summary|strength`: Porter's cluster
/// mapping (the Cluster Mapping Project's method) on one's own regional employment table
/// (`simulate`, on a simulated nation, is in cluster_mapping_simulate.cpp).
///
/// Input: a CSV with header `region,<industry...>`, one row per region, employment ≥ 0 (`-` reads
/// stdin). Every fault in a table exits with status 2 and one line naming `file:line[:column]` and
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

#include "cli/commands.hpp"
#include "cli/common.hpp"
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
  std::string employment, local, measure = "share", definitions, out;
  std::size_t clusters = 0, subclusters = 0;
  double threshold = -1.0, strong_lq = 1.5;
  bool json = false;
};

std::string read_input(const std::string& path) {
  if (path == "-") return std::string(std::istreambuf_iterator<char>(std::cin), {});
  return read_text_file(path);
}

std::string source_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

cm::EmploymentTable load_table(const std::string& path) {
  return cm::parse_employment_csv(read_input(path), source_name(path));
}

std::string column_at(const cm::EmploymentTable& t, std::size_t i) { return fmt::format("{}:1:{}", t.source, i + 2); }

// --local IND,...: names must be industries of the table.
cm::LocalMask parse_local(const cm::EmploymentTable& t, const std::string& text) {
  cm::LocalMask local(t.industries.size(), false);
  if (text.empty()) return local;
  std::stringstream in(text);
  std::string name;
  std::size_t entry = 0;
  while (std::getline(in, name, ',')) {
    ++entry;
    const auto first = name.find_first_not_of(' '), last = name.find_last_not_of(' ');
    name = first == std::string::npos ? "" : name.substr(first, last - first + 1);
    const std::size_t i = t.industry_index(name);
    if (i == t.industries.size())
      throw UsageError(fmt::format("--local (entry {}): '{}' is not an industry of {}", entry, name, t.source));
    local[i] = true;
  }
  return local;
}

// LQs need every industry to employ someone somewhere.
void require_employment_everywhere(const cm::EmploymentTable& t) {
  for (std::size_t i = 0; i < t.industries.size(); ++i)
    if (!(t.employment.col(static_cast<Eigen::Index>(i)).sum() > 0.0))
      throw InvalidInput(column_at(t, i), fmt::format("industry '{}' has no employment in any region: its location "
                                                      "quotient is undefined",
                                                      t.industries[i]));
}

// The correlation matrix among the columns in `keep`, with every undefined case named.
Eigen::MatrixXd correlation_of(const cm::EmploymentTable& t, const cm::LocalMask& local, cm::Measure measure,
                               const std::vector<std::size_t>& keep) {
  if (t.regions.size() < 3)
    throw InvalidInput(fmt::format("{}:{}", t.source, t.lines.back()),
                       fmt::format("too few regions for a correlation: need at least 3 (got {})", t.regions.size()));
  if (measure == cm::Measure::lq) require_employment_everywhere(t);
  const Eigen::MatrixXd all = cm::measure_matrix(t.employment, measure, local);
  Eigen::MatrixXd x(all.rows(), static_cast<Eigen::Index>(keep.size()));
  for (std::size_t k = 0; k < keep.size(); ++k)
    x.col(static_cast<Eigen::Index>(k)) = all.col(static_cast<Eigen::Index>(keep[k]));
  const Eigen::Index flat = cm::first_constant_column(x);
  if (flat < x.cols()) {
    const std::size_t i = keep[static_cast<std::size_t>(flat)];
    throw InvalidInput(column_at(t, i), fmt::format("industry '{}' has the same {} in every region: its locational "
                                                    "correlation is undefined",
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

void write(const CsvTable& table, const Options& o) {
  emit(o.json ? table.to_json().dump(2) + "\n" : table.str(), o.out == "-" ? std::string() : o.out);
}

void run_lq(const Options& o) {
  const auto t = load_table(o.employment);
  const auto local = parse_local(t, o.local);
  require_employment_everywhere(t);
  const Eigen::MatrixXd lq = cm::location_quotients(t.employment, local);
  CsvTable table({"region", "industry", "employment", "lq"});
  for (std::size_t r = 0; r < t.regions.size(); ++r)
    for (std::size_t i = 0; i < t.industries.size(); ++i)
      table.add_row({t.regions[r], t.industries[i],
                     t.employment(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(i)),
                     lq(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(i))});
  write(table, o);
}

void run_colocation(const Options& o) {
  const auto t = load_table(o.employment);
  const auto local = parse_local(t, o.local);
  const auto measure = measure_flag(o.measure);
  std::vector<std::size_t> all(t.industries.size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  const Eigen::MatrixXd c = correlation_of(t, local, measure, all);
  CsvTable table({"industry_a", "industry_b", "correlation"});
  for (std::size_t a = 0; a < all.size(); ++a)
    for (std::size_t b = a + 1; b < all.size(); ++b)
      table.add_row({t.industries[a], t.industries[b], c(static_cast<Eigen::Index>(a), static_cast<Eigen::Index>(b))});
  write(table, o);
}

void run_define(const Options& o) {
  const auto t = load_table(o.employment);
  const auto local = parse_local(t, o.local);
  const auto measure = measure_flag(o.measure);
  const auto keep = traded_columns(local);
  if (keep.empty()) throw UsageError("--local: every industry is local; nothing is left to cluster");
  if ((o.clusters > 0) == (o.threshold >= 0.0)) throw UsageError("--clusters/--threshold: give exactly one of them");
  if (o.clusters > keep.size())
    throw UsageError(
        fmt::format("--clusters: must be in [1, {}] (the traded industries) (got {})", keep.size(), o.clusters));
  if (o.threshold >= 0.0 && !(o.threshold <= 2.0))
    throw UsageError("--threshold: must be in [0, 2] (a distance 1 - correlation)");
  if (o.subclusters > 0 && (o.clusters == 0 || o.subclusters < o.clusters || o.subclusters > keep.size()))
    throw UsageError(fmt::format("--subclusters: needs --clusters K and must be in [K, {}]", keep.size()));
  const Eigen::MatrixXd c = correlation_of(t, local, measure, keep);
  const auto dendrogram = cm::average_linkage(cm::correlation_distance(c));
  const auto labels =
      o.clusters > 0 ? cm::cut_clusters(dendrogram, o.clusters) : cm::cut_height(dendrogram, o.threshold);
  std::vector<std::string> header{"industry", "cluster"};
  if (o.subclusters > 0) header.emplace_back("subcluster");
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
    table.add_row(std::move(row));
  }
  write(table, o);
}

// The definitions as labels 1..K per industry (0: not defined, i.e. local), with cluster names.
struct Labelled {
  std::vector<int> labels;
  std::vector<std::string> names;
};

Labelled load_definitions(const cm::EmploymentTable& t, const std::string& path) {
  const auto defs = cm::parse_definitions_csv(read_input(path), source_name(path));
  Labelled out;
  out.labels.assign(t.industries.size(), 0);
  std::map<std::string, int> index;
  for (std::size_t k = 0; k < defs.industries.size(); ++k) {
    const std::size_t i = t.industry_index(defs.industries[k]);
    if (i == t.industries.size())
      throw InvalidInput(fmt::format("{}:{}", source_name(path), k + 2),
                         fmt::format("industry '{}' is not a column of {}", defs.industries[k], t.source));
    auto [it, added] = index.emplace(defs.clusters[k], static_cast<int>(out.names.size()) + 1);
    if (added) out.names.push_back(defs.clusters[k]);
    out.labels[i] = it->second;
  }
  for (std::size_t c = 0; c < out.names.size(); ++c) {
    double total = 0.0;
    for (std::size_t i = 0; i < out.labels.size(); ++i)
      if (out.labels[i] == static_cast<int>(c) + 1) total += t.employment.col(static_cast<Eigen::Index>(i)).sum();
    if (!(total > 0.0))
      throw InvalidInput(source_name(path), fmt::format("cluster '{}' has no employment in any region of {}: its "
                                                        "location quotient is undefined",
                                                        out.names[c], t.source));
  }
  return out;
}

void check_strong_lq(double value) {
  if (!std::isfinite(value) || !(value > 0.0))
    throw UsageError(fmt::format("--strong-lq: must be finite and > 0 (got {})", value));
}

void run_summary(const Options& o) {
  check_strong_lq(o.strong_lq);
  const auto t = load_table(o.employment);
  const auto defs = load_definitions(t, o.definitions);
  const auto summaries = cm::region_summaries(cm::cluster_strength(t.employment, defs.labels), o.strong_lq);
  CsvTable table({"region", "traded_employment", "strong_clusters", "top5_share"});
  for (std::size_t r = 0; r < t.regions.size(); ++r)
    table.add_row({t.regions[r], summaries[r].traded_employment, static_cast<double>(summaries[r].strong_clusters),
                   summaries[r].top5_share});
  write(table, o);
}

void run_strength(const Options& o) {
  check_strong_lq(o.strong_lq);
  const auto t = load_table(o.employment);
  const auto defs = load_definitions(t, o.definitions);
  const auto s = cm::cluster_strength(t.employment, defs.labels);
  CsvTable table({"region", "cluster", "employment", "lq", "strong"});
  for (std::size_t r = 0; r < t.regions.size(); ++r)
    for (std::size_t c = 0; c < defs.names.size(); ++c) {
      const auto ri = static_cast<Eigen::Index>(r), ci = static_cast<Eigen::Index>(c);
      table.add_row({t.regions[r], defs.names[c], s.employment(ri, ci), s.lq(ri, ci),
                     std::string(s.lq(ri, ci) >= o.strong_lq ? "yes" : "no")});
    }
  write(table, o);
}

void add_common(CLI::App& cmd, Options& o) {
  cmd.add_option("--employment", o.employment,
                 "Regional employment CSV: header 'region,<industry...>', one row per region, employment >= 0 "
                 "(- reads stdin)")
      ->required();
  cmd.add_flag("--json", o.json, "Write a JSON array of objects instead of CSV");
  add_out_option(cmd, o.out);
}

void add_local(CLI::App& cmd, Options& o) {
  cmd.add_option("--local", o.local,
                 "Comma list of local (non-traded) industries: their LQs and shares use the region's local employment "
                 "as the base, traded ones the traded employment (CMP); default none");
}

void add_measure(CLI::App& cmd, Options& o) {
  cmd.add_option("--measure", o.measure,
                 "What is correlated across regions: employment (e_ri), share (e_ri/E_r on the industry's base) or lq")
      ->capture_default_str();
}

void add_definitions(CLI::App& cmd, Options& o) {
  cmd.add_option("--definitions", o.definitions,
                 "Cluster definitions CSV 'industry,cluster' (e.g. from 'define'); industries not listed are local and "
                 "left out of traded employment")
      ->required();
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

  CLI::App* lq = model->add_subcommand(
      "lq",
      "Location quotients LQ_ri = (e_ri/E_r)/(E_i/E), E_r and E over traded industries for a traded industry "
      "and over local ones for a local one (CMP cluster_calcs_mapper.js); LQ = 0 where a region has no "
      "employment on that base. Columns: region, industry, employment, lq");
  add_common(*lq, *o);
  add_local(*lq, *o);
  lq->callback([o] { run_lq(*o); });

  CLI::App* colocation =
      model->add_subcommand("colocation",
                            "Pearson correlation across regions of each pair of industries (locational correlation). "
                            "Columns: industry_a, industry_b, correlation (each unordered pair once)");
  add_common(*colocation, *o);
  add_local(*colocation, *o);
  add_measure(*colocation, *o);
  colocation->callback([o] { run_colocation(*o); });

  CLI::App* define = model->add_subcommand(
      "define",
      "Cluster definitions of the traded industries: average linkage on 1 - correlation, cut at K "
      "clusters (--clusters) or at a height (--threshold); --subclusters K2 adds the cut at K2 >= K "
      "(nested). Columns: industry, cluster (1..K numbered by first industry)[, subcluster 'k.j']");
  add_common(*define, *o);
  add_local(*define, *o);
  add_measure(*define, *o);
  define->add_option("--clusters", o->clusters, "Number of clusters K (1 .. traded industries)");
  define->add_option("--threshold", o->threshold,
                     "Cut height in [0, 2]: join clusters whose average 1 - correlation <= it");
  define->add_option("--subclusters", o->subclusters, "Also cut at K2 >= K clusters: subclusters within each cluster");
  define->callback([o] { run_define(*o); });

  CLI::App* summary = model->add_subcommand(
      "summary",
      "Porter's regional statistics. Columns: region, traded_employment (over defined industries), "
      "strong_clusters (clusters with LQ >= --strong-lq), top5_share (the five largest clusters' share of "
      "traded employment; 0 when it is 0)");
  add_common(*summary, *o);
  add_definitions(*summary, *o);
  summary->callback([o] { run_summary(*o); });

  CLI::App* strength = model->add_subcommand(
      "strength",
      "Cluster strength by region. Columns: region, cluster, employment (sum over its industries), lq "
      "(on the traded base; 0 when the region has no traded employment), strong (yes when lq >= "
      "--strong-lq)");
  add_common(*strength, *o);
  add_definitions(*strength, *o);
  strength->callback([o] { run_strength(*o); });

  add_cluster_mapping_simulate(*model);
}

}  // namespace clustertrade::cli
