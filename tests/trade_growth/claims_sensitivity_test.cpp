// Checker sensitivity for the H12 claims (issue 10 part 2): for every claim one planted case just
// beyond its boundary, which the check must flag, and one just inside, which it must not. The
// boundaries are derived by hand in the comments. Planted paths use unequal incomes in the two
// countries and asymmetric learning matrices, so a swapped country or a transposed τ shows.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "trade_growth/claims_checks.hpp"
#include "trade_growth/static_equilibrium.hpp"

namespace tg = clustertrade::trade_growth;
namespace tc = clustertrade::trade_growth::claims;

namespace {

/// A path point with n industries: incomes (home, foreign), technologies and employment.
tg::PathPoint point(double t, double dh, double df, Eigen::VectorXd ah, Eigen::VectorXd af, Eigen::VectorXd lh,
                    Eigen::VectorXd lf) {
  tg::PathPoint p;
  p.t = t;
  p.income_home = dh;
  p.income_foreign = df;
  p.A_home = std::move(ah);
  p.A_foreign = std::move(af);
  p.L_home = std::move(lh);
  p.L_foreign = std::move(lf);
  return p;
}

/// A two-date path (t = 0, 1) of n = 2 industries with the given incomes at t = 1 (and at t = 0).
tg::Path income_path(double dh1, double df1, double dh0 = 3.0, double df0 = 2.0) {
  const Eigen::Vector2d a(1, 1), l(0.5, 0.5);
  tg::Path p;
  p.points = {point(0, dh0, df0, a, a, l, l), point(1, dh1, df1, a, a, l, l)};
  return p;
}

}  // namespace

// ---- h12.static-gains -----------------------------------------------------------------------

// The decision itself: a strict gain needs an import cost edge above kStaticTol = 1e-10 in BOTH
// countries; a loss is a margin below −1e-10.
TEST(H12Sensitivity, StaticGainsDecisionBoundaries) {
  EXPECT_FALSE(tc::static_gains_finding(1e-3, 2e-3, 2e-10, 0.02, 0.0).violated);   // edge just above the bound
  EXPECT_TRUE(tc::static_gains_finding(1e-3, 2e-3, 0.5e-10, 0.02, 0.0).violated);  // just below: no strict gain
  EXPECT_TRUE(tc::static_gains_finding(1e-3, 2e-3, 0.02, 0.0, 0.0).violated);      // foreign side, not only home
  EXPECT_TRUE(tc::static_gains_finding(-2e-10, 2e-3, 0.02, 0.02, 0.0).violated);   // a loss just beyond −1e-10
  const auto tie = tc::static_gains_finding(-0.5e-10, 2e-3, 0.02, 0.02, 0.0);      // within: tie, not violated
  EXPECT_FALSE(tie.violated);
  EXPECT_TRUE(tie.tie);
}

// A = (2, 1), A* = (1, 2), σ = 2, L* = 1. With home making good 1 alone (z = 1), eq. (10) gives
// ω = (L*/L)^(1/2)·(2^1/2^1)^(1/2) = L^(−1/2); the step of good 2 is A_2/A*_2 = 1/2, met at L = 4.
// L = 3.96 (below the boundary): ω = 3.96^(−1/2) = 0.502519 > 1/2, home imports good 2 whole. With σ = 2 the price
// index is P = 1/Σ(1/p_i), so home's real income is D = ωL(2/ω + 2) = L(2 + 2ω) against autarky
// L(A_1 + A_2) = 3L: a gain (2ω − 1)/3 = 0.00168. L = 4.04 (above it): ω is pinned at 1/2, home makes
// part of good 2 and imports nothing cheaper than it makes it: gain (2·0.5 − 1)/3 = 0, not strict.
TEST(H12Sensitivity, StaticGainsLargeCountryBoundary) {
  const auto cases = tc::fixed_static_cases();
  ASSERT_EQ(cases.size(), 3u);
  const auto inside = tc::check_static_gains(cases[1]);
  const auto beyond = tc::check_static_gains(cases[2]);
  EXPECT_FALSE(inside.violated) << inside.detail;
  // H12 App. B argues for any economy (before §3's mirror images): n = 2 with unequal sizes is in its setting,
  // so the zero gain of the large country below is an in-scope failure of "strict gains" (issue 19 B.10).
  EXPECT_TRUE(inside.in_scope);
  EXPECT_TRUE(tc::check_static_gains(cases[2]).in_scope);
  const double omega = 1.0 / std::sqrt(3.96);
  EXPECT_NEAR(inside.value, (2.0 * omega - 1.0) / 3.0, 1e-9);  // home gains less than foreign here
  EXPECT_TRUE(beyond.violated) << beyond.detail;
  EXPECT_NEAR(beyond.value, 0.0, 1e-12);
  // Fig. 2 (in scope): ω = 1, D_trade = Σ max(A_i, A*_i) = 40 vs D_aut = 30 (σ = 2): gain 1/3 each.
  const auto fig2 = tc::check_static_gains(cases[0]);
  EXPECT_TRUE(fig2.in_scope);
  EXPECT_FALSE(fig2.violated);
  EXPECT_NEAR(fig2.value, 1.0 / 3.0, 1e-12);
}

