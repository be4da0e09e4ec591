// RC07 §2's claims through the falsification engine: verdicts, structured counts pinned against
// an independent classification (the closed forms of model.hpp, not the brute-force search the
// checks use), the shrunk counterexamples (derived by hand), and checker sensitivity: for every
// claim a planted case just beyond its boundary that must be flagged and one just inside that
// must not. Unless stated, planted cases have α = 1, L̄ = 1, so θ = 1 + αL̄ = 2, and
// λ1S = λ1N = λ2N = 1, so R = (λ2S/λ1S)/(λ2N/λ1N) = λ2S.
#include <cmath>
#include <map>

#include <gtest/gtest.h>

#include "core/claims.hpp"
#include "infant_industry/claims.hpp"
#include "infant_industry/claims_checks.hpp"

namespace ct = clustertrade;
namespace ii = clustertrade::infant_industry;
namespace checks = clustertrade::infant_industry::checks;

namespace {

ct::ClaimRegistry registry() {
  ct::ClaimRegistry r;
  ii::register_claims(r);
  return r;
}

/// R = λ2S with the other productivities 1, α = 1, L̄ = 1, South labour `ls`.
ii::Params planted(double r, double ls, double alpha = 1.0) {
  ii::Params p;
  p.lambda_south = {1.0, r};
  p.lambda_north = {1.0, 1.0};
  p.alpha = alpha;
  p.lbar = 1.0;
  p.labor_south = ls;
  return p;
}

bool flagged(const ct::Finding& f) { return f.premise && f.violated && !f.tie; }

/// The closed-form condition for specialisation in 2 (model.hpp, RC07 §2 and fn. 7):
/// R ≥ θ/(1 + α·min(L̄, L_S)).
bool spec2_closed(const ii::Params& p) {
  return ii::comparative_advantage_ratio(p) >= ii::theta(p) / (1.0 + p.alpha * std::min(p.lbar, p.labor_south));
}

struct Expected {
  std::size_t premise = 0, in_scope = 0, in = 0, out = 0, ties = 0;
};

/// Classifies fixed cases + draws k < n exactly as the engine should, with `classify` written from
/// the closed forms; returns the counts the engine must report.
template <class Classify, class Draw>
Expected reference(const std::string& id, std::size_t n, std::uint64_t seed, Draw draw, Classify classify) {
  Expected e;
  std::vector<ii::Params> cases = checks::fixed_cases();
  for (std::size_t k = 0; k < n; ++k) {
    ct::DrawRng rng(seed ^ ct::claim_salt(id), k);
    cases.push_back(draw(k, rng));
  }
  for (const auto& p : cases) classify(p, e);
  return e;
}

void expect_counts(const ct::Counts& c, const Expected& e, const std::string& id) {
  EXPECT_EQ(c.premise_met, e.premise) << id;
  EXPECT_EQ(c.in_scope, e.in_scope) << id;
  EXPECT_EQ(c.violations_in_scope, e.in) << id;
  EXPECT_EQ(c.violations_outside_scope, e.out) << id;
  EXPECT_EQ(c.ties, e.ties) << id;
  EXPECT_EQ(c.errors, 0u) << id;
}

constexpr std::size_t kDraws = 200;
constexpr std::uint64_t kSeed = 20070101;

}  // namespace

