/// \file cluster_model_command.cpp
/// \brief `clustertrade cluster-model equilibria|coordination|north`: RC07 §3 / RC05 §V South
/// equilibria, RC05 §II's coordination game and the North's configurations (RC07 fn. 13).
#include <memory>
#include <optional>
#include <string>

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

struct EquilibriaOptions {
  std::string lambda_south, lambda_north, theta, north_clusters, out;
  bool json = false;
};

void run_equilibria(const EquilibriaOptions& o) {
  Params p;
  p.lambda_south = parse_list_flag("--lambda-south", o.lambda_south);
  p.lambda_north = parse_list_flag("--lambda-north", o.lambda_north);
  p.theta = parse_list_flag("--theta", o.theta);
  if (!o.north_clusters.empty()) p.north_clusters = parse_list_flag("--north-clusters", o.north_clusters);
  const FlagMap flags = {{"lambda_south", "--lambda-south"},
                         {"lambda_north", "--lambda-north"},
                         {"theta", "--theta"},
                         {"north_clusters", "--north-clusters"}};
  const auto eq = with_flags(flags, [&] {
    p.validate();
    return south_equilibria(p);
  });
  CsvTable table({"sector", "clustered", "wage", "income_gap"});
  for (const auto& s : eq)
    table.add_row({static_cast<double>(s.sector + 1), std::string(s.clustered ? "yes" : "no"), s.wage, s.income_gap});
  emit(o.json ? table.to_json().dump(2) + "\n" : table.str(), o.out);
}

struct CoordinationOptions {
  double A = 3.0, C = 1.0;
  int firms = 0;
  bool spillover = false, json = false;
  std::string out;
};

void run_coordination(const CoordinationOptions& o) {
  SpilloverGame g{o.A, o.C, o.spillover, o.firms > 0 ? std::optional<int>(o.firms) : std::nullopt};
  const FlagMap flags = {{"A", "--A"}, {"C", "--C"}, {"firms", "--firms"}};
  const auto eq = with_flags(flags, [&] { return coordination_equilibria(g); });
  CsvTable table({"n", "stable", "average_output"});
  for (const auto& e : eq) table.add_row({e.n, std::string(e.stable ? "yes" : "no"), e.output});
  emit(o.json ? table.to_json().dump(2) + "\n" : table.str(), o.out);
}

struct NorthOptions {
  std::string lambda_north, lbar, shares, out;
  double beta = 0.5, alpha = 1.0, labour = 1.0;
  bool json = false;
};

void run_north(const NorthOptions& o) {
  NorthEconomy n;
  n.lambda_north = parse_list_flag("--lambda-north", o.lambda_north);
  n.lbar = parse_list_flag("--lbar", o.lbar);
  n.shares = parse_list_flag("--shares", o.shares);
  n.beta = o.beta;
  n.alpha = o.alpha;
  n.labour = o.labour;
  const FlagMap flags = {{"lambda_north", "--lambda-north"},
                         {"lbar", "--lbar"},
                         {"shares", "--shares"},
                         {"beta", "--beta"},
                         {"alpha", "--alpha"},
                         {"labour", "--labour"}};
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
  emit(o.json ? table.to_json().dump(2) + "\n" : table.str(), o.out);
}

}  // namespace

void add_cluster_model_command(CLI::App& app) {
  CLI::App* model =
      app.add_subcommand("cluster-model", "RC07 §3 / RC05 §V cluster model: backward vs modern technology");
  model->require_subcommand(1);

  auto eo = std::make_shared<EquilibriaOptions>();
  CLI::App* eq = model->add_subcommand(
      "equilibria", "South's equilibria (CSV: sector,clustered,wage,income_gap; highest wage first)");
  eq->add_option("--lambda-south", eo->lambda_south, "South productivities a1,...,aJ (> 0)")->required();
  eq->add_option("--lambda-north", eo->lambda_north, "North productivities b1,...,bJ (> 0)")->required();
  eq->add_option("--theta", eo->theta, "cluster factors t1,...,tJ (> 1)")->required();
  eq->add_option("--north-clusters", eo->north_clusters, "North's clusters as 0/1 per sector (default: all 1)");
  eq->add_flag("--json", eo->json, "JSON instead of CSV");
  add_out_option(*eq, eo->out);
  eq->callback([eo] { run_equilibria(*eo); });

  auto co = std::make_shared<CoordinationOptions>();
  CLI::App* coord = model->add_subcommand("coordination", "RC05 §II knowledge-spillover game: equilibria in n");
  coord->add_option("--A", co->A, "modern productivity at n = 1 (> 0)");
  coord->add_option("--C", co->C, "cost of the knowledge investment (>= 0)");
  coord->add_option("--firms", co->firms, "number of firms (0: a continuum)");
  coord->add_flag("--spillover", co->spillover, "backward firms also get the spillover (output 1 + A n)");
  coord->add_flag("--json", co->json, "JSON instead of CSV");
  add_out_option(*coord, co->out);
  coord->callback([co] {
    if (co->firms < 0) throw UsageError("--firms: must be >= 0 (got " + std::to_string(co->firms) + ")");
    run_coordination(*co);
  });

  auto no = std::make_shared<NorthOptions>();
  CLI::App* north = model->add_subcommand("north", "North's 2^J cluster configurations and which are equilibria");
  north->add_option("--lambda-north", no->lambda_north, "North productivities (> 0)")->required();
  north->add_option("--lbar", no->lbar, "employment exhausting each externality (> 0)")->required();
  north->add_option("--shares", no->shares, "Cobb-Douglas expenditure shares (sum to 1)")->required();
  north->add_option("--beta", no->beta, "modern productivity factor with no cluster (> 0)");
  north->add_option("--alpha", no->alpha, "strength of the externality (> 0)");
  north->add_option("--labour", no->labour, "North's labour force (> 0)");
  north->add_flag("--json", no->json, "JSON instead of CSV");
  add_out_option(*north, no->out);
  north->callback([no] { run_north(*no); });
}

}  // namespace clustertrade::cli
