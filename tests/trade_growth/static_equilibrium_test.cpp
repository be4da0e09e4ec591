// Tests of the H12 static equilibrium (src/trade_growth/static_equilibrium.hpp). Expected values
// come from closed forms derived in the comments or from independent brute-force methods written
// here, never from the solver's own output.
#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <vector>

#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "trade_growth/static_equilibrium.hpp"

namespace tg = clustertrade::trade_growth;

namespace {

Eigen::VectorXd vec(std::initializer_list<double> v) {
  Eigen::VectorXd out(static_cast<Eigen::Index>(v.size()));
  Eigen::Index i = 0;
  for (double x : v) out[i++] = x;
  return out;
}

tg::Economy economy(Eigen::VectorXd h, Eigen::VectorXd f, double sigma, double l = 1.0, double ls = 1.0) {
  tg::Economy e;
  e.home = std::move(h);
  e.foreign = std::move(f);
  e.sigma = sigma;
  e.labor_home = l;
  e.labor_foreign = ls;
  return e;
}

tg::Economy random_economy(std::mt19937_64& rng, int n) {
  std::uniform_real_distribution<double> a(0.5, 20.0), s(0.6, 6.0), l(0.3, 3.0), b(0.2, 2.0);
  tg::Economy e;
  e.home.resize(n);
  e.foreign.resize(n);
  e.weights.resize(n);
  for (int i = 0; i < n; ++i) e.home[i] = a(rng), e.foreign[i] = a(rng), e.weights[i] = b(rng);
  e.sigma = s(rng);
  // Within about log(Σb)/709 of 1, H12's unnormalised income index (Σb)^{1/(σ-1)} overflows and the
  // solver refuses σ (tested in SigmaNearOne*); such draws use the Cobb–Douglas limit σ = 1 instead.
  if (std::fabs(e.sigma - 1.0) < 0.01) e.sigma = 1.0;
  e.labor_home = l(rng);
  e.labor_foreign = l(rng);
  return e;
}

// Independent free-trade solution by enumeration (H12 §2.2, our balanced-trade condition): in the
// comparative-advantage order, try "home makes the first k goods" for k = 1..n-1, giving
// ω_k^σ = (L*/L) Σ_{j<k} b_j A_j^{σ-1} / Σ_{j≥k} b_j A*_j^{σ-1}; it is the equilibrium when
// a_(k) ≥ ω_k ≥ a_(k+1). Otherwise the marginal good m with ω_{m-1} < a_(m) < ω_m is shared and ω = a_(m).
double free_trade_wage_by_enumeration(const tg::Economy& e) {
  const int n = static_cast<int>(e.size());
  std::vector<int> order(n);
  std::iota(order.begin(), order.end(), 0);
  auto a = [&](int i) { return e.home[i] / e.foreign[i]; };
  std::stable_sort(order.begin(), order.end(), [&](int x, int y) { return a(x) > a(y); });
  auto omega = [&](int k) {  // home makes order[0..k-1]
    double num = 0, den = 0;
    for (int j = 0; j < n; ++j) {
      const int i = order[j];
      const double b = e.weight(static_cast<std::size_t>(i));
      if (j < k)
        num += b * std::pow(e.home[i], e.sigma - 1);
      else
        den += b * std::pow(e.foreign[i], e.sigma - 1);
    }
    return std::pow(e.labor_foreign / e.labor_home * num / den, 1.0 / e.sigma);
  };
  for (int k = 1; k < n; ++k) {
    const double w = omega(k);
    if (a(order[k - 1]) >= w && w >= a(order[k])) return w;
  }
  for (int m = 0; m < n; ++m) {  // shared good order[m]: ω_m (home makes m goods) < a < ω_{m+1}
    const double lo = m == 0 ? 0.0 : omega(m);
    const double hi = m + 1 == n ? INFINITY : omega(m + 1);
    if (lo <= a(order[m]) && a(order[m]) <= hi) return a(order[m]);
  }
  return NAN;
}

}  // namespace