TEST(InfantIndustryClaims, VerdictsComeFromTheCounts) {
  using V = ct::Verdict;
  const std::map<std::string, std::pair<V, ct::FailureKind>> expected = {
      {"rc07.identical-productivity", {V::holds_in_scope, ct::FailureKind::none}},
      {"rc07.spec1-condition", {V::holds, ct::FailureKind::none}},
      {"rc07.ca-iff-spec2", {V::holds_in_scope, ct::FailureKind::none}},
      {"rc07.wage-formula", {V::holds_in_scope, ct::FailureKind::none}},
      {"rc07.wage-ranking", {V::holds, ct::FailureKind::none}},
      {"rc07.p-implies-multiple", {V::holds_in_scope, ct::FailureKind::none}},
      // the converse holds beyond fn. 7 too: with L_S < L̄ both corners need θ/(1+αL_S) ≤ R ≤ θ, and
      // θ/(1+αL_S) > 1, so P fails only on its boundary R = θ — a tie (issue 19 A.2)
      {"rc07.multiple-implies-p", {V::holds, ct::FailureKind::none}},
      {"rc07.p-equiv-ca", {V::fails, ct::FailureKind::wording}},
      {"rc07.mill-test", {V::holds_in_scope, ct::FailureKind::none}},
      {"rc07.fn7-small-south", {V::holds_in_scope, ct::FailureKind::none}},
      {"rc07.equilibrium-set", {V::holds, ct::FailureKind::none}},
      {"rc07.ppf-shape", {V::holds, ct::FailureKind::none}},
      // registered with a reason and no search (referee 2, item 8: RC07 §2's statements we cannot grade)
      {"rc07.bastable-test", {V::not_checked, ct::FailureKind::none}},
      {"rc07.fn10-large-country", {V::not_checked, ct::FailureKind::none}},
      {"rc07.fn8-rents", {V::not_checked, ct::FailureKind::none}},
      {"rc07.fn11-south-gains", {V::not_checked, ct::FailureKind::none}},
  };
  const auto r = registry();
  ASSERT_EQ(r.claims().size(), expected.size());
  for (const auto& claim : r.claims()) {
    ASSERT_TRUE(expected.count(claim.id)) << claim.id;
    if (!claim.not_checked_reason.empty()) {  // not checked: a reason, no search, verdict from the reason alone
      EXPECT_FALSE(claim.search) << claim.id;
      EXPECT_EQ(ct::verdict_of(claim, ct::Tally{}), expected.at(claim.id).first) << claim.id;
      continue;
    }
    const auto tally = claim.search({kDraws, kSeed, 2});
    EXPECT_EQ(ct::verdict_of(claim, tally), expected.at(claim.id).first) << claim.id;
    EXPECT_EQ(ct::failure_kind_of(claim, tally), expected.at(claim.id).second) << claim.id;
    EXPECT_EQ(tally.counts.draws_used, kDraws);
    EXPECT_EQ(tally.counts.fixed_cases, 9u);
    EXPECT_EQ(claim.module, "infant_industry");
  }
}

