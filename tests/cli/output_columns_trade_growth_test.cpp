// Every output column of `trade-growth equilibrium` and `trade-growth simulate` against its header
// (issue 20 §5c), for asymmetric countries (unequal labour forces, every productivity different) and
// an asymmetric learning matrix, each column computed here from H12's equations in closed form.
#include <cmath>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/csv_rows.hpp"

using clustertrade::testing::cell_number;
using clustertrade::testing::CsvRow;
using clustertrade::testing::expect_close;
using clustertrade::testing::run_csv_rows;

namespace {

const std::vector<double> kHome = {3, 1, 4}, kForeign = {2, 3, 1};
const double kLaborHome = 2, kLaborForeign = 1, kSigma = 3;
const std::string kEconomy = "--home 3,1,4 --foreign 2,3,1 --sigma 3 --labor-home 2 --labor-foreign 1";

// One industry's expected row of `trade-growth equilibrium`.
struct IndustryRow {
  double share_home_market, share_foreign_market, labor_home, labor_foreign;
};

void expect_equilibrium_rows(const std::vector<CsvRow>& rows, double rel_wage, double income_home,
                             double income_foreign, const std::vector<IndustryRow>& want) {
  ASSERT_EQ(rows.size(), want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    const std::string at = " in industry " + std::to_string(i + 1);
    const CsvRow& row = rows[i];
    EXPECT_EQ(cell_number(row, "industry"), static_cast<double>(i + 1));
    if (std::isnan(rel_wage)) {
      EXPECT_EQ(row.at("rel_wage"), "") << at;
    } else {
      EXPECT_NEAR(cell_number(row, "rel_wage"), rel_wage, 1e-12) << at;
    }
    EXPECT_NEAR(cell_number(row, "income_home"), income_home, 1e-11) << at;
    EXPECT_NEAR(cell_number(row, "income_foreign"), income_foreign, 1e-11) << at;
    EXPECT_NEAR(cell_number(row, "home_share_home_market"), want[i].share_home_market, 1e-12) << at;
    EXPECT_NEAR(cell_number(row, "home_share_foreign_market"), want[i].share_foreign_market, 1e-12) << at;
    EXPECT_NEAR(cell_number(row, "labor_home"), want[i].labor_home, 1e-12) << at;
    EXPECT_NEAR(cell_number(row, "labor_foreign"), want[i].labor_foreign, 1e-12) << at;
  }
}

}  // namespace

// Free trade, one supplier per good (H12 §2.2, App. A). With a_i = A_i/A*_i = (1.5, 1/3, 4) home
// makes H = {1, 3} and foreign F = {2} when max_F a < omega < min_H a. Both countries face the prices
// p_i = omega/A_i (H), 1/A*_i (F) (foreign wage 1); CES spending shares s_i = p_i^(1-sigma)/P^(1-sigma)
// with P^(1-sigma) = X omega^(1-sigma) + N, X = sum_H A_i^(sigma-1) = 25, N = sum_F A*_i^(sigma-1) = 9.
// Balanced trade, L* (home's share of spending) = omega L (foreign's share), gives
// omega^sigma = L* X / (L N) = 25/18, omega = 1.1157 (inside (1/3, 1.5): the pattern holds). Real incomes
// (H12 eq. (3)) D = omega L/P, D* = L*/P; employment is revenue over wage, world spending E = omega L + L*:
// L_i = E s_i/omega (i in H), L*_i = E s_i (i in F). Home supplies both markets with goods 1 and 3.
TEST(OutputColumnsTradeGrowth, EquilibriumFreeTradeEveryColumn) {
  const double X = std::pow(kHome[0], kSigma - 1) + std::pow(kHome[2], kSigma - 1);
  const double N = std::pow(kForeign[1], kSigma - 1);
  const double omega = std::pow(kLaborForeign * X / (kLaborHome * N), 1.0 / kSigma);
  ASSERT_GT(omega, kHome[1] / kForeign[1]);
  ASSERT_LT(omega, kHome[0] / kForeign[0]);
  const double P1s = X * std::pow(omega, 1 - kSigma) + N, P = std::pow(P1s, 1.0 / (1 - kSigma));
  const double E = omega * kLaborHome + kLaborForeign;
  auto share = [&](double price) { return std::pow(price, 1 - kSigma) / P1s; };
  const std::vector<IndustryRow> want = {{1, 1, E * share(omega / kHome[0]) / omega, 0},
                                         {0, 0, 0, E * share(1.0 / kForeign[1])},
                                         {1, 1, E * share(omega / kHome[2]) / omega, 0}};
  expect_equilibrium_rows(run_csv_rows("trade-growth equilibrium " + kEconomy), omega, omega * kLaborHome / P,
                          kLaborForeign / P, want);
}

