// Independent references for the H12 static equilibrium (src/trade_growth/static_equilibrium.cpp)
// with ASYMMETRIC taste weights b, UNEQUAL country sizes (L ≠ L*), openness strictly between 0 and 1,
// and labour mobility.
//
// The hand solution is Dornbusch–Fischer–Samuelson's with CES demand (H12 §2.2): with the foreign wage
// the numeraire and ω = w/w*, home delivers good i abroad at ω/(g_i A_i) and foreign delivers at home
// at 1/(g_i A*_i). Home exports i iff ω < g_i a_i, imports i iff ω > a_i/g_i (a_i = A_i/A*_i); in
// between the good is not traded. Each country spends a CES share s_i = b_i p_i^{1−σ}/Σ_j b_j p_j^{1−σ}
// of its income on good i at its own prices, and trade balances: L*·Σ_{exported} s*_i = ωL·Σ_{imported} s_i.
// With free trade and home making the first k goods in the comparative-advantage order, this gives
// ω^σ = (L*/L)·Σ_{j<k} b_j A_j^{σ−1} / Σ_{j≥k} b_j A*_j^{σ−1} (our derivation of H12 eq. (10)).
// Where the hand solution is not short, a test-local bisection on the trade balance above — a method
// different from the library's switch-point search — is the reference.
#include <cmath>
#include <vector>

#include <gtest/gtest.h>

#include "trade_growth/static_equilibrium.hpp"

namespace tg = clustertrade::trade_growth;

namespace {

Eigen::VectorXd static_vec(std::initializer_list<double> v) {
  Eigen::VectorXd out(static_cast<Eigen::Index>(v.size()));
  Eigen::Index i = 0;
  for (double x : v) out[i++] = x;
  return out;
}

tg::Economy economy(Eigen::VectorXd h, Eigen::VectorXd f, Eigen::VectorXd b, double sigma, double l, double ls) {
  tg::Economy e;
  e.home = std::move(h);
  e.foreign = std::move(f);
  e.weights = std::move(b);
  e.sigma = sigma;
  e.labor_home = l;
  e.labor_foreign = ls;
  return e;
}

// Home's prices (foreign-wage units) at relative wage w and openness g, from the DFS rules above.
Eigen::VectorXd home_prices(const tg::Economy& e, const Eigen::VectorXd& g, double w) {
  Eigen::VectorXd p(e.home.size());
  for (Eigen::Index i = 0; i < p.size(); ++i) {
    const double own = w / e.home[i], imported = g[i] > 0 ? 1.0 / (g[i] * e.foreign[i]) : INFINITY;
    p[i] = std::min(own, imported);
  }
  return p;
}
Eigen::VectorXd foreign_prices(const tg::Economy& e, const Eigen::VectorXd& g, double w) {
  Eigen::VectorXd p(e.home.size());
  for (Eigen::Index i = 0; i < p.size(); ++i) {
    const double own = 1.0 / e.foreign[i], imported = g[i] > 0 ? w / (g[i] * e.home[i]) : INFINITY;
    p[i] = std::min(own, imported);
  }
  return p;
}
Eigen::VectorXd shares(const tg::Economy& e, const Eigen::VectorXd& p) {
  Eigen::VectorXd s(p.size());
  for (Eigen::Index i = 0; i < p.size(); ++i) s[i] = e.weights[i] * std::pow(p[i], 1.0 - e.sigma);
  return s / s.sum();
}
// CES price index (Σ b p^{1−σ})^{1/(1−σ)}, or the Cobb–Douglas ∏ p^{β} at σ = 1.
double price_index(const tg::Economy& e, const Eigen::VectorXd& p) {
  if (e.sigma == 1.0) {
    const double bs = e.weights.sum();
    double lp = 0;
    for (Eigen::Index i = 0; i < p.size(); ++i) lp += e.weights[i] / bs * std::log(p[i]);
    return std::exp(lp);
  }
  double s = 0;
  for (Eigen::Index i = 0; i < p.size(); ++i) s += e.weights[i] * std::pow(p[i], 1.0 - e.sigma);
  return std::pow(s, 1.0 / (1.0 - e.sigma));
}

// Trade balance (exports − imports, foreign-wage units) at ω = w: exports fall and imports rise in w.
double excess_exports(const tg::Economy& e, const Eigen::VectorXd& g, double w) {
  const Eigen::VectorXd sh = shares(e, home_prices(e, g, w)), sf = shares(e, foreign_prices(e, g, w));
  double x = 0, m = 0;
  for (Eigen::Index i = 0; i < sh.size(); ++i) {
    const double a = e.home[i] / e.foreign[i];
    if (g[i] > 0 && w < g[i] * a) x += e.labor_foreign * sf[i];
    if (g[i] > 0 && w > a / g[i]) m += w * e.labor_home * sh[i];
  }
  return x - m;
}

// Bisection in log ω over [1e-6, 1e6], 200 halvings: the root (or the jump, where a good is shared).
double wage_by_bisection(const tg::Economy& e, const Eigen::VectorXd& g) {
  double lo = 1e-6, hi = 1e6;
  for (int k = 0; k < 200; ++k) {
    const double mid = std::sqrt(lo * hi);
    (excess_exports(e, g, mid) > 0 ? lo : hi) = mid;
  }
  return std::sqrt(lo * hi);
}

}  // namespace