TEST(TradeGrowthStatic, AutarkyIncomeLinearInSumOfProductivitiesWhenSigmaIsTwo) {
  // H12 eqs. (1)-(8): with p_i = w/A_i, D = wL/P = L (Σ A_i^{σ-1})^{1/(σ-1)}; σ = 2 gives L Σ A_i.
  const tg::Economy e = economy(vec({10, 4, 5, 2}), vec({2, 5, 4, 10}), 2.0, 1.5, 0.5);
  const tg::Equilibrium eq = tg::solve_autarky(e);
  EXPECT_FALSE(eq.traded);
  EXPECT_TRUE(std::isnan(eq.rel_wage));
  // 1e-13 relative: a few roundings in a log-sum-exp of four terms.
  EXPECT_NEAR(eq.income_home, 1.5 * 21.0, 1e-13 * 31.5);
  EXPECT_NEAR(eq.income_foreign, 0.5 * 21.0, 1e-13 * 10.5);
  // Eq. (8): L_i = A_i^{σ-1} L / Σ A_j^{σ-1}.
  EXPECT_NEAR(eq.labor_home[0], 1.5 * 10.0 / 21.0, 1e-14);
  EXPECT_NEAR(eq.labor_foreign[3], 0.5 * 10.0 / 21.0, 1e-14);
}

TEST(TradeGrowthStatic, MirrorImageEconomiesHaveUnitRelativeWage) {
  // Symmetry: swapping the countries and reversing the industries maps the economy to itself, so
  // ω = 1/ω, i.e. ω = 1; with an odd n the middle good (a = 1) is shared half and half.
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> a(1.0, 20.0), s(0.7, 5.0);
  for (int trial = 0; trial < 50; ++trial) {
    const int n = 2 + trial % 5;
    Eigen::VectorXd h(n);
    for (int i = 0; i < n; ++i) h[i] = a(rng);
    const Eigen::VectorXd f = h.reverse();
    const tg::Equilibrium eq = tg::solve_free_trade(economy(h, f, s(rng)));
    // 1e-12: the root finder stops at a few ulps of ω = 1.
    EXPECT_NEAR(eq.rel_wage, 1.0, 1e-12) << "trial " << trial;
    EXPECT_NEAR(eq.income_home, eq.income_foreign, 1e-12 * eq.income_home);
  }
}

TEST(TradeGrowthStatic, FreeTradeWageMatchesEnumeration) {
  std::mt19937_64 rng(11);
  for (int trial = 0; trial < 300; ++trial) {
    const tg::Economy e = random_economy(rng, 1 + trial % 9);
    const tg::Equilibrium eq = tg::solve_free_trade(e);
    const double expected = free_trade_wage_by_enumeration(e);
    if (e.size() == 1) {
      // One good: both switch points equal a, the no-trade band is the single point ω = a and
      // each country makes its own good (no exchange is needed): reported as not traded.
      EXPECT_FALSE(eq.traded);
      continue;
    }
    // 1e-11 relative: enumeration computes ω through pow(), the solver through TOMS 748 to ~4 ulp.
    EXPECT_NEAR(eq.rel_wage, expected, 1e-11 * expected) << "trial " << trial;
  }
}

TEST(TradeGrowthStatic, MarketsClearAndTradeBalancesAtEverySolvedEquilibrium) {
  std::mt19937_64 rng(13);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  for (int trial = 0; trial < 400; ++trial) {
    const tg::Economy e = random_economy(rng, 1 + trial % 12);
    Eigen::VectorXd g(static_cast<Eigen::Index>(e.size()));
    for (Eigen::Index i = 0; i < g.size(); ++i) {
      const double r = u(rng);
      g[i] = r < 0.2 ? 0.0 : (r < 0.4 ? 1.0 : r);
    }
    const tg::Equilibrium eq = tg::solve_static_equilibrium(e, g);
    const tg::Residuals r = tg::equilibrium_residuals(e, g, eq);
    EXPECT_LE(r.labor_home, 1e-12) << "trial " << trial;
    EXPECT_LE(r.labor_foreign, 1e-12) << "trial " << trial;
    EXPECT_LE(r.trade_balance, 1e-12) << "trial " << trial;
    EXPECT_NEAR(eq.labor_home.sum(), e.labor_home, 1e-12 * e.labor_home);
    EXPECT_NEAR(eq.labor_foreign.sum(), e.labor_foreign, 1e-12 * e.labor_foreign);
    EXPECT_NEAR(eq.exports_home, eq.imports_home, 1e-12 * std::max(1.0, eq.imports_home));
  }
}

