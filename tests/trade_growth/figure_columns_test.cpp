// Every column of figures-trade-growth's CSV files against its header (issue 20 §5c): each file's
// rows recomputed here from H12's equations in closed form at the inputs of H12's worked examples
// (Figs. 2-7: H12 §3-4's tables, as in src/trade_growth/scenarios.cpp; sigma = 2, L = L* = 1).
// h12-fig9.csv has its own test (figure_nine_test.cpp). Not recomputed here: the liberalisation
// dates (h12-fig6-dates, h12-fig7-dates: compared with the sensitivity table and used as the end of
// the autarky stretch of the delayed paths), the delayed and gradual paths after their dates, and the
// two sensitivity columns built from them (fig6_delay_gain_T, fig7_gradual_gain_T).
//
// The closed forms used throughout (sigma = 2, L = L* = 1, no weights):
// - autarky (H12 eqs. (7)-(8)): D = (sum_i A_i^(sigma-1))^(1/(sigma-1)) = S = sum_i A_i, and
//   L_i = A_i / S;
// - free trade with home making H and foreign F (one supplier per good): omega^sigma = X/N with
//   X = sum_H A_i^(sigma-1), N = sum_F A*_i^(sigma-1); P^(1-sigma) = X omega^(1-sigma) + N (both countries);
//   D = omega L / P, D* = L* / P; for sigma = 2: D = X + omega N, D* = X/omega + N.
#include <cmath>
#include <filesystem>
#include <functional>
#include <map>
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

// Free-trade real incomes for sigma (home makes H with X = sum_H A^(sigma-1), foreign F with N).
std::pair<double, double> free_trade_incomes(double X, double N, double sigma) {
  const double omega = std::pow(X / N, 1.0 / sigma);
  const double P = std::pow(X * std::pow(omega, 1 - sigma) + N, 1.0 / (1 - sigma));
  return {omega / P, 1.0 / P};
}

// The root of an increasing f on [lo, hi] by bisection (to the last bits).
double increasing_root(const std::function<double(double)>& f, double lo, double hi) {
  for (int k = 0; k < 200; ++k) {
    const double mid = 0.5 * (lo + hi);
    (f(mid) < 0 ? lo : hi) = mid;
  }
  return 0.5 * (lo + hi);
}

// Fig. 5 in autarky (tau_11 = tau_22 = 0.5, all else 0): industries 1 and 2 hold x = A_1 = A_2, the
// others A_3 = A_4 = c, so x' = 0.5 L_1 = 0.5 x / (2x + 2c), which separates into
// 2(x - x0) + 2c ln(x/x0) = 0.5 t; D = S = 2x + 2c. Home: x0 = 10, c = 5; foreign: x0 = 5, c = 10.
double fig5_autarky_income(double x0, double c, double t) {
  const double x = increasing_root([&](double y) { return 2 * (y - x0) + 2 * c * std::log(y / x0) - 0.5 * t; }, x0,
                                   x0 + 0.5 * t + 1);
  return 2 * x + 2 * c;
}

// Fig. 5 under free trade: home makes 1 and 2 (each half its labour), so X = 2 A_1 with A_1' = 0.5/2,
// i.e. X = 20 + 0.5 t at sigma = 2 (generally X = 2 (10 + t/4)^(sigma-1)); foreign makes 3 and 4, N fixed.
std::pair<double, double> fig5_trade_incomes(double t, double sigma) {
  return free_trade_incomes(2 * std::pow(10 + 0.25 * t, sigma - 1), 2 * std::pow(10.0, sigma - 1), sigma);
}

const clustertrade::testing::FigureProgramOutput& figures() {
  static const clustertrade::testing::FigureProgramOutput output("figures-trade-growth");
  return output;
}

}  // namespace

