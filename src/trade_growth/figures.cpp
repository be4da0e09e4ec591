/// \file figures.cpp
/// \brief The figure program `figures-trade-growth`: H12 Figs. 1–9, the σ sensitivity and the
/// discrete-vs-continuous comparison, and the numbers the report prints.
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/figures.hpp"
#include "core/numbers.hpp"
#include "core/roots.hpp"
#include "trade_growth/claims_checks.hpp"
#include "trade_growth/dynamics.hpp"
#include "trade_growth/scenarios.hpp"
#include "trade_growth/static_equilibrium.hpp"

namespace {

namespace tg = clustertrade::trade_growth;
using clustertrade::CsvTable;
using clustertrade::FigureOutput;

// Our choices where H12 is silent (registered as numbers and stated in the report).
constexpr double kSigma = 2.0;               // σ for Figs. 1–7
constexpr double kHorizon = 60.0;            // T for Figs. 2–7
constexpr double kStep = 0.25;               // output spacing
constexpr double kHorizonMigration = 100.0;  // T for Fig. 8
constexpr double kSigmaDiscrete = 4.0;       // σ of the discrete-vs-continuous comparison

tg::SimulationOptions options(double horizon, double step = kStep) {
  tg::SimulationOptions o;
  o.horizon = horizon;
  o.step = step;
  return o;
}

bool cluster_building(const tg::Equilibrium& eq) { return tg::specialises(eq, {0, 1}); }

tg::Policy gradual(double date_2_3) { return tg::gradual_liberalisation(date_2_3); }  // 1 and 4 first

// H12 Fig. 5 at σ over [0, T]: the growth gaps of H12 §3.3's sentence, trade minus autarky, of the overall
// log growth ln(D(T)/D(0))/T (D(0) after trade's static jump; claim h12.s3.3-fig5's measure), and the
// percent growth of each path. The sentence holds when home's gap is positive and foreign's negative.
struct FigFiveGrowth {
  double gap_home = 0.0, gap_foreign = 0.0;                                         // log points per unit time
  double trade_home = 0.0, aut_home = 0.0, trade_foreign = 0.0, aut_foreign = 0.0;  // percent over [0, T]
};

FigFiveGrowth fig5_growth(double sigma, double horizon) {
  const tg::Scenario s5 = tg::scenario(5, sigma);
  const tg::Path a = tg::simulate(s5.params, tg::Policy::autarky(4), options(horizon, horizon));
  const tg::Path t = tg::simulate(s5.params, tg::Policy::free_trade(4), options(horizon, horizon));
  const auto &a0 = a.points.front(), &a1 = a.points.back(), &t0 = t.points.front(), &t1 = t.points.back();
  FigFiveGrowth g;
  g.gap_home =
      std::log(t1.income_home / t0.income_home) / horizon - std::log(a1.income_home / a0.income_home) / horizon;
  g.gap_foreign = std::log(t1.income_foreign / t0.income_foreign) / horizon -
                  std::log(a1.income_foreign / a0.income_foreign) / horizon;
  g.trade_home = 100.0 * (t1.income_home / t0.income_home - 1.0);
  g.aut_home = 100.0 * (a1.income_home / a0.income_home - 1.0);
  g.trade_foreign = 100.0 * (t1.income_foreign / t0.income_foreign - 1.0);
  g.aut_foreign = 100.0 * (a1.income_foreign / a0.income_foreign - 1.0);
  return g;
}

// The σ at which one country's Fig. 5 growth gap changes sign: the first sign change on `grid`, refined
// by TOMS 748 (core/roots.hpp) to 1e-6; NaN when the gap keeps its sign over the grid.
double fig5_turning_sigma(const std::vector<double>& grid, bool home) {
  auto gap = [home](double sigma) {
    const FigFiveGrowth g = fig5_growth(sigma, kHorizon);
    return home ? g.gap_home : g.gap_foreign;
  };
  double prev = gap(grid.front());
  for (std::size_t k = 1; k < grid.size(); ++k) {
    const double cur = gap(grid[k]);
    if ((prev > 0.0) != (cur > 0.0)) return clustertrade::find_root(gap, grid[k - 1], grid[k], 1e-6).root;
    prev = cur;
  }
  return std::numeric_limits<double>::quiet_NaN();
}

// Income paths of several policies side by side: columns t, <name>_home, <name>_foreign.
struct Run {
  std::string name;
  tg::Path path;
};

CsvTable income_table(const std::vector<Run>& runs) {
  std::vector<std::string> header = {"t"};
  for (const auto& r : runs) header.push_back(r.name + "_home"), header.push_back(r.name + "_foreign");
  CsvTable table(header);
  for (std::size_t k = 0; k < runs.front().path.points.size(); ++k) {
    std::vector<clustertrade::CsvCell> row = {runs.front().path.points[k].t};
    for (const auto& r : runs) {
      row.emplace_back(r.path.points[k].income_home);
      row.emplace_back(r.path.points[k].income_foreign);
    }
    table.add_row(std::move(row));
  }
  return table;
}

// First grid time at which income under `a` falls below income under `b` (home), linearly
// interpolated between grid points; +inf if never.
double overtaking_time(const tg::Path& a, const tg::Path& b) {
  for (std::size_t k = 1; k < a.points.size(); ++k) {
    const double d0 = a.points[k - 1].income_home - b.points[k - 1].income_home;
    const double d1 = a.points[k].income_home - b.points[k].income_home;
    if (d0 >= 0 && d1 < 0) return a.points[k - 1].t + (a.points[k].t - a.points[k - 1].t) * d0 / (d0 - d1);
  }
  return std::numeric_limits<double>::infinity();
}

void figure1(FigureOutput& out) {
  // Fig. 6's initial technologies: the chain of relative productivities a = (5, 0.8, 1.25, 0.2)
  // sorted as industries 1, 3, 2, 4, cut between 3 and 2 (cluster-destroying at t = 0).
  tg::Economy e = tg::figure1_economy(kSigma);
  const auto order = tg::comparative_advantage_order(e);
  CsvTable step({"z", "relative_productivity", "industry"});
  for (std::size_t k = 0; k < order.size(); ++k) {
    const double a = e.home[static_cast<Eigen::Index>(order[k])] / e.foreign[static_cast<Eigen::Index>(order[k])];
    step.add_row({static_cast<double>(k), a, static_cast<double>(order[k] + 1)});
    step.add_row({static_cast<double>(k + 1), a, static_cast<double>(order[k] + 1)});
  }
  out.write_csv("h12-fig1", "step", step,
                "relative productivity step A_i/A*_i in comparative-advantage order (eq. 11)");
  CsvTable curve({"z", "balanced_trade", "printed_eq10"});
  for (int k = 1; k < 400; ++k) {
    const double z = 4.0 * k / 400.0;
    curve.add_row({z, tg::balanced_trade_wage(e, z), tg::balanced_trade_wage_printed(e, z)});
  }
  out.write_csv("h12-fig1", "curve", curve,
                "balanced-trade relative wage omega(z): derived (App. A) and as printed (eq. 10)");
  const tg::Equilibrium eq = tg::solve_free_trade(e);
  double z_star = 0.0;  // home's share of industries: count of goods made at home plus shared fractions
  for (Eigen::Index i = 0; i < eq.home_share_foreign_market.size(); ++i) z_star += eq.home_share_foreign_market[i];
  CsvTable point({"z", "rel_wage"});
  point.add_row({z_star, eq.rel_wage});
  out.write_csv("h12-fig1", "eq", point, "free-trade equilibrium");
  out.numbers().add("tgFigOneWage", eq.rel_wage, "Fig. 1: free-trade relative wage at Fig. 6's initial technologies");
  out.numbers().add("tgFigOneZ", z_star, "Fig. 1: equilibrium z (industries made at home)");
  // The erratum in numbers: at z = 2 the printed eq. (10) gives a different wage.
  constexpr double erratum_z = 2.0;
  out.numbers().add("tgEqTenZ", erratum_z, "the z at which the eq. (10) erratum is shown");
  out.numbers().add("tgEqTenOursAtTwo", tg::balanced_trade_wage(e, erratum_z),
                    "omega(z) by our derivation of eq. (10)");
  out.numbers().add("tgEqTenPrintedAtTwo", tg::balanced_trade_wage_printed(e, erratum_z),
                    "omega(z) by eq. (10) as printed");
}

void figures_2_to_5(FigureOutput& out) {
  const char* names[] = {"", "", "Two", "Three", "Four", "Five"};
  for (int f = 2; f <= 5; ++f) {
    const tg::Scenario s = tg::scenario(f, kSigma);
    const tg::Path aut = tg::simulate(s.params, tg::Policy::autarky(4), options(kHorizon));
    const tg::Path trd = tg::simulate(s.params, tg::Policy::free_trade(4), options(kHorizon));
    out.write_csv(s.id, "", income_table({{"autarky", aut}, {"trade", trd}}),
                  "real income, autarky vs free trade: " + s.description);
    const std::string n = names[f];
    const auto& a = aut.points.back();
    const auto& t = trd.points.back();
    out.numbers().add("tgFig" + n + "GainHome", 100.0 * (t.income_home / a.income_home - 1.0),
                      "percent income gain of trade over autarky at T, home, Fig. " + std::to_string(f), 3);
    out.numbers().add("tgFig" + n + "GainForeign", 100.0 * (t.income_foreign / a.income_foreign - 1.0),
                      "percent income gain of trade over autarky at T, foreign, Fig. " + std::to_string(f), 3);
    out.numbers().add("tgFig" + n + "StaticGain",
                      100.0 * (trd.points.front().income_home / aut.points.front().income_home - 1.0),
                      "percent static gain from trade at t = 0, home, Fig. " + std::to_string(f), 3);
    out.numbers().add("tgFig" + n + "StaticGainForeign",
                      100.0 * (trd.points.front().income_foreign / aut.points.front().income_foreign - 1.0),
                      "percent static gain from trade at t = 0, foreign, Fig. " + std::to_string(f), 3);
  }
  // Fig. 4: when autarky income overtakes cluster-destroying trade.
  const tg::Scenario s4 = tg::scenario(4, kSigma);
  const tg::Path aut = tg::simulate(s4.params, tg::Policy::autarky(4), options(kHorizon, 0.01));
  const tg::Path trd = tg::simulate(s4.params, tg::Policy::free_trade(4), options(kHorizon, 0.01));
  out.numbers().add("tgFigFourOvertake", overtaking_time(trd, aut),
                    "Fig. 4: time at which autarky income overtakes free-trade income (grid 0.01, interpolated)", 3);
  // At σ = 2 the crossing time is this level gain over τ̄L: D_aut = L ΣA_i grows at τ̄L², D_trade = L Σ max(A_i, A*_i).
  const tg::Economy& e4 = s4.params.economy;
  out.numbers().add("tgFigFourLevelGain", e4.home.cwiseMax(e4.foreign).sum() - e4.home.sum(),
                    "Fig. 4: sum of max(A_i, A*_i) minus sum of A_i at t = 0 (static gain in technology)", 3);
  // Fig. 5: income growth of each country over [0, T] under trade and autarky.
  const tg::Scenario s5 = tg::scenario(5, kSigma);
  const tg::Path a5 = tg::simulate(s5.params, tg::Policy::autarky(4), options(kHorizon, kHorizon));
  const tg::Path t5 = tg::simulate(s5.params, tg::Policy::free_trade(4), options(kHorizon, kHorizon));
  auto growth = [](const tg::Path& p, bool home) {
    const auto& a = p.points.front();
    const auto& b = p.points.back();
    return 100.0 * ((home ? b.income_home / a.income_home : b.income_foreign / a.income_foreign) - 1.0);
  };
  out.numbers().add("tgFigFiveGrowthAutHome", growth(a5, true),
                    "Fig. 5: percent income growth over [0,T], autarky, home", 3);
  out.numbers().add("tgFigFiveGrowthAutForeign", growth(a5, false), "Fig. 5: percent income growth, autarky, foreign",
                    3);
  out.numbers().add("tgFigFiveGrowthTradeHome", growth(t5, true), "Fig. 5: percent income growth, trade, home", 3);
  out.numbers().add("tgFigFiveGrowthTradeForeign", growth(t5, false), "Fig. 5: percent income growth, trade, foreign",
                    3);
  // H12 §3.3's sentence at H12's own elasticities (Fig. 8: "the same ... parameter values as in Figure 5").
  for (const auto& [name, sigma] :
       {std::pair{"Low", tg::claims::kFig5PaperSigmaLow}, std::pair{"High", tg::claims::kFig5PaperSigmaHigh}}) {
    const FigFiveGrowth g = fig5_growth(sigma, kHorizon);
    const std::string at = fmt::format("Fig. 5 at H12's sigma = {:.4g}: percent income growth over [0,T], ", sigma);
    out.numbers().add(fmt::format("tgFigFive{}TradeHome", name), g.trade_home, at + "trade, home", 3);
    out.numbers().add(fmt::format("tgFigFive{}AutHome", name), g.aut_home, at + "autarky, home", 3);
    out.numbers().add(fmt::format("tgFigFive{}TradeForeign", name), g.trade_foreign, at + "trade, foreign", 3);
    out.numbers().add(fmt::format("tgFigFive{}AutForeign", name), g.aut_foreign, at + "autarky, foreign", 3);
  }
}

void figures_6_and_7(FigureOutput& out) {
  const tg::Scenario s6 = tg::scenario(6, kSigma);
  const double d6 = tg::first_time_free_trade_satisfies(s6.params, tg::Policy::autarky(4), cluster_building, kHorizon);
  const tg::Path imm = tg::simulate(s6.params, tg::Policy::free_trade(4), options(kHorizon));
  const tg::Path aut = tg::simulate(s6.params, tg::Policy::autarky(4), options(kHorizon));
  const tg::Path del = tg::simulate(s6.params, tg::Policy::liberalize_all_at(4, d6), options(kHorizon));
  out.write_csv(
      "h12-fig6", "", income_table({{"immediate", imm}, {"autarky", aut}, {"delayed", del}}),
      "real income: immediate liberalisation, autarky, liberalisation delayed until trade is cluster building");
  CsvTable dates6({"delay"});
  dates6.add_row({d6});
  out.write_csv("h12-fig6", "dates", dates6, "liberalisation date of the delayed scenario");
  out.numbers().add("tgFigSixDelay", d6,
                    "Fig. 6: first date at which free trade would be cluster building (autarky path)", 4);
  out.numbers().add("tgFigSixGainAtT", 100.0 * (del.points.back().income_home / imm.points.back().income_home - 1.0),
                    "Fig. 6: percent income of delayed over immediate liberalisation at T", 3);
  const tg::Path imm_fine = tg::simulate(s6.params, tg::Policy::free_trade(4), options(kHorizon, 0.01));
  const tg::Path del_fine = tg::simulate(s6.params, tg::Policy::liberalize_all_at(4, d6), options(kHorizon, 0.01));
  out.numbers().add("tgFigSixOvertake", overtaking_time(imm_fine, del_fine),
                    "Fig. 6: time at which delayed liberalisation's income overtakes immediate liberalisation's", 3);

  const tg::Scenario s7 = tg::scenario(7, kSigma);
  const double d7all =
      tg::first_time_free_trade_satisfies(s7.params, tg::Policy::autarky(4), cluster_building, kHorizon);
  const double d7 = tg::first_time_free_trade_satisfies(s7.params, gradual(std::numeric_limits<double>::infinity()),
                                                        cluster_building, kHorizon);
  const tg::Path imm7 = tg::simulate(s7.params, tg::Policy::free_trade(4), options(kHorizon));
  const tg::Path aut7 = tg::simulate(s7.params, tg::Policy::autarky(4), options(kHorizon));
  const tg::Path del7 = tg::simulate(s7.params, tg::Policy::liberalize_all_at(4, d7all), options(kHorizon));
  const tg::Path gra7 = tg::simulate(s7.params, gradual(d7), options(kHorizon));
  out.write_csv("h12-fig7", "",
                income_table({{"immediate", imm7}, {"autarky", aut7}, {"delayed", del7}, {"gradual", gra7}}),
                "real income: immediate, autarky, delayed (all industries), gradual (1 and 4 at t = 0, 2 and 3 later)");
  CsvTable dates7({"delay_all", "delay_gradual"});
  dates7.add_row({d7all, d7});
  out.write_csv("h12-fig7", "dates", dates7,
                "liberalisation dates: all industries delayed; industries 2 and 3 in the gradual scenario");
  out.numbers().add("tgFigSevenDelayAll", d7all, "Fig. 7 inputs: delay until cluster building, all industries closed",
                    4);
  out.numbers().add("tgFigSevenDelayGradual", d7, "Fig. 7: delay of industries 2 and 3 with 1 and 4 open from t = 0",
                    4);
  double cum_del = 0, cum_gra = 0;  // undiscounted income summed on the grid over [0, T]
  for (std::size_t k = 0; k < gra7.points.size(); ++k)
    cum_del += del7.points[k].income_home, cum_gra += gra7.points[k].income_home;
  out.numbers().add("tgFigSevenCumGain", 100.0 * (cum_gra / cum_del - 1.0),
                    "Fig. 7: percent more cumulative (undiscounted) income, gradual vs delayed, home", 3);
}

/// A number as LaTeX, exact: an integer, or the fraction p/q with the smallest q <= 12 that gives it to
/// within 1e-12 (4/3 prints "4/3", never a rounded 1.33 that would not match (sigma - 1)/sigma = 0.25);
/// otherwise six significant digits.
std::string exact_tex(double x) {
  for (int q = 1; q <= 12; ++q) {
    const double p = std::round(x * q);
    if (std::fabs(p / q - x) < 1e-12)
      return q == 1 ? fmt::format("{}", static_cast<long long>(p)) : fmt::format("{}/{}", static_cast<long long>(p), q);
  }
  return clustertrade::format_significant(x, 6);
}

void figure8(FigureOutput& out) {
  CsvTable table({"t", "share_sigma_4_3", "share_sigma_4"});
  const auto sigmas = tg::figure8_sigmas();  // 4/3 and 4 (H12 Fig. 8)
  const tg::Path a =
      tg::simulate(tg::scenario(8, sigmas[0]).params, tg::Policy::migration(4), options(kHorizonMigration, 0.5));
  const tg::Path b =
      tg::simulate(tg::scenario(8, sigmas[1]).params, tg::Policy::migration(4), options(kHorizonMigration, 0.5));
  for (std::size_t k = 0; k < a.points.size(); ++k)
    table.add_row({a.points[k].t, a.points[k].L_home.sum() / 2.0, b.points[k].L_home.sum() / 2.0});
  out.write_csv("h12-fig8", "", table,
                "home population share under free migration, Fig. 5's inputs, sigma = 4/3 and 4");
  out.numbers().add("tgFigEightShareLow", a.points.back().L_home.sum() / 2.0,
                    "Fig. 8: home population share at T, sigma = 4/3", 3);
  out.numbers().add("tgFigEightShareHigh", b.points.back().L_home.sum() / 2.0,
                    "Fig. 8: home population share at T, sigma = 4", 3);
  out.numbers().add("tgFigEightHorizon", kHorizonMigration, "Fig. 8 horizon");
  // The legend prints the two elasticities and (sigma - 1)/sigma (H12's rho; the report's rho is the
  // discount rate) from these.
  // The elasticities print exactly (4/3, not 1.33), so that sigma and (sigma - 1)/sigma agree as printed.
  out.numbers().add_text("tgFigEightSigmaLow", exact_tex(sigmas[0]), "Fig. 8: the smaller sigma (4/3), exact");
  out.numbers().add("tgFigEightRhoLow", 1.0 - 1.0 / sigmas[0],
                    "Fig. 8: (sigma - 1)/sigma (H12's rho) for the smaller sigma", 3);
  out.numbers().add_text("tgFigEightSigmaHigh", exact_tex(sigmas[1]), "Fig. 8: the larger sigma, exact");
  out.numbers().add("tgFigEightRhoHigh", 1.0 - 1.0 / sigmas[1],
                    "Fig. 8: (sigma - 1)/sigma (H12's rho) for the larger sigma", 3);
}

/// H12 Fig. 9 (App. D, the proof of Proposition 2): home's technology in industry 1 under
/// cluster-building trade (CBT) and under autarky, and foreign's in autarky, on Fig. 3's inputs (home
/// strong in the cluster 1-2, where free trade is cluster building). The proof's steps say that CBT's
/// A_1 grows faster just after t = 0 (step 1), never falls below autarky's (step 2) and stays above
/// foreign's autarky A*_1 (step 3); the figure shows the paths and the gap A_1^CBT - A_1^AUT.
void figure9(FigureOutput& out) {
  const tg::Scenario s = tg::scenario(3, kSigma);
  const tg::Path aut = tg::simulate(s.params, tg::Policy::autarky(4), options(kHorizon));
  const tg::Path trd = tg::simulate(s.params, tg::Policy::free_trade(4), options(kHorizon));
  CsvTable table({"t", "trade_home_A1", "autarky_home_A1", "autarky_foreign_A1", "gap_A1"});
  table.comment("H12 Fig. 3 inputs (cluster-building trade), sigma = " + clustertrade::format_significant(kSigma, 4));
  double min_gap = std::numeric_limits<double>::infinity();
  double min_over_foreign = std::numeric_limits<double>::infinity();
  for (std::size_t k = 0; k < trd.points.size(); ++k) {
    const auto& pt = trd.points[k];
    const auto& pa = aut.points[k];
    const double gap = pt.A_home[0] - pa.A_home[0];
    table.add_row({pt.t, pt.A_home[0], pa.A_home[0], pa.A_foreign[0], gap});
    if (k > 0) min_gap = std::min(min_gap, gap);
    min_over_foreign = std::min(min_over_foreign, pt.A_home[0] - pa.A_foreign[0]);
  }
  out.write_csv("h12-fig9", "", table,
                "industry 1's technology: home under cluster-building trade and autarky, foreign in autarky");
  // Step 1 in numbers: the mean growth rate of A_1 over the first 0.01 time units (a chord of the
  // integrated path; H12's App. D gives tau A_2^(sigma-1)/(A_1^(sigma-1)+A_2^(sigma-1)) under CBT and
  // tau A_2^(sigma-1)/sum_k A_k^(sigma-1) in autarky at t = 0).
  const double h = 0.01;
  const tg::Path aut0 = tg::simulate(s.params, tg::Policy::autarky(4), options(h, h));
  const tg::Path trd0 = tg::simulate(s.params, tg::Policy::free_trade(4), options(h, h));
  auto slope = [h](const tg::Path& p) { return (p.points.back().A_home[0] - p.points.front().A_home[0]) / h; };
  out.numbers().add("tgFigNineSlopeTrade", slope(trd0), "Fig. 9: growth of A_1 just after t = 0 under CBT", 4);
  out.numbers().add("tgFigNineSlopeAutarky", slope(aut0), "Fig. 9: growth of A_1 just after t = 0 in autarky", 4);
  out.numbers().add("tgFigNineMinGap", min_gap, "Fig. 9: smallest A_1^CBT - A_1^AUT on the grid over (0, T]", 4);
  out.numbers().add("tgFigNineGapAtT", trd.points.back().A_home[0] - aut.points.back().A_home[0],
                    "Fig. 9: A_1^CBT - A_1^AUT at T", 4);
  out.numbers().add("tgFigNineMinOverForeign", min_over_foreign,
                    "Fig. 9: smallest A_1^CBT - A*_1^AUT on the grid over [0, T] (step 3)", 4);
}

void sigma_sensitivity(FigureOutput& out) {
  const std::vector<double> sigmas = {1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0};
  CsvTable table({"sigma", "fig2_min_gain", "fig3_min_gain", "fig4_gain_T", "fig5_foreign_growth_gap",
                  "fig5_home_growth_gap", "fig6_delay_gain_T", "fig7_gradual_gain_T", "fig6_delay", "fig7_delay_all",
                  "fig7_delay_gradual"});
  int holds2 = 0, holds3 = 0, holds4 = 0, holds5 = 0, holds5h = 0, holds6 = 0, holds7 = 0, holds7d = 0;
  for (double sigma : sigmas) {
    auto min_gain = [&](int f) {  // min over t of log(trade/autarky), both countries
      const tg::Scenario s = tg::scenario(f, sigma);
      const tg::Path a = tg::simulate(s.params, tg::Policy::autarky(4), options(kHorizon, 1.0));
      const tg::Path t = tg::simulate(s.params, tg::Policy::free_trade(4), options(kHorizon, 1.0));
      double m = std::numeric_limits<double>::infinity();
      for (std::size_t k = 0; k < a.points.size(); ++k)
        m = std::min({m, std::log(t.points[k].income_home / a.points[k].income_home),
                      std::log(t.points[k].income_foreign / a.points[k].income_foreign)});
      return std::pair{m, std::log(t.points.back().income_home / a.points.back().income_home)};
    };
    const double g2 = min_gain(2).first, g3 = min_gain(3).first, g4 = min_gain(4).second;
    // Fig. 5: overall log growth over [0, T] (after trade's static jump), trade minus autarky, both countries
    // (T times claim h12.s3.3-fig5's gaps): foreign's must be negative, home's positive.
    const FigFiveGrowth f5 = fig5_growth(sigma, kHorizon);
    const double g5 = kHorizon * f5.gap_foreign, g5h = kHorizon * f5.gap_home;
    const tg::Scenario s6 = tg::scenario(6, sigma);
    const double d6 =
        tg::first_time_free_trade_satisfies(s6.params, tg::Policy::autarky(4), cluster_building, kHorizon, 0.1, 1e-7);
    double g6 = std::numeric_limits<double>::quiet_NaN();
    if (std::isfinite(d6)) {
      const tg::Path imm = tg::simulate(s6.params, tg::Policy::free_trade(4), options(kHorizon, kHorizon));
      const tg::Path del = tg::simulate(s6.params, tg::Policy::liberalize_all_at(4, d6), options(kHorizon, kHorizon));
      g6 = std::log(del.points.back().income_home / imm.points.back().income_home);
    }
    const tg::Scenario s7 = tg::scenario(7, sigma);
    const double d7all =
        tg::first_time_free_trade_satisfies(s7.params, tg::Policy::autarky(4), cluster_building, kHorizon, 0.1, 1e-7);
    const double d7 = tg::first_time_free_trade_satisfies(s7.params, gradual(std::numeric_limits<double>::infinity()),
                                                          cluster_building, kHorizon, 0.1, 1e-7);
    double g7 = std::numeric_limits<double>::quiet_NaN();
    if (std::isfinite(d7) && std::isfinite(d7all)) {
      const tg::Path del =
          tg::simulate(s7.params, tg::Policy::liberalize_all_at(4, d7all), options(kHorizon, kHorizon));
      const tg::Path gra = tg::simulate(s7.params, gradual(d7), options(kHorizon, kHorizon));
      g7 = std::log(gra.points.back().income_home / del.points.back().income_home);
    }
    auto fin = [](double x) { return std::isfinite(x) ? x : std::numeric_limits<double>::quiet_NaN(); };
    table.add_row({sigma, g2, g3, g4, g5, g5h, fin(g6), fin(g7), fin(d6), fin(d7all), fin(d7)});
    holds2 += g2 >= 0;
    holds3 += g3 >= 0;
    holds4 += g4 < 0;
    holds5 += g5 < 0;
    holds5h += g5h > 0;
    holds6 += std::isfinite(g6) && g6 > 0;
    holds7 += std::isfinite(g7) && g7 >= 0;
    holds7d += std::isfinite(d7) && std::isfinite(d7all) && d7 < d7all;
  }
  out.write_csv("h12-sigma-sensitivity", "", table,
                "qualitative statements of Figs. 2-7 across sigma (log income ratios at or up to T, delay dates)");
  out.numbers().add_count("tgSensCount", static_cast<long long>(sigmas.size()),
                          "number of sigma values in the sensitivity sweep");
  out.numbers().add_text("tgSensSigmas", "1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4, 5, 6, 8", "sigma values of the sweep");
  out.numbers().add_count("tgSensHoldsTwo", holds2, "sigma values where trade beats autarky at every t (Fig. 2)");
  out.numbers().add_count("tgSensHoldsThree", holds3, "sigma values where trade beats autarky at every t (Fig. 3)");
  out.numbers().add_count("tgSensHoldsFour", holds4, "sigma values where autarky is ahead at T (Fig. 4)");
  out.numbers().add_count("tgSensHoldsFive", holds5,
                          "sigma values where trade lowers foreign's income growth (Fig. 5)");
  out.numbers().add_count("tgSensHoldsFiveHome", holds5h,
                          "sigma values where trade raises home's income growth (Fig. 5)");
  // Where each country's half of H12 §3.3's sentence turns (T = kHorizon), by a root finder on sigma.
  out.numbers().add("tgFigFiveTurnHome", fig5_turning_sigma(sigmas, true),
                    "Fig. 5: sigma above which trade no longer raises home's overall growth over [0,T]", 3);
  out.numbers().add("tgFigFiveTurnForeign", fig5_turning_sigma(sigmas, false),
                    "Fig. 5: sigma above which trade no longer lowers foreign's overall growth over [0,T]", 3);
  out.numbers().add_count("tgSensHoldsSix", holds6,
                          "sigma values where delayed beats immediate liberalisation at T (Fig. 6)");
  out.numbers().add_count("tgSensHoldsSeven", holds7,
                          "sigma values where gradual beats delayed liberalisation at T (Fig. 7)");
  out.numbers().add_count("tgSensHoldsSevenDelay", holds7d,
                          "sigma values where gradual opening shortens the delay (Fig. 7)");
}

void discrete_vs_continuous(FigureOutput& out) {
  // At σ = 2 with equal row sums of τ (Figs. 2-4, 6, 7) autarky income is Σ A, which grows by exactly
  // τ L per unit of time in both readings, so they coincide; σ = 4 shows the difference.
  tg::SimulationOptions disc = options(kHorizon, 1.0);
  disc.time = tg::TimeMode::discrete;
  auto pair = [&](int f, const tg::Policy& p, double sigma) {
    const tg::Params params = tg::scenario(f, sigma).params;
    return std::pair{tg::simulate(params, p, options(kHorizon, 1.0)), tg::simulate(params, p, disc)};
  };
  const auto [c6, d6] = pair(6, tg::Policy::autarky(4), kSigmaDiscrete);
  const auto [c5, d5] = pair(5, tg::Policy::free_trade(4), kSigmaDiscrete);
  const auto [c2, d2] = pair(2, tg::Policy::autarky(4), kSigmaDiscrete);
  // *_reldiff_pct: the relative difference 100 (discrete - continuous)/continuous, in percent, which the
  // figure's lower panel draws (the levels differ by too little to see in the upper one).
  CsvTable table({"t", "fig6_autarky_continuous", "fig6_autarky_discrete", "fig5_trade_continuous",
                  "fig5_trade_discrete", "fig2_autarky_continuous", "fig2_autarky_discrete", "fig6_autarky_reldiff_pct",
                  "fig5_trade_reldiff_pct", "fig2_autarky_reldiff_pct"});
  auto rel = [](double d, double c) { return 100.0 * (d - c) / c; };
  for (std::size_t k = 0; k < c6.points.size(); ++k) {
    const auto &p6 = c6.points[k], &q6 = d6.points[k], &p5 = c5.points[k], &q5 = d5.points[k], &p2 = c2.points[k],
               &q2 = d2.points[k];
    table.add_row({p6.t, p6.income_home, q6.income_home, p5.income_home, q5.income_home, p2.income_home, q2.income_home,
                   rel(q6.income_home, p6.income_home), rel(q5.income_home, p5.income_home),
                   rel(q2.income_home, p2.income_home)});
  }
  out.write_csv("h12-discrete-vs-continuous", "", table, "home income, continuous time vs discrete periods, sigma = 4");
  // A gap below 1e-10 percent is rounding of the two integrators, not a difference between the
  // models: it is registered (and printed) as 0, "zero to rounding", not as a measured 4e-14.
  auto gap = [](const tg::Path& c, const tg::Path& d) {
    const double percent = 100.0 * (d.points.back().income_home / c.points.back().income_home - 1.0);
    return std::fabs(percent) < 1e-10 ? 0.0 : percent;
  };
  out.numbers().add("tgDiscSigma", kSigmaDiscrete, "sigma of the discrete-vs-continuous comparison");
  out.numbers().add("tgDiscGapSixAut", gap(c6, d6), "percent gap discrete vs continuous at T, Fig. 6 autarky, sigma 4",
                    2);
  out.numbers().add("tgDiscGapFiveTrade", gap(c5, d5), "percent gap discrete vs continuous at T, Fig. 5 trade, sigma 4",
                    2);
  out.numbers().add("tgDiscGapTwoAut", gap(c2, d2), "percent gap discrete vs continuous at T, Fig. 2 autarky, sigma 4",
                    2);
  const auto [c6b, d6b] = pair(6, tg::Policy::autarky(4), kSigma);
  out.numbers().add(
      "tgDiscGapSixAutSigmaTwo", std::fabs(gap(c6b, d6b)),
      "absolute percent gap discrete vs continuous at T, Fig. 6 autarky, sigma 2 (0 when below 1e-10: rounding only)",
      1);
  // The delay of Fig. 6 in whole periods: first period whose free-trade pattern is cluster building.
  const tg::Scenario s6 = tg::scenario(6, kSigma);
  tg::SimulationOptions disc_fine = disc;
  const tg::Path dd = tg::simulate(s6.params, tg::Policy::autarky(4), disc_fine);
  double first = std::numeric_limits<double>::infinity();
  for (const auto& p : dd.points)
    if (cluster_building(
            tg::equilibrium_at(s6.params.economy, tg::Policy::free_trade(4), 0.0, p.A_home, p.A_foreign))) {
      first = p.t;
      break;
    }
  out.numbers().add("tgDiscDelaySix", first,
                    "Fig. 6: first period at which trade would be cluster building, discrete time", 3);
}

/// A vector or matrix as LaTeX mathematics, from the scenario's own numbers (never typed): a small
/// right-aligned array, so columns stay apart however short the entries ("0 & 0" never reads "00").
std::string matrix_tex(const Eigen::MatrixXd& m) {
  std::string s =
      "{\\scriptsize\\setlength{\\arraycolsep}{2.5pt}\\renewcommand{\\arraystretch}{0.9}\\(\\begin{array}{@{}";
  s.append(static_cast<std::size_t>(m.cols()), 'r');
  s += "@{}}";
  for (Eigen::Index i = 0; i < m.rows(); ++i) {
    for (Eigen::Index j = 0; j < m.cols(); ++j) {
      if (j > 0) s.push_back('&');
      s.append(clustertrade::format_significant(m(i, j), 4));
    }
    s += i + 1 < m.rows() ? "\\\\" : "";
  }
  return s + "\\end{array}\\)}";
}

/// The inputs of every H12 figure, one table row each (the report's inputs table): the learning
/// matrix τ (rows send, columns receive), A(0), A*(0), σ, T and the labour forces, read from
/// scenario() and this program's choices.
void register_inputs(FigureOutput& out) {
  std::string rows;
  auto row = [&](const std::string& figs, int figure, const std::string& sigma, double horizon) {
    const tg::Scenario s = tg::scenario(figure, kSigma);
    const tg::Economy& e = s.params.economy;
    rows += figs + " & " + matrix_tex(s.params.tau) + " & " + matrix_tex(e.home.transpose()) + " & " +
            matrix_tex(e.foreign.transpose()) + " & \\(" + sigma + "\\) & \\(" +
            clustertrade::format_significant(horizon, 4) + "\\) & \\(" +
            clustertrade::format_significant(e.labor_home, 4) + "," +
            clustertrade::format_significant(e.labor_foreign, 4) +
            "\\)\\\\[1.5ex]\n";  // room between the stacked matrices
  };
  const std::string sig = clustertrade::format_significant(kSigma, 4);
  row("Fig.~1", 6, sig, 0.0);
  for (int f : {2, 3, 4, 5, 6, 7}) row("Fig.~" + std::to_string(f), f, sig, kHorizon);
  row("Fig.~8", 8, "\\tfrac{4}{3}," + clustertrade::format_significant(4.0, 4), kHorizonMigration);
  out.numbers().add_text("tgInputsRows", rows, "inputs of H12 Figs. 1-8 (scenario(), figures-trade-growth)");
}

void register_choices(FigureOutput& out) {
  out.numbers().add("tgSigma", kSigma, "our choice of sigma for Figs. 1-7 (H12 does not state it)");
  out.numbers().add("tgHorizon", kHorizon, "our horizon for Figs. 2-7 (H12 does not state it)");
  out.numbers().add("tgTau", 0.2, "spillover strength in Figs. 2-4, 6, 7 (H12's matrices)");
}

}  // namespace

/// Writes every H12 figure's CSV and registers the section's numbers (see figure_program_main()).
int main(int argc, char** argv) {
  return clustertrade::figure_program_main(argc, argv, "figures-trade-growth", [](FigureOutput& out) {
    register_choices(out);
    register_inputs(out);
    figure1(out);
    figures_2_to_5(out);
    figures_6_and_7(out);
    figure8(out);
    figure9(out);
    sigma_sensitivity(out);
    discrete_vs_continuous(out);
    clustertrade::trade_growth::claims::write_combined_region(
        out);  // claim h12.s3.4-combined's map (claims_dynamic.cpp)
  });
}
