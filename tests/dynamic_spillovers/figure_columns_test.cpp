// Every column of figures-dynamic-spillovers' CSV files against its header (issue 20 §5c), each row
// recomputed here from RC07 §4's law of motion (and CPP §5's) in closed form at the parameters the
// files' `#` lines state: g = 0.02, epsilon = 0.05, theta = 1.5, South's cluster from t = 150 (catch-up)
// or t = 100 (income gap).
//
// RC07 §4: A_i'/A_i = g s_i + epsilon (1 - a_i), a_i = min(A_i/A_-i, 1) (the leader gets no spillover),
// North clustered (s_N = 1). While North leads, a = A_S/A_N obeys a' = r a - epsilon a^2 with
// r = epsilon - g (1 - s_S): the logistic a(t) = K / (1 + (K/a0 - 1) e^(-r t)), K = r/epsilon. While South
// leads (a > 1) with s_S = 0: a'/a = -g - epsilon (1 - 1/a), i.e. the linear a' = epsilon - (g + epsilon) a:
// a(t) = c + (a0 - c) e^(-(g + epsilon) t), c = epsilon/(g + epsilon) < 1, until a = 1.
#include <cmath>
#include <filesystem>
#include <limits>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/csv_rows.hpp"

using clustertrade::testing::cell_number;
using clustertrade::testing::CsvRow;
using clustertrade::testing::expect_close;
using clustertrade::testing::make_temp_dir;
using clustertrade::testing::read_csv_rows;
using clustertrade::testing::run_figure_program;

namespace {

constexpr double kG = 0.02, kEps = 0.05, kTheta = 1.5;
constexpr double kNever = std::numeric_limits<double>::infinity();

// a = A_S/A_N at time t from a0, South's intensity s_before until `date`, s_after from then on.
double relative_technology(double a0, double t, double date, double s_before, double s_after) {
  double a = a0, now = 0;
  if (a > 1) {  // South leads (only with s_before = 0 here): the linear phase until a = 1
    const double c = kEps / (kG + kEps), meet = std::log((a0 - c) / (1 - c)) / (kG + kEps);
    if (t <= meet) return c + (a0 - c) * std::exp(-(kG + kEps) * t);
    a = 1, now = meet;
  }
  auto logistic = [](double from, double dt, double s) {
    const double r = kEps - kG * (1 - s), K = r / kEps;
    return K / (1 + (K / from - 1) * std::exp(-r * dt));
  };
  if (t < date) return logistic(a, t - now, s_before);
  return logistic(logistic(a, date - now, s_before), t - date, s_after);
}

const clustertrade::testing::FigureProgramOutput& figures() {
  static const clustertrade::testing::FigureProgramOutput output("figures-dynamic-spillovers");
  return output;
}

}  // namespace

// rc07-catchup: nc_aX never clustered from a0 = X (nc_a15 starts ahead and falls through a = 1 at
// ln((1.5 - c)/(1 - c))/0.07 = 14.45), cl_aX clustered (s = 1) from t = 150, half_a01 at intensity 1/2
// from t = 150 (limit 1 - g/(2 epsilon) = 0.8), a_hat = 1 - g/epsilon; the date file marks t = 150.
TEST(FigureColumnsDynamicSpillovers, CatchUp) {
  ASSERT_TRUE(figures().ran);
  const auto rows = figures().rows("rc07-catchup");
  ASSERT_EQ(rows.size(), 401u) << "t = 0, 1, ..., 400";
  for (const CsvRow& row : rows) {
    const double t = cell_number(row, "t");
    const std::string at = " at t = " + row.at("t");
    expect_close(cell_number(row, "nc_a01"), relative_technology(0.1, t, kNever, 0, 0), 1e-7, "nc_a01" + at);
    expect_close(cell_number(row, "nc_a03"), relative_technology(0.3, t, kNever, 0, 0), 1e-7, "nc_a03" + at);
    expect_close(cell_number(row, "nc_a09"), relative_technology(0.9, t, kNever, 0, 0), 1e-7, "nc_a09" + at);
    expect_close(cell_number(row, "nc_a15"), relative_technology(1.5, t, kNever, 0, 0), 1e-7, "nc_a15" + at);
    expect_close(cell_number(row, "cl_a01"), relative_technology(0.1, t, 150, 0, 1), 1e-7, "cl_a01" + at);
    expect_close(cell_number(row, "cl_a15"), relative_technology(1.5, t, 150, 0, 1), 1e-7, "cl_a15" + at);
    expect_close(cell_number(row, "half_a01"), relative_technology(0.1, t, 150, 0, 0.5), 1e-7, "half_a01" + at);
    EXPECT_DOUBLE_EQ(cell_number(row, "a_hat"), 1 - kG / kEps) << at;
  }
  for (const CsvRow& row : figures().rows("rc07-catchup-date")) EXPECT_EQ(cell_number(row, "t"), 150);
}