// ---- h12.eq10 -------------------------------------------------------------------------------

TEST(H12Sensitivity, Eq10ToleranceBoundary) {
  EXPECT_TRUE(tc::eq10_finding(1.0 + 1.1e-6, 1.0).violated);
  EXPECT_FALSE(tc::eq10_finding(1.0 + 0.9e-6, 1.0).violated);
  EXPECT_TRUE(tc::eq10_finding(1.0 - 1.1e-6, 1.0).violated);
}

// Fig. 2, σ = 2: z = 2, the correct form gives ω = ((10 + 10)/(10 + 10))^(1/2) = 1, the printed one
// counts foreign's industry 3 twice: ω = (20/30)^(1/2); relative error 1 − sqrt(2/3) = 0.18350.
// The unequal-size case (L = 2.5, n = 3, σ = 3): our derived form must reproduce the solver (so an
// inverted L*/L in either fails here) while the printed one misses it.
TEST(H12Sensitivity, Eq10PrintedFormMissesEveryEquilibrium) {
  const auto cases = tc::fixed_eq10_cases();
  const auto fig2 = tc::check_eq10(cases[0]);
  EXPECT_TRUE(fig2.violated);
  EXPECT_NEAR(fig2.value, 1.0 - std::sqrt(2.0 / 3.0), 1e-12);
  const auto& e = cases[1].params.economy;
  const tg::Equilibrium eq = tg::solve_free_trade(e);
  const double z = eq.home_share_home_market.sum();
  EXPECT_NEAR(tc::eq10_wage(e, z, false) / eq.rel_wage, 1.0, 1e-10);
  EXPECT_TRUE(tc::check_eq10(cases[1]).violated);
}

// Why the printed form is a misprint (failure kind): H12 §2.2 states eta(z) -> +inf as z -> n, and
// App. A's own per-good labour demands give foreign a share (ẑ − z) of the marginal good and all of the
// goods after it. On Fig. 2 (σ = 2, CA order A/A* = 2, 2, 1/2, 1/2) at z = 4 − 1e-9 the printed
// denominator keeps foreign's last good whole: ω → ((10 + 10 + 5 + 5)/10)^(1/2) = sqrt(3), finite; the
// derivation's denominator (1e-9·10) vanishes: ω = (30/1e-8)^(1/2) ≈ 5.5e4.
TEST(H12Sensitivity, Eq10PrintedFormBreaksThePapersOwnLimit) {
  tg::Economy fig2;
  fig2.home = Eigen::Vector4d(10, 10, 5, 5);
  fig2.foreign = Eigen::Vector4d(5, 5, 10, 10);
  fig2.sigma = 2.0;
  EXPECT_NEAR(tc::eq10_wage(fig2, 4.0 - 1e-9, true), std::sqrt(3.0), 1e-8);
  EXPECT_NEAR(tc::eq10_wage(fig2, 4.0 - 1e-9, false) / std::sqrt(30.0 / 1e-8), 1.0, 1e-6);
}

// ---- h12.unique -----------------------------------------------------------------------------

// A log grid of 2000 intervals on [0.5, 4] has spacing ln(8)/2000 = 1.04e-3; roots at 1 and 1.01 are
// ln(1.01)/1.04e-3 = 9.6 intervals apart, so three sign changes must be seen (flag); one root
// bracketing the solver's ω must not be flagged; a solver ω outside the bracket must be.
TEST(H12Sensitivity, UniqueCountsSignChanges) {
  auto three = [](double w) { return (w - 1.0) * (w - 1.01) * (w - 2.0); };
  auto one = [](double w) { return 1.0 - w; };
  EXPECT_TRUE(tc::unique_finding(three, 0.5, 4.0, 2000, 1.0).violated);
  EXPECT_EQ(tc::unique_finding(three, 0.5, 4.0, 2000, 1.0).value, 3.0);
  EXPECT_FALSE(tc::unique_finding(one, 0.5, 4.0, 2000, 1.0).violated);
  EXPECT_TRUE(tc::unique_finding(one, 0.5, 4.0, 2000, 1.01).violated);
}

