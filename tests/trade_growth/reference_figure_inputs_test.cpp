// Figure inputs pinned to the paper: every number the H12 figure program (src/trade_growth/figures.cpp)
// takes from H12 is compared with the paper's printed table or text. Citations give the figure or table
// and the lines of the plain-text copy papers/004_57073390d113e5b8.txt (H12) where the values are
// printed; the page of the PDF is the one holding that figure.
#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "trade_growth/scenarios.hpp"

namespace tg = clustertrade::trade_growth;

namespace {

Eigen::MatrixXd matrix4(std::initializer_list<double> rows) {
  Eigen::MatrixXd m(4, 4);
  Eigen::Index k = 0;
  for (double x : rows) m(k / 4, k % 4) = x, ++k;
  return m;
}

Eigen::VectorXd vec4(double a, double b, double c, double d) {
  Eigen::VectorXd v(4);
  v << a, b, c, d;
  return v;
}

// H12 Table 1 (lines 768–779) with τ_W = .2 as printed in Fig. 2's "Spillovers matrix" panel
// (lines 802–810): .2 on the diagonal, 0 elsewhere.
const Eigen::MatrixXd kTable1 = matrix4({.2, 0, 0, 0, 0, .2, 0, 0, 0, 0, .2, 0, 0, 0, 0, .2});
// H12 Table 2 (lines 856–867) with τ = .2 as printed in the panels of Figs. 3, 4, 6 and 7 (lines 909–917,
// 976–984, 1166–1174, 1237–1245): row 1 = (0 .2 0 0), row 2 = (.2 0 0 0), row 3 = (0 0 0 .2),
// row 4 = (0 0 .2 0).
const Eigen::MatrixXd kTable2 = matrix4({0, .2, 0, 0, .2, 0, 0, 0, 0, 0, 0, .2, 0, 0, .2, 0});
// H12 Fig. 5's panel (lines 1031–1039): .5 at (1,1) and (2,2), zeros elsewhere (the composition effect:
// only industries 1 and 2 learn). Fig. 8 uses "the spillovers matrix and initial conditions shown in
// Figure 5" (line 1352).
const Eigen::MatrixXd kFig5 = matrix4({.5, 0, 0, 0, 0, .5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});

void expect_economy(const tg::Economy& e, const Eigen::VectorXd& home, const Eigen::VectorXd& foreign) {
  EXPECT_EQ(e.home, home);
  EXPECT_EQ(e.foreign, foreign);
  // Mirror-image, equal-sized countries with H12's unweighted CES (H12 §3, line 744; eq. (2)).
  EXPECT_EQ(e.labor_home, 1.0);
  EXPECT_EQ(e.labor_foreign, 1.0);
  EXPECT_EQ(e.weights.size(), 0);
}

}  // namespace

TEST(TradeGrowthFigureInputs, SpilloverMatricesMatchTablesOneAndTwo) {
  EXPECT_EQ(tg::within_industry_tau(0.2), kTable1);
  EXPECT_EQ(tg::cluster_tau(0.2), kTable2);
  EXPECT_EQ(tg::composition_tau(), kFig5);
}

// Fig. 2 (lines 812–818): Home 10 10 5 5, Foreign 5 5 10 10, Table 1.
TEST(TradeGrowthFigureInputs, FigureTwo) {
  const tg::Scenario s = tg::scenario(2, 2.0);
  EXPECT_EQ(s.params.tau, kTable1);
  expect_economy(s.params.economy, vec4(10, 10, 5, 5), vec4(5, 5, 10, 10));
}

// Fig. 3 (lines 919–925): Home 10 10 5 5, Foreign 5 5 10 10, Table 2.
TEST(TradeGrowthFigureInputs, FigureThree) {
  const tg::Scenario s = tg::scenario(3, 2.0);
  EXPECT_EQ(s.params.tau, kTable2);
  expect_economy(s.params.economy, vec4(10, 10, 5, 5), vec4(5, 5, 10, 10));
}

