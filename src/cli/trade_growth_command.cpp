/// \file trade_growth_command.cpp
/// \brief `clustertrade trade-growth simulate|equilibrium`: H12's two-country, n-industry model
/// for any learning matrix (src/trade_growth).
#include <cmath>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "core/csv.hpp"
#include "core/io.hpp"
#include "core/validate.hpp"
#include "trade_growth/dynamics.hpp"
#include "trade_growth/static_equilibrium.hpp"

namespace clustertrade::cli {

namespace {

namespace tg = clustertrade::trade_growth;

const FlagMap kFlags = {{"home", "--home"},           {"foreign", "--foreign"},
                        {"sigma", "--sigma"},         {"labor_home", "--labor-home"},
                        {"labor_foreign", "--labor-foreign"}, {"weights", "--weights"},
                        {"tau", "--tau"},             {"openness", "--openness"},
                        {"liberalize_at", "--liberalize-at"}, {"horizon", "--horizon"},
                        {"step", "--step"},           {"rtol", "--rtol"},
                        {"atol", "--atol"}};

struct EconomyOptions {
  std::string home, foreign, weights;
  double sigma = 0.0;
  double labor_home = 1.0, labor_foreign = 1.0;
};

struct SimulateOptions {
  EconomyOptions economy;
  std::string tau, regime, liberalize_at, time = "continuous", out;
  double horizon = 0.0, step = 1.0, rtol = 1e-10, atol = 1e-10;
  bool mobility = false, json = false;
};

struct EquilibriumOptions {
  EconomyOptions economy;
  std::string openness = "1", out;
};

Eigen::VectorXd to_vector(const std::vector<double>& v) {
  return Eigen::Map<const Eigen::VectorXd>(v.data(), static_cast<Eigen::Index>(v.size()));
}

void add_economy_options(CLI::App& cmd, EconomyOptions& o) {
  cmd.add_option("--home", o.home, "Home productivities A_1,...,A_n (> 0)")->required();
  cmd.add_option("--foreign", o.foreign, "Foreign productivities A*_1,...,A*_n (> 0)")->required();
  cmd.add_option("--sigma", o.sigma, "Elasticity of substitution sigma (> 0; 1 = Cobb-Douglas)")->required();
  cmd.add_option("--weights", o.weights, "Taste weights b_1,...,b_n (> 0; default all 1)");
  cmd.add_option("--labor-home", o.labor_home, "Home labour L (> 0, default 1)");
  cmd.add_option("--labor-foreign", o.labor_foreign, "Foreign labour L* (> 0, default 1)");
}

tg::Economy make_economy(const EconomyOptions& o) {
  tg::Economy e;
  e.home = to_vector(parse_list_flag("--home", o.home));
  e.foreign = to_vector(parse_list_flag("--foreign", o.foreign));
  if (!o.weights.empty()) e.weights = to_vector(parse_list_flag("--weights", o.weights));
  e.sigma = o.sigma;
  e.labor_home = o.labor_home;
  e.labor_foreign = o.labor_foreign;
  return e;
}

nlohmann::json number(double x) { return std::isfinite(x) ? nlohmann::json(x) : nlohmann::json(nullptr); }

nlohmann::json array(const Eigen::VectorXd& v) {
  nlohmann::json a = nlohmann::json::array();
  for (Eigen::Index i = 0; i < v.size(); ++i) a.push_back(number(v[i]));
  return a;
}

void run_equilibrium(const EquilibriumOptions& o) {
  const tg::Economy e = make_economy(o.economy);
  std::vector<double> g = parse_list_flag("--openness", o.openness);
  if (g.size() == 1) g.assign(e.home.size() > 0 ? static_cast<std::size_t>(e.home.size()) : 1, g[0]);
  const tg::Equilibrium eq = with_flags(kFlags, [&] { return tg::solve_static_equilibrium(e, to_vector(g)); });
  nlohmann::json doc = nlohmann::json::object();
  doc["rel_wage"] = number(eq.rel_wage);
  doc["income_home"] = number(eq.income_home);
  doc["income_foreign"] = number(eq.income_foreign);
  doc["home_share_home_market"] = array(eq.home_share_home_market);
  doc["home_share_foreign_market"] = array(eq.home_share_foreign_market);
  doc["labor_home"] = array(eq.labor_home);
  doc["labor_foreign"] = array(eq.labor_foreign);
  emit(doc.dump(2) + "\n", o.out);
}

tg::Policy make_policy(const SimulateOptions& o, std::size_t n) {
  if (o.mobility) {
    if (o.regime == "autarky" || !o.liberalize_at.empty())
      throw UsageError("--mobility: migration comes with free trade; drop --regime autarky / --liberalize-at");
    return tg::Policy::migration(n);
  }
  if (!o.liberalize_at.empty()) {
    if (!o.regime.empty())
      throw UsageError("--liberalize-at: cannot be combined with --regime (it sets the trade regime itself)");
    std::vector<double> dates = parse_list_flag("--liberalize-at", o.liberalize_at);
    if (dates.size() == 1) dates.assign(n, dates[0]);
    tg::Policy p = tg::Policy::autarky(n);
    p.liberalize_at = to_vector(dates);
    return p;
  }
  return o.regime == "autarky" ? tg::Policy::autarky(n) : tg::Policy::free_trade(n);
}

void run_simulate(const SimulateOptions& o) {
  tg::Params params;
  params.economy = make_economy(o.economy);
  params.tau = read_numeric_csv(o.tau);  // InvalidInput names file:line:column
  const std::size_t n = params.economy.size();
  const tg::Policy policy = make_policy(o, n);
  tg::SimulationOptions s;
  s.horizon = o.horizon;
  s.step = o.step;
  s.rtol = o.rtol;
  s.atol = o.atol;
  s.time = o.time == "discrete" ? tg::TimeMode::discrete : tg::TimeMode::continuous;
  const tg::Path path = with_flags(kFlags, [&] { return tg::simulate(params, policy, s); });

  std::vector<std::string> header = {"t", "income_home", "income_foreign", "rel_wage"};
  for (const char* block : {"A_home_", "A_foreign_", "L_home_", "L_foreign_"})
    for (std::size_t i = 1; i <= n; ++i) header.push_back(block + std::to_string(i));
  CsvTable table(header);
  for (const auto& p : path.points) {
    std::vector<CsvCell> row = {p.t, p.income_home, p.income_foreign, p.rel_wage};
    for (const Eigen::VectorXd* v : {&p.A_home, &p.A_foreign, &p.L_home, &p.L_foreign})
      for (Eigen::Index i = 0; i < v->size(); ++i) row.emplace_back((*v)[i]);
    table.add_row(std::move(row));
  }
  emit(o.json ? table.to_json().dump(2) + "\n" : table.str(), o.out);
}

}  // namespace

void add_trade_growth_command(CLI::App& app) {
  CLI::App* tgc = app.add_subcommand(
      "trade-growth", "Hanlon (2012): two countries, n industries, CES demand, a learning matrix tau (rows send, "
                      "columns receive)");
  tgc->require_subcommand(1);

  auto sim = std::make_shared<SimulateOptions>();
  CLI::App* s = tgc->add_subcommand("simulate", "Simulate technologies, employment and real incomes over time (CSV)");
  add_economy_options(*s, sim->economy);
  s->add_option("--tau", sim->tau, "Learning matrix: numeric n x n CSV file, entries in [0, 1]")->required();
  s->add_option("--horizon", sim->horizon, "Last output time T (>= 0)")->required();
  s->add_option("--step", sim->step, "Output spacing DT (> 0, default 1); outputs 0, DT, ..., T");
  s->add_option("--regime", sim->regime, "autarky, or trade (default): every industry open from t = 0")
      ->check(CLI::IsMember({"autarky", "trade"}));
  s->add_option("--liberalize-at", sim->liberalize_at,
                "Open every industry at T0, or industry i at t_i (list; inf = never); closed before");
  s->add_flag("--mobility", sim->mobility, "Free trade with free labour mobility (H12 section 5)");
  s->add_option("--time", sim->time, "continuous (default) or discrete periods A(t+1) = A(t) + tau' L(t)")
      ->check(CLI::IsMember({"continuous", "discrete"}));
  s->add_option("--rtol", sim->rtol, "Relative tolerance per step (default 1e-10)");
  s->add_option("--atol", sim->atol, "Absolute tolerance per step (default 1e-10)");
  s->add_flag("--json", sim->json, "JSON (array of rows) instead of CSV");
  add_out_option(*s, sim->out);
  s->callback([sim] { run_simulate(*sim); });

  auto eqo = std::make_shared<EquilibriumOptions>();
  CLI::App* e = tgc->add_subcommand("equilibrium", "Solve the static equilibrium for one trade regime (JSON)");
  add_economy_options(*e, eqo->economy);
  e->add_option("--openness", eqo->openness,
                "Iceberg openness g in [0, 1] for every industry, or g_1,...,g_n (1 free trade, 0 not traded; "
                "default 1)");
  add_out_option(*e, eqo->out);
  e->callback([eqo] { run_equilibrium(*eqo); });
}

}  // namespace clustertrade::cli