// ---- h12.prop1 ------------------------------------------------------------------------------

// Autarky: home 2.5 → 4, foreign 1.5 → 2.5; trade starts at 3 and 2 (static gains). Trade must stay above at every
// date: a shortfall of 1e-5 relative at t = 1 in foreign is beyond the 1e-9 bound (a loosened 1e-3 bound would miss
// it); +1e-8 is inside; −5e-10 is a tie, counted but not a violation.
TEST(H12Sensitivity, Prop1IncomeBoundary) {
  const tg::Path aut = income_path(4.0, 2.5, 2.5, 1.5);
  auto with = [](double rel) { return income_path(4.4, 2.5 * (1.0 + rel)); };
  EXPECT_TRUE(tc::prop1_finding(with(-1e-5), aut).violated);
  EXPECT_FALSE(tc::prop1_finding(with(1e-8), aut).violated);
  EXPECT_FALSE(tc::prop1_finding(with(1e-8), aut).tie);
  const auto tie = tc::prop1_finding(with(-5e-10), aut);
  EXPECT_FALSE(tie.violated);
  EXPECT_TRUE(tie.tie);
  // Home, not only foreign: 4·(1 − 1e-5) at home.
  EXPECT_TRUE(tc::prop1_finding(income_path(4.0 * (1.0 - 1e-5), 3.0), aut).violated);
}

// Fig. 2 at σ = 2 (in scope): at t = 0 the static gain is 40/30 − 1 = 1/3 (see StaticGains above),
// and the check must hold with a positive margin no larger than that.
TEST(H12Sensitivity, Prop1HoldsOnFigureTwo) {
  const auto f = tc::check_prop1(tc::fixed_prop1_cases()[0]);
  EXPECT_TRUE(f.premise);
  EXPECT_TRUE(f.in_scope);
  EXPECT_FALSE(f.violated) << f.detail;
  EXPECT_GT(f.margin, 0.0);
  EXPECT_LE(f.margin, 1.0 / 3.0 + 1e-12);
}

// ---- h12.prop1-fn10 / h12.prop2 / h12.prop3-level ------------------------------------------

namespace {

/// Two dates of n = 2 industries: technologies under trade (home, foreign) and under autarky, with
/// home making industry 1 and foreign industry 2 under trade, both making both under autarky.
std::pair<tg::Path, tg::Path> tech_paths(Eigen::Vector2d th, Eigen::Vector2d tf, Eigen::Vector2d ah,
                                         Eigen::Vector2d af) {
  const Eigen::Vector2d a0(5, 5), l(0.6, 0.4);
  tg::Path tr, au;
  tr.points = {point(0, 3, 2, a0, a0, Eigen::Vector2d(1, 0), Eigen::Vector2d(0, 1)),
               point(1, 3, 2, th, tf, Eigen::Vector2d(1, 0), Eigen::Vector2d(0, 1))};
  au.points = {point(0, 2, 1, a0, a0, l, l), point(1, 2, 1, ah, af, l, l)};
  return {tr, au};
}

}  // namespace

// Fn. 10: the split industry (index 1) under trade must not exceed autarky in either country;
// 1e-5 above (beyond) is flagged, 1e-5 below (inside) is not.
TEST(H12Sensitivity, Fn10SplitIndustryBoundary) {
  auto [tr, au] =
      tech_paths(Eigen::Vector2d(6, 7), Eigen::Vector2d(4, 8), Eigen::Vector2d(6, 7), Eigen::Vector2d(4, 8));
  tr.points[1].A_foreign[1] = 8.0 * (1.0 + 1e-5);
  EXPECT_TRUE(tc::fn10_finding(tr, au, 1).violated);
  tr.points[1].A_foreign[1] = 8.0 * (1.0 - 1e-5);
  EXPECT_FALSE(tc::fn10_finding(tr, au, 1).violated);
}

// Prop. 2: technology in use (industry 1: home's 9; industry 2: foreign's 9) must exceed the better
// autarky technology (max(8, 8.5) = 8.5 and max(6, 9·(1 ∓ 1e-5))).
TEST(H12Sensitivity, Prop2TechnologyBoundary) {
  auto [tr, au] = tech_paths(Eigen::Vector2d(9, 1), Eigen::Vector2d(1, 9), Eigen::Vector2d(8, 6),
                             Eigen::Vector2d(8.5, 9.0 * (1.0 + 1e-5)));
  EXPECT_TRUE(tc::prop2_finding(tr, au).violated);
  au.points[1].A_foreign[1] = 9.0 * (1.0 - 1e-5);
  EXPECT_FALSE(tc::prop2_finding(tr, au).violated);
}