// Figs. 2-5 (autarky_*, trade_*), every row. Fig. 2 (tau = 0.2 I, A = (10,10,5,5), A* = (5,5,10,10)):
// in autarky S' = sum_i 0.2 L_i = 0.2, so D = D* = 30 + 0.2 t; under trade home makes 1, 2 and foreign
// 3, 4, X' = N' = 0.2, omega = 1, D = D* = 40 + 0.4 t. Fig. 3 (tau_12 = tau_21 = tau_34 = tau_43 = 0.2): the
// same sums (industry 1 learns from 2's labour and 2 from 1's). Fig. 4 (A = (10,5,10,5), A* = (5,10,5,10)):
// autarky as Fig. 3; under trade home makes 1 and 3, whose partners 2 and 4 are idle, so nothing learns:
// D = D* = 40. Fig. 5: the closed forms above (D and D* differ there, so swapped columns fail).
TEST(FigureColumnsTradeGrowth, IncomePathsOfFiguresTwoToFive) {
  ASSERT_TRUE(figures().ran);
  for (int f = 2; f <= 5; ++f) {
    const auto rows = figures().rows("h12-fig" + std::to_string(f));
    ASSERT_EQ(rows.size(), 241u) << "t = 0, 0.25, ..., 60";
    for (const CsvRow& row : rows) {
      const double t = cell_number(row, "t");
      double ah = 30 + 0.2 * t, af = ah, th = 40 + 0.4 * t, tf = th;
      if (f == 4) th = tf = 40;
      if (f == 5) {
        ah = fig5_autarky_income(10, 5, t);
        af = fig5_autarky_income(5, 10, t);
        std::tie(th, tf) = fig5_trade_incomes(t, 2);
      }
      const std::string at = "h12-fig" + std::to_string(f) + " at t = " + row.at("t");
      expect_close(cell_number(row, "autarky_home"), ah, 1e-8, "autarky_home " + at);
      expect_close(cell_number(row, "autarky_foreign"), af, 1e-8, "autarky_foreign " + at);
      expect_close(cell_number(row, "trade_home"), th, 1e-8, "trade_home " + at);
      expect_close(cell_number(row, "trade_foreign"), tf, 1e-8, "trade_foreign " + at);
    }
  }
}

// Figs. 6 and 7 (tau as Fig. 3). Fig. 6: A = (10,4,5,2), A* = (2,5,4,10): autarky S = S* = 21 + 0.2 t;
// immediate free trade has home make 1 and 3 (a = (5, 0.8, 1.25, 0.2), omega = (15/15)^(1/2) = 1), whose
// partners are idle: D = D* = 30 throughout; the delayed path is autarky until the date in
// h12-fig6-dates.csv. Fig. 7: A = (10,4,6,2), A* = (2,6,4,10): autarky 22 + 0.2 t, immediate 32, delayed
// = autarky until delay_all; gradual (1 and 4 traded, 2 and 3 not) starts at D = D* = 30: home's prices
// omega/10, omega/4, omega/6, 1/10 and foreign's omega/10, 1/6, 1/4, 1/10 balance trade at omega = 1 by
// symmetry, and 1/P = 10 + 4 + 6 + 10.
TEST(FigureColumnsTradeGrowth, IncomePathsOfFiguresSixAndSeven) {
  ASSERT_TRUE(figures().ran);
  const double delay6 = cell_number(figures().rows("h12-fig6-dates").at(0), "delay");
  const auto dates7 = figures().rows("h12-fig7-dates");
  ASSERT_EQ(dates7.size(), 1u);
  const double delay7 = cell_number(dates7[0], "delay_all");
  for (const int f : {6, 7}) {
    const auto rows = figures().rows("h12-fig" + std::to_string(f));
    ASSERT_EQ(rows.size(), 241u);
    const double s0 = f == 6 ? 21 : 22, immediate = f == 6 ? 30 : 32, delay = f == 6 ? delay6 : delay7;
    for (const CsvRow& row : rows) {
      const double t = cell_number(row, "t");
      const std::string at = "h12-fig" + std::to_string(f) + " at t = " + row.at("t");
      for (const std::string country : {"_home", "_foreign"}) {
        expect_close(cell_number(row, "autarky" + country), s0 + 0.2 * t, 1e-8, "autarky" + country + " " + at);
        expect_close(cell_number(row, "immediate" + country), immediate, 1e-8, "immediate" + country + " " + at);
        if (t < delay)
          expect_close(cell_number(row, "delayed" + country), s0 + 0.2 * t, 1e-8, "delayed" + country + " " + at);
        if (f == 7 && t == 0) expect_close(cell_number(row, "gradual" + country), 30, 1e-12, "gradual" + country);
      }
    }
  }
}

