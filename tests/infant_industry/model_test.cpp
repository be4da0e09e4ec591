// Unit tests of src/infant_industry/model.{hpp,cpp} (RC07 §2). Golden values are derived by hand
// in the comments. Tolerances: closed forms with a handful of roundings, so 1e-14 relative is
// ample; exact comparisons only where the inputs are powers of two (or small integers) and every
// operation is exact.
#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "core/errors.hpp"
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

void expect_near_rel(double x, double ref, double rtol = 1e-14) {
  EXPECT_LE(std::fabs(x - ref), 1e-15 + rtol * std::fabs(ref)) << "x=" << x << " ref=" << ref;
}

std::string rejected_field(const ii::Params& p) {
  try {
    p.validate();
  } catch (const clustertrade::InvalidParameter& e) {
    return e.field();
  }
  return "";
}

const double not_a_number = std::numeric_limits<double>::quiet_NaN();
const double inf = std::numeric_limits<double>::infinity();

}  // namespace

TEST(InfantIndustryParams, DefaultsAreValidAndSatisfyP) {
  const ii::Params p;
  EXPECT_NO_THROW(p.validate());
  EXPECT_GT(p.labor_south, p.lbar);  // fn. 7's assumption holds at the defaults
  EXPECT_TRUE(ii::condition_p(p));
}

TEST(InfantIndustryParams, RejectsNonPositiveSouthProductivity) {
  ii::Params p;
  p.lambda_south[0] = 0.0;
  EXPECT_EQ(rejected_field(p), "lambda_south[1]");
  p = {};
  p.lambda_south[1] = -1.0;
  EXPECT_EQ(rejected_field(p), "lambda_south[2]");
}

TEST(InfantIndustryParams, RejectsNonFiniteSouthProductivity) {
  ii::Params p;
  p.lambda_south[1] = not_a_number;
  EXPECT_EQ(rejected_field(p), "lambda_south[2]");
}

TEST(InfantIndustryParams, RejectsNonPositiveNorthProductivity) {
  ii::Params p;
  p.lambda_north[1] = 0.0;
  EXPECT_EQ(rejected_field(p), "lambda_north[2]");
}

TEST(InfantIndustryParams, RejectsNonFiniteNorthProductivity) {
  ii::Params p;
  p.lambda_north[0] = inf;
  EXPECT_EQ(rejected_field(p), "lambda_north[1]");
}

TEST(InfantIndustryParams, RejectsNonPositiveAlpha) {
  ii::Params p;
  p.alpha = 0.0;
  EXPECT_EQ(rejected_field(p), "alpha");
}

TEST(InfantIndustryParams, RejectsNonFiniteAlpha) {
  ii::Params p;
  p.alpha = not_a_number;
  EXPECT_EQ(rejected_field(p), "alpha");
}

TEST(InfantIndustryParams, RejectsNonPositiveLbar) {
  ii::Params p;
  p.lbar = -2.0;
  EXPECT_EQ(rejected_field(p), "lbar");
}

TEST(InfantIndustryParams, RejectsNonFiniteLbar) {
  ii::Params p;
  p.lbar = inf;
  EXPECT_EQ(rejected_field(p), "lbar");
}

TEST(InfantIndustryParams, RejectsNonPositiveLaborSouth) {
  ii::Params p;
  p.labor_south = 0.0;
  EXPECT_EQ(rejected_field(p), "labor_south");
}

TEST(InfantIndustryParams, RejectsNonFiniteLaborSouth) {
  ii::Params p;
  p.labor_south = not_a_number;
  EXPECT_EQ(rejected_field(p), "labor_south");
}

TEST(InfantIndustryModel, ThetaAndPrices) {
  // θ = 1 + αL̄ = 1 + 0.5·2 = 2; p1* = 1/λ1N = 1/2; p2* = 1/(θλ2N) = 1/(2·4) = 1/8; p2*/p1* = 1/4.
  const auto p = make(1, 1, 2, 4, 0.5, 2, 3);
  EXPECT_EQ(ii::theta(p), 2.0);
  EXPECT_EQ(ii::world_prices(p)[0], 0.5);
  EXPECT_EQ(ii::world_prices(p)[1], 0.125);
  EXPECT_EQ(ii::relative_price(p), 0.25);
}