// Prop. 3 (levels): H12's reading compares with the LOWER autarky technology, the narrower reading
// with the producer's own. Home makes 1 at 5.0 (frozen); autarky: home 5.5, foreign 5·(1 ∓ 1e-5).
TEST(H12Sensitivity, Prop3LevelBothReadings) {
  auto [tr, au] = tech_paths(Eigen::Vector2d(5, 1), Eigen::Vector2d(1, 5), Eigen::Vector2d(5.5, 6),
                             Eigen::Vector2d(5.0 * (1.0 - 1e-5), 6));
  EXPECT_TRUE(tc::prop3_level_finding(tr, au, false).violated);  // 5 above the lower autarky 4.99995
  EXPECT_FALSE(tc::prop3_level_finding(tr, au, true).violated);  // below home's own 5.5, foreign's own 6
  au.points[1].A_foreign[0] = 5.0 * (1.0 + 1e-5);
  EXPECT_FALSE(tc::prop3_level_finding(tr, au, false).violated);
}

// ---- h12.prop3-growth (asymmetric τ: catches a transposed learning law) -----------------------

// eq. (9): Ȧ_i = Σ_j τ_ji L_j, row j sends. τ = [[0, 0.3], [0.1, 0]], L = (0.7, 0.3):
// Ȧ_1 = τ_21 L_2 = 0.03, Ȧ_2 = τ_12 L_1 = 0.21 (transposed would give 0.09 and 0.07).
TEST(H12Sensitivity, LearningRateRowsSendColumnsReceive) {
  Eigen::Matrix2d tau;
  tau << 0.0, 0.3, 0.1, 0.0;
  const Eigen::VectorXd r = tc::learning_rate(tau, Eigen::Vector2d(0.7, 0.3));
  EXPECT_NEAR(r[0], 0.03, 1e-15);
  EXPECT_NEAR(r[1], 0.21, 1e-15);
  EXPECT_EQ(tc::learning_rate(tau, Eigen::Vector2d(0.7, 0.0))[1], 0.0);  // inactive industry: no learning
}

// Under trade home makes only industry 1 (L = (1, 0)): it learns τ_11 = 0.1. In autarky (L = (0.7, 0.3))
// it learns 0.1·0.7 + τ_21·0.3. Boundary τ_21 = 0.1 (autarky 0.1 = trade). τ_21 = 0.09 (beyond): autarky
// 0.097 < 0.1, flagged; τ_21 = 0.11 (inside): 0.103 > 0.1, not flagged. τ_12 = 0.3, so a transposed law
// would read 0.07 + 0.09 = 0.16 and never flag: the planted case catches the transposition.
TEST(H12Sensitivity, Prop3GrowthAsymmetricTauBoundary) {
  auto paths = [](double tau21) {
    Eigen::Matrix2d tau;
    tau << 0.1, 0.3, tau21, 0.0;
    const Eigen::Vector2d a(5, 5);
    tg::Path tr, au;
    tr.points = {point(0, 3, 2, a, a, Eigen::Vector2d(1, 0), Eigen::Vector2d(0, 1)),
                 point(1, 3, 2, a, a, Eigen::Vector2d(1, 0), Eigen::Vector2d(0, 1))};
    au.points = {point(0, 2, 1, a, a, Eigen::Vector2d(0.7, 0.3), Eigen::Vector2d(0.7, 0.3)),
                 point(1, 2.2, 1.1, a, a, Eigen::Vector2d(0.7, 0.3), Eigen::Vector2d(0.7, 0.3))};
    return tc::prop3_growth_finding(tau, tr, au);
  };
  EXPECT_TRUE(paths(0.09).violated) << paths(0.09).detail;
  EXPECT_FALSE(paths(0.11).violated) << paths(0.11).detail;
}

// Income growth part: autarky grows ln(1.1) in both; trade growing 1e-5 faster in one country is flagged.
TEST(H12Sensitivity, Prop3GrowthIncomeBoundary) {
  Eigen::Matrix2d tau;
  tau << 0.0, 0.3, 0.1, 0.0;  // under trade nothing learns (partners abroad); autarky learns
  const Eigen::Vector2d a(5, 5);
  auto run = [&](double foreign_growth) {
    tg::Path tr, au;
    tr.points = {point(0, 3, 2, a, a, Eigen::Vector2d(1, 0), Eigen::Vector2d(0, 1)),
                 point(1, 3, 2 * std::exp(foreign_growth), a, a, Eigen::Vector2d(1, 0), Eigen::Vector2d(0, 1))};
    au.points = {point(0, 2, 1, a, a, Eigen::Vector2d(0.6, 0.4), Eigen::Vector2d(0.6, 0.4)),
                 point(1, 2.2, 1.1, a, a, Eigen::Vector2d(0.6, 0.4), Eigen::Vector2d(0.6, 0.4))};
    return tc::prop3_growth_finding(tau, tr, au);
  };
  EXPECT_TRUE(run(std::log(1.1) + 1e-5).violated);
  EXPECT_FALSE(run(std::log(1.1) - 1e-5).violated);
}

