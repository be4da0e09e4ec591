#include "cli/presets.hpp"

#include <limits>
#include "cli/common.hpp"

#include "cluster_mapping/us_data.hpp"
#include "cluster_model/scenarios.hpp"
#include "dynamic_spillovers/model.hpp"
#include "dynamic_spillovers/scenarios.hpp"
#include "infant_industry/model.hpp"
#include "trade_growth/dynamics.hpp"
#include "trade_growth/scenarios.hpp"

namespace clustertrade::cli {

namespace {

// The figure program's choices for H12 Figs. 2-7 (src/trade_growth/figures.cpp: kSigma, kHorizon,
// kStep): sigma = 2, T = 60, output every 0.25.
constexpr double kFigureSigma = 2.0;
constexpr double kFigureHorizon = 60.0;
constexpr double kFigureStep = 0.25;
// Fig. 8 (figures.cpp: kHorizonMigration, and the step 0.5 of figure8()).
constexpr double kFigure8Horizon = 100.0;
constexpr double kFigure8Step = 0.5;

nlohmann::json vector_json(const Eigen::VectorXd& v) {
  nlohmann::json a = nlohmann::json::array();
  for (Eigen::Index i = 0; i < v.size(); ++i) a.push_back(v[i]);
  return a;
}

// The economy flags (home, foreign, sigma, tau) of H12 scenario `figure` at elasticity `sigma`.
nlohmann::json h12_economy_flags(int figure, double sigma) {
  const auto s = trade_growth::scenario(figure, sigma);
  nlohmann::json tau = nlohmann::json::array();
  for (Eigen::Index r = 0; r < s.params.tau.rows(); ++r) tau.push_back(vector_json(s.params.tau.row(r).transpose()));
  return {{"home", vector_json(s.params.economy.home)},
          {"foreign", vector_json(s.params.economy.foreign)},
          {"sigma", sigma},
          {"tau", tau}};
}

nlohmann::json h12_figure(int figure, bool autarky) {
  const auto s = trade_growth::scenario(figure, kFigureSigma);
  nlohmann::json flags = h12_economy_flags(figure, kFigureSigma);
  flags["horizon"] = kFigureHorizon;
  flags["step"] = kFigureStep;
  flags["regime"] = autarky ? "autarky" : "trade";
  return {{"command", "trade-growth simulate"},
          {"description", s.id + (autarky ? " (autarky run): " : " (free-trade run): ") + s.description +
                              "; income_home/income_foreign are the figure's " + (autarky ? "autarky" : "trade") +
                              "_home/_foreign columns"},
          {"flags", flags}};
}

// H12 Fig. 8 (src/trade_growth/figures.cpp figure8): Fig. 5's inputs under free trade with free
// migration, T = 100 in steps of 0.5, at sigma = 4/3 (`low`) or 4. The figure's share column is
// (L_home_1 + ... + L_home_4) / 2.
nlohmann::json h12_figure8(bool low) {
  const double sigma = trade_growth::figure8_sigmas()[low ? 0 : 1];
  nlohmann::json flags = h12_economy_flags(8, sigma);
  flags["horizon"] = kFigure8Horizon;
  flags["step"] = kFigure8Step;
  flags["mobility"] = true;
  return {{"command", "trade-growth simulate"},
          {"description", std::string("H12 Fig. 8 (free migration, Fig. 5's inputs, sigma = ") + (low ? "4/3" : "4") +
                              "): the figure's share_sigma_" + (low ? "4_3" : "4") +
                              " column is (L_home_1 + ... + L_home_4) / 2"},
          {"flags", flags}};
}

// H12 Figs. 6 and 7 (src/trade_growth/figures.cpp figures_6_and_7, sigma = 2, T = 60, step 0.25):
// one run per curve. The delayed runs open every industry at the first date at which free trade
// would be cluster building (home specialises in industries 1 and 2), found on the autarky path;
// Fig. 7's gradual run opens 1 and 4 at t = 0 and 2 and 3 at that date found with 1 and 4 open.
nlohmann::json h12_policy_figure(int figure, const std::string& run) {
  namespace tg = trade_growth;
  const auto s = tg::scenario(figure, kFigureSigma);
  nlohmann::json flags = h12_economy_flags(figure, kFigureSigma);
  flags["horizon"] = kFigureHorizon;
  flags["step"] = kFigureStep;
  auto cluster_building = [](const tg::Equilibrium& eq) { return tg::specialises(eq, {0, 1}); };
  if (run == "immediate") {
    flags["regime"] = "trade";
  } else if (run == "autarky") {
    flags["regime"] = "autarky";
  } else if (run == "delayed") {
    flags["liberalize-at"] =
        tg::first_time_free_trade_satisfies(s.params, tg::Policy::autarky(4), cluster_building, kFigureHorizon);
  } else {  // gradual (Fig. 7)
    const double d = tg::first_time_free_trade_satisfies(
        s.params, tg::gradual_liberalisation(std::numeric_limits<double>::infinity()), cluster_building,
        kFigureHorizon);
    flags["liberalize-at"] = nlohmann::json::array({0.0, d, d, 0.0});
  }
  return {{"command", "trade-growth simulate"},
          {"description", s.id + " (" + run + " run): " + s.description +
                              "; income_home/income_foreign are the figure's " + run + "_home/_foreign columns"},
          {"flags", flags}};
}

// H12 Fig. 1's marked point (src/trade_growth/figures.cpp figure1): the free-trade equilibrium at
// Fig. 6's initial technologies, sigma = 2. The figure's eq row is z = sum of
// home_share_foreign_market over industries and rel_wage; the step and curve parts of the figure
// are drawn from closed forms no command prints.
nlohmann::json h12_figure1() {
  const trade_growth::Economy e = trade_growth::figure1_economy(kFigureSigma);
  nlohmann::json flags = {
      {"home", vector_json(e.home)}, {"foreign", vector_json(e.foreign)}, {"sigma", kFigureSigma}, {"openness", 1.0}};
  return {{"command", "trade-growth equilibrium"},
          {"description",
           "H12 Fig. 1's free-trade equilibrium at Fig. 6's initial technologies: rel_wage is the figure's marked "
           "wage, and the sum of home_share_foreign_market over industries its z"},
          {"flags", flags}};
}

// RC07 section 4's catch-up illustration (src/dynamic_spillovers/figures.cpp catchup; the figure
// file rc07-catchup.csv): g = 2%, epsilon = 5%, T = 400 years in steps of 1; `intensity` 0 = South
// never clustered (nc_*), 1 or 0.5 = a South cluster of that intensity from the illustration's date
// (cl_*, half_*). The figure's columns are the runs' `a`.
struct CatchupRun {
  std::string name;  ///< preset name
  double a0;         ///< South's initial level
  double intensity;  ///< South's cluster intensity from the cluster date (0: none)
};
const std::vector<CatchupRun> kCatchupRuns = {
    {"rc07-catchup-a01", 0.1, 0.0},     {"rc07-catchup-a03", 0.3, 0.0},         {"rc07-catchup-a09", 0.9, 0.0},
    {"rc07-catchup-a15", 1.5, 0.0},     {"rc07-catchup-cluster-a01", 0.1, 1.0}, {"rc07-catchup-cluster-a15", 1.5, 1.0},
    {"rc07-catchup-half-a01", 0.1, 0.5}};

nlohmann::json rc07_catchup(const CatchupRun& run) {
  namespace ds = dynamic_spillovers;
  nlohmann::json flags = {{"learning-rate", ds::illustration_g},
                          {"epsilon", ds::illustration_epsilon},
                          {"a0", run.a0},
                          {"horizon", 400.0},
                          {"step", 1.0}};
  if (run.intensity > 0.0) {
    flags["south-cluster-from"] = ds::illustration_cluster_date;
    flags["south-cluster-intensity"] = run.intensity;
  }
  return {{"command", "dynamic-spillovers simulate"},
          {"description", "RC07 section 4 catch-up illustration (rc07-catchup figure), run " + run.name.substr(13) +
                              ": the figure's column is a"},
          {"flags", flags}};
}

// RC07 section 4's income-gap path, "acquire" run (src/dynamic_spillovers/figures.cpp
// income_gap_path): South starts at the no-cluster steady state a-hat = 1 - g/epsilon and acquires a
// cluster at T0 = 100; T = 400 in steps of 0.5. The figure's gap_acquire is (theta before T0, 1 from
// T0) / a and its growth_south_acquire is growth_south. (The "lose" run starts clustered, which the
// command cannot express.)
nlohmann::json rc07_income_gap_acquire() {
  namespace ds = dynamic_spillovers;
  nlohmann::json flags = {{"learning-rate", ds::illustration_g},
                          {"epsilon", ds::illustration_epsilon},
                          {"a0", ds::steady_state_gap(ds::illustration_g, ds::illustration_epsilon)},
                          {"south-cluster-from", 100.0},
                          {"horizon", 400.0},
                          {"step", 0.5}};
  return {{"command", "dynamic-spillovers simulate"},
          {"description",
           "RC07 section 4 income-gap path, South acquires a cluster at T0 = 100: the figure's gap_acquire is "
           "(theta = 1.5 before T0, 1 from T0) / a"},
          {"flags", flags}};
}

// CPP section 5's dynamics as written next to RC07's (src/dynamic_spillovers/figures.cpp
// cpp_vs_rc07; figure file cpp-vs-rc07-dynamics.csv): x = g = 2%, epsilon = 5%, T = 200 years in
// steps of 0.5. RC07 runs from a0 = 0.3 without and with a South cluster from t = 0; CPP runs from
// z0 = 0.025 and 0.015 without a cluster and 0.015 with one from t = 0.
struct DynamicsRun {
  std::string name;  ///< preset name
  bool cpp;          ///< CPP's law (cpp-simulate) rather than RC07's
  double start;      ///< a0 (RC07) or z0 (CPP)
  bool cluster;      ///< the lagging region clustered from t = 0
};
const std::vector<DynamicsRun> kDynamicsRuns = {{"cpp-dynamics-rc07-none", false, 0.3, false},
                                                {"cpp-dynamics-rc07-cluster", false, 0.3, true},
                                                {"cpp-dynamics-none-above", true, 0.025, false},
                                                {"cpp-dynamics-none-below", true, 0.015, false},
                                                {"cpp-dynamics-cluster", true, 0.015, true}};

nlohmann::json cpp_dynamics(const DynamicsRun& run) {
  namespace ds = dynamic_spillovers;
  nlohmann::json flags = {{"horizon", 200.0}, {"step", 0.5}};
  if (run.cpp) {
    flags["rich-growth-rate"] = ds::illustration_g;
    flags["z0"] = run.start;
    if (run.cluster) flags["cluster-from"] = 0.0;
  } else {
    flags["learning-rate"] = ds::illustration_g;
    flags["epsilon"] = ds::illustration_epsilon;
    flags["a0"] = run.start;
    if (run.cluster) flags["south-cluster-from"] = 0.0;
  }
  return {{"command", run.cpp ? "dynamic-spillovers cpp-simulate" : "dynamic-spillovers simulate"},
          {"description", "CPP vs RC07 dynamics figure (cpp-vs-rc07-dynamics), run " + run.name.substr(13) +
                              (run.cpp ? ": the figure's column is z (shown until z leaves [1e-3, 1e3])"
                                       : ": the figure's column is a")},
          {"flags", flags}};
}

// RC05 section II's coordination figure (src/cluster_model/figures.cpp coordination; figure file
// rc05-coordination-equilibria.csv, panel 1 without and panel 2 with spillovers to backward firms):
// the game's A and C, a continuum of firms. The command lists the same equilibria.
nlohmann::json rc05_coordination(bool spillover) {
  const auto g = cluster_model::rc05_coordination_game(spillover);
  nlohmann::json flags = {{"modern-productivity", g.A}, {"investment-cost", g.C}};
  if (spillover) flags["spillover"] = true;
  return {{"command", "cluster-model coordination"},
          {"description", std::string("RC05 section II coordination figure, equilibria of panel ") +
                              (spillover ? "2 (spillovers to backward firms)" : "1") +
                              ": n and stable are the figure's; average_output is the payoff in use"},
          {"flags", flags}};
}

// RC05's wage ladder (src/cluster_model/figures.cpp wage_ladder; figure file rc05-wage-ladder.csv):
// J = 5, North clustered everywhere. The command lists the equilibria, i.e. the figure's
// cluster_eq and nocluster_eq entries.
nlohmann::json rc05_wage_ladder() {
  const cluster_model::Params p = cluster_model::rc05_wage_ladder();
  nlohmann::json flags = {{"lambda-south", p.lambda_south}, {"lambda-north", p.lambda_north}, {"theta", p.theta}};
  return {{"command", "cluster-model equilibria"},
          {"description",
           "RC05 wage ladder (J = 5): each row's wage is the figure's cluster_eq (clustered) or nocluster_eq entry "
           "for its sector"},
          {"flags", flags}};
}

// RC07 Fig. 1's marked equilibria (src/infant_industry/figures.cpp figure_rc07_fig1; figure file
// rc07-fig1-equilibria.csv): the model's default parameters, which the figure uses.
nlohmann::json rc07_figure1() {
  const infant_industry::Params p;
  nlohmann::json flags = {{"lambda-south", {p.lambda_south[0], p.lambda_south[1]}},
                          {"lambda-north", {p.lambda_north[0], p.lambda_north[1]}},
                          {"alpha", p.alpha},
                          {"lbar", p.lbar},
                          {"labor-south", p.labor_south}};
  return {{"command", "infant-industry equilibria"},
          {"description",
           "RC07 Fig. 1's equilibria: the figure marks each at q1 = lambda1S (L_S - labor_sector2) on South's PPF"},
          {"flags", flags}};
}

const std::vector<std::pair<int, std::string>> kPolicyRuns = {
    {6, "immediate"}, {6, "autarky"}, {6, "delayed"}, {7, "immediate"}, {7, "autarky"}, {7, "delayed"}, {7, "gradual"}};

std::string policy_preset_name(int figure, const std::string& run) {
  return "h12-fig" + std::to_string(figure) + (run == "immediate" ? "" : "-" + run);
}

// The vendored County Business Patterns 2019 table (long) with the NAICS 2017 benchmark
// definitions, for any `cluster-mapping` table command (the typed subcommand follows the preset's
// command words; --definitions typed on the command line replaces the preset's).
nlohmann::json us_cbp2019() {
  namespace cm = clustertrade::cluster_mapping;
  const auto columns = cm::us_cbp2019_read_options().columns;
  return {{"command", "cluster-mapping"},
          {"description",
           "County Business Patterns 2019, 933 CBSAs x six-digit NAICS 2017, with the U.S. Cluster "
           "Mapping benchmark definitions (data/us/)"},
          {"flags",
           {{"employment", cm::vendored_us_data(cm::us_cbp2019_file).string()},
            {"columns", columns->region + "," + columns->industry + "," + columns->employment},
            {"definitions", cm::vendored_us_data(cm::us_definitions_naics2017_file).string()}}}};
}

}  // namespace

std::vector<std::string> preset_names() {
  std::vector<std::string> names = {"h12-fig1"};
  for (int f = 2; f <= 5; ++f) {
    names.push_back("h12-fig" + std::to_string(f));
    names.push_back("h12-fig" + std::to_string(f) + "-autarky");
  }
  for (const auto& [figure, run] : kPolicyRuns) names.push_back(policy_preset_name(figure, run));
  names.push_back("h12-fig8-sigma4-3");
  names.push_back("h12-fig8-sigma4");
  for (const auto& run : kCatchupRuns) names.push_back(run.name);
  for (const auto& run : kDynamicsRuns) names.push_back(run.name);
  names.push_back("rc07-income-gap-acquire");
  names.push_back("rc07-fig1");
  names.push_back("rc05-wage-ladder");
  names.push_back("rc05-coordination");
  names.push_back("rc05-coordination-spillover");
  names.push_back("us-cbp2019");
  return names;
}

nlohmann::json preset_scenario(const std::string& name) {
  for (int f = 2; f <= 5; ++f) {
    const std::string id = "h12-fig" + std::to_string(f);
    if (name == id) return h12_figure(f, false);
    if (name == id + "-autarky") return h12_figure(f, true);
  }
  if (name == "h12-fig1") return h12_figure1();
  for (const auto& run : kCatchupRuns)
    if (name == run.name) return rc07_catchup(run);
  for (const auto& run : kDynamicsRuns)
    if (name == run.name) return cpp_dynamics(run);
  if (name == "rc07-fig1") return rc07_figure1();
  if (name == "rc07-income-gap-acquire") return rc07_income_gap_acquire();
  if (name == "rc05-wage-ladder") return rc05_wage_ladder();
  if (name == "rc05-coordination") return rc05_coordination(false);
  if (name == "rc05-coordination-spillover") return rc05_coordination(true);
  for (const auto& [figure, run] : kPolicyRuns)
    if (name == policy_preset_name(figure, run)) return h12_policy_figure(figure, run);
  if (name == "h12-fig8-sigma4-3") return h12_figure8(true);
  if (name == "h12-fig8-sigma4") return h12_figure8(false);
  if (name == "us-cbp2019") return us_cbp2019();
  std::string list;
  for (const auto& n : preset_names()) list += (list.empty() ? "" : ", ") + n;
  throw UsageError("--preset: unknown preset '" + name.substr(0, 40) + "' (presets: " + list + ")");
}

}  // namespace clustertrade::cli