// Autarky (openness 0; H12 eqs. (7)-(8)): L_i = A_i^(sigma-1) L / sum_j A_j^(sigma-1) and
// D = L (sum_j A_j^(sigma-1))^(1/(sigma-1)) in each country; no relative wage (empty cell); each
// country supplies its own market only.
TEST(OutputColumnsTradeGrowth, EquilibriumAutarkyEveryColumn) {
  double sum_home = 0, sum_foreign = 0;
  for (int i = 0; i < 3; ++i) {
    sum_home += std::pow(kHome[i], kSigma - 1);
    sum_foreign += std::pow(kForeign[i], kSigma - 1);
  }
  std::vector<IndustryRow> want;
  for (int i = 0; i < 3; ++i)
    want.push_back({1, 0, std::pow(kHome[i], kSigma - 1) * kLaborHome / sum_home,
                    std::pow(kForeign[i], kSigma - 1) * kLaborForeign / sum_foreign});
  expect_equilibrium_rows(run_csv_rows("trade-growth equilibrium " + kEconomy + " --openness 0"), std::nan(""),
                          kLaborHome * std::pow(sum_home, 1 / (kSigma - 1)),
                          kLaborForeign * std::pow(sum_foreign, 1 / (kSigma - 1)), want);
}

namespace {

// An asymmetric learning matrix (row j sends, column i receives: dA_i/dt = sum_j tau_ji L_j, H12
// eq. (9)); its transpose gives other paths below.
const double kTau[3][3] = {{0.1, 0.2, 0.05}, {0.3, 0.1, 0.0}, {0.02, 0.4, 0.15}};
const std::string kTauFlag = "--tau-matrix '0.1,0.2,0.05;0.3,0.1,0;0.02,0.4,0.15'";

// Checks a `simulate` row: t, incomes, rel_wage (NaN: empty), A and L of both countries.
void expect_simulate_row(const CsvRow& row, double income_home, double income_foreign, double rel_wage,
                         const std::vector<double>& a_home, const std::vector<double>& a_foreign,
                         const std::vector<double>& l_home, const std::vector<double>& l_foreign) {
  const std::string at = " at t = " + row.at("t");
  expect_close(cell_number(row, "income_home"), income_home, 1e-9, "income_home" + at);
  expect_close(cell_number(row, "income_foreign"), income_foreign, 1e-9, "income_foreign" + at);
  if (std::isnan(rel_wage)) {
    EXPECT_EQ(row.at("rel_wage"), "") << at;
  } else {
    expect_close(cell_number(row, "rel_wage"), rel_wage, 1e-12, "rel_wage" + at);
  }
  for (std::size_t i = 0; i < a_home.size(); ++i) {
    const std::string k = std::to_string(i + 1);
    expect_close(cell_number(row, "A_home_" + k), a_home[i], 1e-9, "A_home_" + k + at);
    expect_close(cell_number(row, "A_foreign_" + k), a_foreign[i], 1e-9, "A_foreign_" + k + at);
    expect_close(cell_number(row, "L_home_" + k), l_home[i], 1e-9, "L_home_" + k + at);
    expect_close(cell_number(row, "L_foreign_" + k), l_foreign[i], 1e-9, "L_foreign_" + k + at);
  }
}

}  // namespace

// Cobb-Douglas (sigma = 1) with weights b = (2, 1, 1), beta_i = b_i / sum b = (1/2, 1/4, 1/4). In autarky
// each country spends beta_i on good i, so L_i = beta_i L is constant and eq. (9) integrates to
// A_i(t) = A_i(0) + t L sum_j tau_ji beta_j (foreign: L*); real income D = prod (x_i/beta_i)^beta_i with
// x_i = A_i beta_i L, i.e. D = L prod A_i^beta_i. Discrete periods of length h (A(t+h) = A(t) + h tau' L)
// follow the same line exactly, so a period too many or too few moves A.
TEST(OutputColumnsTradeGrowth, SimulateAutarkyCobbDouglasEveryColumn) {
  const double beta[3] = {0.5, 0.25, 0.25};
  for (const std::string time : {"", " --time discrete --period 0.5"}) {
    const auto rows = run_csv_rows(
        "trade-growth simulate --home 3,1,4 --foreign 2,3,1 --sigma 1 --weights 2,1,1 "
        "--labor-home 2 --labor-foreign 1 --regime autarky --horizon 4 --step 2 " +
        kTauFlag + time);
    ASSERT_EQ(rows.size(), 3u);
    for (const CsvRow& row : rows) {
      const double t = cell_number(row, "t");
      std::vector<double> ah(3), af(3), lh(3), lf(3);
      double dh = kLaborHome, df = kLaborForeign;
      for (int i = 0; i < 3; ++i) {
        double rate = 0;
        for (int j = 0; j < 3; ++j) rate += kTau[j][i] * beta[j];
        ah[i] = kHome[i] + t * kLaborHome * rate;
        af[i] = kForeign[i] + t * kLaborForeign * rate;
        lh[i] = beta[i] * kLaborHome;
        lf[i] = beta[i] * kLaborForeign;
        dh *= std::pow(ah[i], beta[i]);
        df *= std::pow(af[i], beta[i]);
      }
      expect_simulate_row(row, dh, df, std::nan(""), ah, af, lh, lf);
    }
  }
}

