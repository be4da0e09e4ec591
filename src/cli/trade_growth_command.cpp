/// \file trade_growth_command.cpp
/// \brief `clustertrade trade-growth simulate|equilibrium`: H12's two-country, n-industry model
/// for any learning matrix (src/trade_growth).
#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/format.h>
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

const FlagMap kFlags = {{"period", "--period"},
                        {"home", "--home"},
                        {"foreign", "--foreign"},
                        {"sigma", "--sigma"},
                        {"labor_home", "--labor-home"},
                        {"labor_foreign", "--labor-foreign"},
                        {"weights", "--weights"},
                        {"tau", "--tau"},
                        {"openness", "--openness"},
                        {"liberalize_at", "--liberalize-at"},
                        {"horizon", "--horizon"},
                        {"step", "--step"},
                        {"rtol", "--rtol"},
                        {"atol", "--atol"}};

// Largest horizon of `simulate`: the continuous model integrates with steps of at most one time
// unit and solves an equilibrium per stage (about 10^4 units per second for n = 4 on this machine).
constexpr double kMaxSimulateHorizon = 100'000;
// Most industries: tau alone has n^2 entries, and each equilibrium solve costs O(n^2).
constexpr std::size_t kMaxIndustries = 1000;
// The sigma domain of the command: the H12 solver is exercised over it by tests/fuzz/campaign.py
// (below 1e-12 the trade pattern's slacks lose their sign to rounding).
constexpr double kMinSigma = 1e-9;
constexpr double kMaxSigma = 1e12;
// The productivity spread of `simulate`: the largest initial productivity (home and foreign
// together) may be at most this many times the smallest. Beyond it the regime rule's slacks and
// the learning law's trade pattern lose their sign to rounding (tests/fuzz/known_failures.txt
// history: 1e-9 or 1e-50 next to 10 broke the frozen trade pattern).
constexpr double kMaxProductivitySpread = 1e6;  // the messages and --help say "1e6"
// And the CES cost ratios (A_i/A_j)^(sigma - 1) must stay below 10^300 (a sigma of 500 with a
// spread of 1e6 gave NaN productivities and LearningRhs internal errors).
constexpr double kMaxCostRatioDigits = 300;
// Labour forces: |log10(L/L*)| at most this (simulate; see check_labor_ratio).
constexpr double kMaxLaborRatioDigits = 6;
// Work bound of `simulate`: n^2 x T (about a few seconds at the bound).
constexpr double kMaxWork = 1e9;

struct EconomyOptions {
  std::string home, foreign, weights, sigma, labor_home = "1", labor_foreign = "1";
};

struct SimulateOptions {
  EconomyOptions economy;
  std::string tau, tau_matrix, regime, liberalize_at, time = "continuous";
  std::string horizon, step = "1", rtol = "1e-10", atol = "1e-10", period;
  bool mobility = false;
  OutputOptions output;
};

struct EquilibriumOptions {
  EconomyOptions economy;
  std::string openness = "1";
  OutputOptions output;
};

Eigen::VectorXd to_vector(const std::vector<double>& v) {
  return Eigen::Map<const Eigen::VectorXd>(v.data(), static_cast<Eigen::Index>(v.size()));
}

void add_economy_options(CLI::App& cmd, EconomyOptions& o) {
  cmd.add_option("--home", o.home,
                 "Home productivities A_1,...,A_n at t = 0 (output per worker, > 0; simulate: the spread S = max/min "
                 "of --home and --foreign together must satisfy S <= 1e6 and S^|sigma - 1| <= 1e300)")
      ->required();
  cmd.add_option("--foreign", o.foreign, "Foreign productivities A*_1,...,A*_n at t = 0 (> 0)")->required();
  cmd.add_option("--sigma", o.sigma,
                 "Elasticity of substitution sigma between industries (in [1e-9, 1e12]; 1 = "
                 "Cobb-Douglas; H12 eq. (2))")
      ->required();
  cmd.add_option("--weights", o.weights, "CES taste weights b_1,...,b_n (> 0; default all 1)");
  cmd.add_option("--labor-home", o.labor_home,
                 "Home labor force L (workers, > 0; default 1; simulate: L / L* in [1e-6, 1e6])");
  cmd.add_option("--labor-foreign", o.labor_foreign, "Foreign labor force L* (workers, > 0; default 1)");
}