// ---- h12.mirror-income ----------------------------------------------------------------------

TEST(H12Sensitivity, MirrorIncomeBoundary) {
  EXPECT_TRUE(tc::mirror_finding(income_path(4.0, 4.0 * (1.0 + 2e-5), 3.0, 3.0), "trade").violated);  // beyond 1e-5
  const auto inside = tc::mirror_finding(income_path(4.0, 4.0 * (1.0 + 5e-6), 3.0, 3.0), "trade");
  EXPECT_FALSE(inside.violated);
  EXPECT_TRUE(inside.tie);  // above 1e-9: recorded as a tie
  // τ mirror-symmetric but not symmetric (τ_12 = τ_32 = 0.3, τ_21 = τ_23 = 0.1): the scope test.
  const auto fixed = tc::fixed_mirror_cases();
  EXPECT_TRUE(tc::mirror_symmetric_tau(fixed[0].params.tau));
  EXPECT_NE((fixed[0].params.tau - fixed[0].params.tau.transpose()).cwiseAbs().maxCoeff(), 0.0);  // asymmetric
  EXPECT_FALSE(tc::mirror_symmetric_tau(fixed[1].params.tau));  // Fig. 5's diag(0.5, 0.5, 0, 0)
}

// ---- h12.s3.3-composition, both measures ------------------------------------------------------

// Three dates. Autarky: home 10 → 11 → 12.1, foreign 10 → 11 → 12.1 (growth ln 1.1 per period).
// Trade: home 12 → 13.5 → 15.3 (faster every period); foreign 12 → 12.6 → x. Per-period measure:
// foreign's second period must grow below ln 1.1: x = 12.6·1.1·(1 ± 1e-5) is beyond / inside.
// Overall measure: foreign's ln(x/12) vs ln(1.21): with x = 12.6·1.1·(1 + 1e-5) = 13.86 it is
// ln(1.155) < ln(1.21): the overall measure holds where the per-period one fails.
TEST(H12Sensitivity, CompositionPerPeriodAndOverallMeasuresDiffer) {
  auto run = [](double rel) {
    const Eigen::Vector2d a(1, 1), l(0.5, 0.5);
    tg::Path tr, au;
    tr.points = {point(0, 12, 12, a, a, l, l), point(1, 13.5, 12.6, a, a, l, l),
                 point(2, 15.3, 12.6 * 1.1 * (1.0 + rel), a, a, l, l)};
    au.points = {point(0, 10, 10, a, a, l, l), point(1, 11, 11, a, a, l, l), point(2, 12.1, 12.1, a, a, l, l)};
    return std::make_pair(tc::composition_finding(tr, au), tc::composition_overall_finding(tr, au));
  };
  EXPECT_TRUE(run(1e-5).first.violated);
  EXPECT_FALSE(run(-1e-5).first.violated);
  EXPECT_FALSE(run(1e-5).second.violated);
}

// Overall measure boundary: foreign grows ln(1.21)·(1 ± 1e-6)/2 per unit time against autarky ln(1.21)/2.
TEST(H12Sensitivity, CompositionOverallBoundary) {
  auto run = [](double rel) {
    const Eigen::Vector2d a(1, 1), l(0.5, 0.5);
    tg::Path tr, au;
    tr.points = {point(0, 12, 12, a, a, l, l), point(2, 15.3, 12 * std::exp(std::log(1.21) * (1 + rel)), a, a, l, l)};
    au.points = {point(0, 10, 10, a, a, l, l), point(2, 12.1, 12.1, a, a, l, l)};
    return tc::composition_overall_finding(tr, au);
  };
  EXPECT_TRUE(run(1e-6).violated);
  EXPECT_FALSE(run(-1e-6).violated);
}

// ---- h12.s3.4-combined ----------------------------------------------------------------------

TEST(H12Sensitivity, CombinedThresholdForm) {
  const std::vector<double> r = {0.5, 1, 2, 4};
  EXPECT_FALSE(tc::threshold_finding({false, false, true, true}, r).violated);  // one switch, no → yes
  EXPECT_FALSE(tc::threshold_finding({false, false, false, false}, r).violated);
  EXPECT_TRUE(tc::threshold_finding({false, true, false, true}, r).violated);  // two switches
  EXPECT_TRUE(tc::threshold_finding({true, true, false, false}, r).violated);  // yes → no
}