TEST(InfantIndustryClaims, CountsMatchTheClosedFormClassification) {
  const auto r = registry();
  // ca-iff-spec2: premise every case; in scope L_S ≥ L̄; tie R = 1 exactly, in scope and beyond it
  // (issue 19 A.2: the tie rule does not depend on scope); otherwise a violation when CA ≠ spec2 (closed form).
  auto ca = reference("rc07.ca-iff-spec2", kDraws, kSeed, checks::general_draw, [](const ii::Params& p, Expected& e) {
    ++e.premise;
    const bool scope = p.labor_south >= p.lbar;
    e.in_scope += scope;
    if (checks::tie_r_one(p))
      ++e.ties;
    else if (ii::condition_ca(p) != spec2_closed(p))
      ++(scope ? e.in : e.out);
  });
  expect_counts(r.find("rc07.ca-iff-spec2").search({kDraws, kSeed, 1}).counts, ca, "ca-iff-spec2");
  EXPECT_GT(ca.out, 0u);  // the reference is not vacuous
  // p-equiv-ca: every case in scope; ties at R = 1, R = θ, or the small-South threshold; else a
  // violation when P ≠ CA (P ⇔ 1 < R < θ, so exactly when R ≥ θ).
  auto pe = reference("rc07.p-equiv-ca", kDraws, kSeed, checks::general_draw, [](const ii::Params& p, Expected& e) {
    ++e.premise;
    ++e.in_scope;
    if (checks::any_tie(p))
      ++e.ties;
    else if (ii::comparative_advantage_ratio(p) >= ii::theta(p))
      ++e.in;
  });
  expect_counts(r.find("rc07.p-equiv-ca").search({kDraws, kSeed, 1}).counts, pe, "p-equiv-ca");
  // fn7-small-south: premise L_S < L̄; in scope identical productivities; tie on the threshold;
  // violation when specialisation in 2 exists (closed form).
  auto fn7 =
      reference("rc07.fn7-small-south", kDraws, kSeed, checks::small_south_draw, [](const ii::Params& p, Expected& e) {
        if (!(p.labor_south < p.lbar)) return;
        ++e.premise;
        const bool scope = p.lambda_south[0] == p.lambda_south[1] && p.lambda_south[0] == p.lambda_north[0] &&
                           p.lambda_south[0] == p.lambda_north[1];
        e.in_scope += scope;
        if (checks::tie_small_south(p))
          ++e.ties;
        else if (spec2_closed(p))
          ++(scope ? e.in : e.out);
      });
  expect_counts(r.find("rc07.fn7-small-south").search({kDraws, kSeed, 1}).counts, fn7, "fn7-small-south");
  // wage-formula: spec-2 with L_S < L̄ pays λ2S(1+αL_S)/(θλ2N) ≠ λ2S/λ2N; spec-1 always pays λ1S/λ1N.
  auto wf = reference("rc07.wage-formula", kDraws, kSeed, checks::general_draw, [](const ii::Params& p, Expected& e) {
    ++e.premise;
    const bool scope = p.labor_south >= p.lbar;
    e.in_scope += scope;
    if (!scope && spec2_closed(p)) ++e.out;
  });
  expect_counts(r.find("rc07.wage-formula").search({kDraws, kSeed, 1}).counts, wf, "wage-formula");
}

TEST(InfantIndustryClaims, ShrunkCounterexamplesAreTheHandDerivedOnes) {
  const auto r = registry();
  // p-equiv-ca: the first violation is fixed case 3 of 9 (index -(9-3) = -6): R = 3 > θ = 2, CA
  // true, P false (fixed case 1, R = θ, is a tie). Shrinking keeps R and θ and moves L_S = 2 to
  // the simplest value 1 (still L_S ≥ L̄; P and CA do not involve L_S).
  auto t = r.find("rc07.p-equiv-ca").search({kDraws, kSeed, 1});
  EXPECT_EQ(t.first_in_scope["index"], -6);
  const nlohmann::json shrunk = {
      {"lambda_south", {1.0, 3.0}}, {"lambda_north", {1.0, 1.0}}, {"alpha", 1.0}, {"lbar", 1.0}, {"labor_south", 1.0}};
  EXPECT_EQ(t.first_in_scope["case"], shrunk);
  EXPECT_EQ(t.first_in_scope["command"],
            "clustertrade infant-industry equilibria --lambda-south 1,3 --lambda-north 1,1 --alpha 1 --lbar 1 "
            "--labor-south 1");
  // ca-iff-spec2: first outside-scope violation is fixed case 4 (index -5): R = 1.25 with
  // L_S = 0.5 < L̄, below θ/(1+αL_S) = 4/3. λ2S shrinks to round(12.5)/10 = 1.3 (< 4/3 still);
  // 1, 2, 1/2 and 3 all end the violation.
  t = r.find("rc07.ca-iff-spec2").search({kDraws, kSeed, 1});
  EXPECT_TRUE(t.first_in_scope.is_null());
  EXPECT_EQ(t.first_outside["index"], -5);
  EXPECT_EQ(t.first_outside["case"]["lambda_south"], nlohmann::json({1.0, 1.3}));
  EXPECT_EQ(t.first_outside["case"]["labor_south"], 0.5);
}