TEST(TradeGrowthStatic, InvariantToIndustryOrdering) {
  std::mt19937_64 rng(17);
  for (int trial = 0; trial < 100; ++trial) {
    const tg::Economy e = random_economy(rng, 2 + trial % 7);
    const auto n = static_cast<Eigen::Index>(e.size());
    Eigen::VectorXd g = Eigen::VectorXd::Constant(n, trial % 2 == 0 ? 1.0 : 0.8);
    std::vector<Eigen::Index> perm(static_cast<std::size_t>(n));
    std::iota(perm.begin(), perm.end(), Eigen::Index{0});
    std::shuffle(perm.begin(), perm.end(), rng);
    tg::Economy p = e;
    for (Eigen::Index i = 0; i < n; ++i) {
      p.home[i] = e.home[perm[static_cast<std::size_t>(i)]];
      p.foreign[i] = e.foreign[perm[static_cast<std::size_t>(i)]];
      p.weights[i] = e.weights[perm[static_cast<std::size_t>(i)]];
    }
    const tg::Equilibrium a = tg::solve_static_equilibrium(e, g), b = tg::solve_static_equilibrium(p, g);
    // Sums in a different order: agreement to 1e-12 relative.
    ASSERT_EQ(a.traded, b.traded);
    if (a.traded) {
      EXPECT_NEAR(a.rel_wage, b.rel_wage, 1e-12 * a.rel_wage);
    }
    EXPECT_NEAR(a.income_home, b.income_home, 1e-12 * a.income_home);
    for (Eigen::Index i = 0; i < n; ++i)
      EXPECT_NEAR(b.labor_home[i], a.labor_home[perm[static_cast<std::size_t>(i)]], 1e-12);
  }
}

TEST(TradeGrowthStatic, MarginalIndustryIsSharedOnAFlatStep) {
  // Hand derivation: σ = 1 (Cobb–Douglas) with shares β = (0.6, 0.4), L = 1, L* = 4,
  // A = (4, 1), A* = (1, 1), so a = (4, 1). If home made good 1 only, balanced trade would need
  // ω L β_2 = L* β_1, ω = 6 > a_1 = 4: impossible, so ω = a_1 = 4 and home makes a fraction θ of
  // good 1. World spending 4 + 4 = 8; home earnings θ·0.6·8 = ωL = 4 give θ = 5/6. Foreign labour:
  // (1/6)·0.6·8 = 0.8 in good 1 and 0.4·8 = 3.2 in good 2.
  tg::Economy e = economy(vec({4, 1}), vec({1, 1}), 1.0, 1.0, 4.0);
  e.weights = vec({0.6, 0.4});
  const tg::Equilibrium eq = tg::solve_free_trade(e);
  EXPECT_DOUBLE_EQ(eq.rel_wage, 4.0);
  EXPECT_NEAR(eq.home_share_home_market[0], 5.0 / 6.0, 1e-14);
  EXPECT_NEAR(eq.home_share_foreign_market[0], 5.0 / 6.0, 1e-14);
  EXPECT_EQ(eq.pattern.home_market[0], tg::Supplier::shared);
  EXPECT_NEAR(eq.labor_home[0], 1.0, 1e-14);
  EXPECT_NEAR(eq.labor_foreign[0], 0.8, 1e-14);
  EXPECT_NEAR(eq.labor_foreign[1], 3.2, 1e-14);
}