// Fig. 1 (Fig. 6's economy, sigma = 2): comparative-advantage order 1, 3, 2, 4 (a = 5, 1.25, 0.8, 0.2).
// Eq. (10) as derived: omega(z)^2 = [sum_{j<=floor z} A_j + (z - floor z) A_zhat] / [sum_{k>zhat} A*_k +
// (zhat - z) A*_zhat], zhat = floor z + 1, in that order; as printed the foreign sum starts at k = zhat.
// The step is a_(ceil z) drawn from z - 1 to z; the equilibrium z = 2 (home makes 1 and 3), omega = 1.
TEST(FigureColumnsTradeGrowth, FigureOneCurveStepAndEquilibrium) {
  ASSERT_TRUE(figures().ran);
  const std::vector<double> A = {10, 5, 4, 2}, As = {2, 4, 5, 10};  // in the order 1, 3, 2, 4
  const std::vector<int> industry = {1, 3, 2, 4};
  const auto curve = figures().rows("h12-fig1-curve");
  ASSERT_GT(curve.size(), 100u);
  for (const CsvRow& row : curve) {
    const double z = cell_number(row, "z");
    const int whole = static_cast<int>(std::floor(z));
    if (whole >= 4) continue;  // z = n: no foreign industry left (the curve's end)
    double home = (z - whole) * A[whole], foreign = (whole + 1 - z) * As[whole], printed = foreign;
    for (int j = 0; j < whole; ++j) home += A[j];
    for (int k = whole + 1; k < 4; ++k) foreign += As[k];
    for (int k = whole; k < 4; ++k) printed += As[k];
    expect_close(cell_number(row, "balanced_trade"), std::sqrt(home / foreign), 1e-12,
                 "balanced_trade at " + row.at("z"));
    expect_close(cell_number(row, "printed_eq10"), std::sqrt(home / printed), 1e-12, "printed_eq10 at " + row.at("z"));
  }
  const auto step = figures().rows("h12-fig1-step");
  ASSERT_EQ(step.size(), 8u);
  for (std::size_t k = 0; k < step.size(); ++k) {
    const std::size_t position = k / 2;  // two points per industry: z = position, position + 1
    EXPECT_EQ(cell_number(step[k], "z"), static_cast<double>(position + k % 2));
    EXPECT_EQ(cell_number(step[k], "industry"), industry[position]);
    EXPECT_DOUBLE_EQ(cell_number(step[k], "relative_productivity"), A[position] / As[position]);
  }
  const auto eq = figures().rows("h12-fig1-eq");
  ASSERT_EQ(eq.size(), 1u);
  EXPECT_DOUBLE_EQ(cell_number(eq[0], "z"), 2);
  EXPECT_NEAR(cell_number(eq[0], "rel_wage"), std::sqrt((10.0 + 5) / (5 + 10)), 1e-12);  // X = 10 + 5, N = 5 + 10
}

// Fig. 8 (Fig. 5's inputs, free migration, L + L* = 2): wages are equal and each industry is made where
// it is most productive: home makes 1, 2 (A = 10 each), foreign 3, 4 (A* = 10); with k = sigma - 1 world
// employment is L_i = 2 A_i^k / sum_j A_j^k, so home's industries hold x^k / (x^k + 10^k) each, x = A_1 =
// A_2, and x' = 0.5 L_1 separates into x - 10 + 10^k (x^(1-k) - 10^(1-k))/(1 - k) = t/2 (k != 1). The home
// population share is x^k / (x^k + 10^k).
TEST(FigureColumnsTradeGrowth, FigureEightPopulationShares) {
  ASSERT_TRUE(figures().ran);
  const auto rows = figures().rows("h12-fig8");
  ASSERT_EQ(rows.size(), 201u) << "t = 0, 0.5, ..., 100";
  for (const CsvRow& row : rows) {
    const double t = cell_number(row, "t");
    for (const auto& [column, sigma] :
         std::map<std::string, double>{{"share_sigma_4_3", 4.0 / 3}, {"share_sigma_4", 4.0}}) {
      const double k = sigma - 1;
      const double x = increasing_root(
          [&](double y) {
            return y - 10 + std::pow(10, k) * (std::pow(y, 1 - k) - std::pow(10, 1 - k)) / (1 - k) - 0.5 * t;
          },
          10, 10 + t + 1);
      expect_close(cell_number(row, column), std::pow(x, k) / (std::pow(x, k) + std::pow(10, k)), 1e-8,
                   column + " at t = " + row.at("t"));
    }
  }
}

// sigma = 4: the three paths at t = 0 from the static closed forms (Fig. 6 autarky: (10^3 + 4^3 + 5^3 +
// 2^3)^(1/3); Fig. 2 autarky: (2 * 10^3 + 2 * 5^3)^(1/3); Fig. 5 trade: X = N = 2000, omega = 1,
// D = 4000^(1/3)), Fig. 5's trade path at every row (labour is constant there, so discrete periods and
// continuous time give the same A(t) = 10 + t/4), and each reldiff_pct = 100 (discrete - continuous)/continuous.
TEST(FigureColumnsTradeGrowth, DiscreteVersusContinuous) {
  ASSERT_TRUE(figures().ran);
  const auto rows = figures().rows("h12-discrete-vs-continuous");
  ASSERT_GT(rows.size(), 2u);
  const CsvRow& first = rows.front();
  EXPECT_DOUBLE_EQ(cell_number(first, "t"), 0);
  for (const std::string time : {"continuous", "discrete"}) {
    expect_close(cell_number(first, "fig6_autarky_" + time), std::cbrt(1197.0), 1e-12, "fig6 autarky at 0");
    expect_close(cell_number(first, "fig2_autarky_" + time), std::cbrt(2250.0), 1e-12, "fig2 autarky at 0");
  }
  for (const CsvRow& row : rows) {
    const double t = cell_number(row, "t");
    const double trade = fig5_trade_incomes(t, 4).first;
    expect_close(cell_number(row, "fig5_trade_continuous"), trade, 1e-8, "fig5_trade_continuous at " + row.at("t"));
    expect_close(cell_number(row, "fig5_trade_discrete"), trade, 1e-8, "fig5_trade_discrete at " + row.at("t"));
    for (const std::string path : {"fig6_autarky", "fig5_trade", "fig2_autarky"}) {
      const double c = cell_number(row, path + "_continuous"), d = cell_number(row, path + "_discrete");
      EXPECT_NEAR(cell_number(row, path + "_reldiff_pct"), 100 * (d - c) / c, 1e-9) << path << " at " << row.at("t");
    }
  }
}

