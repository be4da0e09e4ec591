/// \file figures.cpp
/// \brief `figures-cluster-model`: the data of the module's four figures and every number the
/// report's cluster-model section prints (worked examples, policy experiments, CPP Table 2).
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cluster_model/coordination.hpp"
#include "cluster_model/crosswalk.hpp"
#include "cluster_model/mixed.hpp"
#include "cluster_model/model.hpp"
#include "cluster_model/north.hpp"
#include "cluster_model/policy.hpp"
#include "cluster_model/scenarios.hpp"
#include "core/figures.hpp"

namespace {

using namespace clustertrade;
using namespace clustertrade::cluster_model;

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

/// A parameter vector as LaTeX, e.g. (1, 0.4), wrapped in ensuremath so it reads the same in text and math.
std::string tuple_tex(const std::vector<double>& v, bool math = true) {
  std::string out = math ? "\\ensuremath{(" : "(";
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i > 0) out += ", ";
    out += fmt::format("{}", v[i]);
  }
  return out + (math ? ")}" : ")");
}

/// Wage of (j, clustered) if it is an equilibrium, else NaN (pgfplots leaves a gap).
double eq_wage(const Params& p, std::size_t j, bool clustered) {
  const auto s = evaluate_specialisation(p, j, clustered);
  return s.equilibrium ? s.wage : nan;
}

/// rc07-equilibrium-map: which equilibria exist on the plane (comparative-advantage ratio, θ1), by
/// enumeration on a grid; region 0: clusters in 1 or 2 and no cluster in 1; 1: (*) fails, only sector 1;
/// 2: ordering assumption fails, the no-cluster equilibrium moves to sector 2.
void equilibrium_map(FigureOutput& out) {
  const double theta2 = 2.0;
  CsvTable grid({"ratio", "theta1", "region", "count"});
  grid.comment(fmt::format("lambda_north = 1,1; lambda_south = ratio,1; theta2 = {}", theta2));
  const int nx = 81, ny = 81;
  long counts[3] = {0, 0, 0};
  for (int iy = 0; iy < ny; ++iy) {
    const double theta1 = 1.0 + 4.0 * (iy + 0.5) / ny;
    for (int ix = 0; ix < nx; ++ix) {
      const double ratio = 1.0 + 4.0 * (ix + 0.5) / nx;
      const Params p{{ratio, 1.0}, {1.0, 1.0}, {theta1, theta2}, 0.5, {}};
      const bool cl2 = evaluate_specialisation(p, 1, true).equilibrium;
      const bool is1 = evaluate_specialisation(p, 0, false).equilibrium;
      const bool is2 = evaluate_specialisation(p, 1, false).equilibrium;
      // On a boundary both no-cluster equilibria may exist (weakly); the no-cluster-in-1 region wins.
      if (!is1 && !is2) throw std::logic_error("equilibrium_map: no equilibrium without a cluster");
      const int region = is1 ? (cl2 ? 0 : 1) : 2;
      ++counts[region];
      grid.add_row({ratio, theta1, static_cast<double>(region), static_cast<double>(south_equilibria(p).size())});
    }
  }
  out.write_csv("rc07-equilibrium-map", "", std::move(grid),
                "equilibrium regions on the (comparative-advantage ratio, theta1) plane, by enumeration");
  CsvTable lines({"theta1", "star", "ordering"});
  lines.comment("closed-form boundaries: (*) ratio = theta1; ordering assumption ratio = theta1/theta2");
  for (int i = 0; i <= 40; ++i) {
    const double theta1 = 1.0 + 4.0 * i / 40.0;
    lines.add_row({theta1, theta1, theta1 / theta2});
  }
  out.write_csv("rc07-equilibrium-map", "boundaries", std::move(lines), "closed-form region boundaries");
  out.numbers().add("cmMapThetaTwo", theta2, "theta2 held fixed in the equilibrium map");
  out.numbers().add_count("cmMapCells", nx * ny, "grid cells of the equilibrium map");
}