// ---- h12.s5-mobility ------------------------------------------------------------------------

TEST(H12Sensitivity, MobilityBoundaries) {
  const tg::Path fixed = income_path(4.0, 3.0);
  EXPECT_TRUE(tc::mobility_same_finding(income_path(4.0 * (1 + 2e-7), 3.0), fixed, 1.0).violated);
  EXPECT_FALSE(tc::mobility_same_finding(income_path(4.0 * (1 + 5e-8), 3.0), fixed, 1.0).violated);
  // Population must rise on every interval: home 1.2 → 1.2 (flat) is flagged; 1.2 → 1.2001 is not,
  // with income per head equal (home 2.4/1.2 = foreign 1.6/0.8 = 2).
  auto migration = [](double l1) {
    tg::Path p;
    const Eigen::Vector2d a(1, 1);
    p.points = {point(0, 2.4, 1.6, a, a, Eigen::Vector2d(0.6, 0.6), Eigen::Vector2d(0.4, 0.4)),
                point(1, 2.0 * l1, 2.0 * (2.0 - l1), a, a, Eigen::Vector2d(l1 / 2, l1 / 2),
                      Eigen::Vector2d((2.0 - l1) / 2, (2.0 - l1) / 2))};
    return tc::mobility_composition_finding(p);
  };
  EXPECT_TRUE(migration(1.2).violated);
  EXPECT_FALSE(migration(1.2001).violated);
}

// ---- h12.s4-delay / h12.s4-gradual -----------------------------------------------------------

TEST(H12Sensitivity, PolicyDecision) {
  tc::PolicyOutcome o;
  o.date = 9.9;
  o.full_delay_date = 10.0;
  o.overtake = 20.0;
  o.low_rho_gain = 1e-3;
  o.rho_bar = 0.05;
  EXPECT_FALSE(tc::policy_finding(o, true).violated);
  o.date = 10.0;  // gradual needs a strictly shorter date
  EXPECT_TRUE(tc::policy_finding(o, true).violated);
  EXPECT_FALSE(tc::policy_finding(o, false).violated);
  o.low_rho_gain = -1e-12;  // not mutually preferred at ρ = 0.01
  EXPECT_TRUE(tc::policy_finding(o, false).violated);
  o.low_rho_gain = 1e-3;
  o.overtake = -1.0;  // never overtakes
  EXPECT_TRUE(tc::policy_finding(o, false).violated);
}

// ---- ill-conditioned paths: the unstable split of a shared industry ----------------------------

// resolvable_or_tie(): a violation whose margin moves by more than kPathTol = 1e-9 when home's A(0) is
// scaled by 1 ± 1e-12 becomes a tie; one that moves less stays a violation; a finding that holds is
// returned without re-running. Planted comparisons: the margin is −1e-3 + g·(A_1 − 2), so the probe
// (A_1 = 2 ± 2e-12) moves it by 2e-12·g: g = 4e2 moves it 8e-10 (inside), g = 6e2 by 1.2e-9 (beyond).
TEST(H12Sensitivity, ViolationsMustSurviveAProbeOfTheInitialState) {
  tc::Case c;
  c.params.economy.home = Eigen::Vector2d(2, 1);
  c.params.economy.foreign = Eigen::Vector2d(1, 2);
  int calls = 0;
  auto raw_with_gain = [&](double gain) {
    return [&calls, gain](const tc::Case& d) {
      ++calls;
      clustertrade::Finding f;
      f.margin = -1e-3 + gain * (d.params.economy.home[0] - 2.0);
      f.violated = true;
      return f;
    };
  };
  clustertrade::Finding violated;
  violated.margin = -1e-3;
  violated.violated = true;
  const auto kept = tc::resolvable_or_tie(c, violated, raw_with_gain(4e2));
  EXPECT_TRUE(kept.violated);
  EXPECT_FALSE(kept.tie);
  EXPECT_EQ(calls, 2);  // + and − probes
  const auto tied = tc::resolvable_or_tie(c, violated, raw_with_gain(6e2));
  EXPECT_FALSE(tied.violated);
  EXPECT_TRUE(tied.tie);
  EXPECT_NE(tied.detail.find("not resolvable"), std::string::npos);
  clustertrade::Finding holds;
  holds.margin = 0.5;
  calls = 0;
  EXPECT_FALSE(tc::resolvable_or_tie(c, holds, raw_with_gain(6e2)).tie);
  EXPECT_EQ(calls, 0);
}

