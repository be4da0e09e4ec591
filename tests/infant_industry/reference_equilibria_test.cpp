// Independent references for RC07 §2 (src/infant_industry/model.cpp): South's equilibria, wages and
// stability with ASYMMETRIC productivities (λ1N ≠ λ2N, λ1S ≠ λ2S), a small South (L_S < L̄), the
// boundary L_S = L̄ and exact ties. Every golden number is computed by hand in the comment above it
// from the paper's primitives: world prices p1* = 1/λ1N, p2* = 1/(θλ2N) with θ = 1 + αL̄ (North fully
// clustered), sector wages w1 = p1*λ1S and w2(L2) = p2*λ2S(1 + α min(L̄, L2)).
// A second, independent method — a brute-force scan of the labour allocation L2 ∈ [0, L_S] for the
// allocations where no worker gains by moving (w2 = w1 inside, w1 ≥ w2 at 0, w2 ≥ w1 at L_S) — checks
// the closed-form list on a set of asymmetric cases.
// Tolerances: the hand values are short chains of exact or once-rounded operations, so 1e-14
// relative; the brute-force scan locates an interior root to its grid spacing.
#include <cmath>
#include <vector>

#include <gtest/gtest.h>

#include "infant_industry/model.hpp"

namespace ii = clustertrade::infant_industry;

namespace {

ii::Params make(double l1s, double l2s, double l1n, double l2n, double alpha, double lbar, double ls) {
  ii::Params p;
  p.lambda_south = {l1s, l2s};
  p.lambda_north = {l1n, l2n};
  p.alpha = alpha;
  p.lbar = lbar;
  p.labor_south = ls;
  return p;
}

bool near(double x, double ref, double rtol = 1e-14) { return std::fabs(x - ref) <= 1e-15 + rtol * std::fabs(ref); }

// The paper's wages written out again here from the primitives (not through the model's helpers).
double hand_w1(const ii::Params& p) { return p.lambda_south[0] / p.lambda_north[0]; }
double hand_w2(const ii::Params& p, double l2) {
  const double theta = 1.0 + p.alpha * p.lbar;
  return p.lambda_south[1] * (1.0 + p.alpha * std::min(p.lbar, l2)) / (theta * p.lambda_north[1]);
}

}  // namespace

// λS = (2, 3), λN = (1, 1.2), α = 0.5, L̄ = 2, L_S = 3 (South larger than L̄).
// θ = 1 + 0.5·2 = 2; R = (3·1)/(2·1.2) = 1.25, so 1 < R < θ (condition P): three equilibria.
//  - spec-1: w1 = λ1S/λ1N = 2/1 = 2 (with λ1N and λ2N swapped it would read 2/1.2), stable since R < θ.
//  - interior: 1 + αL2* = θ/R = 1.6 ⇒ L2* = 0.6/0.5 = 1.2 < L̄, wage w1 = 2, unstable.
//  - spec-2: w2(L_S) = 3·(1 + 0.5·2)/(2·1.2) = 6/2.4 = 2.5, stable since R > 1.
TEST(InfantIndustryReference, AsymmetricProductivitiesGiveThreeEquilibriaWithHandWages) {
  const ii::Params p = make(2.0, 3.0, 1.0, 1.2, 0.5, 2.0, 3.0);
  EXPECT_TRUE(near(ii::theta(p), 2.0));
  EXPECT_TRUE(near(ii::wage_sector1(p), 2.0));
  EXPECT_TRUE(near(ii::comparative_advantage_ratio(p), 1.25));
  EXPECT_TRUE(ii::condition_p(p));
  const auto eq = ii::equilibria(p);
  ASSERT_EQ(eq.size(), 3u);
  EXPECT_EQ(eq[0].kind, ii::EquilibriumKind::specialize1);
  EXPECT_TRUE(near(eq[0].wage, 2.0));
  EXPECT_EQ(eq[0].stability, ii::Stability::stable);
  EXPECT_EQ(eq[1].kind, ii::EquilibriumKind::interior);
  EXPECT_TRUE(near(eq[1].labor_sector2, 1.2, 1e-13)) << eq[1].labor_sector2;
  EXPECT_TRUE(near(eq[1].wage, 2.0));
  EXPECT_EQ(eq[1].stability, ii::Stability::unstable);
  EXPECT_EQ(eq[2].kind, ii::EquilibriumKind::specialize2);
  EXPECT_TRUE(near(eq[2].wage, 2.5));
  EXPECT_EQ(eq[2].stability, ii::Stability::stable);
  EXPECT_TRUE(ii::mill_test_passes(p));
}