TEST(InfantIndustryClaims, ResultsDoNotDependOnThreads) {
  const auto r = registry();
  for (const char* id : {"rc07.p-equiv-ca", "rc07.mill-test"})
    EXPECT_EQ(ct::tally_to_json(r.find(id).search({100, 3, 1})).dump(),
              ct::tally_to_json(r.find(id).search({100, 3, 2})).dump())
        << id;
}

// ---- checker sensitivity: one case just beyond each boundary, one just inside -------------------

TEST(InfantIndustrySensitivity, IdenticalProductivity) {
  // Specialisation in 2 exists iff R ≥ θ/(1+α·min(L̄,L_S)); with R = 1 that needs L_S ≥ L̄ = 1.
  const auto beyond = checks::identical_productivity(planted(1.0, 1.0 - 1e-6));
  EXPECT_TRUE(flagged(beyond));
  EXPECT_FALSE(beyond.in_scope);
  EXPECT_FALSE(flagged(checks::identical_productivity(planted(1.0, 1.0))));
  EXPECT_FALSE(checks::identical_productivity(planted(1.01, 2.0)).premise);  // not identical: not counted
}

TEST(InfantIndustrySensitivity, Spec1Condition) {
  // The search finds specialisation in 1 iff R ≤ θ = 2, the paper says R < θ: they differ only at R = θ.
  const auto at_theta = checks::spec1_condition(planted(2.0, 2.0));
  EXPECT_TRUE(at_theta.tie);
  EXPECT_TRUE(at_theta.violated);  // a disagreement, counted as a tie rather than a violation
  EXPECT_FALSE(flagged(checks::spec1_condition(planted(2.0 * (1 - 1e-9), 2.0))));
  EXPECT_FALSE(flagged(checks::spec1_condition(planted(2.0 * (1 + 1e-9), 2.0))));
}

TEST(InfantIndustrySensitivity, CaIffSpec2) {
  // L_S = 0.5 < L̄: specialisation in 2 needs R ≥ θ/(1+0.5) = 4/3. R = 1.3: CA but no spec-2 → flagged
  // (outside scope). R = 4/3·(1+1e-6): both true → not flagged. At L_S = L̄ = 1 the threshold is 1 = CA's.
  const auto beyond = checks::ca_iff_spec2(planted(1.3, 0.5));
  EXPECT_TRUE(flagged(beyond));
  EXPECT_FALSE(beyond.in_scope);
  EXPECT_FALSE(flagged(checks::ca_iff_spec2(planted(4.0 / 3.0 * (1 + 1e-6), 0.5))));
  EXPECT_FALSE(flagged(checks::ca_iff_spec2(planted(1.3, 1.0))));
  EXPECT_TRUE(checks::ca_iff_spec2(planted(1.0, 2.0)).tie);  // R = 1: spec-2 a weak equilibrium without CA
}

TEST(InfantIndustrySensitivity, WageFormula) {
  // R = 3, L_S = 0.5: spec-2 pays λ2S(1+αL_S)/θ = 3·1.5/2 = 2.25 ≠ 3 → flagged. L_S = 1: 3·2/2 = 3.
  EXPECT_TRUE(flagged(checks::wage_formula(planted(3.0, 0.5))));
  EXPECT_FALSE(flagged(checks::wage_formula(planted(3.0, 1.0))));
}

TEST(InfantIndustrySensitivity, WageRankingThreshold) {
  // CA false (R = 0.9 < 1) yet w2 above w1 by 2e-9 relative: beyond the 1e-9 tie band → flagged;
  // by 0.5e-9 → a tie of wages, not flagged.
  const auto p = planted(0.9, 2.0);
  EXPECT_TRUE(flagged(checks::compare_wage_ranking(p, 1.0, 1.0 + 2e-9)));
  EXPECT_FALSE(flagged(checks::compare_wage_ranking(p, 1.0, 1.0 + 0.5e-9)));
  // CA true (R = 1.5): w2 = 1.5 > w1 = 1 agrees; w2 = w1 disagrees.
  EXPECT_FALSE(flagged(checks::compare_wage_ranking(planted(1.5, 2.0), 1.0, 1.5)));
  EXPECT_TRUE(flagged(checks::compare_wage_ranking(planted(1.5, 2.0), 1.0, 1.0)));
}