tg::Economy make_economy(const EconomyOptions& o) {
  tg::Economy e;
  e.home = to_vector(parse_list_flag("--home", o.home));
  e.foreign = to_vector(parse_list_flag("--foreign", o.foreign));
  if (static_cast<std::size_t>(e.home.size()) > kMaxIndustries)
    throw UsageError("--home: at most " + std::to_string(kMaxIndustries) + " industries (got " +
                     std::to_string(e.home.size()) + ")");
  if (!o.weights.empty()) {
    const std::vector<double> weights = parse_list_flag("--weights", o.weights);
    check_magnitude("--weights", weights);  // the income scale (sum b)^(1/(sigma-1)) stays a double
    e.weights = to_vector(weights);
  }
  e.sigma = parse_scalar_flag("--sigma", o.sigma);
  if (std::isfinite(e.sigma) && e.sigma > 0.0 && !(e.sigma >= kMinSigma && e.sigma <= kMaxSigma))
    throw UsageError("--sigma: must lie in [" + format_double(kMinSigma) + ", " + format_double(kMaxSigma) +
                     "], the range over which the solver is checked by the fuzz campaign (got " +
                     format_double(e.sigma) + ")");
  e.labor_home = parse_scalar_flag("--labor-home", o.labor_home);
  e.labor_foreign = parse_scalar_flag("--labor-foreign", o.labor_foreign);
  return e;
}

// The evidence the claim h12.eq10 quotes (a `#` line before the header; JSON: "evidence"): under free trade
// with unweighted tastes, H12 eq. (10) at the equilibrium's share of the chain z = sum_i theta_i, as we
// derive it and as printed, omega = (L*/L)^(1/sigma) eta(z). Nothing when openness < 1, weights, no trade, or
// a power beyond the range of doubles.
void add_eq10_evidence(CsvTable& table, const tg::Economy& e, const std::vector<double>& openness,
                       const tg::Equilibrium& eq) {
  const bool free_trade = std::all_of(openness.begin(), openness.end(), [](double g) { return g == 1.0; });
  const bool unweighted = e.weights.size() == 0 || (e.weights.array() == 1.0).all();
  const double z = eq.home_share_home_market.sum();
  const double n = static_cast<double>(e.home.size());
  if (!free_trade || !unweighted || !eq.traded || !(z > 0.0 && z < n)) return;
  const double size = std::pow(e.labor_foreign / e.labor_home, 1.0 / e.sigma);
  const double derived = tg::balanced_trade_wage(e, z);
  const double printed = tg::balanced_trade_wage_printed(e, z);
  if (!std::isfinite(derived) || !std::isfinite(printed)) return;  // powers beyond doubles: no evidence to print
  table.comment(
      fmt::format("H12 eq. (10) at home's share of the chain z = {:.6g}: omega = (L*/L)^(1/sigma) eta(z) = "
                  "{:.6g} as derived (eta = {:.6g}), {:.6g} as printed (eta = {:.6g}); the equilibrium's "
                  "rel_wage = {:.6g}",
                  z, derived, derived / size, printed, printed / size, eq.rel_wage));
}