// θ with L̄ ≠ 1: α = 0.5, L̄ = 2 gives θ = 2 (α/L̄ would give 1.25). Prices p1* = 1/λ1N = 1/1.5,
// p2* = 1/(θλ2N) = 1/(2·0.8) = 0.625, relative price 0.625·1.5 = 0.9375.
TEST(InfantIndustryReference, ThetaAndPricesWithUnequalNorthProductivities) {
  const ii::Params p = make(1.0, 1.0, 1.5, 0.8, 0.5, 2.0, 3.0);
  EXPECT_TRUE(near(ii::theta(p), 2.0));
  const auto prices = ii::world_prices(p);
  EXPECT_TRUE(near(prices[0], 1.0 / 1.5));
  EXPECT_TRUE(near(prices[1], 0.625));
  EXPECT_TRUE(near(ii::relative_price(p), 0.9375));
  // Sector-2 productivity is capped at L̄ = 2: λ2S(1 + 0.5·min(2, L2)).
  EXPECT_TRUE(near(ii::productivity_sector2_south(p, 1.0), 1.5));
  EXPECT_TRUE(near(ii::productivity_sector2_south(p, 3.0), 2.0));
  EXPECT_TRUE(near(ii::wage_sector2(p, 1.0), 0.625 * 1.5));
}

// Small South, L_S = 1 < L̄ = 2, and an exact tie at full specialisation (dyadic inputs, exact
// arithmetic): λS = (1, 1.5), λN = (1, 1), α = 1, θ = 3, R = 1.5 < θ.
//  - spec-1 stable, w1 = 1.
//  - interior root L2* = (θ/R − 1)/α = 1 = L_S: not strictly inside (0, L_S), so no interior point.
//  - spec-2: w2(L_S) = 1.5·(1 + 1·1)/3 = 1 = w1, a weak equilibrium (unstable), wage 1. Using L̄
//    instead of L_S in the externality would give 1.5·3/3 = 1.5 > 1, a strict (stable) one.
TEST(InfantIndustryReference, SmallSouthTieAtFullSpecialisationIsWeak) {
  const ii::Params p = make(1.0, 1.5, 1.0, 1.0, 1.0, 2.0, 1.0);
  const auto eq = ii::equilibria(p);
  ASSERT_EQ(eq.size(), 2u);
  EXPECT_EQ(eq[0].kind, ii::EquilibriumKind::specialize1);
  EXPECT_EQ(eq[0].stability, ii::Stability::stable);
  EXPECT_EQ(eq[1].kind, ii::EquilibriumKind::specialize2);
  EXPECT_EQ(eq[1].wage, 1.0);
  EXPECT_EQ(eq[1].stability, ii::Stability::unstable);
}

// Small South without the tie: L_S = 0.8 < L̄ = 2, same productivities. w2(L_S) = 1.5·1.8/3 = 0.9 < 1:
// no specialisation in 2; the interior root 1 > L_S does not exist: only spec-1 (stable, wage 1).
// With L_S = 1.5: w2(L_S) = 1.5·2.5/3 = 1.25 > 1 (stable spec-2, wage 1.25) and the interior root
// L2* = 1 < 1.5 exists (unstable): three equilibria although L_S < L̄.
TEST(InfantIndustryReference, SmallSouthEquilibriaDependOnLabourForce) {
  const auto eq_small = ii::equilibria(make(1.0, 1.5, 1.0, 1.0, 1.0, 2.0, 0.8));
  ASSERT_EQ(eq_small.size(), 1u);
  EXPECT_EQ(eq_small[0].kind, ii::EquilibriumKind::specialize1);
  const auto eq = ii::equilibria(make(1.0, 1.5, 1.0, 1.0, 1.0, 2.0, 1.5));
  ASSERT_EQ(eq.size(), 3u);
  EXPECT_EQ(eq[1].kind, ii::EquilibriumKind::interior);
  EXPECT_TRUE(near(eq[1].labor_sector2, 1.0));
  EXPECT_EQ(eq[1].stability, ii::Stability::unstable);
  EXPECT_EQ(eq[2].kind, ii::EquilibriumKind::specialize2);
  EXPECT_TRUE(near(eq[2].wage, 1.25));
  EXPECT_EQ(eq[2].stability, ii::Stability::stable);
}