TEST(TradeGrowthStatic, PartialOpennessLimits) {
  std::mt19937_64 rng(19);
  for (int trial = 0; trial < 50; ++trial) {
    const tg::Economy e = random_economy(rng, 2 + trial % 6);
    const auto n = static_cast<Eigen::Index>(e.size());
    const tg::Equilibrium aut = tg::solve_autarky(e);
    // g → 0: the no-trade band max g a ≤ min a/g opens once g² ≤ min a / max a: autarky exactly.
    const tg::Equilibrium tiny = tg::solve_static_equilibrium(e, Eigen::VectorXd::Constant(n, 1e-6));
    EXPECT_FALSE(tiny.traded);
    EXPECT_NEAR(tiny.income_home, aut.income_home, 1e-13 * aut.income_home);
    EXPECT_NEAR(tiny.income_foreign, aut.income_foreign, 1e-13 * aut.income_foreign);
    const tg::Equilibrium zero = tg::solve_static_equilibrium(e, Eigen::VectorXd::Zero(n));
    EXPECT_NEAR(zero.income_home, aut.income_home, 1e-13 * aut.income_home);
    // g = 1 is free trade; g → 1 approaches it continuously (incomes are continuous in g).
    const tg::Equilibrium ft = tg::solve_free_trade(e);
    const tg::Equilibrium one = tg::solve_static_equilibrium(e, Eigen::VectorXd::Ones(n));
    EXPECT_EQ(one.rel_wage, ft.rel_wage);
    const tg::Equilibrium near = tg::solve_static_equilibrium(e, Eigen::VectorXd::Constant(n, 1.0 - 1e-9));
    EXPECT_NEAR(near.income_home, ft.income_home, 1e-6 * ft.income_home);
    EXPECT_NEAR(near.income_foreign, ft.income_foreign, 1e-6 * ft.income_foreign);
    // Static gains from trade (H12 App. B): free trade never lowers real income.
    EXPECT_GE(ft.income_home, aut.income_home * (1 - 1e-12));
    EXPECT_GE(ft.income_foreign, aut.income_foreign * (1 - 1e-12));
  }
}

TEST(TradeGrowthStatic, NotTradedIndustryStaysDomestic) {
  const tg::Economy e = economy(vec({10, 4, 5, 2}), vec({2, 5, 4, 10}), 2.0);
  const tg::Equilibrium eq = tg::solve_static_equilibrium(e, vec({1, 0, 0, 1}));
  EXPECT_TRUE(eq.traded);
  EXPECT_EQ(eq.home_share_home_market[1], 1.0);
  EXPECT_EQ(eq.home_share_foreign_market[1], 0.0);
  EXPECT_EQ(eq.home_share_foreign_market[0], 1.0);  // home exports good 1 (a = 5)
  EXPECT_EQ(eq.home_share_home_market[3], 0.0);     // and imports good 4 (a = 0.2)
}

TEST(TradeGrowthStatic, PrintedEquationTenDoubleCountsTheMarginalIndustry) {
  // Two goods, σ = 2, L = L*, A = (4, 1), A* = (1, 2). At z = 1 home makes good 1 and foreign good 2:
  // balanced trade ω² = A_1/A*_2 = 2 (H12 App. A's own last-but-one line), ω = √2. The printed
  // eq. (10) sums the foreign side from k = ẑ = 2 and adds (ẑ - z)A*_2 = A*_2 again: ω² = 4/4 = 1.
  const tg::Economy e = economy(vec({4, 1}), vec({1, 2}), 2.0);
  EXPECT_NEAR(tg::balanced_trade_wage(e, 1.0), std::sqrt(2.0), 1e-15);
  EXPECT_NEAR(tg::balanced_trade_wage_printed(e, 1.0), 1.0, 1e-15);
  // At z = 1.5 (half of good 2 at home): ω² = (4 + 0.5·1)/(0.5·2) = 4.5 ours; printed (4.5)/(2+1) = 1.5.
  EXPECT_NEAR(tg::balanced_trade_wage(e, 1.5), std::sqrt(4.5), 1e-14);
  EXPECT_NEAR(tg::balanced_trade_wage_printed(e, 1.5), std::sqrt(1.5), 1e-14);
  // The equilibrium lies on our curve: a = (4, 0.5) and ω = √2 ∈ (0.5, 4) at z = 1.
  EXPECT_NEAR(tg::solve_free_trade(e).rel_wage, std::sqrt(2.0), 1e-14);
  EXPECT_EQ(tg::relative_productivity_step(e, 0.5), 4.0);
  EXPECT_EQ(tg::relative_productivity_step(e, 1.5), 0.5);
}