TEST(InfantIndustryModel, ProductivityIsCappedAtLbar) {
  // λ2S = 2, α = 1, L̄ = 1: below L̄, 2·(1 + 0.5) = 3; above, 2·(1 + 1) = 4 whatever L2.
  const auto p = make(1, 2, 1, 1, 1, 1, 5);
  EXPECT_EQ(ii::productivity_sector2_south(p, 0.5), 3.0);
  EXPECT_EQ(ii::productivity_sector2_south(p, 1.0), 4.0);
  EXPECT_EQ(ii::productivity_sector2_south(p, 4.0), 4.0);
}

TEST(InfantIndustryModel, SectorWages) {
  // w1 = λ1S/λ1N = 3/2; w2(L2) = λ2S(1+α min(L̄,L2))/(θλ2N) with θ = 2, λ2S = 2, λ2N = 1:
  // w2(0) = 2/2 = 1, w2(0.5) = 2·1.5/2 = 1.5, w2(3) = 2·2/2 = 2.
  const auto p = make(3, 2, 2, 1, 1, 1, 4);
  EXPECT_EQ(ii::wage_sector1(p), 1.5);
  EXPECT_EQ(ii::wage_sector2(p, 0.0), 1.0);
  EXPECT_EQ(ii::wage_sector2(p, 0.5), 1.5);
  EXPECT_EQ(ii::wage_sector2(p, 3.0), 2.0);
}

TEST(InfantIndustryModel, ConditionsOnHandCases) {
  // θ = 2 throughout (α = L̄ = 1), λN = (1,1), so R = λ2S/λ1S.
  const auto below = make(1, 0.5, 1, 1, 1, 1, 2);  // R = 0.5: no CA, spec-1 condition holds, P fails
  EXPECT_FALSE(ii::condition_ca(below));
  EXPECT_TRUE(ii::condition_spec1(below));
  EXPECT_FALSE(ii::condition_p(below));
  const auto mid = make(1, 1.25, 1, 1, 1, 1, 2);  // R = 1.25 ∈ (1, 2): everything holds
  EXPECT_TRUE(ii::condition_ca(mid));
  EXPECT_TRUE(ii::condition_spec1(mid));
  EXPECT_TRUE(ii::condition_p(mid));
  const auto strong = make(1, 3, 1, 1, 1, 1, 2);  // R = 3 > θ: CA but not P (right half fails)
  EXPECT_TRUE(ii::condition_ca(strong));
  EXPECT_FALSE(ii::condition_spec1(strong));
  EXPECT_TRUE(ii::condition_p_left(strong));
  EXPECT_FALSE(ii::condition_p_right(strong));
  EXPECT_FALSE(ii::condition_p(strong));
  const auto tie = make(1, 1, 1, 1, 1, 1, 2);  // R = 1: CA fails (strict), P fails at its left end
  EXPECT_FALSE(ii::condition_ca(tie));
  EXPECT_FALSE(ii::condition_p(tie));
  EXPECT_EQ(ii::comparative_advantage_ratio(strong), 3.0);
}

TEST(InfantIndustryModel, FigureOneHasThreeEquilibria) {
  // λS = (1, 1.25), λN = (1, 1), α = 1, L̄ = 1, L_S = 2: θ = 2, R = 1.25.
  // spec-1: w = λ1S/λ1N = 1, stable since w2(0) = 1.25/2 < 1.
  // interior: 1 + αL2 = θ/R = 1.6, L2 = 0.6 < L̄, w = 1, unstable.
  // spec-2: L_S ≥ L̄ so w = λ2S/λ2N = 1.25 > 1, stable.
  const auto eqs = ii::equilibria(ii::Params{});
  ASSERT_EQ(eqs.size(), 3u);
  EXPECT_EQ(eqs[0].kind, ii::EquilibriumKind::specialize1);
  EXPECT_EQ(eqs[0].labor_sector2, 0.0);
  EXPECT_EQ(eqs[0].wage, 1.0);
  EXPECT_EQ(eqs[0].stability, ii::Stability::stable);
  EXPECT_EQ(eqs[1].kind, ii::EquilibriumKind::interior);
  expect_near_rel(eqs[1].labor_sector2, 0.6);
  EXPECT_EQ(eqs[1].wage, 1.0);
  EXPECT_EQ(eqs[1].stability, ii::Stability::unstable);
  EXPECT_EQ(eqs[2].kind, ii::EquilibriumKind::specialize2);
  EXPECT_EQ(eqs[2].labor_sector2, 2.0);
  expect_near_rel(eqs[2].wage, 1.25);
  EXPECT_EQ(eqs[2].stability, ii::Stability::stable);
}