TEST(InfantIndustrySensitivity, PImpliesMultiple) {
  // L_S = 0.5: P holds for R = 1.25 (1 < R < 2) but spec-2 needs R ≥ θ/(1+αL_S) = 4/3 → only spec-1 →
  // flagged (outside scope). L_S = L̄: the spec-2 threshold is 1, both exist → not flagged.
  EXPECT_TRUE(flagged(checks::p_implies_multiple(planted(1.25, 0.5))));
  EXPECT_FALSE(flagged(checks::p_implies_multiple(planted(1.25, 1.0))));
  // R = 3 > θ: P false, so the implication has no premise (the old iff flagged nothing here either).
  EXPECT_FALSE(checks::p_implies_multiple(planted(3.0, 1.0)).premise);
}

TEST(InfantIndustrySensitivity, MultipleImpliesP) {
  // The converse. L_S = 0.5, R = 1.5: spec-2 needs R ≥ 4/3 (holds), spec-1 needs R ≤ θ = 2 (holds):
  // both, and P (1 < 1.5 < 2) holds → not flagged. R = 2 = θ with L_S = 0.5 (the old shrunk
  // counterexample): both exist, P fails on its boundary → a tie beyond scope, not a violation.
  EXPECT_FALSE(flagged(checks::multiple_implies_p(planted(1.5, 0.5))));
  const auto edge = checks::multiple_implies_p(planted(2.0, 0.5));
  EXPECT_TRUE(edge.premise);
  EXPECT_TRUE(edge.tie);
  EXPECT_FALSE(flagged(edge));
  // One equilibrium only (R = 0.5: spec-1 alone): no premise.
  EXPECT_FALSE(checks::multiple_implies_p(planted(0.5, 2.0)).premise);
}

TEST(InfantIndustrySensitivity, PEquivCa) {
  // P ⇔ 1 < R < θ = 2; CA ⇔ R > 1. R = 2(1+1e-6): CA true, P false → flagged, margin ln(θ/R) < 0.
  const auto beyond = checks::p_equiv_ca(planted(2.0 * (1 + 1e-6), 2.0));
  EXPECT_TRUE(flagged(beyond));
  EXPECT_NEAR(beyond.margin, -std::log1p(1e-6), 1e-12);
  EXPECT_FALSE(flagged(checks::p_equiv_ca(planted(2.0 * (1 - 1e-6), 2.0))));
}

TEST(InfantIndustrySensitivity, MillTest) {
  // As for CA ⇔ spec-2: with L_S = 0.5 good 2 survives iff R > 4/3. R = 1.3 shrinks away despite CA.
  EXPECT_TRUE(flagged(checks::mill_test(planted(1.3, 0.5))));
  EXPECT_FALSE(flagged(checks::mill_test(planted(1.4, 0.5))));
  EXPECT_FALSE(flagged(checks::mill_test(planted(1.3, 1.0))));
  EXPECT_FALSE(flagged(checks::mill_test(planted(0.9, 1.0))));  // no CA, good 2 does not survive
}

TEST(InfantIndustrySensitivity, Fn7SmallSouth) {
  // L_S = 0.5: spec-2 iff R ≥ θ/(1+αL_S) = 4/3. R = 4/3(1+1e-6) → flagged; R = 4/3(1-1e-6) → not.
  const auto beyond = checks::fn7_small_south(planted(4.0 / 3.0 * (1 + 1e-6), 0.5));
  EXPECT_TRUE(flagged(beyond));
  EXPECT_FALSE(beyond.in_scope);  // not the footnote's identical-productivity example
  EXPECT_FALSE(flagged(checks::fn7_small_south(planted(4.0 / 3.0 * (1 - 1e-6), 0.5))));
  EXPECT_FALSE(flagged(checks::fn7_small_south(planted(1.0, 0.5))));  // the footnote's own case
  EXPECT_FALSE(checks::fn7_small_south(planted(1.0, 1.0)).premise);   // L_S = L̄ is not "below"
}