/// Refuses labour forces whose ratio L/L* lies outside [1e-6, 1e6], the range in which the smaller
/// country's employment in a shared industry is resolved by a double (H12 eqs. (6)-(8): its share
/// 1 - theta of a market falls below the resolution of theta beyond it). Names the flag farther
/// from 1 (the one the user moved). Non-positive or non-finite values are left to the model.
/// \param e the economy as parsed from the flags
void check_labor_ratio(const tg::Economy& e) {
  const double lh = e.labor_home, lf = e.labor_foreign;
  if (!(std::isfinite(lh) && std::isfinite(lf) && lh > 0.0 && lf > 0.0)) return;
  const double log_ratio = std::log10(lh) - std::log10(lf);  // no overflow at 1e308 / 1e-308
  if (std::abs(log_ratio) <= kMaxLaborRatioDigits) return;
  const bool home = std::abs(std::log10(lh)) >= std::abs(std::log10(lf));
  throw UsageError(std::string(home ? "--labor-home" : "--labor-foreign") +
                   ": --labor-home / --labor-foreign must lie in [1e-6, 1e6], the range in which the smaller "
                   "country's employment is resolved (got " +
                   format_double(lh) + " / " + format_double(lf) + ")");
}

/// Refuses productivities whose spread S = max/min (home and foreign together) gives CES cost
/// ratios S^|sigma - 1| beyond 1e300 (H12 eqs. (3)-(5)): the equilibrium's trade pattern and wage
/// are then not representable. Names the flag holding the smallest productivity. Computed in
/// logarithms, so that a spread beyond the largest double (1e300 next to 1e-300) is caught too.
/// \param e the economy as parsed from the flags
void check_cost_ratios(const tg::Economy& e) {
  if (e.home.size() == 0 || e.foreign.size() == 0 || !std::isfinite(e.sigma)) return;
  for (const Eigen::VectorXd* v : {&e.home, &e.foreign})
    if (!v->allFinite() || !(v->minCoeff() > 0.0)) return;
  const double lo = std::min(e.home.minCoeff(), e.foreign.minCoeff());
  const double hi = std::max(e.home.maxCoeff(), e.foreign.maxCoeff());
  if (std::abs(e.sigma - 1.0) * (std::log10(hi) - std::log10(lo)) <= kMaxCostRatioDigits) return;
  throw UsageError(std::string(e.home.minCoeff() == lo ? "--home" : "--foreign") + ": with --sigma " +
                   format_double(e.sigma) +
                   " the productivity spread S = max/min (--home and --foreign together) must satisfy "
                   "S^|sigma - 1| <= 1e300 (got " +
                   format_double(hi) + " and " + format_double(lo) + ")");
}

void run_equilibrium(const EquilibriumOptions& o) {
  check_out_path(o.output.out);
  const tg::Economy e = make_economy(o.economy);
  std::vector<double> g = parse_list_flag("--openness", o.openness);
  if (g.size() == 1) g.assign(e.home.size() > 0 ? static_cast<std::size_t>(e.home.size()) : 1, g[0]);
  check_cost_ratios(e);
  const tg::Equilibrium eq = with_flags(kFlags, [&] { return tg::solve_static_equilibrium(e, to_vector(g)); });
  CsvTable table({"industry", "rel_wage", "income_home", "income_foreign", "home_share_home_market",
                  "home_share_foreign_market", "labor_home", "labor_foreign"});
  for (Eigen::Index i = 0; i < eq.labor_home.size(); ++i)
    table.add_row({static_cast<double>(i + 1), eq.rel_wage, eq.income_home, eq.income_foreign,
                   eq.home_share_home_market[i], eq.home_share_foreign_market[i], eq.labor_home[i],
                   eq.labor_foreign[i]});
  add_eq10_evidence(table, e, g, eq);
  emit_table(table, o.output, {"rel_wage"});
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
    for (std::size_t i = 0; i < dates.size(); ++i)
      if (std::isnan(dates[i]) || dates[i] < 0.0)
        throw UsageError("--liberalize-at (entry " + std::to_string(i + 1) + "): must be a date >= 0 or inf (got " +
                         format_double(dates[i]) + ")");
    tg::Policy p = tg::Policy::autarky(n);
    p.liberalize_at = to_vector(dates);
    return p;
  }
  return o.regime == "autarky" ? tg::Policy::autarky(n) : tg::Policy::free_trade(n);
}