/// rc07-theta2-irrelevance: the wage in every South equilibrium as θ2 varies (J = 2).
void theta2_irrelevance(FigureOutput& out) {
  const std::vector<double> ls = {1.0, 0.6}, ln = {1.0, 1.0};
  const double theta1 = 2.0;
  CsvTable t({"theta2", "cl1", "cl2", "is1", "is2", "naive"});
  t.comment("lambda_south = 1,0.6; lambda_north = 1,1; theta1 = 2");
  for (int i = 0; i <= 300; ++i) {
    const double theta2 = 1.01 + 2.99 * i / 300.0;
    const Params p{ls, ln, {theta1, theta2}, 0.5, {}};
    // naive: the sector-2 cluster wage if the world price ignored the North's cluster (p2 = 1/λ2N).
    t.add_row({theta2, eq_wage(p, 0, true), eq_wage(p, 1, true), eq_wage(p, 0, false), eq_wage(p, 1, false),
               theta2 * ls[1] / ln[1]});
  }
  out.write_csv("rc07-theta2-irrelevance", "", std::move(t), "South wage in each equilibrium against theta2");
  out.numbers().add("cmThTwoLambdaTwo", ls[1], "lambda_2S in the theta2 figure");
  out.numbers().add("cmThTwoThetaOne", theta1, "theta1 in the theta2 figure");
  out.numbers().add("cmThTwoLambdaOne", ls[0], "lambda_1S in the theta2 figure");
  out.numbers().add_text("cmThTwoLambdaNorth", tuple_tex(ln), "North productivities in the theta2 figure");
  // The θ2 below which the ordering assumption fails: λ2S/θ2 = λ1S/θ1 ⇒ θ2 = θ1 λ2S/λ1S.
  out.numbers().add("cmThTwoSwitch", theta1 * ls[1] / ls[0],
                    "theta2 below which the no-cluster equilibrium is in sector 2");
}

/// rc05-wage-ladder: wage by sector of specialisation for a J = 5 economy, with and without a cluster.
void wage_ladder(FigureOutput& out) {
  const Params p = rc05_wage_ladder();
  CsvTable t({"sector", "cluster_eq", "cluster_not", "nocluster_eq", "nocluster_not"});
  t.comment("lambda_south = 1,0.85,0.7,0.55,0.4; lambda_north = 1; theta = 1.6,1.8,2.0,2.2,2.4");
  long cluster_eq = 0;
  for (std::size_t k = 0; k < p.sectors(); ++k) {
    const auto c = evaluate_specialisation(p, k, true), n = evaluate_specialisation(p, k, false);
    cluster_eq += c.equilibrium;
    t.add_row({static_cast<double>(k + 1), c.equilibrium ? c.wage : nan, c.equilibrium ? nan : c.wage,
               n.equilibrium ? n.wage : nan, n.equilibrium ? nan : n.wage});
  }
  out.write_csv("rc05-wage-ladder", "", std::move(t), "wage by sector of specialisation, J = 5");
  const auto eq = south_equilibria(p);
  out.numbers().add_count("cmLadderClusterEq", cluster_eq, "cluster equilibria in the J = 5 ladder");
  out.numbers().add("cmLadderFloor", eq.back().wage, "no-cluster equilibrium wage in the J = 5 ladder");
  out.numbers().add("cmLadderTop", eq.front().wage, "highest equilibrium wage in the J = 5 ladder");
  out.numbers().add("cmLadderFourPromoted", specialisation_wage(p, 3, true),
                    "wage of a promoted (non-equilibrium) cluster in sector 4 of the ladder");
  out.numbers().add_text("cmLadderLambda", tuple_tex(p.lambda_south), "South productivities of the ladder");
  out.numbers().add_text("cmLadderTheta", tuple_tex(p.theta), "theta of the ladder");
  out.numbers().add_text("cmLadderLambdaNorth", tuple_tex(p.lambda_north), "North productivities of the ladder");
}