TEST(InfantIndustrySensitivity, EquilibriumSetTolerance) {
  // Fig. 1's case R = 1.25, L_S = 2: interior equilibrium at L2 = (θ/R − 1)/α = 0.6. Shifting the
  // search's interior position by 2e-7·L_S (beyond the 1e-7·L_S tolerance) must be flagged;
  // by 0.5e-7·L_S not.
  const auto p = planted(1.25, 2.0);
  auto found = ii::search_equilibria(p);
  const auto closed = ii::equilibria(p);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_FALSE(flagged(checks::compare_equilibrium_sets(p, found, closed)));
  EXPECT_NEAR(found[1].labor_sector2, 0.6, 1e-9);  // the scan bisects a wage gap whose slope is ~1: ~1e-10
  auto shifted = found;
  shifted[1].labor_sector2 += 2e-7 * 2.0;
  shifted[1].labor_sector2_max += 2e-7 * 2.0;
  EXPECT_TRUE(flagged(checks::compare_equilibrium_sets(p, shifted, closed)));
  shifted = found;
  shifted[1].labor_sector2 += 0.5e-7 * 2.0;
  shifted[1].labor_sector2_max += 0.5e-7 * 2.0;
  EXPECT_FALSE(flagged(checks::compare_equilibrium_sets(p, shifted, closed)));
  shifted = found;
  shifted[1].stable = !shifted[1].stable;
  EXPECT_TRUE(flagged(checks::compare_equilibrium_sets(p, shifted, closed)));
}

TEST(InfantIndustrySensitivity, PpfShape) {
  // L_S = 2, R = 1 (λ2S = 1), θ = 2: Q2 = (1+min(1,L2))L2, Q2max = 4, kink at Q2 = θL̄ = 2.
  // Beyond the kink the frontier is Q1 = L_S − L2 with L2 = Q2/2 → slope 1/2 = λ1S/(θλ2S).
  const auto p = planted(1.0, 2.0);
  auto exact = [](double q2) {
    const double l2 = q2 <= 2.0 ? (-1.0 + std::sqrt(1.0 + 4.0 * q2)) / 2.0 : q2 / 2.0;  // inverts Q2(L2)
    return 2.0 - l2;
  };
  EXPECT_FALSE(flagged(checks::ppf_shape_of(p, exact, 4.0)));
  EXPECT_FALSE(flagged(checks::ppf_shape(p)));
  // A frontier whose linear part has slope 0.5(1+1e-6) (beyond the 1e-9 band) is flagged;
  // 0.5(1+1e-11) is not.
  auto tilted = [&](double eps) {
    return [&, eps](double q2) { return q2 <= 2.0 ? exact(q2) : exact(2.0) - 0.5 * (1 + eps) * (q2 - 2.0); };
  };
  EXPECT_TRUE(flagged(checks::ppf_shape_of(p, tilted(1e-6), 4.0)));
  EXPECT_FALSE(flagged(checks::ppf_shape_of(p, tilted(1e-11), 4.0)));
  // A corner slope off by 2e-4 relative (beyond 1e-4) is flagged.
  auto steep = [&](double q2) { return q2 < 1e-6 ? exact(0.0) - (1 + 2e-4) * q2 : exact(q2); };
  EXPECT_TRUE(flagged(checks::ppf_shape_of(p, steep, 4.0)));
  EXPECT_FALSE(checks::ppf_shape_of(planted(1.0, 1.0), exact, 4.0).premise);  // needs L_S > L̄
}