// Fn. 10's knife edge in continuous time. A = (10, 1, 9), A* = (9, 1, 10), σ = 6, τ_22 = 0.4 only. By
// symmetry ω = 1 and industry 2 (a_2 = 1) is split equally. Spending shares go as p^(1−σ): 10^5 for
// goods 1 and 3 (p = 1/10), 1 for good 2 (p = 1), so world employment in good 2 is 2/(2·10^5 + 1) and
// each country employs 1/200001 = 4.99998e-6 there, below its autarky 1/(10^5 + 9^5 + 1) = 6.2873e-6:
// on the exact (symmetric) path fn. 10 holds. Off the split, a_2 = 1 + ε raises ω by ε; home's
// revenue from good 1 falls by about 3ε of its labour, which moves into good 2, so L_2 − L*_2 ≈ 6ε and
// ε' ≈ τ_22·6ε = 2.4ε. Rounding (~1e-16) reaches ε ≈ 1.7e-6, where one country takes the whole
// industry, near t ≈ 10; that country then learns at 0.4·1e-5, faster than under autarky. The computed
// path does this (fn10_paths() violates); the probe of A(0) by 1 ± 1e-12 moves the margin by far more
// than 1e-9, so the check records a tie, not a counterexample.
TEST(H12Sensitivity, Fn10UnstableSplitIsATieNotACounterexample) {
  tc::Case c;
  c.params.economy.home = Eigen::Vector3d(10, 1, 9);
  c.params.economy.foreign = Eigen::Vector3d(9, 1, 10);
  c.params.economy.sigma = 6.0;
  c.params.tau = Eigen::MatrixXd::Zero(3, 3);
  c.params.tau(1, 1) = 0.4;
  c.horizon = 20.0;
  const tg::Path trade = tc::run_path(c, c.trade_policy()), autarky = tc::run_path(c, tg::Policy::autarky(3));
  EXPECT_NEAR(trade.points.front().L_home[1], 1.0 / 200001.0, 1e-12);
  EXPECT_NEAR(trade.points.front().L_foreign[1], 1.0 / 200001.0, 1e-12);
  EXPECT_NEAR(autarky.points.front().L_home[1], 1.0 / (1e5 + std::pow(9.0, 5) + 1.0), 1e-12);
  const auto raw = tc::fn10_paths(c);
  EXPECT_TRUE(raw.violated) << raw.detail;  // the split broke: one country took industry 2
  const auto f = tc::check_fn10(c);
  EXPECT_TRUE(f.premise);
  EXPECT_TRUE(f.in_scope);
  EXPECT_FALSE(f.violated) << f.detail;
  EXPECT_TRUE(f.tie);
  // A robust asymmetry is still a violation: Fig. 5's matrix diag(0.5, 0.5, 0, 0) is not
  // mirror-symmetric, so home (strong in the learning industries 1, 2) pulls ahead by O(1).
  const auto fig5 = tc::check_mirror_income(tc::fixed_mirror_cases()[1]);
  EXPECT_TRUE(fig5.violated) << fig5.detail;
  EXPECT_FALSE(fig5.in_scope);
}

// Why beyond-scope counts moved when the claims left H12's periods: continuous time examines the dates
// between periods. A large home country (L = 0.54, L* = 0.5, A = (1.32, 1.14), A* = (1.22, 1.1), σ = 1.1,
// τ = 0.29 I) shares good 2 at t = 0, so its wage is pinned and it has no static gain (a tie). Under trade
// it moves its labour into good 1; at t = 0.5 its income is below autarky's, at t = 1 above. The period
// reading sees only t = 0 (tie) and t = 1 (gain); the continuous one flags t = 0.5. Independent method:
// the discrete model with period 1e-3 (explicit Euler, first order: error ~1e-3 · |Ȧ| · t, below 1e-5
// relative here) gives the same incomes.
TEST(H12Sensitivity, ContinuousTimeSeesTheDatesBetweenPeriods) {
  tc::Case c;
  c.params.economy.home = Eigen::Vector2d(1.32, 1.14);
  c.params.economy.foreign = Eigen::Vector2d(1.22, 1.1);
  c.params.economy.labor_home = 0.54;
  c.params.economy.labor_foreign = 0.5;
  c.params.economy.sigma = 1.1;
  c.params.tau = tc::within_matrix(2, 0.29);
  c.horizon = 1.0;
  c.step = 0.5;
  auto euler = [&](const tg::Policy& p) {
    tg::SimulationOptions o = tc::check_options(c);
    o.time = tg::TimeMode::discrete;
    o.period = 1e-3;
    return tg::simulate(c.params, p, o);
  };
  const tg::Path tr = tc::run_path(c, c.trade_policy()), au = tc::run_path(c, tg::Policy::autarky(2));
  const tg::Path tre = euler(c.trade_policy()), aue = euler(tg::Policy::autarky(2));
  ASSERT_EQ(tr.points.size(), 3u);
  EXPECT_NEAR(tr.points[0].income_home / au.points[0].income_home, 1.0, 1e-12);  // no static gain: a tie
  EXPECT_LT(tr.points[1].income_home / au.points[1].income_home, 1.0 - 1e-3);    // behind at t = 0.5
  EXPECT_GT(tr.points[2].income_home / au.points[2].income_home, 1.0 + 1e-3);    // ahead at t = 1
  for (std::size_t k = 0; k < 3; ++k) {
    EXPECT_NEAR(tre.points[k].income_home / tr.points[k].income_home, 1.0, 1e-5) << k;
    EXPECT_NEAR(aue.points[k].income_home / au.points[k].income_home, 1.0, 1e-5) << k;
  }
  const auto f = tc::check_prop1(c);
  EXPECT_TRUE(f.violated) << f.detail;
  EXPECT_FALSE(f.in_scope);
  c.time = tg::TimeMode::discrete;  // H12's periods: t = 0 (tie) and t = 1 (gain) only
  EXPECT_FALSE(tc::check_prop1(c).violated);
}