/// rc05-coordination: §II payoffs against n, without and with spillovers to backward firms.
void coordination(FigureOutput& out) {
  const SpilloverGame plain = rc05_coordination_game(false);
  const SpilloverGame spill = rc05_coordination_game(true);
  CsvTable t({"n", "modern", "backward", "backward_spill", "average", "average_spill"});
  t.comment("A = 3, C = 1");
  for (int i = 0; i <= 100; ++i) {
    const double n = i / 100.0;
    t.add_row({n, modern_payoff(plain, n), backward_payoff(plain, n), backward_payoff(spill, n),
               average_output(plain, n), average_output(spill, n)});
  }
  out.write_csv("rc05-coordination", "", std::move(t), "RC05 section II payoffs against the modern share n");
  CsvTable e({"n", "payoff", "stable", "panel"});
  e.comment("equilibria: payoff is the common payoff of the technologies in use");
  for (const auto& q : coordination_equilibria(plain))
    e.add_row({q.n, q.n > 0.0 ? modern_payoff(plain, q.n) : backward_payoff(plain, q.n), q.stable ? 1.0 : 0.0, 1.0});
  for (const auto& q : coordination_equilibria(spill)) e.add_row({q.n, backward_payoff(spill, q.n), 1.0, 2.0});
  out.write_csv("rc05-coordination", "equilibria", std::move(e), "equilibria of the two variants");
  const auto eq = coordination_equilibria(plain);
  out.numbers().add("cmCoordA", plain.A, "A in the coordination example");
  out.numbers().add("cmCoordC", plain.C, "C in the coordination example");
  out.numbers().add_count("cmCoordCount", static_cast<long long>(eq.size()),
                          "equilibria without spillovers to backward firms");
  out.numbers().add("cmCoordInterior", eq.size() == 3 ? eq[1].n : nan, "unstable interior equilibrium share");
  out.numbers().add("cmCoordGoodOutput", average_output(spill, 1.0), "average output at n = 1 with spillovers");
}