// The sigma = 2 row of h12-sigma-sensitivity.csv, T = 60: fig2_min_gain = fig3_min_gain = min over t of
// ln(trade/autarky) = ln(40/30) (the ratio (40 + 0.4 t)/(30 + 0.2 t) rises); fig4_gain_T = ln(40/42);
// fig5's growth gaps: ln(D_trade(T)/D_trade(0)) - ln(D_aut(T)/D_aut(0)) per country; the delay dates are
// those of h12-fig6-dates.csv and h12-fig7-dates.csv (same sigma).
TEST(FigureColumnsTradeGrowth, SigmaSensitivityAtSigmaTwo) {
  ASSERT_TRUE(figures().ran);
  const auto rows = figures().rows("h12-sigma-sensitivity");
  const CsvRow* row = nullptr;
  for (const CsvRow& r : rows)
    if (cell_number(r, "sigma") == 2) row = &r;
  ASSERT_NE(row, nullptr);
  const double T = 60;
  EXPECT_NEAR(cell_number(*row, "fig2_min_gain"), std::log(40.0 / 30), 1e-9);
  EXPECT_NEAR(cell_number(*row, "fig3_min_gain"), std::log(40.0 / 30), 1e-9);
  EXPECT_NEAR(cell_number(*row, "fig4_gain_T"), std::log(40.0 / (30 + 0.2 * T)), 1e-9);
  const auto [th0, tf0] = fig5_trade_incomes(0, 2);
  const auto [th, tf] = fig5_trade_incomes(T, 2);
  EXPECT_NEAR(cell_number(*row, "fig5_home_growth_gap"),
              std::log(th / th0) - std::log(fig5_autarky_income(10, 5, T) / 30), 1e-8);
  EXPECT_NEAR(cell_number(*row, "fig5_foreign_growth_gap"),
              std::log(tf / tf0) - std::log(fig5_autarky_income(5, 10, T) / 30), 1e-8);
  // The dates are located to 1e-7 by each program run (the figures at a finer step), so they agree to ~1e-7.
  EXPECT_NEAR(cell_number(*row, "fig6_delay"), cell_number(figures().rows("h12-fig6-dates").at(0), "delay"), 1e-6);
  const auto dates7 = figures().rows("h12-fig7-dates").at(0);
  EXPECT_NEAR(cell_number(*row, "fig7_delay_all"), cell_number(dates7, "delay_all"), 1e-6);
  EXPECT_NEAR(cell_number(*row, "fig7_delay_gradual"), cell_number(dates7, "delay_gradual"), 1e-6);
}

// h12-combined-region.csv (Fig. 4's technologies, sigma = 2, tau_W on the diagonal, tau_C between partners
// 1-2 and 3-4, T = 20): in autarky each worker teaches tau_W + tau_C in all, so S = 30 + (tau_W + tau_C) t in
// both countries; under trade home makes 1 and 3 and foreign 2 and 4, whose partners are idle, so
// X = N = 20 + tau_W t, omega = 1, D = D* = 40 + 2 tau_W t. growth_gap = [ln(D(T)/D(0)) - ln(S(T)/S(0))]/T
// (equal in both countries); lowers_both is 1 where it is negative, 0 where positive, 2 within 1e-9 of 0
// (the boundary tau_C = tau_W/2, where the sign is round-off).
TEST(FigureColumnsTradeGrowth, CombinedRegionGrowthGapAndFlag) {
  ASSERT_TRUE(figures().ran);
  const auto rows = figures().rows("h12-combined-region");
  ASSERT_GT(rows.size(), 10u);
  const double T = 20;
  for (const CsvRow& row : rows) {
    const double w = cell_number(row, "tau_w"), c = cell_number(row, "tau_c");
    const double gap = (std::log(1 + 2 * w * T / 40) - std::log(1 + (w + c) * T / 30)) / T;
    const std::string at = row.at("tau_w") + ", " + row.at("tau_c");
    EXPECT_NEAR(cell_number(row, "growth_gap"), gap, 1e-10) << at;
    EXPECT_EQ(cell_number(row, "lowers_both"), std::abs(gap) < 1e-9 ? 2 : (gap < 0 ? 1 : 0)) << at;
  }
}