TEST(TradeGrowthStatic, MobilityLocatesIndustriesByAbsoluteAdvantage) {
  // H12 §5: equal wages; world labour 2 split as A_max^{σ-1}/Σ; σ = 2, A = (10,10,5,5), A* = (5,5,10,10):
  // every industry's best productivity is 10, so each gets 2/4 = 0.5 and home keeps 1 and 2.
  const tg::Economy e = economy(vec({10, 10, 5, 5}), vec({5, 5, 10, 10}), 2.0);
  const tg::Equilibrium eq = tg::solve_mobility(e);
  EXPECT_NEAR(eq.labor_home.sum(), 1.0, 1e-14);
  EXPECT_NEAR(eq.labor_home[0], 0.5, 1e-14);
  EXPECT_EQ(eq.labor_home[2], 0.0);
  // With A_1 = 20 home gains population: 2·(20 + 10)/(20 + 30) = 1.2.
  tg::Economy f = e;
  f.home[0] = 20;
  EXPECT_NEAR(tg::solve_mobility(f).labor_home.sum(), 1.2, 1e-14);
}

TEST(TradeGrowthStatic, CobbDouglasIncomeUsesGeometricPriceIndex) {
  // σ = 1, equal weights, autarky: P = Π (w/A_i)^{1/n}, so D = L Π A_i^{1/n} (geometric mean).
  const tg::Economy e = economy(vec({8, 2}), vec({1, 1}), 1.0, 2.0, 1.0);
  EXPECT_NEAR(tg::solve_autarky(e).income_home, 2.0 * 4.0, 1e-14 * 8.0);
}

TEST(TradeGrowthStatic, RejectsNonPositiveProductivity) {
  EXPECT_THROW(tg::solve_free_trade(economy(vec({1, 0}), vec({1, 1}), 2.0)), clustertrade::InvalidParameter);
  EXPECT_THROW(tg::solve_free_trade(economy(vec({1, 1}), vec({-1, 1}), 2.0)), clustertrade::InvalidParameter);
}

TEST(TradeGrowthStatic, RejectsNonFiniteProductivity) {
  EXPECT_THROW(tg::solve_free_trade(economy(vec({1, NAN}), vec({1, 1}), 2.0)), clustertrade::InvalidParameter);
  EXPECT_THROW(tg::solve_free_trade(economy(vec({1, INFINITY}), vec({1, 1}), 2.0)), clustertrade::InvalidParameter);
}

TEST(TradeGrowthStatic, RejectsMismatchedSizes) {
  EXPECT_THROW(tg::solve_free_trade(economy(vec({1, 2}), vec({1, 1, 1}), 2.0)), clustertrade::InvalidParameter);
  tg::Economy e = economy(vec({1, 2}), vec({1, 1}), 2.0);
  e.weights = vec({1, 1, 1});
  EXPECT_THROW(tg::solve_free_trade(e), clustertrade::InvalidParameter);
  EXPECT_THROW(tg::solve_static_equilibrium(economy(vec({1, 2}), vec({1, 1}), 2.0), vec({1})),
               clustertrade::InvalidParameter);
}

TEST(TradeGrowthStatic, RejectsBadSigmaLabourWeightsOpenness) {
  EXPECT_THROW(tg::solve_free_trade(economy(vec({1, 2}), vec({1, 1}), 0.0)), clustertrade::InvalidParameter);
  EXPECT_THROW(tg::solve_free_trade(economy(vec({1, 2}), vec({1, 1}), NAN)), clustertrade::InvalidParameter);
  EXPECT_THROW(tg::solve_free_trade(economy(vec({1, 2}), vec({1, 1}), 2.0, 0.0)), clustertrade::InvalidParameter);
  EXPECT_THROW(tg::solve_free_trade(economy(vec({1, 2}), vec({1, 1}), 2.0, 1.0, -1.0)), clustertrade::InvalidParameter);
  tg::Economy e = economy(vec({1, 2}), vec({1, 1}), 2.0);
  e.weights = vec({1, 0});
  EXPECT_THROW(tg::solve_free_trade(e), clustertrade::InvalidParameter);
  EXPECT_THROW(tg::solve_static_equilibrium(economy(vec({1, 2}), vec({1, 1}), 2.0), vec({1, 1.5})),
               clustertrade::InvalidParameter);
  EXPECT_THROW(tg::solve_static_equilibrium(economy(vec({1, 2}), vec({1, 1}), 2.0), vec({-0.1, 1})),
               clustertrade::InvalidParameter);
  EXPECT_THROW(tg::solve_free_trade(economy(Eigen::VectorXd(0), Eigen::VectorXd(0), 2.0)),
               clustertrade::InvalidParameter);
}
