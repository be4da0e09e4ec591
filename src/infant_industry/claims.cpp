/// \file claims.cpp
/// \brief RC07 §2's claims as falsification searches: what is drawn, the hand-derived fixed cases,
/// how a counterexample is simplified and reproduced. The per-case checks are in
/// claims_checks.cpp; the engine (core/falsify.hpp) counts, merges and grades.
#include "infant_industry/claims.hpp"

#include "infant_industry/claims_checks.hpp"
#include "infant_industry/model.hpp"

namespace clustertrade::infant_industry {

namespace {

using namespace checks;  // the draws, fixed cases and shrinking of claims_cases.cpp

// ---- registration ---------------------------------------------------------------------------------

using CheckFn = Finding (*)(const Params&);
using DrawFn = Params (*)(std::size_t, DrawRng&);

/// A claim of this module: the search is the same everywhere but for the draw and the check.
Claim make_claim(std::string id, std::string source, std::string statement, std::string paper_verdict,
                 std::string measure, std::string scope, FailureKind kind, std::string check_name, CheckFn check,
                 DrawFn draw, std::string evidence_note) {
  const std::uint64_t salt = claim_salt(id);
  Claim c = claim_with_text({std::move(id), std::move(source), std::move(statement), std::move(paper_verdict),
                             std::move(measure), std::move(scope), kind, std::move(check_name)});
  c.search = make_search_fn<Params>([salt, check, draw] {
    Search<Params> s;
    s.salt = salt;
    s.draw = draw;
    s.fixed_cases = fixed_cases();
    s.check = check;
    s.shrink_candidates = simpler;
    s.to_json = params_json;
    s.command = command_for;
    return s;
  });
  c.evidence = [note = std::move(evidence_note)](const Tally& tally, const ClaimRun&) {
    return default_evidence(tally) + (note.empty() ? "" : " " + note);
  };
  return c;
}

}  // namespace

void register_claims(ClaimRegistry& registry) {
  const std::string src = "RC07 §2";
  const std::string random_params = "random and power-of-two productivities, $\\alpha$, $\\bar L$, $L_S$";
  const std::string paper_setting = "$L_S \\ge \\bar L$ (RC07 fn. 7: a complete cluster is possible)";
  registry.add(make_claim(
      "rc07.identical-productivity", src + ", identical-productivity example and fn. 7",
      "With no Ricardian differences ($\\lambda_{jc}=1$ in every sector $j$ and country $c$), specialisation in good 1 "
      "and specialisation in good 2 are "
      "both equilibria and pay the same wage.",
      "holds (shown in the text, assuming $L_S > \\bar L$)",
      "the brute-force search's equilibria and their wages (relative gap $<10^{-9}$)",
      "identical productivities (every $\\lambda_{jc}$ equal: $1$, or log-uniform on $[0.2, 5]$) with " +
          paper_setting + "; beyond it: $L_S < \\bar L$",
      FailureKind::substantive, "checks::identical_productivity", checks::identical_productivity, identical_draw,
      "Beyond the paper's setting ($L_S<\\bar L$) only specialisation in 1 is an equilibrium."));
  registry.add(make_claim(
      "rc07.spec1-condition", src + ", condition for specialisation in 1",
      "Specialisation in good 1 is an equilibrium iff $(\\lambda_{2S}/\\lambda_{1S})/(\\lambda_{2N}/\\lambda_{1N}) < "
      "\\theta$.",
      "holds (derived in the text)", "whether the search finds specialisation in 1, against $R<\\theta$",
      random_params + "; the tie $R=\\theta$ (a weak equilibrium) is counted as a tie", FailureKind::substantive,
      "checks::spec1_condition", checks::spec1_condition, general_draw,
      "At the tie $R=\\theta$ specialisation in 1 is still a (weak, unstable) equilibrium: the exact condition is "
      "$R\\le\\theta$."));
  registry.add(make_claim(
      "rc07.ca-iff-spec2", src + ", condition CA",
      "Specialisation in good 2 is an equilibrium iff CA: $\\lambda_{2S}/\\lambda_{1S} > \\lambda_{2N}/\\lambda_{1N}$.",
      "holds (derived in the text)", "whether the search finds specialisation in 2, against CA",
      random_params + "; paper's setting " + paper_setting + "; tie at $R=1$", FailureKind::substantive,
      "checks::ca_iff_spec2", checks::ca_iff_spec2, general_draw,
      "With $L_S<\\bar L$ specialisation in 2 needs $R \\ge \\theta/(1+\\alpha L_S)$, stronger than CA."));
  registry.add(make_claim(
      "rc07.wage-formula", src + ", wages",
      "The equilibrium with specialisation in good $j$ pays $w = \\lambda_{jS}/\\lambda_{jN}$.", "holds (stated)",
      "the search's corner wages against $\\lambda_{jS}/\\lambda_{jN}$ (relative gap $10^{-9}$)",
      random_params + "; paper's setting " + paper_setting, FailureKind::substantive, "checks::wage_formula",
      checks::wage_formula, general_draw,
      "With $L_S<\\bar L$ specialisation in 2 pays $\\lambda_{2S}(1+\\alpha L_S)/(\\theta\\lambda_{2N})$, less."));
  registry.add(
      make_claim("rc07.wage-ranking", src + ", wages and fn. 8",
                 "Where both specialisations are equilibria, the one in the good of comparative advantage pays more: "
                 "specialisation in 2 pays more iff CA.",
                 "holds (stated)", "the two corner wages found by the search ($w_2 > w_1(1+10^{-9})$) against CA",
                 random_params + "; premise: both specialisations are equilibria; ties at $R=1$, $R=\\theta$",
                 FailureKind::substantive, "checks::wage_ranking", checks::wage_ranking, general_draw, ""));
  registry.add(make_claim(
      "rc07.p-iff-multiple", src + ", condition P and Fig. 1",
      "Condition P, $\\lambda_{1S}/(\\theta\\lambda_{2S}) < p_2^*/p_1^* < \\lambda_{1S}/\\lambda_{2S}$, gives multiple "
      "equilibria (both specialisations).",
      "holds (argued from RC07 Fig. 1)", "condition P against the search finding both specialisations",
      random_params + "; paper's setting " + paper_setting + "; ties at $R=1$, $R=\\theta$", FailureKind::substantive,
      "checks::p_iff_multiple", checks::p_iff_multiple, general_draw,
      "With $L_S<\\bar L$, P can hold with specialisation in 1 the only equilibrium."));
  registry.add(make_claim(
      "rc07.p-equiv-ca", src + ", text after condition P",
      "With $p_2^*/p_1^* = \\lambda_{1N}/(\\theta\\lambda_{2N})$, condition P is equivalent to CA.", "holds (stated)",
      "the truth values of P and CA on the same parameters", random_params + "; ties at $R=1$, $R=\\theta$",
      FailureKind::wording, "checks::p_equiv_ca", checks::p_equiv_ca, general_draw,
      "Graded a slip of wording: only P's left inequality is equivalent to CA; P itself is $1<R<\\theta$, and every "
      "violation has $R\\ge\\theta$ (CA true, P false)."));
  registry.add(make_claim(
      "rc07.mill-test", src + ", Mill test",
      "Infant-industry protection of good 2 passes the Mill test (good 2 survives free trade once established) iff CA.",
      "holds (stated)",
      "survival of good 2 after protection ends, simulated with labour moving to the better-paid sector, against CA",
      random_params + "; paper's setting " + paper_setting + "; ties as above", FailureKind::substantive,
      "checks::mill_test", checks::mill_test, general_draw,
      "With $L_S<\\bar L$ survival needs $R > \\theta/(1+\\alpha L_S)$."));
  registry.add(make_claim(
      "rc07.fn7-small-south", src + ", fn. 7",
      "If South's labour force is below $\\bar L$, specialisation in good 2 is not an equilibrium.",
      "holds (stated, in the identical-productivity example)",
      "whether the search finds specialisation in 2 when $L_S<\\bar L$",
      "$L_S<\\bar L$; paper's setting: identical productivities (the example the footnote annotates); beyond it: "
      "random productivities",
      FailureKind::substantive, "checks::fn7_small_south", checks::fn7_small_south, small_south_draw,
      "Generally specialisation in 2 is an equilibrium iff $R\\ge\\theta/(1+\\alpha L_S)$: with a strong comparative "
      "advantage it is one even though the cluster is incomplete."));
  registry.add(make_claim(
      "rc07.equilibrium-set", src + " (our addition)",
      "South's equilibria are exactly: specialisation in 1 iff $R \\le \\theta$; specialisation in 2 iff "
      "$R \\ge \\theta/(1+\\alpha\\min(\\bar L, L_S))$; an unstable interior one at $L_2 = (\\theta/R - 1)/\\alpha$ "
      "when that lies in $(0, \\min(\\bar L, L_S))$; and, at $R=1$ with $L_S > \\bar L$, every "
      "$L_2 \\in [\\bar L, L_S]$ (its right end is specialisation in 2).",
      "not stated (RC07 §2 lists only the two specialisations)",
      "the search's equilibria (kind, position within $10^{-7}L_S$, wage, stability) against the closed forms",
      "random and power-of-two parameters, all $L_S$", FailureKind::substantive, "checks::equilibrium_set",
      checks::equilibrium_set, general_draw, ""));
  registry.add(make_claim(
      "rc07.ppf-shape", src + ", Fig. 1",
      "South's PPF is convex while $Q_2 < \\lambda_{2S}\\theta\\bar L$, linear (slope "
      "$\\lambda_{1S}/(\\theta\\lambda_{2S})$) beyond, and has PPF$_{NC}$'s slope $\\lambda_{1S}/\\lambda_{2S}$ at the "
      "good-1 corner.",
      "holds (stated)", "slopes of the frontier bisected from the production functions on 400 points",
      "random parameters with $L_S > \\bar L$", FailureKind::substantive, "checks::ppf_shape", checks::ppf_shape,
      large_south_draw,
      "Not in the paper: at $L_2=\\bar L$ the frontier has a kink; the marginal rate of transformation jumps from "
      "$\\lambda_{1S}/(\\lambda_{2S}(1+2\\alpha\\bar L))$ to $\\lambda_{1S}/(\\theta\\lambda_{2S})$."));
  // Statements of RC07 §2 that no search here can grade: registered so the ledger lists every
  // statement of the section, each with the reason it is not checked (referee 2, item 8).
  const auto not_checked = [&registry](ClaimText text, std::string reason) {
    Claim c = claim_with_text(std::move(text));
    c.not_checked_reason = std::move(reason);
    c.evidence = [why = c.not_checked_reason](const Tally&, const ClaimRun&) { return "Not checked: " + why + "."; };
    registry.add(std::move(c));
  };
  not_checked({"rc07.bastable-test", src + ", Bastable test",
               "Protection that passes the Mill test may also pass the stricter Bastable test: the discounted "
               "later gains repay what protection costs while it lasts.",
               "not examined (the paper leaves it beyond its scope)",
               "present value of the gains against the cost of protection", "none: RC07 gives no model of it",
               FailureKind::substantive, "infant_industry::register_claims"},
              "it needs a dynamic adjustment model with discounting and a cost of protection, which RC07 does not "
              "give; a model of our own choosing would grade our assumptions, not the paper");
  not_checked({"rc07.fn10-large-country", src + ", fn. 10",
               "When South is not small (no productivity differences, two countries of equal size, demand for good 2 "
               "high enough that each country specialises fully in one good), under condition P the country "
               "specialising in good 2 is better off.",
               "holds (argued from RC07 Fig. 1)", "the two countries' real incomes in the two-country equilibrium",
               "two large countries with world prices set by demand", FailureKind::substantive,
               "infant_industry::register_claims"},
              "it needs a two-country equilibrium with world prices set by demand, while this module's South is a "
              "small open economy at North's prices; the model is not built here");
}

}  // namespace clustertrade::infant_industry