TEST(InfantIndustryModel, IdenticalProductivitiesGiveAContinuum) {
  // λ = 1, α = 1, L̄ = 1, L_S = 2: w2(L2) = (1 + min(1, L2))/2 equals w1 = 1 for every L2 ≥ 1.
  const auto eqs = ii::equilibria(make(1, 1, 1, 1, 1, 1, 2));
  ASSERT_EQ(eqs.size(), 3u);
  EXPECT_EQ(eqs[0].kind, ii::EquilibriumKind::specialize1);
  EXPECT_EQ(eqs[0].stability, ii::Stability::stable);
  EXPECT_EQ(eqs[1].kind, ii::EquilibriumKind::interior);
  EXPECT_EQ(eqs[1].labor_sector2, 1.0);
  EXPECT_EQ(eqs[1].labor_sector2_max, 2.0);
  EXPECT_EQ(eqs[1].stability, ii::Stability::neutral);
  EXPECT_EQ(eqs[2].kind, ii::EquilibriumKind::specialize2);
  EXPECT_EQ(eqs[2].wage, 1.0);
  EXPECT_EQ(eqs[2].stability, ii::Stability::neutral);
}

TEST(InfantIndustryModel, SmallSouthWithStrongAdvantageSpecialisesInTwo) {
  // L_S = 0.5 < L̄ = 1, λS = (1, 3): w2(L_S) = 3·1.5/2 = 2.25 ≥ w1 = 1 → spec-2 (fn. 7 says not);
  // w2(0) = 1.5 > 1 → no spec-1; no interior (θ/R = 2/3 < 1).
  const auto eqs = ii::equilibria(make(1, 3, 1, 1, 1, 1, 0.5));
  ASSERT_EQ(eqs.size(), 1u);
  EXPECT_EQ(eqs[0].kind, ii::EquilibriumKind::specialize2);
  EXPECT_EQ(eqs[0].labor_sector2, 0.5);
  EXPECT_EQ(eqs[0].wage, 2.25);
  EXPECT_EQ(eqs[0].stability, ii::Stability::stable);
}

TEST(InfantIndustryModel, SmallSouthWithMildAdvantageStaysInOne) {
  // L_S = 0.5, λS = (1, 1.25): CA holds but w2(L_S) = 1.25·1.5/2 = 0.9375 < 1: only spec-1; the
  // interior root L2 = 0.6 lies beyond L_S.
  const auto p = make(1, 1.25, 1, 1, 1, 1, 0.5);
  const auto eqs = ii::equilibria(p);
  ASSERT_EQ(eqs.size(), 1u);
  EXPECT_EQ(eqs[0].kind, ii::EquilibriumKind::specialize1);
  EXPECT_TRUE(ii::condition_ca(p));
  EXPECT_FALSE(ii::mill_test_passes(p));
}

TEST(InfantIndustryModel, TieAtThetaMakesSpecOneWeak) {
  // λS = (1, 2): R = θ = 2, w2(0) = 2/2 = 1 = w1: spec-1 is a weak, unstable equilibrium;
  // spec-2 pays λ2S/λ2N = 2; the interior root is L2 = (θ/R - 1)/α = 0, not interior.
  const auto eqs = ii::equilibria(make(1, 2, 1, 1, 1, 1, 2));
  ASSERT_EQ(eqs.size(), 2u);
  EXPECT_EQ(eqs[0].kind, ii::EquilibriumKind::specialize1);
  EXPECT_EQ(eqs[0].stability, ii::Stability::unstable);
  EXPECT_EQ(eqs[1].kind, ii::EquilibriumKind::specialize2);
  EXPECT_EQ(eqs[1].wage, 2.0);
}