// n = 2, σ = 2, b = (1, 3), L = 2, L* = 1, A = (4, 1), A* = (1, 2): a = (4, 0.5).
// Home makes good 1, foreign good 2: ω² = (1/2)·(1·4)/(3·2) = 1/3 ⇒ ω = 1/√3 ∈ [a_2, a_1] = [0.5, 4]. ✓
// Prices p = (ω/4, 1/2); home's CES sum Σ b p^{−1} = 4/ω + 6 = 4√3 + 6 ⇒ D = ωL·(4√3 + 6) = 8 + 4√3,
// D* = L*·(4√3 + 6) = 6 + 4√3. Employment: home employs all of L = 2 in good 1, foreign all of L* in good 2.
// Eq. (10) at z = 1 (home makes exactly good 1) gives the same ω; with L/L* inverted it would be
// (2·2/3)^{1/2} = 1.1547. At z = 0.5 (home makes half of good 1): numerator 0.5·b1A1 = 2, denominator
// b2A*2 + 0.5·b1A*1 = 6.5 ⇒ ω(0.5) = ((1/2)·2/6.5)^{1/2} = (2/13)^{1/2}.
TEST(TradeGrowthReference, TwoGoodsAsymmetricWeightsUnequalSizesHandSolution) {
  const tg::Economy e = economy(static_vec({4, 1}), static_vec({1, 2}), static_vec({1, 3}), 2.0, 2.0, 1.0);
  const tg::Equilibrium eq = tg::solve_free_trade(e);
  const double w = 1.0 / std::sqrt(3.0);
  EXPECT_NEAR(eq.rel_wage, w, 1e-13);
  EXPECT_NEAR(eq.income_home, 8.0 + 4.0 * std::sqrt(3.0), 1e-12);
  EXPECT_NEAR(eq.income_foreign, 6.0 + 4.0 * std::sqrt(3.0), 1e-12);
  EXPECT_NEAR(eq.labor_home[0], 2.0, 1e-12);
  EXPECT_NEAR(eq.labor_home[1], 0.0, 1e-12);
  EXPECT_NEAR(eq.labor_foreign[0], 0.0, 1e-12);
  EXPECT_NEAR(eq.labor_foreign[1], 1.0, 1e-12);
  EXPECT_EQ(eq.pattern.home_market[0], tg::Supplier::home);
  EXPECT_EQ(eq.pattern.foreign_market[0], tg::Supplier::home);
  EXPECT_EQ(eq.pattern.home_market[1], tg::Supplier::foreign);
  EXPECT_EQ(eq.pattern.foreign_market[1], tg::Supplier::foreign);
  // Exports = L*·s*_1 with s*_1 = (4/ω)/(4/ω + 6) = 4√3/(4√3 + 6).
  EXPECT_NEAR(eq.exports_home, 4.0 * std::sqrt(3.0) / (4.0 * std::sqrt(3.0) + 6.0), 1e-13);
  EXPECT_NEAR(eq.imports_home, eq.exports_home, 1e-13);
  EXPECT_NEAR(tg::balanced_trade_wage(e, 1.0), w, 1e-13);
  EXPECT_NEAR(tg::balanced_trade_wage(e, 0.5), std::sqrt(2.0 / 13.0), 1e-14);
}

