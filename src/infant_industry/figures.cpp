/// \file figures.cpp
/// \brief Figure program `figures-infant-industry`: RC07 Fig. 1 (`rc07-fig1`) and the numbers the
/// report's infant-industry section prints (prefix `ii`).
#include <string>

#include <fmt/format.h>

#include "core/figures.hpp"
#include "core/validate.hpp"
#include "infant_industry/model.hpp"
#include "infant_industry/search.hpp"

namespace ii = clustertrade::infant_industry;
using clustertrade::CsvTable;
using clustertrade::FigureOutput;

namespace {

void comment_params(CsvTable& t, const ii::Params& p) {
  t.comment(fmt::format("lambda_south={},{} lambda_north={},{} alpha={} lbar={} labor_south={}", p.lambda_south[0],
                        p.lambda_south[1], p.lambda_north[0], p.lambda_north[1], p.alpha, p.lbar, p.labor_south));
}

// A straight line through (q2a, q1a) and (q2b, q1b), as a two-row table.
CsvTable segment(const ii::Params& p, double q2a, double q1a, double q2b, double q1b) {
  CsvTable t({"q2", "q1"});
  comment_params(t, p);
  t.add_row({q2a, q1a});
  t.add_row({q2b, q1b});
  return t;
}

/// RC07 Fig. 1: South's PPF and PPF_NC, the two slopes of condition P (PPF_NC itself, slope
/// λ1S/λ2S, and the chord from corner to corner, slope λ1S/(θλ2S)), the world price lines through
/// the equilibria, and the equilibria. Parameters: Params' defaults, which satisfy P.
void figure_rc07_fig1(FigureOutput& out) {
  const ii::Params p;  // defaults: λS = (1, 1.25), λN = (1, 1), α = 1, L̄ = 1, L_S = 2
  p.validate();
  const double th = ii::theta(p);
  const double pi = ii::relative_price(p);  // p2*/p1*

  CsvTable ppf({"labor_sector2", "q2", "q1"});
  comment_params(ppf, p);
  for (const auto& pt : ii::ppf(p, 201)) ppf.add_row({pt.labor_sector2, pt.q2, pt.q1});
  out.write_csv("rc07-fig1", "ppf", std::move(ppf), "South's PPF with the bounded externality");

  CsvTable nc({"labor_sector2", "q2", "q1"});
  comment_params(nc, p);
  for (const auto& pt : ii::ppf_no_cluster(p, 2)) nc.add_row({pt.labor_sector2, pt.q2, pt.q1});
  out.write_csv("rc07-fig1", "ppfnc", std::move(nc), "PPF_NC, the frontier without the externality (alpha = 0)");

  const double q1max = p.lambda_south[0] * p.labor_south;
  const double q2max = ii::productivity_sector2_south(p, p.labor_south) * p.labor_south;
  // The chord of slope λ1S/(θλ2S) from the good-1 corner: it contains the PPF's linear segment.
  out.write_csv("rc07-fig1", "chord", segment(p, 0.0, q1max, q1max * th * p.lambda_south[1] / p.lambda_south[0], 0.0),
                "line of slope lambda1S/(theta lambda2S) through the good-1 corner");
  // World price lines (slope p2*/p1*) through each corner: the value of production at world prices.
  out.write_csv("rc07-fig1", "price1", segment(p, 0.0, q1max, q1max / pi, 0.0),
                "world price line through the specialise-in-1 corner");
  out.write_csv("rc07-fig1", "price2", segment(p, 0.0, q2max * pi, q2max, 0.0),
                "world price line through the specialise-in-2 corner");

  // The kink of the PPF at L2 = L̄ (the externality is exhausted there).
  CsvTable kink({"q2", "q1"});
  comment_params(kink, p);
  kink.add_row({ii::productivity_sector2_south(p, p.lbar) * p.lbar, p.lambda_south[0] * (p.labor_south - p.lbar)});
  out.write_csv("rc07-fig1", "kink", std::move(kink), "the PPF's kink at L2 = Lbar");

  CsvTable eq({"equilibrium", "q2", "q1", "wage", "stability"});
  comment_params(eq, p);
  for (const auto& e : ii::equilibria(p)) {
    const double l2 = e.labor_sector2;
    eq.add_row({ii::to_string(e.kind), ii::productivity_sector2_south(p, l2) * l2,
                p.lambda_south[0] * (p.labor_south - l2), e.wage, ii::to_string(e.stability)});
  }
  out.write_csv("rc07-fig1", "equilibria", std::move(eq), "South's equilibria, marked on the PPF");

  // Where the figure writes each label (in words) and joins it to its point by a leader line: offsets as
  // fractions of the axes' ranges (q2max, q1max), each into an area no line crosses for Params'
  // defaults (the good-1 corner: above the steeper world price line; the interior point: below
  // PPF_NC; the kink and the good-2 corner: above the world price line through the good-2 corner), so
  // no line runs through a label and no label runs over the axis frame. anchor: the TikZ anchor of the
  // label at that position.
  CsvTable labels({"q2", "q1", "label_q2", "label_q1", "label", "anchor"});
  comment_params(labels, p);
  auto add_label = [&](double q2, double q1, double dx, double dy, const std::string& text, const std::string& anchor) {
    labels.add_row({q2, q1, q2 + dx * q2max, q1 + dy * q1max, text, anchor});
  };
  for (const auto& e : ii::equilibria(p)) {
    const double l2 = e.labor_sector2;
    const double q2 = ii::productivity_sector2_south(p, l2) * l2, q1 = p.lambda_south[0] * (p.labor_south - l2);
    if (e.kind == ii::EquilibriumKind::specialize1)
      add_label(q2, q1, 0.05, 0.25, "specialisation in 1", "south west");
    else if (e.kind == ii::EquilibriumKind::specialize2)
      add_label(q2, q1, -0.12, 0.55, "specialisation in 2", "south east");
    else
      add_label(q2, q1, -0.1, -0.28, "interior", "north east");
  }
  add_label(ii::productivity_sector2_south(p, p.lbar) * p.lbar, p.lambda_south[0] * (p.labor_south - p.lbar), 0.1, 0.22,
            "kink at $L_2=\\bar L$", "south west");
  out.write_csv("rc07-fig1", "labels", std::move(labels), "labels of the equilibria and the kink, and where they sit");

  auto& n = out.numbers();
  n.add("iiLambdaOneS", p.lambda_south[0], "Fig. 1: South productivity in good 1");
  n.add("iiLambdaTwoS", p.lambda_south[1], "Fig. 1: South productivity parameter in good 2");
  n.add("iiLambdaOneN", p.lambda_north[0], "Fig. 1: North productivity in good 1");
  n.add("iiLambdaTwoN", p.lambda_north[1], "Fig. 1: North productivity parameter in good 2");
  n.add("iiAlpha", p.alpha, "Fig. 1: strength of the externality alpha");
  n.add("iiLbar", p.lbar, "Fig. 1: employment at which the externality is exhausted");
  n.add("iiLaborSouth", p.labor_south, "Fig. 1: South's labour force");
  n.add("iiTheta", th, "Fig. 1: theta = 1 + alpha Lbar");
  n.add("iiRatio", ii::comparative_advantage_ratio(p), "Fig. 1: comparative advantage ratio R");
  n.add("iiRelPrice", pi, "Fig. 1: world relative price p2*/p1*");
  n.add("iiSlopeNC", p.lambda_south[0] / p.lambda_south[1], "Fig. 1: slope of PPF_NC, lambda1S/lambda2S");
  n.add("iiSlopeTheta", p.lambda_south[0] / (th * p.lambda_south[1]), "Fig. 1: slope of the linear segment");
  n.add("iiMrtLeftKink", ii::ppf_slope(p, p.lbar * (1 - 1e-12)), "Fig. 1: PPF slope just below the kink");
  n.add("iiKinkQTwo", ii::productivity_sector2_south(p, p.lbar) * p.lbar, "Fig. 1: good-2 output at the kink");
  for (const auto& e : ii::equilibria(p)) {
    const std::string tag = e.kind == ii::EquilibriumKind::specialize1   ? "SpecOne"
                            : e.kind == ii::EquilibriumKind::specialize2 ? "SpecTwo"
                                                                         : "Interior";
    n.add("iiWage" + tag, e.wage, "Fig. 1: South's wage in the " + ii::to_string(e.kind) + " equilibrium");
    n.add("iiLabor" + tag, e.labor_sector2,
          "Fig. 1: sector-2 employment in the " + ii::to_string(e.kind) + " equilibrium");
  }
  n.add_count("iiEquilibriumCount", static_cast<long long>(ii::equilibria(p).size()), "Fig. 1: number of equilibria");

  n.add_count("iiSearchGrid", static_cast<long long>(ii::SearchOptions{}.grid),
              "grid intervals of the independent equilibrium search over [0, L_S]");

  // Footnote 7 counterexample: L_S < L̄ with a strong comparative advantage.
  ii::Params s = p;
  s.lambda_south = {1.0, 3.0};
  s.labor_south = 0.5;
  n.add("iiSmallLambdaTwoS", s.lambda_south[1], "fn. 7 example: lambda2S");
  n.add("iiSmallLaborSouth", s.labor_south, "fn. 7 example: South's labour force, below Lbar");
  n.add("iiSmallThreshold", ii::theta(s) / (1.0 + s.alpha * s.labor_south),
        "fn. 7 example: R needed for specialisation in 2, theta/(1+alpha L_S)");
  for (const auto& e : ii::equilibria(s))
    if (e.kind == ii::EquilibriumKind::specialize2)
      n.add("iiSmallWageSpecTwo", e.wage,
            "fn. 7 example: wage with specialisation in 2 (paper's formula gives lambda2S/lambda2N)");
  // P vs CA counterexample: R = 3 > θ = 2.
  ii::Params c = p;
  c.lambda_south = {1.0, 3.0};
  n.add("iiStrongLambdaTwoS", c.lambda_south[1], "P vs CA example: lambda2S (R = 3 > theta)");
  n.add_count("iiStrongEquilibriumCount", static_cast<long long>(ii::equilibria(c).size()),
              "P vs CA example: number of equilibria");
}

}  // namespace

int main(int argc, char** argv) {
  return clustertrade::figure_program_main(argc, argv, "figures-infant-industry",
                                           [](FigureOutput& out) { figure_rc07_fig1(out); });
}