// τ from `--tau FILE` (`-` = stdin) or `--tau-matrix 'r1;r2;...'` (rows of comma lists).
Eigen::MatrixXd read_tau(const SimulateOptions& o) {
  if (o.tau.empty() == o.tau_matrix.empty()) throw UsageError("--tau: give exactly one of --tau FILE and --tau-matrix");
  if (!o.tau.empty()) {
    try {
      return read_numeric_csv(o.tau);
    } catch (const InvalidInput& error) {  // names file:line:column; the flag goes first
      throw UsageError("--tau: " + std::string(error.what()));
    }
  }
  std::string text = o.tau_matrix;
  for (char& c : text)
    if (c == ';') c = '\n';
  if (text.size() > kMaxInputBytes) throw UsageError("--tau-matrix: longer than the input limit");
  return parse_numeric_csv(text, "--tau-matrix row");
}

/// Refuses initial productivities outside simulate's numerical domain: the spread S = max/min
/// (home and foreign together) must satisfy S <= 1e6 and S^|sigma - 1| <= 1e300, so that the CES
/// cost ratios (A_i/A_j)^(sigma - 1) of H12 eqs. (3)-(5) stay representable doubles. Names the flag
/// that holds the smallest productivity. Non-positive or non-finite entries are left to the
/// model's own validation.
/// \param e the economy as parsed from the flags
void check_productivity_spread(const tg::Economy& e) {
  if (e.home.size() == 0 || e.foreign.size() == 0 || !std::isfinite(e.sigma)) return;
  for (const Eigen::VectorXd* v : {&e.home, &e.foreign})
    if (!v->allFinite() || !(v->minCoeff() > 0.0)) return;
  const double lo = std::min(e.home.minCoeff(), e.foreign.minCoeff());
  const double hi = std::max(e.home.maxCoeff(), e.foreign.maxCoeff());
  const std::string flag = e.home.minCoeff() == lo ? "--home" : "--foreign";
  if (hi > kMaxProductivitySpread * lo)
    throw UsageError(flag +
                     ": the largest initial productivity (--home and --foreign together) may be at most 1e6 times the "
                     "smallest, simulate's numerical domain (got " +
                     format_double(hi) + " and " + format_double(lo) + ")");
  if (std::abs(e.sigma - 1.0) * std::log10(hi / lo) > kMaxCostRatioDigits)
    throw UsageError(flag + ": with --sigma " + format_double(e.sigma) +
                     " the productivity spread S = max/min must satisfy S^|sigma - 1| <= 1e300, simulate's numerical "
                     "domain (got S = " +
                     format_double(hi / lo) + ")");
}