// n = 3, σ = 2, b = (1, 2, 3), L = 2, L* = 1, A = (4, 2, 1), A* = (1, 2, 2): a = (4, 1, 0.5).
// Brute force over the cut k: k = 1: ω² = (1/2)·4/(2·2 + 3·2) = 0.2, ω = 0.447 < a_2 = 1 ✗;
// k = 2: ω² = (1/2)·(4 + 4)/6 = 2/3, ω = 0.8165 ∈ [a_3, a_2] = [0.5, 1] ✓.
// Eq. (10) at z = 1.5 (half of good 2 made at home): numerator b1A1 + 0.5·b2A2 = 4 + 2 = 6, denominator
// b3A*3 + (2 − 1.5)·b2A*2 = 6 + 2 = 8 ⇒ ω(1.5) = ((1/2)·6/8)^{1/2} = √0.375.
TEST(TradeGrowthReference, ThreeGoodsBruteForceCutAndEquationTen) {
  const tg::Economy e = economy(static_vec({4, 2, 1}), static_vec({1, 2, 2}), static_vec({1, 2, 3}), 2.0, 2.0, 1.0);
  EXPECT_NEAR(tg::solve_free_trade(e).rel_wage, std::sqrt(2.0 / 3.0), 1e-13);
  EXPECT_NEAR(tg::balanced_trade_wage(e, 1.5), std::sqrt(0.375), 1e-14);
  EXPECT_NEAR(tg::balanced_trade_wage(e, 2.0), std::sqrt(2.0 / 3.0), 1e-14);
  EXPECT_NEAR(tg::balanced_trade_wage(e, 1.0), std::sqrt(0.2), 1e-14);
  // The relative productivity step (eq. 11) in comparative-advantage order: a = 4 on (0, 1], 1 on (1, 2].
  EXPECT_EQ(tg::relative_productivity_step(e, 0.5), 4.0);
  EXPECT_EQ(tg::relative_productivity_step(e, 1.5), 1.0);
  EXPECT_EQ(tg::relative_productivity_step(e, 3.0), 0.5);
}

// Openness g = 0.5 in every industry, n = 2, σ = 2, b = (1, 1), L = L* = 1, A = (8, 1), A* = (1, 8):
// a = (8, 1/8). Home exports good 1 iff ω < 0.5·8 = 4; imports good 2 iff ω > (1/8)/0.5 = 1/4. By symmetry
// ω = 1; home's prices (1/8, 1/(0.5·8) = 1/4), so D = ωL/P with P^{−1} = 8 + 4 = 12: D = 12 (free
// trade would give 16). With g = 0.5 only in good 2 and free trade in good 1: home's prices
// (ω/8, 1/4), foreign's (ω/8, 1/8). Checked against the test-local bisection.
TEST(TradeGrowthReference, PartialOpennessHandValueAndBisection) {
  const tg::Economy e = economy(static_vec({8, 1}), static_vec({1, 8}), static_vec({1, 1}), 2.0, 1.0, 1.0);
  const tg::Equilibrium eq = tg::solve_static_equilibrium(e, static_vec({0.5, 0.5}));
  EXPECT_NEAR(eq.rel_wage, 1.0, 1e-13);
  EXPECT_NEAR(eq.income_home, 12.0, 1e-12);
  EXPECT_NEAR(eq.income_foreign, 12.0, 1e-12);
  const Eigen::VectorXd g = static_vec({1.0, 0.5});
  const tg::Equilibrium mixed = tg::solve_static_equilibrium(e, g);
  const double w = wage_by_bisection(e, g);
  EXPECT_NEAR(mixed.rel_wage, w, 1e-12 * w);
  EXPECT_NEAR(mixed.income_home, w * 1.0 / price_index(e, home_prices(e, g, w)), 1e-11);
  EXPECT_NEAR(mixed.income_foreign, 1.0 / price_index(e, foreign_prices(e, g, w)), 1e-11);
}

// A good left untraded by high trade costs: n = 3, σ = 3, b = (1, 2, 0.5), L = 1.5, L* = 1,
// A = (6, 3, 1), A* = (1, 2.5, 4), g = 0.6: a = (6, 1.2, 0.25). If ω lies in (0.6·1.2, 1.2/0.6) =
// (0.72, 2) good 2 is made by each country for itself. The bisection finds ω; the solver must agree and
// report good 2 as home-supplied at home and foreign-supplied abroad.
TEST(TradeGrowthReference, NonTradedMiddleGoodUnderIcebergCosts) {
  const tg::Economy e = economy(static_vec({6, 3, 1}), static_vec({1, 2.5, 4}), static_vec({1, 2, 0.5}), 3.0, 1.5, 1.0);
  const Eigen::VectorXd g = Eigen::VectorXd::Constant(3, 0.6);
  const double w = wage_by_bisection(e, g);
  ASSERT_GT(w, 0.72);
  ASSERT_LT(w, 2.0);
  const tg::Equilibrium eq = tg::solve_static_equilibrium(e, g);
  EXPECT_NEAR(eq.rel_wage, w, 1e-12 * w);
  EXPECT_EQ(eq.pattern.home_market[1], tg::Supplier::home);
  EXPECT_EQ(eq.pattern.foreign_market[1], tg::Supplier::foreign);
  EXPECT_EQ(eq.pattern.foreign_market[0], tg::Supplier::home);
  EXPECT_EQ(eq.pattern.home_market[2], tg::Supplier::foreign);
  EXPECT_NEAR(eq.income_home, w * 1.5 / price_index(e, home_prices(e, g, w)), 1e-11);
  EXPECT_NEAR(eq.income_foreign, 1.0 / price_index(e, foreign_prices(e, g, w)), 1e-11);
  // Employment: home's good-2 workers serve home's own market only: s_2·ωL/ω = s_2·L.
  const Eigen::VectorXd sh = shares(e, home_prices(e, g, w));
  EXPECT_NEAR(eq.labor_home[1], sh[1] * 1.5, 1e-11);
}