// Fig. 4 (lines 986–992): Home 10 5 10 5, Foreign 5 10 5 10, Table 2.
TEST(TradeGrowthFigureInputs, FigureFour) {
  const tg::Scenario s = tg::scenario(4, 2.0);
  EXPECT_EQ(s.params.tau, kTable2);
  expect_economy(s.params.economy, vec4(10, 5, 10, 5), vec4(5, 10, 5, 10));
}

// Fig. 5 (lines 1041–1047): Home 10 10 5 5, Foreign 5 5 10 10, the .5 composition matrix.
TEST(TradeGrowthFigureInputs, FigureFive) {
  const tg::Scenario s = tg::scenario(5, 2.0);
  EXPECT_EQ(s.params.tau, kFig5);
  expect_economy(s.params.economy, vec4(10, 10, 5, 5), vec4(5, 5, 10, 10));
}

// Fig. 6 (lines 1176–1182): Home 10 4 5 2, Foreign 2 5 4 10, Table 2.
TEST(TradeGrowthFigureInputs, FigureSix) {
  const tg::Scenario s = tg::scenario(6, 2.0);
  EXPECT_EQ(s.params.tau, kTable2);
  expect_economy(s.params.economy, vec4(10, 4, 5, 2), vec4(2, 5, 4, 10));
}

// Fig. 7 (lines 1247–1253): Home 10 4 6 2, Foreign 2 6 4 10, Table 2. (The text, lines 1216–1218, says
// Fig. 7 uses "the same initial conditions" as Fig. 6, but the panel prints 6 where Fig. 6 has 5; we
// follow the panel.) Industries 1 and 4 open at once, 2 and 3 later (lines 1218–1220).
TEST(TradeGrowthFigureInputs, FigureSevenAndItsGradualPolicy) {
  const tg::Scenario s = tg::scenario(7, 2.0);
  EXPECT_EQ(s.params.tau, kTable2);
  expect_economy(s.params.economy, vec4(10, 4, 6, 2), vec4(2, 6, 4, 10));
  const tg::Policy p = tg::gradual_liberalisation(12.5);
  EXPECT_EQ(p.liberalize_at, vec4(0.0, 12.5, 12.5, 0.0));
  EXPECT_FALSE(p.mobility);
  EXPECT_EQ(p.openness_when_open, 1.0);
}

// Fig. 8 (lines 1342–1352): Fig. 5's matrix and initial technologies, free migration from equal
// populations (line 1280), σ = 4/3 (ρ = 0.25) and σ = 4 (ρ = 0.75) — σ = 1/(1 − ρ) (line 353).
TEST(TradeGrowthFigureInputs, FigureEight) {
  const auto sigmas = tg::figure8_sigmas();
  EXPECT_DOUBLE_EQ(sigmas[0], 1.0 / (1.0 - 0.25));
  EXPECT_DOUBLE_EQ(sigmas[1], 1.0 / (1.0 - 0.75));
  for (double sigma : sigmas) {
    const tg::Scenario s = tg::scenario(8, sigma);
    EXPECT_EQ(s.params.tau, kFig5);
    EXPECT_EQ(s.params.economy.sigma, sigma);
    expect_economy(s.params.economy, vec4(10, 10, 5, 5), vec4(5, 5, 10, 10));
  }
  EXPECT_TRUE(tg::Policy::migration(4).mobility);
}

// Our h12-fig1: H12 Fig. 1 (line 641) is drawn without numbers; we draw it at Fig. 6's technologies,
// whose relative productivities a = (5, 0.8, 1.25, 0.2) give the decreasing step of eq. (11).
TEST(TradeGrowthFigureInputs, FigureOneUsesFigureSixTechnologies) {
  const tg::Economy e = tg::figure1_economy(2.0);
  expect_economy(e, vec4(10, 4, 5, 2), vec4(2, 5, 4, 10));
  EXPECT_EQ(e.sigma, 2.0);
}

TEST(TradeGrowthFigureInputs, OnlyFiguresTwoToEightHaveScenarios) {
  EXPECT_THROW(tg::scenario(1, 2.0), std::invalid_argument);
  EXPECT_THROW(tg::scenario(9, 2.0), std::invalid_argument);
}