// The tie R = θ (dyadic, exact): λS = (1, 2), λN = (1, 1), α = 1, L̄ = 1, θ = 2 = R. Condition P's
// right half p2*/p1* = 1/2 < λ1S/λ2S = 1/2 is false (strict), so P fails; spec-1 is weak
// (w2(0) = 2/2 = 1 = w1), hence unstable; spec-2 is stable with wage 2·2/2 = 2.
TEST(InfantIndustryReference, TieAtThetaFailsTheStrictRightHalfOfP) {
  const ii::Params p = make(1.0, 2.0, 1.0, 1.0, 1.0, 1.0, 2.0);
  EXPECT_TRUE(ii::condition_p_left(p));
  EXPECT_FALSE(ii::condition_p_right(p));
  EXPECT_FALSE(ii::condition_p(p));
  EXPECT_FALSE(ii::condition_spec1(p));
  const auto eq = ii::equilibria(p);
  ASSERT_EQ(eq.size(), 2u);
  EXPECT_EQ(eq[0].kind, ii::EquilibriumKind::specialize1);
  EXPECT_EQ(eq[0].stability, ii::Stability::unstable);
  EXPECT_EQ(eq[1].kind, ii::EquilibriumKind::specialize2);
  EXPECT_EQ(eq[1].wage, 2.0);
  EXPECT_EQ(eq[1].stability, ii::Stability::stable);
}

// R = 1 with a large South (L_S = 3 > L̄ = 1): w2 = w1 on the whole flat part L2 ≥ L̄, a neutral
// continuum [1, 3), and spec-2 at L_S is neutral as well (nearby allocations pay the same).
// λS = λN = (1, 2): R = (2·1)/(1·2) = 1; θ = 2; spec-1 stable (w2(0) = 2/(2·2) = 0.5 < w1 = 1).
TEST(InfantIndustryReference, UnitRatioWithLargeSouthIsNeutral) {
  const ii::Params p = make(1.0, 2.0, 1.0, 2.0, 1.0, 1.0, 3.0);
  const auto eq = ii::equilibria(p);
  ASSERT_EQ(eq.size(), 3u);
  EXPECT_EQ(eq[0].stability, ii::Stability::stable);
  EXPECT_EQ(eq[1].kind, ii::EquilibriumKind::interior);
  EXPECT_EQ(eq[1].labor_sector2, 1.0);
  EXPECT_EQ(eq[1].labor_sector2_max, 3.0);
  EXPECT_EQ(eq[1].stability, ii::Stability::neutral);
  EXPECT_EQ(eq[2].kind, ii::EquilibriumKind::specialize2);
  EXPECT_EQ(eq[2].stability, ii::Stability::neutral);
  EXPECT_EQ(eq[2].wage, 1.0);  // 2·(1 + 1)/(2·2)
}