void run_simulate(const SimulateOptions& o) {
  check_out_path(o.output.out);
  tg::SimulationOptions s;
  s.horizon = parse_scalar_flag("--horizon", o.horizon);
  s.step = parse_scalar_flag("--step", o.step);
  s.rtol = parse_scalar_flag("--rtol", o.rtol);
  s.atol = parse_scalar_flag("--atol", o.atol);
  s.time = o.time == "discrete" ? tg::TimeMode::discrete : tg::TimeMode::continuous;
  if (!o.period.empty()) {
    if (s.time != tg::TimeMode::discrete) throw UsageError("--period: only with --time discrete");
    s.period = parse_scalar_flag("--period", o.period);
    if (!(s.period >= 1e-6 && s.period <= 1e6))
      throw UsageError("--period: must lie in [1e-6, 1e6] (got " + format_double(s.period) + ")");
  }
  if (!(s.horizon >= 0.0 && s.horizon <= kMaxSimulateHorizon))
    throw UsageError("--horizon: must lie in [0, " + format_double(kMaxSimulateHorizon) + "] (got " +
                     format_double(s.horizon) + ")");
  if (!(std::isfinite(s.step) && s.step > 0.0))
    throw UsageError("--step: must be a finite number > 0 (got " + format_double(s.step) + ")");
  check_row_count(s.horizon, s.step);
  for (const auto& [flag, value] : {std::pair{"--rtol", s.rtol}, std::pair{"--atol", s.atol}})
    if (!(value >= 1e-14 && value <= 1e-2))
      throw UsageError(std::string(flag) + ": must lie in [1e-14, 0.01] (got " + format_double(value) + ")");
  tg::Params params;
  params.economy = make_economy(o.economy);
  params.tau = read_tau(o);
  const std::size_t n = params.economy.size();
  // Work bound: each unit of time costs about n^2 operations per equilibrium solve (and the
  // discrete model solves one per period h).
  // Whole periods that end by T, counted as the discrete engine counts them (a relative 1e-9 of
  // rounding in T/h does not add a period: 0.1 / 1e-6 is 100000 periods, not 100001).
  const double ratio = s.time == tg::TimeMode::discrete ? s.horizon / s.period : s.horizon;
  const double periods = s.time == tg::TimeMode::discrete ? std::floor(ratio + 1e-9 * std::max(1.0, ratio)) : s.horizon;
  if (periods > kMaxSimulateHorizon)
    throw UsageError("--period: --horizon / --period gives " + format_double(periods) +
                     " periods, more than the limit of " + format_double(kMaxSimulateHorizon));
  const double work = static_cast<double>(n) * static_cast<double>(n) * std::max(periods, 1.0);
  if (work > kMaxWork)
    throw UsageError("--horizon: with " + std::to_string(n) + " industries the horizon may be at most " +
                     format_double(std::floor(kMaxWork / (static_cast<double>(n) * static_cast<double>(n)))) +
                     " (work limit n^2 x T <= 1e9; got T = " + format_double(s.horizon) + ")");
  // Validated before the run, so that a NaN met by a validation inside the run is the path's own.
  with_flags(kFlags, [&] { params.validate(); });
  check_productivity_spread(params.economy);
  check_labor_ratio(params.economy);
  const tg::Policy policy = make_policy(o, n);
  const tg::Path path = with_flags(kFlags, [&] {
    try {
      return tg::simulate(params, policy, s);
    } catch (const InvalidParameter& error) {
      // The inputs were validated before the run: a NaN met by a re-validation inside the run means
      // the path left the representable range (productivities that grow apart make the cost ratios
      // (A_i/A_j)^(sigma - 1) overflow when sigma is far from 1), not that the flag was wrong.
      if (error.rule().find("(got nan)") == std::string::npos) throw;
      throw UsageError("--sigma: with --sigma " + format_double(params.economy.sigma) +
                       " the productivities grew apart until (A_i/A_j)^(sigma - 1) overflowed before --horizon; "
                       "such paths are outside the domain of simulate (use a sigma nearer 1 or a shorter horizon)");
    } catch (const std::runtime_error& error) {
      // The switch guard of integrate_switching: the trade pattern chatters (a tie in comparative
      // advantage that cross spillovers keep re-creating, a sliding path the engine does not follow).
      if (std::string(error.what()).find("too many switches") == std::string::npos) throw;
      throw UsageError(
          "--tau: the trade pattern switches more often than the engine's switch limit before --horizon (a tie in "
          "comparative advantage that the learning matrix keeps re-creating); such sliding paths are outside the "
          "domain of simulate");
    }
  });

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
  emit_table(table, o.output, {"rel_wage"});
}

