/// \file cluster_model_command.cpp
/// \brief `clustertrade cluster-model equilibria|coordination|north`: RC07 §3 / RC05 §V South
/// equilibria, RC05 §II's coordination game and the North's configurations (RC07 fn. 13).
#include <memory>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cluster_model/coordination.hpp"
#include "cluster_model/model.hpp"
#include "cluster_model/north.hpp"
#include "core/csv.hpp"
#include "core/io.hpp"
#include "core/validate.hpp"

namespace clustertrade::cli {

namespace {

using namespace clustertrade::cluster_model;

// Most firms in the finite coordination game: the equilibria are found by checking each of the
// N + 1 shares k/N, so N bounds the work and the output.
constexpr long long kMaxFirms = 1'000'000;

struct EquilibriaOptions {
  std::string lambda_south, lambda_north, theta, north_clusters;
  OutputOptions output;
};

// The evidence RC07 §3's and RC05 §V's claims quote, as `#` lines before the header (JSON: "evidence"):
// condition (*) as the papers print it for a cluster in each sector k >= 2, with its two sides.
void add_condition_star_evidence(CsvTable& table, const Params& p) {
  for (std::size_t k = 1; k < p.sectors(); ++k) {
    const double ratio = (p.lambda_south[0] / p.lambda_north[0]) / (p.lambda_south[k] / p.lambda_north[k]);
    table.comment(
        fmt::format("(*) for a cluster in sector {}: (lambda1S/lambda1N)/(lambda{}S/lambda{}N) = {:.4g} < "
                    "theta1 = {:.4g}: {}",
                    k + 1, k + 1, k + 1, ratio, p.theta[0], condition_star(p, k) ? "true" : "false"));
  }
}

void run_equilibria(const EquilibriaOptions& o) {
  check_out_path(o.output.out);
  Params p;
  p.lambda_south = parse_list_flag("--lambda-south", o.lambda_south);
  p.lambda_north = parse_list_flag("--lambda-north", o.lambda_north);
  p.theta = parse_list_flag("--theta", o.theta);
  if (!o.north_clusters.empty()) p.north_clusters = parse_list_flag("--north-clusters", o.north_clusters);
  check_magnitude("--lambda-south", p.lambda_south);
  check_magnitude("--lambda-north", p.lambda_north);
  check_magnitude("--theta", p.theta);
  const FlagMap flags = {{"lambda_south", "--lambda-south"},
                         {"lambda_north", "--lambda-north"},
                         {"theta", "--theta"},
                         {"north_clusters", "--north-clusters"}};
  const auto eq = with_flags(flags, [&] {
    p.validate();
    return south_equilibria(p);
  });
  CsvTable table({"sector", "clustered", "wage", "income_gap"});
  add_condition_star_evidence(table, p);
  for (const auto& s : eq)
    table.add_row({static_cast<double>(s.sector + 1), std::string(s.clustered ? "yes" : "no"), s.wage, s.income_gap});
  emit_table(table, o.output);
}

struct CoordinationOptions {
  double A = 3.0, C = 1.0;
  long long firms = 0;
  bool spillover = false;
  OutputOptions output;
};

void run_coordination(const CoordinationOptions& o) {
  check_out_path(o.output.out);
  if (o.firms < 0 || o.firms > kMaxFirms)
    throw UsageError("--firms: must lie in [0, " + std::to_string(kMaxFirms) + "] (got " + std::to_string(o.firms) +
                     "; 0 means a continuum)");
  check_magnitude("--modern-productivity", {o.A});
  check_magnitude("--investment-cost", {o.C});
  SpilloverGame g{o.A, o.C, o.spillover, o.firms > 0 ? std::optional<int>(static_cast<int>(o.firms)) : std::nullopt};
  const FlagMap flags = {{"A", "--modern-productivity"}, {"C", "--investment-cost"}, {"firms", "--firms"}};
  const auto eq = with_flags(flags, [&] { return coordination_equilibria(g); });
  CsvTable table({"n", "stable", "average_output"});
  for (const auto& e : eq) table.add_row({e.n, std::string(e.stable ? "yes" : "no"), e.output});
  emit_table(table, o.output);
}

struct NorthOptions {
  std::string lambda_north, lbar, shares;
  double beta = 0.5, alpha = 1.0, labour = 1.0;
  OutputOptions output;
};

void run_north(const NorthOptions& o) {
  check_out_path(o.output.out);
  NorthEconomy n;
  n.lambda_north = parse_list_flag("--lambda-north", o.lambda_north);
  n.lbar = parse_list_flag("--lbar", o.lbar);
  n.shares = parse_list_flag("--shares", o.shares);
  n.beta = o.beta;
  n.alpha = o.alpha;
  n.labour = o.labour;
  check_magnitude("--lambda-north", n.lambda_north);
  check_magnitude("--lbar", n.lbar);
  check_magnitude("--beta", {n.beta});
  check_magnitude("--alpha", {n.alpha});
  check_magnitude("--labor", {n.labour});
  const FlagMap flags = {{"lambda_north", "--lambda-north"},
                         {"lbar", "--lbar"},
                         {"shares", "--shares"},
                         {"beta", "--beta"},
                         {"alpha", "--alpha"},
                         {"labour", "--labor"}};
  const auto configs = with_flags(flags, [&] { return north_configurations(n); });
  CsvTable table({"clusters", "equilibrium", "prices"});
  for (const auto& c : configs) {
    std::string clusters, prices;
    for (std::size_t j = 0; j < c.clustered.size(); ++j) {
      if (j > 0) {
        clusters += ' ';
        prices += ' ';
      }
      clusters += c.clustered[j] ? '1' : '0';
      prices += format_double(c.prices[j]);
    }
    table.add_row({clusters, std::string(c.equilibrium ? "yes" : "no"), prices});
  }
  emit_table(table, o.output);
}

}  // namespace

void add_cluster_model_command(CLI::App& app) {
  CLI::App* model =
      app.add_subcommand("cluster-model", "RC07 §3 / RC05 §V cluster model: backward vs modern technology");
  model->require_subcommand(1);

  auto eo = std::make_shared<EquilibriaOptions>();
  CLI::App* eq = model->add_subcommand(
      "equilibria",
      "South's equilibria (RC07 section 3, RC05 section V): South specialises in one sector j, clustered or not; "
      "its wage is w = (theta_j if clustered) lambda_South_j / (price of j set by the North).\n"
      "Output columns (highest wage first): sector (1-based j); clustered (yes/no); wage (South wage in North-wage "
      "units); income_gap (North income / South income = 1/wage). Before the header, # lines give condition (*) "
      "as printed for a cluster in each sector k >= 2.");
  eq->add_option("--lambda-south", eo->lambda_south,
                 "South productivities a1,...,aJ (output per worker, in [1e-50, 1e50])")
      ->required();
  eq->add_option("--lambda-north", eo->lambda_north, "North productivities b1,...,bJ (in [1e-50, 1e50])")->required();
  eq->add_option("--theta", eo->theta, "cluster productivity factors t1,...,tJ (in (1, 1e50])")->required();
  eq->add_option("--north-clusters", eo->north_clusters, "North's clusters as 0/1 per sector (default: all 1)");
  add_output_options(*eq, eo->output);
  eq->callback([eo] { run_equilibria(*eo); });

  auto co = std::make_shared<CoordinationOptions>();
  CLI::App* coord = model->add_subcommand(
      "coordination",
      "RC05 section II knowledge-spillover game: a firm that invests C gets modern output A n (n = modern share), a "
      "backward firm 1.\nOutput columns: n (modern share in equilibrium); stable (yes/no); average_output.");
  coord->add_option("--modern-productivity,--A", co->A,
                    "modern productivity A at n = 1 (> 0, default 3); --A is a deprecated alias");
  coord->add_option("--investment-cost,--C", co->C,
                    "cost C of the knowledge investment (>= 0, default 1); --C is a deprecated alias");
  coord->add_option("--firms", co->firms, "number of firms N in [0, 1000000] (0: a continuum, the default)");
  coord->add_flag("--spillover", co->spillover, "backward firms also get the spillover (output 1 + A n)");
  add_output_options(*coord, co->output);
  coord->callback([co] { run_coordination(*co); });

  auto no = std::make_shared<NorthOptions>();
  CLI::App* north = model->add_subcommand(
      "north",
      "North's 2^J cluster configurations and which are equilibria (RC07 footnote 13), J <= 20.\nOutput columns: "
      "clusters (0/1 per sector, space-separated); equilibrium (yes/no); prices (per sector, space-separated).");
  north->add_option("--lambda-north", no->lambda_north, "North productivities (> 0)")->required();
  north->add_option("--lbar", no->lbar, "employment exhausting each externality (> 0)")->required();
  north->add_option("--shares", no->shares, "Cobb-Douglas expenditure shares (sum to 1)")->required();
  north->add_option("--beta", no->beta, "modern productivity factor with no cluster (> 0)");
  north->add_option("--alpha", no->alpha, "strength of the externality (> 0)");
  north->add_option("--labor,--labour", no->labour,
                    "North's labor force (workers, > 0, default 1); --labour is a deprecated alias");
  add_output_options(*north, no->output);
  north->callback([no] { run_north(*no); });
}

}  // namespace clustertrade::cli