TEST(InfantIndustryModel, StrongAdvantageOnlySpecTwoAndNoCaMeansOnlySpecOne) {
  // R = 3 > θ: w2(0) = 1.5 > 1 so no spec-1; spec-2 pays 3.
  auto eqs = ii::equilibria(make(1, 3, 1, 1, 1, 1, 2));
  ASSERT_EQ(eqs.size(), 1u);
  EXPECT_EQ(eqs[0].kind, ii::EquilibriumKind::specialize2);
  EXPECT_EQ(eqs[0].wage, 3.0);
  // R = 1/2: w2(L_S) = 0.5·2/2 = 0.5 < 1: only spec-1.
  eqs = ii::equilibria(make(1, 0.5, 1, 1, 1, 1, 2));
  ASSERT_EQ(eqs.size(), 1u);
  EXPECT_EQ(eqs[0].kind, ii::EquilibriumKind::specialize1);
}

TEST(InfantIndustryModel, MillTestFollowsSpecTwo) {
  EXPECT_TRUE(ii::mill_test_passes(ii::Params{}));                  // R = 1.25 > 1, L_S > L̄
  EXPECT_FALSE(ii::mill_test_passes(make(1, 0.5, 1, 1, 1, 1, 2)));  // R < 1
}

TEST(InfantIndustryModel, NamesOfKindsAndStabilities) {
  EXPECT_EQ(ii::to_string(ii::EquilibriumKind::specialize1), "specialize-1");
  EXPECT_EQ(ii::to_string(ii::EquilibriumKind::specialize2), "specialize-2");
  EXPECT_EQ(ii::to_string(ii::EquilibriumKind::interior), "interior");
  EXPECT_EQ(ii::to_string(ii::Stability::neutral), "neutral");
}

TEST(InfantIndustryPpf, EndpointsAndKink) {
  // Defaults: Q1 = λ1S(L_S − L2) from 2 to 0; Q2 at L_S = 1.25·2·2 = 5; kink at L̄ = 1:
  // Q2 = 1.25·1·2 = 2.5, Q1 = 1.
  const auto pts = ii::ppf(ii::Params{}, 5);  // L2 = 0, 0.5, 1, 1.5, 2 (the kink is already on it)
  ASSERT_EQ(pts.size(), 5u);
  EXPECT_EQ(pts.front().q1, 2.0);
  EXPECT_EQ(pts.front().q2, 0.0);
  EXPECT_EQ(pts[2].labor_sector2, 1.0);
  EXPECT_EQ(pts[2].q2, 2.5);
  EXPECT_EQ(pts[2].q1, 1.0);
  EXPECT_EQ(pts.back().q2, 5.0);
  EXPECT_EQ(pts.back().q1, 0.0);
  // With 4 points (L2 = 0, 2/3, 4/3, 2) the kink L̄ = 1 is inserted.
  EXPECT_EQ(ii::ppf(ii::Params{}, 4).size(), 5u);
  EXPECT_THROW(ii::ppf(ii::Params{}, 1), std::invalid_argument);
}

TEST(InfantIndustryPpf, NoClusterFrontierIsTheRicardianLine) {
  // α = 0: Q2 = λ2S L2 reaches 1.25·2 = 2.5 where Q1 = 0.
  const auto pts = ii::ppf_no_cluster(ii::Params{}, 3);
  ASSERT_EQ(pts.size(), 3u);
  EXPECT_EQ(pts[1].q2, 1.25);
  EXPECT_EQ(pts[1].q1, 1.0);
  EXPECT_EQ(pts[2].q2, 2.5);
}

TEST(InfantIndustryPpf, SlopesOnBothSidesOfTheKink) {
  // dQ1/dQ2 magnitudes: at L2 = 0, λ1S/λ2S = 0.8; just below L̄, λ1S/(λ2S(1+2αL̄)) = 1/(1.25·3);
  // beyond L̄, λ1S/(θλ2S) = 0.4 — steeper than just below: a kink the paper does not mention.
  const ii::Params p;
  expect_near_rel(ii::ppf_slope(p, 0.0), 0.8);
  expect_near_rel(ii::ppf_slope(p, 0.999999999), 1.0 / (1.25 * (1.0 + 2.0 * 0.999999999)));
  expect_near_rel(ii::ppf_slope(p, 1.5), 0.4);
  // Secant check of the linear part from the PPF points: (Q1, Q2) at L2 = 1.5 and 2.
  const auto pts = ii::ppf(p, 5);
  expect_near_rel(-(pts[4].q1 - pts[3].q1) / (pts[4].q2 - pts[3].q2), 0.4);
}