// ---- the paths every dynamic check reads: learning matrix orientation -------------------------

// Autarky, n = 2, σ = 2, A = A* = (3, 1), L = 1, L* = 2 (unequal sizes): with σ = 2 spending shares
// are proportional to A_i^(σ−1), so L = (0.75, 0.25) at home and L* = (1.5, 0.5) abroad. τ = [[0, 0.4],
// [0, 0]]: industry 1 teaches industry 2 (row sends, column receives, eq. (9)). One discrete period:
// A(1) = A(0) + τᵀL(0) = (3, 1 + 0.4·0.75) = (3, 1.3) at home and (3, 1 + 0.4·1.5) = (3, 1.6) abroad.
// A transposed law would give (3.1, 1) and (3.2, 1). In continuous time industry 1 never learns
// (Ȧ_1 = τ_11 L_1 + τ_21 L_2 = 0 exactly) and Ȧ_2(0) = 0.3 (home) / 0.6 (foreign).
TEST(H12Sensitivity, ClaimPathsUseRowsSendColumnsReceive) {
  tc::Case c;
  c.params.economy.home = Eigen::Vector2d(3, 1);
  c.params.economy.foreign = Eigen::Vector2d(3, 1);
  c.params.economy.labor_foreign = 2.0;
  c.params.tau = (Eigen::Matrix2d() << 0.0, 0.4, 0.0, 0.0).finished();
  c.horizon = 1.0;
  c.time = tg::TimeMode::discrete;  // H12's periods, an option of the case
  const tg::Path d = tc::run_path(c, tg::Policy::autarky(2));
  EXPECT_NEAR(d.points.back().A_home[0], 3.0, 1e-12);
  EXPECT_NEAR(d.points.back().A_home[1], 1.3, 1e-12);
  EXPECT_NEAR(d.points.back().A_foreign[1], 1.6, 1e-12);
  // The claims' reading, continuous time, over h = 1e-3: A_2(h) = 1 + 0.3 h + O(h²) (h² ~ 1e-6 · 0.3).
  c.time = tg::TimeMode::continuous;
  c.horizon = 1e-3;
  c.step = 1e-3;
  const tg::Path p = tc::run_path(c, tg::Policy::autarky(2));
  EXPECT_EQ(p.points.back().A_home[0], 3.0);
  EXPECT_NEAR((p.points.back().A_home[1] - 1.0) / 1e-3, 0.3, 1e-3);
  EXPECT_NEAR((p.points.back().A_foreign[1] - 1.0) / 1e-3, 0.6, 1e-3);
}

// "Technology in use" (Props. 2-3): the larger technology among the countries that produce the good.
// Industry 1 shared (home 7, foreign 9): 9; industry 2 made at home only (home 4, foreign 6): 4.
TEST(H12Sensitivity, TechnologyInUseIsTheBestProducers) {
  const tg::PathPoint p = point(0, 1, 1, Eigen::Vector2d(7, 4), Eigen::Vector2d(9, 6), Eigen::Vector2d(0.3, 0.2),
                                Eigen::Vector2d(0.5, 0.0));
  EXPECT_EQ(tc::used_technology(p, 0), 9.0);
  EXPECT_EQ(tc::used_technology(p, 1), 4.0);
}
