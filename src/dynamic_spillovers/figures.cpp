/// \file figures.cpp
/// \brief figures-dynamic-spillovers: the data of rc07-catchup, rc07-income-gap-path,
/// rc07-dynamic-map and cpp-vs-rc07-dynamics, and the numbers the report's section prints.
#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/figures.hpp"
#include "core/roots.hpp"
#include "dynamic_spillovers/cpp_dynamics.hpp"
#include "dynamic_spillovers/equilibria.hpp"
#include "dynamic_spillovers/model.hpp"
#include "dynamic_spillovers/scenarios.hpp"

namespace ds = clustertrade::dynamic_spillovers;
namespace ode = clustertrade::ode;
using clustertrade::CsvCell;
using clustertrade::CsvTable;
using clustertrade::FigureOutput;

namespace {

// The illustration's parameters (RC07 gives no values): g = 2% a year, epsilon = 5%, so â = 0.6.
constexpr double kG = ds::illustration_g;
constexpr double kEpsilon = ds::illustration_epsilon;
constexpr double kTheta = ds::illustration_theta;  // static cluster gain theta (identical countries)
constexpr double kClusterDate = ds::illustration_cluster_date;

ds::Params base(double a0) {
  ds::Params p;
  p.g = kG;
  p.epsilon = kEpsilon;
  p.a_south0 = a0;
  return p;
}

// A vertical segment marking a date (the figure draws it from this file, not from a typed number).
void write_date_marker(FigureOutput& out, const std::string& id, double date, double y_low, double y_high) {
  CsvTable table({"t", "y"});
  table.add_row({date, y_low});
  table.add_row({date, y_high});
  out.write_csv(id, "date", table, "the switch date, as a vertical segment");
}

// a(t) from starts below and above â without a South cluster, and from two of them with a cluster
// formed at kClusterDate: the first converge to â, the others to 1.
void catchup(FigureOutput& out) {
  const auto times = ode::time_grid(0.0, 400.0, 1.0);
  const std::vector<double> starts{0.1, 0.3, 0.9, 1.5};
  CsvTable table({"t", "nc_a01", "nc_a03", "nc_a09", "nc_a15", "cl_a01", "cl_a15", "half_a01", "a_hat"});
  table.comment(fmt::format("g = {}, epsilon = {}, North clustered; cl_*: South cluster (intensity 1) from t = {}", kG,
                            kEpsilon, kClusterDate));
  std::vector<ds::Path> paths;
  for (double a0 : starts) paths.push_back(ds::simulate(base(a0), times));
  for (double a0 : {0.1, 1.5}) {
    auto p = base(a0);
    p.south_switch_time = kClusterDate;
    paths.push_back(ds::simulate(p, times));
  }
  const double half_start = 0.1;
  auto half = base(half_start);  // a partial cluster (intensity 1/2) from the same date: limit 1 - g/(2 eps)
  half.south_switch_time = kClusterDate;
  half.south_intensity_after = 0.5;
  paths.push_back(ds::simulate(half, times));
  for (std::size_t k = 0; k < times.size(); ++k) {
    std::vector<CsvCell> row{times[k]};
    for (const auto& path : paths) row.emplace_back(path.ratio[k]);
    row.emplace_back(ds::steady_state_gap(kG, kEpsilon));
    table.add_row(row);
  }
  out.write_csv("rc07-catchup", "", table, "relative technology a = A_S/A_N over time, RC07 section 4");
  write_date_marker(out, "rc07-catchup", kClusterDate, 0.0, 1.6);
  auto& n = out.numbers();
  n.add("dsG", kG, "learning-by-doing growth g used in the figures");
  n.add("dsEpsilon", kEpsilon, "spillover strength epsilon used in the figures");
  n.add("dsAhat", ds::steady_state_gap(kG, kEpsilon), "steady-state gap a-hat = 1 - g/epsilon");
  n.add("dsClusterDate", kClusterDate, "date at which South acquires a cluster in rc07-catchup");
  n.add("dsCatchupHorizon", times.back(), "last date of rc07-catchup and rc07-income-gap-path");
  n.add("dsCatchupStartLow", starts.front(), "lowest starting ratio a0 in rc07-catchup");
  n.add("dsCatchupStartMid", starts[1], "second starting ratio a0 in rc07-catchup (below the steady gap)");
  n.add("dsCatchupStartNear", starts[2], "third starting ratio a0 in rc07-catchup (above the steady gap)");
  n.add("dsCatchupStartAhead", starts.back(), "starting ratio a0 of a South ahead in rc07-catchup (overtaking run)");
  std::string start_list;  // every start of the no-cluster runs, for the inputs table
  for (std::size_t i = 0; i < starts.size(); ++i) start_list += fmt::format("{}{}", i ? ", " : "", starts[i]);
  n.add_text("dsCatchupStarts", "\\ensuremath{" + start_list + "}",
             "starting ratios a0 of rc07-catchup without a cluster");
  // The end points are printed as their distance to the limit (a-hat, or 1 with a cluster): two digits of
  // that distance say how close the path came, where eight digits of a(400) itself would not.
  n.add("dsCatchupEndNoClusterDist", std::fabs(paths[0].ratio.back() - ds::steady_state_gap(kG, kEpsilon)),
        "|a(400) - a-hat| from a0 = 0.1 without a cluster (integrated)", 2);
  n.add("dsCatchupEndClusterDist", std::fabs(1.0 - paths[4].ratio.back()),
        "|1 - a(400)| from a0 = 0.1 with a cluster from t = 150 (integrated)", 2);
  n.add("dsCatchupHalfStart", half_start, "starting ratio a0 of the half-intensity cluster run in rc07-catchup");
  // The two full-cluster runs (a0 = 0.1 and 1.5) have both settled near a-hat by the date, and from it
  // on they obey the same law of motion, so their gap only shrinks: the figure says how close they are.
  double cluster_runs_gap = 0.0;
  for (std::size_t k = 0; k < times.size(); ++k)
    if (times[k] >= kClusterDate)
      cluster_runs_gap = std::max(cluster_runs_gap, std::fabs(paths[4].ratio[k] - paths[5].ratio[k]));
  n.add("dsCatchupClusterRunsGap", cluster_runs_gap,
        "largest |a(t)| difference between the two cluster runs (a0 = 0.1, 1.5) from the cluster date on", 2);
  n.add("dsHalfLifeNoCluster", std::log(2.0) / (kEpsilon - kG),
        "half-life of a gap deviation near a-hat, ln 2/(eps - g)", 3);
  n.add("dsHalfLifeCluster", std::log(2.0) / kEpsilon, "half-life of 1 - a near a = 1 with a cluster, ln 2/eps", 3);
  // overtaking: South starts ahead (a0 = 1.5) without a cluster
  const double t_star = ds::overtaking_time(1.0 / 1.5, kG, kEpsilon, 0.0, 1.0);
  n.add("dsOvertakeAnalytic", t_star, "analytic overtaking time from a0 = 1.5 (closed form)", 4);
  n.add("dsOvertakeLocated", paths[3].switches.at(0).time, "overtaking time located by integrate_switching", 4);
  n.add("dsOvertakeError", std::fabs(paths[3].switches.at(0).time - t_star), "|located - analytic| overtaking time", 2);
}

// Income gap of an identical-countries South (theta_1 = theta_2 = theta, lambda = 1): theta/a without
// a cluster, 1/a with one (RC07 section 4). Two scenarios: acquires a cluster at T0; loses it at T0.
void income_gap_path(FigureOutput& out) {
  const double t0 = 100.0;
  const auto times = ode::time_grid(0.0, 400.0, 0.5);
  auto acquire = base(ds::steady_state_gap(kG, kEpsilon));  // starts in the no-cluster steady state
  acquire.south_switch_time = t0;
  auto lose = base(1.0);  // starts clustered, level with North
  lose.south_intensity_before = 1.0;
  lose.south_intensity_after = 0.0;
  lose.south_switch_time = t0;
  const auto pa = ds::simulate(acquire, times), pl = ds::simulate(lose, times);
  CsvTable table({"t", "gap_acquire", "gap_lose", "growth_south_acquire", "growth_north"});
  table.comment(fmt::format("identical countries, theta = {}, g = {}, epsilon = {}, switch date T0 = {}", kTheta, kG,
                            kEpsilon, t0));
  // gap = (static factor) / a: theta before the cluster forms (acquire) or after it is lost (lose).
  // At t = T0 itself the new regime is in force (the date belongs to the new regime).
  for (std::size_t k = 0; k < times.size(); ++k) {
    const bool after = times[k] >= t0;
    table.add_row({times[k], (after ? 1.0 : kTheta) / pa.ratio[k], (after ? kTheta : 1.0) / pl.ratio[k],
                   pa.growth_south[k], pa.growth_north[k]});
  }
  out.write_csv("rc07-income-gap-path", "", table, "South's income gap over time when it acquires or loses a cluster");
  write_date_marker(out, "rc07-income-gap-path", t0, 0.8, 3.0);
  auto& n = out.numbers();
  n.add("dsTheta", kTheta, "static cluster gain theta in rc07-income-gap-path");
  n.add("dsGapHorizon", times.back(), "last date of rc07-income-gap-path");
  n.add("dsGapDate", t0, "date at which South acquires (or loses) its cluster in rc07-income-gap-path");
  n.add("dsGapNoCluster", kTheta / ds::steady_state_gap(kG, kEpsilon), "income gap theta/a-hat without a cluster");
  n.add("dsGapLoseEnd", kTheta / pl.ratio.back(), "income gap at t = 400 after losing the cluster (integrated)", 4);
  double peak = 0.0;
  for (double gs : pa.growth_south) peak = std::max(peak, gs);
  n.add("dsPeakGrowthSouth", peak, "South's peak growth rate right after acquiring a cluster", 3);
}

// Where the good-2 cluster equilibrium exists: for each â (varying g at fixed epsilon), the largest
// comparative-advantage ratio R = (l1S/l1N)/(l2S/l2N) at which no deviation pays, found by a
// bracketing root finder on the enumerated best deviation (independent of the formula theta1/â).
void dynamic_map(FigureOutput& out) {
  ds::EconomyParams p;
  p.theta = {kTheta, 2.0};
  p.beta = 0.5;
  CsvTable table({"a_hat", "boundary_enumerated", "boundary_printed", "boundary_static"});
  table.comment(fmt::format("theta1 = {}, theta2 = 2, beta = 0.5, lambda_N = (1, 1), lambda_2S = 1; a_hat = 1 - g/{}",
                            kTheta, kEpsilon));
  double worst = 0.0, a_low = 1.0, a_high = 0.0;
  // The grid starts at the axis's left edge (i = 0), so the shaded region's boundary has a point there
  // and the fill is not drawn as a straight chord from the axis corner to the first grid point.
  for (int i = 0; i <= 60; ++i) {
    const double a_hat = 0.2 + 0.8 * i / 60.0;
    a_low = std::min(a_low, a_hat);
    a_high = std::max(a_high, a_hat);
    auto gain = [&](double ratio) {
      ds::EconomyParams q = p;
      q.lambda_south = {ratio, 1.0};
      const ds::Candidate c{1, true};
      return ds::best_deviation_ratio(q, c, ds::steady_relative_tech(c, a_hat)) - 1.0;
    };
    const auto root = clustertrade::find_root(gain, 1e-3, 1e3, 1e-13);
    table.add_row({a_hat, root.root, kTheta / a_hat, kTheta});
    worst = std::max(worst, std::fabs(root.root - kTheta / a_hat) / (kTheta / a_hat));
  }
  out.write_csv("rc07-dynamic-map", "", table, "existence region of the good-2 cluster equilibrium against a-hat");
  out.numbers().add("dsMapWorstRelError", worst, "largest relative gap between enumerated and printed boundary", 2);
  out.numbers().add("dsMapThetaTwo", p.theta[1], "theta2 in rc07-dynamic-map");
  out.numbers().add("dsMapBeta", p.beta, "beta in rc07-dynamic-map");
  out.numbers().add("dsMapAhatLow", a_low, "smallest a-hat of rc07-dynamic-map's grid");
  out.numbers().add("dsMapAhatHigh", a_high, "largest a-hat of rc07-dynamic-map's grid");
}

// CPP eqs. (5)-(6) as written next to RC07's law: the ratio z = Z_P/Z_R (CPP) and a = A_S/A_N (RC07).
void cpp_vs_rc07(FigureOutput& out) {
  const auto times = ode::time_grid(0.0, 200.0, 0.5);
  auto cpp = [&](double z0, bool cluster) {
    ds::CppParams p;
    p.x = kG;
    p.z_poor0 = z0;
    p.cluster_from = cluster ? 0.0 : std::numeric_limits<double>::infinity();
    p.ratio_max = 1e3;
    p.ratio_min = 1e-3;
    return ds::simulate_cpp(p, times);
  };
  constexpr double kAbove = 0.025, kBelow = 0.015, kRcStart = 0.3;  // starts just above/below x, RC07's start
  const auto c_above = cpp(kAbove, false), c_below = cpp(kBelow, false), c_cluster = cpp(kBelow, true);
  auto rc_cluster = base(kRcStart);
  rc_cluster.south_switch_time = 0.0;
  const auto r_none = ds::simulate(base(kRcStart), times), r_cluster = ds::simulate(rc_cluster, times);
  CsvTable table({"t", "rc07_none", "rc07_cluster", "cpp_none_above", "cpp_none_below", "cpp_cluster"});
  table.comment(fmt::format("x = g = {}, epsilon = {}; CPP runs stop (nan) once z leaves [1e-3, 1e3]", kG, kEpsilon));
  const double nan = std::numeric_limits<double>::quiet_NaN();
  auto shown = [&](const ds::CppPath& path, std::size_t k) {
    return path.t[k] < path.escape_time ? path.ratio[k] : nan;
  };
  for (std::size_t k = 0; k < times.size(); ++k)
    table.add_row(
        {times[k], r_none.ratio[k], r_cluster.ratio[k], shown(c_above, k), shown(c_below, k), shown(c_cluster, k)});
  out.write_csv("cpp-vs-rc07-dynamics", "", table, "CPP's dynamics as written against RC07's");
  auto& n = out.numbers();
  n.add("dsCppBlowupNone", ds::cpp_blowup_time(kAbove, kG, false),
        "CPP eq. (5): blow-up time from z0 = 0.025, x = 0.02", 4);
  n.add("dsCppBlowupCluster", ds::cpp_blowup_time(kBelow, kG, true), "CPP eq. (6): blow-up time 1/z0 from z0 = 0.015",
        4);
  n.add("dsCppStartAbove", kAbove, "CPP start z0 above x in cpp-vs-rc07-dynamics");
  n.add("dsCppStartBelow", kBelow, "CPP start z0 below x in cpp-vs-rc07-dynamics (also the cluster run)");
  n.add("dsCppRcStart", kRcStart, "RC07 start a0 in cpp-vs-rc07-dynamics");
  n.add("dsPrintedLimit", ds::printed_limit_ratio(kG, kEpsilon, 1.0, 0.0), "printed rule's limit eps/(eps+g)");
  n.add("dsPartialLimit", ds::follower_limit_ratio(kG, kEpsilon, 1.0, 0.5),
        "limit ratio with a half-intensity cluster");
  // closed-form check over 1000 units with default tolerances (also asserted in the tests)
  const auto long_times = ode::time_grid(0.0, 1000.0, 1.0);
  const auto path = ds::simulate(base(0.3), long_times);
  double worst = 0.0;
  for (std::size_t k = 0; k < long_times.size(); ++k) {
    const double ref = ds::follower_ratio_closed_form(0.3, long_times[k], kG, kEpsilon, 1.0, 0.0);
    worst = std::max(worst, std::fabs(path.ratio[k] - ref) / ref);
  }
  n.add("dsClosedFormHorizon", long_times.back(), "length of the closed-form check run (time units)");
  n.add("dsClosedFormError", worst, "largest relative error of a(t) against the logistic closed form, 1000 units", 2);
  n.add_count("dsClosedFormSteps", static_cast<long long>(path.steps), "accepted dopri5 steps for 1000 units");
}

}  // namespace

int main(int argc, char** argv) {
  return clustertrade::figure_program_main(argc, argv, "figures-dynamic-spillovers", [](FigureOutput& out) {
    catchup(out);
    income_gap_path(out);
    dynamic_map(out);
    cpp_vs_rc07(out);
  });
}