// Bisection against the solver on a spread of asymmetric cases: n = 2 and 3, σ ∈ {1, 1.5, 2, 4},
// openness in (0, 1], L ≠ L*, b ≠ 1. The solver's ω must match the bisection's to 1e-11 relative
// (the bisection's bracket after 200 halvings is below 1e-15), and real incomes must follow from it.
TEST(TradeGrowthReference, OpennessBetweenZeroAndOneAgreesWithBisection) {
  struct Case {
    tg::Economy e;
    Eigen::VectorXd g;
  };
  const std::vector<Case> cases = {
      {economy(static_vec({5, 2}), static_vec({1, 3}), static_vec({2, 1}), 2.0, 1.0, 3.0), static_vec({0.7, 0.9})},
      {economy(static_vec({5, 2}), static_vec({1, 3}), static_vec({2, 1}), 4.0, 0.5, 1.0), static_vec({0.8, 0.8})},
      {economy(static_vec({3, 2, 1}), static_vec({1, 1.5, 2.5}), static_vec({0.5, 1, 2}), 1.5, 2.0, 1.0),
       static_vec({0.9, 0.75, 0.95})},
      {economy(static_vec({9, 1, 4}), static_vec({2, 5, 3}), static_vec({1, 3, 1}), 1.0, 1.0, 2.5),
       static_vec({0.6, 1.0, 0.85})},
      {economy(static_vec({2, 7, 1.5}), static_vec({3, 1, 1}), static_vec({1, 1, 4}), 2.0, 3.0, 1.0),
       static_vec({1.0, 0.5, 0.7})},
  };
  for (std::size_t c = 0; c < cases.size(); ++c) {
    const auto& [e, g] = cases[c];
    const double w = wage_by_bisection(e, g);
    const tg::Equilibrium eq = tg::solve_static_equilibrium(e, g);
    ASSERT_TRUE(eq.traded) << c;
    EXPECT_NEAR(eq.rel_wage, w, 1e-11 * w) << "case " << c;
    EXPECT_NEAR(eq.income_home, w * e.labor_home / price_index(e, home_prices(e, g, w)), 1e-10 * eq.income_home)
        << "case " << c;
    EXPECT_NEAR(eq.income_foreign, e.labor_foreign / price_index(e, foreign_prices(e, g, w)), 1e-10 * eq.income_foreign)
        << "case " << c;
    const tg::Residuals r = tg::equilibrium_residuals(e, g, eq);
    EXPECT_LE(r.trade_balance, 1e-12) << c;
  }
}

// Free labour mobility (H12 §5): wages equalise (ω = 1), each industry locates where it is absolutely
// more productive, a tie splits evenly. A = (4, 1, 3), A* = (1, 2, 3), σ = 2, b = (1, 1, 2), L = 1.5,
// L* = 0.5. Prices p = 1/max(A, A*) = (1/4, 1/2, 1/3); shares ∝ b·max^{σ−1} = (4, 2, 6)/12.
// World labour 2: home employs (2/3, 0, 0.5) = 7/6, foreign (0, 1/3, 0.5) = 5/6.
// P = (Σ b p^{−1})^{−1} = 1/12 ⇒ D = 7/6·12 = 14, D* = 5/6·12 = 10.
TEST(TradeGrowthReference, MobilityWithUnequalSizesAndATie) {
  const tg::Economy e = economy(static_vec({4, 1, 3}), static_vec({1, 2, 3}), static_vec({1, 1, 2}), 2.0, 1.5, 0.5);
  const tg::Equilibrium eq = tg::solve_mobility(e);
  EXPECT_EQ(eq.rel_wage, 1.0);
  EXPECT_NEAR(eq.labor_home[0], 2.0 / 3.0, 1e-14);
  EXPECT_NEAR(eq.labor_home[1], 0.0, 1e-14);
  EXPECT_NEAR(eq.labor_home[2], 0.5, 1e-14);
  EXPECT_NEAR(eq.labor_foreign[1], 1.0 / 3.0, 1e-14);
  EXPECT_NEAR(eq.labor_foreign[2], 0.5, 1e-14);
  EXPECT_NEAR(eq.income_home, 14.0, 1e-12);
  EXPECT_NEAR(eq.income_foreign, 10.0, 1e-12);
  EXPECT_EQ(eq.pattern.home_market[2], tg::Supplier::shared);
}