// PPF slope −dQ1/dQ2 = λ1S/(λ2S(1 + 2αL2)) below L̄ (d(L2(1 + αL2))/dL2 = 1 + 2αL2), λ1S/(θλ2S) above.
// λS = (3, 2), α = 0.5, L̄ = 2: at L2 = 1: 3/(2·2) = 0.75; at L2 = 2.5: 3/(2·2) = 0.75 as well (θ = 2);
// at L2 = 0.5: 3/(2·1.5) = 1. A one-sided finite difference of the PPF itself confirms the first.
TEST(InfantIndustryReference, PpfSlopeMatchesDerivativeOfFrontier) {
  const ii::Params p = make(3.0, 2.0, 1.0, 1.0, 0.5, 2.0, 3.0);
  EXPECT_TRUE(near(ii::ppf_slope(p, 1.0), 0.75));
  EXPECT_TRUE(near(ii::ppf_slope(p, 0.5), 1.0));
  EXPECT_TRUE(near(ii::ppf_slope(p, 2.5), 0.75));
  const double h = 1e-6, l2 = 1.0;
  auto q1 = [&](double l) { return 3.0 * (3.0 - l); };
  auto q2 = [&](double l) { return 2.0 * l * (1.0 + 0.5 * std::min(2.0, l)); };
  const double fd = -(q1(l2 + h) - q1(l2 - h)) / (q2(l2 + h) - q2(l2 - h));
  EXPECT_NEAR(ii::ppf_slope(p, l2), fd, 1e-8);
}

// Brute force: for each asymmetric case, scan L2 on a grid of [0, L_S] with the hand wages above and
// list the no-arbitrage allocations; the closed-form list must have the same kinds, and an interior
// point must sit within one grid cell of the scanned sign change. Cases cover R < 1, 1 < R < θ,
// R > θ, L_S below and above L̄, unequal North productivities.
TEST(InfantIndustryReference, EquilibriaAgreeWithBruteForceScan) {
  const std::vector<ii::Params> cases = {
      make(2.0, 3.0, 1.0, 1.2, 0.5, 2.0, 3.0), make(1.0, 1.5, 1.0, 1.0, 1.0, 2.0, 1.5),
      make(1.3, 0.7, 0.9, 1.1, 2.0, 0.5, 4.0), make(0.8, 2.9, 1.1, 0.7, 0.3, 3.0, 2.0),
      make(1.0, 1.1, 1.0, 1.0, 1.5, 1.2, 0.7), make(2.2, 1.9, 1.7, 1.0, 0.8, 1.0, 1.6),
      make(1.0, 1.2, 1.0, 1.0, 0.25, 4.0, 3.0)};
  const int cells = 200000;
  for (const auto& p : cases) {
    const double w1 = hand_w1(p);
    std::vector<ii::EquilibriumKind> kinds;
    std::vector<double> interior;
    if (hand_w2(p, 0.0) < w1) kinds.push_back(ii::EquilibriumKind::specialize1);
    for (int k = 0; k < cells; ++k) {  // sign changes of w2 − w1 strictly inside (0, L_S)
      const double a = p.labor_south * k / cells, b = p.labor_south * (k + 1) / cells;
      if ((hand_w2(p, a) - w1) * (hand_w2(p, b) - w1) < 0.0 && b < p.labor_south) {
        kinds.push_back(ii::EquilibriumKind::interior);
        interior.push_back(0.5 * (a + b));
      }
    }
    if (hand_w2(p, p.labor_south) > w1) kinds.push_back(ii::EquilibriumKind::specialize2);
    const auto eq = ii::equilibria(p);
    ASSERT_EQ(eq.size(), kinds.size()) << "lambda_south = " << p.lambda_south[0] << "," << p.lambda_south[1];
    for (std::size_t k = 0; k < eq.size(); ++k) {
      EXPECT_EQ(eq[k].kind, kinds[k]);
      if (eq[k].kind == ii::EquilibriumKind::interior) {
        EXPECT_NEAR(eq[k].labor_sector2, interior.front(), p.labor_south / cells);
        EXPECT_EQ(eq[k].stability, ii::Stability::unstable);  // w2 rises through w1
        EXPECT_TRUE(near(eq[k].wage, w1));
      } else {
        const double l2 = eq[k].kind == ii::EquilibriumKind::specialize1 ? 0.0 : p.labor_south;
        EXPECT_TRUE(near(eq[k].wage, eq[k].kind == ii::EquilibriumKind::specialize1 ? w1 : hand_w2(p, l2), 1e-13));
        EXPECT_EQ(eq[k].stability, ii::Stability::stable);  // no ties among these cases
      }
    }
  }
}