// rc07-income-gap-path (identical countries but for the cluster): income gap = static factor / a, the
// factor theta while South lacks a cluster that North has. "acquire" starts at the no-cluster steady
// state a = 0.6 and clusters from T0 = 100; "lose" starts level and clustered (a = 1 stays) and loses the
// cluster at T0. growth_south_acquire = g s_S + epsilon (1 - a); North leads throughout, so growth_north = g.
TEST(FigureColumnsDynamicSpillovers, IncomeGapPath) {
  ASSERT_TRUE(figures().ran);
  const auto rows = figures().rows("rc07-income-gap-path");
  ASSERT_EQ(rows.size(), 801u) << "t = 0, 0.5, ..., 400";
  for (const CsvRow& row : rows) {
    const double t = cell_number(row, "t");
    const bool after = t >= 100;
    const double acquire = relative_technology(1 - kG / kEps, t, 100, 0, 1);
    const double lose = relative_technology(1, t, 100, 1, 0);
    const std::string at = " at t = " + row.at("t");
    expect_close(cell_number(row, "gap_acquire"), (after ? 1 : kTheta) / acquire, 1e-7, "gap_acquire" + at);
    expect_close(cell_number(row, "gap_lose"), (after ? kTheta : 1) / lose, 1e-7, "gap_lose" + at);
    expect_close(cell_number(row, "growth_south_acquire"), kG * (after ? 1 : 0) + kEps * (1 - acquire), 1e-7,
                 "growth_south_acquire" + at);
    expect_close(cell_number(row, "growth_north"), kG, 1e-12, "growth_north" + at);
  }
  for (const CsvRow& row : figures().rows("rc07-income-gap-path-date")) EXPECT_EQ(cell_number(row, "t"), 100);
}

// cpp-vs-rc07-dynamics: rc07_none / rc07_cluster are a from 0.3 without a South cluster / with one from
// t = 0. CPP eqs. (5)-(6) with x = g (the existing cpp-simulate test derives them): without a cluster
// 1/z = 1/x + (1/z0 - 1/x) e^(x t) (z0 = 0.025 above x blows up, z0 = 0.015 below decays), with one
// z = 1/(1/z0 - t) (z0 = 0.015); a run shows nan once z leaves [1e-3, 1e3] (rows near the exit skipped).
TEST(FigureColumnsDynamicSpillovers, CppVersusRc07) {
  ASSERT_TRUE(figures().ran);
  const auto rows = figures().rows("cpp-vs-rc07-dynamics");
  ASSERT_EQ(rows.size(), 401u) << "t = 0, 0.5, ..., 200";
  auto bernoulli = [](double z0, double t) { return 1 / (1 / kG + (1 / z0 - 1 / kG) * std::exp(kG * t)); };
  int shown = 0, stopped = 0;
  for (const CsvRow& row : rows) {
    const double t = cell_number(row, "t");
    const std::string at = " at t = " + row.at("t");
    expect_close(cell_number(row, "rc07_none"), relative_technology(0.3, t, kNever, 0, 0), 1e-7, "rc07_none" + at);
    expect_close(cell_number(row, "rc07_cluster"), relative_technology(0.3, t, 0, 0, 1), 1e-7, "rc07_cluster" + at);
    const double cluster = 1 / (1 / 0.015 - t);
    for (const auto& [column, z] : {std::pair<std::string, double>{"cpp_none_above", bernoulli(0.025, t)},
                                    {"cpp_none_below", bernoulli(0.015, t)},
                                    {"cpp_cluster", cluster > 0 ? cluster : kNever}}) {
      if (z > 1.01e-3 && z < 0.99e3) {
        expect_close(cell_number(row, column), z, 1e-6, column + at);
        ++shown;
      } else if (z < 0.99e-3 || z > 1.01e3) {
        EXPECT_TRUE(std::isnan(cell_number(row, column))) << column << at;
        ++stopped;
      }
    }
  }
  EXPECT_GT(shown, 100);
  EXPECT_GT(stopped, 100);
}

// rc07-dynamic-map: boundary_printed = theta1/a_hat (RC07 §4's condition for the good-2 cluster with the
// steady gap), boundary_static = theta1 (§3's, a_hat = 1), and the enumerated root agrees with the printed
// boundary; a_hat runs over 0.2 + 0.8 i/60.
TEST(FigureColumnsDynamicSpillovers, DynamicMap) {
  ASSERT_TRUE(figures().ran);
  const auto rows = figures().rows("rc07-dynamic-map");
  ASSERT_EQ(rows.size(), 61u);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const double a_hat = 0.2 + 0.8 * static_cast<double>(i) / 60;
    EXPECT_NEAR(cell_number(rows[i], "a_hat"), a_hat, 1e-15);
    EXPECT_NEAR(cell_number(rows[i], "boundary_printed"), kTheta / a_hat, 1e-12);
    EXPECT_NEAR(cell_number(rows[i], "boundary_enumerated"), kTheta / a_hat, 1e-9 * kTheta / a_hat);
    EXPECT_EQ(cell_number(rows[i], "boundary_static"), kTheta);
  }
}