// Free trade, Cobb-Douglas, b = (2, 1, 1), A = (4, 1, 5), A* = (2, 3, 1), L = 2, L* = 1. Home makes
// H = {1, 3} (a = (2, 1/3, 5)); balanced trade L* beta_H = omega L beta_F gives omega = 1 * 0.75 /
// (2 * 0.25) = 1.5, inside (1/3, 2). World spending E = omega L + L* = 4: L_1 = E beta_1/omega = 4/3,
// L_3 = 2/3, L*_2 = E beta_2 = 1, all constant while the pattern holds, and it does: home's A_1, A_3
// and foreign's A*_2 grow, the others stay (only active industries learn). So A_i(t) = A_i(0) +
// t sum_j tau_ji L_j for active i; P = prod p_i^beta_i with p_i = omega/A_i (H), 1/A*_i (F); D = omega L/P,
// D* = L*/P (three times smaller here: swapping the two income columns fails).
TEST(OutputColumnsTradeGrowth, SimulateFreeTradeCobbDouglasEveryColumn) {
  const double beta[3] = {0.5, 0.25, 0.25}, a0[3] = {4, 1, 5}, omega = 1.5;
  const std::vector<double> lh = {4.0 / 3, 0, 2.0 / 3}, lf = {0, 1, 0};
  const auto rows = run_csv_rows(
      "trade-growth simulate --home 4,1,5 --foreign 2,3,1 --sigma 1 --weights 2,1,1 "
      "--labor-home 2 --labor-foreign 1 --horizon 4 --step 2 " +
      kTauFlag);
  ASSERT_EQ(rows.size(), 3u);
  for (const CsvRow& row : rows) {
    const double t = cell_number(row, "t");
    std::vector<double> ah(3), af(3);
    double log_p = 0;
    for (int i = 0; i < 3; ++i) {
      double rate_home = 0, rate_foreign = 0;
      for (int j = 0; j < 3; ++j) {
        rate_home += kTau[j][i] * lh[j];
        rate_foreign += kTau[j][i] * lf[j];
      }
      ah[i] = a0[i] + (lh[i] > 0 ? t * rate_home : 0.0);
      af[i] = kForeign[i] + (lf[i] > 0 ? t * rate_foreign : 0.0);
      log_p += beta[i] * std::log(lh[i] > 0 ? omega / ah[i] : 1.0 / af[i]);
    }
    const double P = std::exp(log_p);
    expect_simulate_row(row, omega * kLaborHome / P, kLaborForeign / P, omega, ah, af, lh, lf);
  }
}

// sigma = 2 in autarky with an equal diagonal tau = c I (c = 0.1): dA_i/dt = c L_i = c L A_i / S with
// S = sum_j A_j, so dS/dt = c L, S(t) = S(0) + c L t, and every A_i grows at the same rate:
// A_i(t) = A_i(0) S(t)/S(0); employment L_i = L A_i/S stays L A_i(0)/S(0); D = L S(t) (eq. (8) at sigma = 2).
TEST(OutputColumnsTradeGrowth, SimulateAutarkySigmaTwoEveryColumn) {
  const double c = 0.1, s_home = 8, s_foreign = 6;
  const auto rows = run_csv_rows(
      "trade-growth simulate --home 3,1,4 --foreign 2,3,1 --sigma 2 --labor-home 2 --labor-foreign 1 --regime "
      "autarky --horizon 6 --step 3 --tau-matrix '0.1,0,0;0,0.1,0;0,0,0.1'");
  ASSERT_EQ(rows.size(), 3u);
  for (const CsvRow& row : rows) {
    const double t = cell_number(row, "t");
    const double gh = 1 + c * kLaborHome * t / s_home, gf = 1 + c * kLaborForeign * t / s_foreign;
    std::vector<double> ah(3), af(3), lh(3), lf(3);
    for (int i = 0; i < 3; ++i) {
      ah[i] = kHome[i] * gh;
      af[i] = kForeign[i] * gf;
      lh[i] = kLaborHome * kHome[i] / s_home;
      lf[i] = kLaborForeign * kForeign[i] / s_foreign;
    }
    expect_simulate_row(row, kLaborHome * s_home * gh, kLaborForeign * s_foreign * gf, std::nan(""), ah, af, lh, lf);
  }
}