/// The worked two-sector example of the report and its policy experiments.
void worked_example(FigureOutput& out) {
  const Params p{{1.0, 0.4}, {1.0, 1.0}, {2.0, 1.8}, 0.5, {}};
  auto& nr = out.numbers();
  nr.add_text("cmExLambdaSouth", tuple_tex(p.lambda_south), "lambda_S of the worked example");
  nr.add_text("cmExLambdaNorth", tuple_tex(p.lambda_north), "lambda_N of the worked example");
  nr.add_text("cmExTheta", tuple_tex(p.theta), "theta of the worked example");
  nr.add("cmExBeta", *p.beta, "beta of the worked example");
  nr.add("cmExWageClOne", specialisation_wage(p, 0, true), "wage, cluster in 1");
  nr.add("cmExWageIsOne", specialisation_wage(p, 0, false), "wage, no cluster in 1");
  nr.add("cmExGapIsOne", 1.0 / specialisation_wage(p, 0, false), "income gap, no cluster in 1");
  nr.add("cmExRatio", (p.lambda_south[0] / p.lambda_north[0]) / (p.lambda_south[1] / p.lambda_north[1]),
         "comparative-advantage ratio of the example");
  nr.add_count("cmExEquilibria", static_cast<long long>(south_equilibria(p).size()), "equilibria of the example");
  const double t_star = production_threshold_tariff(p);
  nr.add("cmExTariffStar", t_star, "tariff at which good 2 starts to be produced");
  const auto at = import_substitution(p, 2.0 * t_star);
  nr.add("cmExTariffTwice", 2.0 * t_star, "a tariff twice the threshold");
  nr.add("cmExTariffWage", at.wage, "wage under that tariff");
  nr.add("cmExTariffModern", at.modern_margin, "lone modern entrant's margin under that tariff");
  nr.add("cmExTariffBackward", at.backward_margin, "backward entrant's margin under that tariff");
  nr.add("cmExTariffCluster", protected_cluster_tariff(p), "tariff making a protected cluster in 2 self-sustaining");
  const auto promo = cluster_promotion(p, 1);
  nr.add("cmExPromotedWage", promo.promoted_wage, "wage of a promoted cluster in 2");
  nr.add("cmExPromotionSubsidy", promo.required_subsidy, "wage subsidy needed to sustain it");

  // The North of fn. 13 for J = 2, with the default NorthEconomy.
  NorthEconomy north{{1.0, 1.0}, 0.5, 2.0, {1.0, 1.0}, {0.5, 0.5}, 4.0};
  nr.add_count("cmNorthEquilibria", static_cast<long long>(count_north_equilibria(north)), "North equilibria, J = 2");
  north.labour = 0.4;  // each sector employs 0.2 < (1 - β)/α = 0.25: no cluster survives
  nr.add_count("cmNorthEquilibriaSmall", static_cast<long long>(count_north_equilibria(north)),
               "North equilibria when each sector is smaller than (1-beta)/alpha");
  nr.add("cmNorthSmallLabour", north.labour, "North labour force in the small case");
  nr.add("cmNorthBeta", north.beta, "beta of the fn. 13 North example");
  nr.add("cmNorthAlpha", north.alpha, "alpha of the fn. 13 North example");
  nr.add_text("cmNorthLbar", tuple_tex(north.lbar), "Lbar of the fn. 13 North example");

  // CPP's assumption 6 as printed, in CPP's symbols (y_P = lambda_S, y_R = lambda_N, lambda = theta): the
  // example the report quotes, with the sector (1-based) where the no-cluster equilibrium lies.
  const Params printed6{{1.0, 0.8}, {1.0, 1.0}, {3.0, 1.5}, std::nullopt, {}};
  nr.add_text("cmAssumpSixYPoor", tuple_tex(printed6.lambda_south), "CPP assumption 6 example: y_P");
  nr.add_text("cmAssumpSixYRich", tuple_tex(printed6.lambda_north), "CPP assumption 6 example: y_R");
  nr.add_text("cmAssumpSixLambda", tuple_tex(printed6.theta), "CPP assumption 6 example: lambda");
  for (const auto& e : south_equilibria(printed6))
    if (!e.clustered)
      nr.add_count("cmAssumpSixNoClusterSector", static_cast<long long>(e.sector + 1),
                   "CPP assumption 6 example: sector of the no-cluster equilibrium");
}

/// Issue 19's example of the mixed equilibria (mixed.hpp): the numbers the report quotes.
void mixed_example(FigureOutput& out) {
  const double beta = 0.5, alpha = 1.0, labour = 10.0;
  const std::vector<double> lbar = {1.5, 1.3};
  const Params p = from_technology({1.0, 0.6}, {1.0, 1.0}, beta, alpha, lbar);
  auto& nr = out.numbers();
  nr.add_text("cmMixLambdaSouth", tuple_tex(p.lambda_south), "lambda_S of the mixed-equilibrium example");
  nr.add_text("cmMixLbar", tuple_tex(lbar), "Lbar of the mixed-equilibrium example");
  nr.add_text("cmMixTheta", tuple_tex(p.theta), "theta of the mixed-equilibrium example");
  nr.add("cmMixBeta", beta, "beta of the mixed-equilibrium example");
  nr.add("cmMixAlpha", alpha, "alpha of the mixed-equilibrium example");
  nr.add("cmMixLabour", labour, "South labour of the mixed-equilibrium example");
  const auto mixed = mixed_equilibria(p, alpha, labour);
  nr.add_count("cmMixCount", static_cast<long long>(mixed.size()), "mixed equilibria of the example");
  const double b2 = north_price(p, 1) * p.lambda_south[1];
  for (const auto& m : mixed) {
    if (m.family == MixedFamily::backward_anchored && m.modern[0] == 0.0) {
      nr.add("cmMixBackwardOne", m.backward[0], "backward workers in sector 1 beside the partial cluster in 2");
      nr.add("cmMixModernTwo", m.modern[1], "modern workers in the partial cluster in 2");
      nr.add("cmMixWage", m.wage, "wage of that equilibrium");
      nr.add("cmMixFactor", beta + alpha * m.modern[1], "modern factor of the partial cluster in 2");
      nr.add("cmMixDeviation", b2, "best deviation's revenue (backward into 2)");
    }
    if (m.family == MixedFamily::backward_anchored && m.modern[1] == 0.0)
      nr.add("cmMixModernOne", m.modern[0], "modern workers beside backward ones in sector 1, (1-beta)/alpha");
    if (m.family == MixedFamily::cluster_anchored) {
      nr.add("cmMixClusterWage", m.wage, "wage of the sector-2 cluster with a partial cluster in 1");
      nr.add("cmMixClusterPartial", m.modern[0], "modern workers of the partial cluster in 1 beside the 2 cluster");
    }
  }
  nr.add("cmMixRatio", (p.lambda_south[0] / p.lambda_north[0]) / (p.lambda_south[1] / p.lambda_north[1]),
         "ratio of Ricardian ratios r of the example");
}