const char* kSimulateHelp =
    "Simulate technologies, employment and real incomes over time (H12 sections 2-5).\n"
    "Learning law (H12 eq. (9)): dA_i/dt = sum_j tau_ji L_j, where tau_ji is row j, column i of the --tau matrix: "
    "row j SENDS (its employment L_j teaches), column i RECEIVES. Only industries that employ labour in a country "
    "learn there (an industry with L_i = 0 keeps its A_i). Each instant is a static equilibrium (eqs. (3)-(8)).\n"
    "Output columns: t (time); income_home, income_foreign (real income D = wL/P, eq. (12)); rel_wage (home wage / "
    "foreign wage; empty while nothing is traded); A_home_i, A_foreign_i (productivities); L_home_i, L_foreign_i "
    "(employment by industry).";

}  // namespace

void add_trade_growth_command(CLI::App& app) {
  CLI::App* tgc =
      app.add_subcommand("trade-growth",
                         "Hanlon (2012): two countries, n industries, CES demand, a learning matrix tau (row j sends, "
                         "column i receives)");
  tgc->require_subcommand(1);

  auto sim = std::make_shared<SimulateOptions>();
  CLI::App* s = tgc->add_subcommand("simulate", kSimulateHelp);
  add_economy_options(*s, sim->economy);
  s->add_option("--tau", sim->tau,
                "Learning matrix: numeric n x n CSV file ('-' = stdin), entries tau_ji in [0, 1]; a header row and "
                "an index column as pandas to_csv() or R write.csv() write them are recognised");
  s->add_option("--tau-matrix", sim->tau_matrix, "The learning matrix inline instead: rows separated by ';'");
  s->add_option("--horizon", sim->horizon, "Last output time T (time units of eq. (9), 0 <= T <= 1e5 and n^2 T <= 1e9)")
      ->required();
  s->add_option("--step", sim->step, "Output spacing DT (> 0, default 1); outputs 0, DT, ..., T, at most 1e6 rows");
  s->add_option("--regime", sim->regime, "autarky, or trade (default): every industry open from t = 0")
      ->check(CLI::IsMember({"autarky", "trade"}));
  s->add_option("--liberalize-at", sim->liberalize_at,
                "Open every industry at T0, or industry i at t_i (list; inf = never); closed before");
  s->add_flag("--mobility", sim->mobility, "Free trade with free labor mobility (H12 section 5)");
  s->add_option("--time", sim->time, "continuous (default) or discrete periods A(t+h) = A(t) + h tau' L(t)")
      ->check(CLI::IsMember({"continuous", "discrete"}));
  s->add_option("--period", sim->period,
                "Period length h of --time discrete (time units, in [1e-6, 1e6]; default 1 as in H12; at most 1e5 "
                "periods); h -> 0 approaches the continuous model");
  s->add_option("--rtol", sim->rtol, "Relative tolerance per step, in [1e-14, 0.01] (default 1e-10)");
  s->add_option("--atol", sim->atol, "Absolute tolerance per step, in [1e-14, 0.01] (default 1e-10)");
  add_output_options(*s, sim->output, true);
  s->callback([sim] { run_simulate(*sim); });

  auto eqo = std::make_shared<EquilibriumOptions>();
  CLI::App* e = tgc->add_subcommand(
      "equilibrium",
      "Solve the static equilibrium for one trade regime (H12 eqs. (3)-(8), openness as iceberg factors).\n"
      "Output columns (one row per industry; the first four repeat): industry; rel_wage (home/foreign wage, empty "
      "when nothing is traded); income_home, income_foreign (real incomes); home_share_home_market, "
      "home_share_foreign_market (home's share of each market's spending on the industry); labor_home, "
      "labor_foreign (employment).");
  add_economy_options(*e, eqo->economy);
  e->add_option("--openness", eqo->openness,
                "Iceberg openness g in [0, 1] for every industry, or g_1,...,g_n (1 free trade, 0 not traded; "
                "default 1)");
  add_output_options(*e, eqo->output, false);
  e->callback([eqo] { run_equilibrium(*eqo); });
}

}  // namespace clustertrade::cli