/// CPP Table 2, recomputed through the crosswalk, as a text macro holding the table rows.
void cpp_table(FigureOutput& out) {
  const CppParams cpp{{1.0, 1.0}, {1.0, 0.6}, {2.0, 1.8}};
  std::string rows;
  for (const auto& r : cpp_table2(cpp)) {
    // CPP's third row prints no number but an inequality, < λ1 (y1R/y1P): show it as printed.
    const std::string printed = r.sector == 1 ? fmt::format("$<{:.4g}$", cpp.lambda[0] * cpp.y_rich[0] / cpp.y_poor[0])
                                              : fmt::format("{:.4g}", r.printed_gap);
    rows += fmt::format("{} & {} & {} & {} & {:.4g}\\\\\n", r.label, r.printed_exists ? "yes" : "no", printed,
                        r.enumerated_exists ? "yes" : "no", r.enumerated_gap);
  }
  const CppParams flat{{1.0, 1.0}, {1.0, 1.0}, {2.0, 2.0}};
  const Params q = to_rc07(flat);
  // CPP's no-CA panel: gap 1 with a cluster, lambda without (printed values), against the enumeration.
  rows += fmt::format("no CA: cluster & yes & 1 & {} & {:.4g}\\\\\n",
                      evaluate_specialisation(q, 0, true).equilibrium ? "yes" : "no",
                      evaluate_specialisation(q, 0, true).income_gap);
  rows += fmt::format("no CA: no cluster, no trade & yes & {:.4g} & {} & {:.4g}\\\\\n", flat.lambda[0],
                      evaluate_specialisation(q, 0, false).equilibrium ? "yes" : "no",
                      evaluate_specialisation(q, 0, false).income_gap);
  out.numbers().add_text("cmCppTableRows", rows, "rows of CPP Table 2 recomputed through the crosswalk");
  out.numbers().add_text("cmCppParams",
                         "$y_{iR}=" + tuple_tex(cpp.y_rich, false) + "$, $y_{iP}=" + tuple_tex(cpp.y_poor, false) +
                             "$, $\\lambda_i=" + tuple_tex(cpp.lambda, false) + "$",
                         "CPP parameters of the recomputed Table 2 (comparative-advantage panel)");
  out.numbers().add_text(
      "cmCppFlatParams",
      "$y_{iR}=y_{iP}=" + tuple_tex(flat.y_rich, false) + "$, $\\lambda_i=" + tuple_tex(flat.lambda, false) + "$",
      "CPP parameters of the recomputed Table 2");
}

}  // namespace

int main(int argc, char** argv) {
  return figure_program_main(argc, argv, "figures-cluster-model", [](FigureOutput& out) {
    equilibrium_map(out);
    theta2_irrelevance(out);
    wage_ladder(out);
    coordination(out);
    worked_example(out);
    mixed_example(out);
    cpp_table(out);
  });
}
