/// \file claims.cpp
/// \brief RC07 §2's claims as falsification searches: what is drawn, the hand-derived fixed cases,
/// how a counterexample is simplified and reproduced. The per-case checks are in
/// claims_checks.cpp; the engine (core/falsify.hpp) counts, merges and grades.
#include "infant_industry/claims.hpp"

#include <fmt/format.h>

#include "infant_industry/claims_checks.hpp"
#include "infant_industry/model.hpp"

namespace clustertrade::infant_industry {

namespace {

using namespace checks;  // the draws, fixed cases and shrinking of claims_cases.cpp

// ---- registration ---------------------------------------------------------------------------------

using CheckFn = Finding (*)(const Params&);
using DrawFn = Params (*)(std::size_t, DrawRng&);

/// A claim of this module: the search is the same everywhere but for the draw and the check; the
/// claim lists the laws its draw samples.
Claim make_claim(ClaimText text, CheckFn check, DrawFn draw, std::vector<DrawLaw> draw_laws,
                 std::string evidence_note) {
  const std::uint64_t salt = claim_salt(text.id);
  text.draws = std::move(draw_laws);
  Claim c = claim_with_text(std::move(text));
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

/// The brute-force scan's tolerances (search.hpp), as the ledger prints them.
std::string scan_tolerances() {
  const SearchOptions scan;
  return fmt::format(
      "equilibrium scan: zero profit within ${}\\,w_1$, stability perturbation ${}\\,L_S$; boundaries $R = 1$, "
      "$R = \\theta$, $R = \\theta/(1+\\alpha L_S)$ compared exactly (lattice draws hit them)",
      evidence_math(scan.rel_tol), evidence_math(scan.perturbation));
}

std::string wage_tolerance() { return fmt::format("; wages equal within ${}$ relative", evidence_math(wage_rel_tol)); }

const std::string yes_no_margin = "yes/no: $-1$ when violated, none when it holds";

}  // namespace

void register_claims(ClaimRegistry& registry) {
  const std::string src = "RC07 §2";
  const std::string paper_setting = "$L_S \\ge \\bar L$ (RC07 fn. 7: a complete cluster is possible)";
  const std::string ties = "; ties at $R=1$, $R=\\theta$ and $R=\\theta/(1+\\alpha L_S)$ in and beyond it";
  const Origin paper = Origin::paper;
  registry.add(make_claim(
      {"rc07.identical-productivity",
       src + ", identical-productivity example and fn. 7",
       "With no Ricardian differences ($\\lambda_{jc}=1$ in every sector $j$ and country $c$), specialisation in good "
       "1 and specialisation in good 2 are both equilibria and pay the same wage.",
       "holds (shown in the text, assuming $L_S > \\bar L$)",
       fmt::format("the brute-force search's equilibria and their wages (relative gap $<{}$)",
                   evidence_math(wage_rel_tol)),
       "identical productivities (every $\\lambda_{jc}$ equal: $1$, or log-uniform on $[0.2, 5]$) with " +
           paper_setting + "; beyond it: $L_S < \\bar L$",
       FailureKind::substantive,
       "checks::identical_productivity",
       paper,
       "``Let us confirm that there are multiple equilibria, with one equilibrium characterized by complete "
       "specialization in good 1 and the other by complete specialization in good 2.'' and ``the wage is not higher "
       "in the equilibrium with specialization in good 2'' (RC07 §2, case $\\lambda_{ji}=1$)",
       {},
       scan_tolerances() + wage_tolerance(),
       yes_no_margin},
      checks::identical_productivity, identical_draw, identical_laws(),
      "Beyond the paper's setting ($L_S<\\bar L$) only specialisation in 1 is an equilibrium."));
  registry.add(make_claim(
      {"rc07.spec1-condition",
       src + ", condition for specialisation in 1",
       "Specialisation in good 1 is an equilibrium iff $(\\lambda_{2S}/\\lambda_{1S})/(\\lambda_{2N}/\\lambda_{1N}) "
       "< \\theta$.",
       "holds (derived in the text)",
       "whether the search finds specialisation in 1, against $R<\\theta$",
       "random and power-of-two parameters; the tie $R=\\theta$ (a weak equilibrium) is counted as a tie",
       FailureKind::substantive,
       "checks::spec1_condition",
       paper,
       "``the condition for specialization in good 1 to be an equilibrium is: "
       "$\\frac{\\lambda_{2S}/\\lambda_{1S}}{\\lambda_{2N}/\\lambda_{1N}} < \\theta$'' (RC07 §2)",
       {},
       scan_tolerances(),
       yes_no_margin},
      checks::spec1_condition, general_draw, general_laws(),
      "At the tie $R=\\theta$ specialisation in 1 is still a (weak, unstable) equilibrium: the exact condition is "
      "$R\\le\\theta$."));
  registry.add(make_claim(
      {"rc07.ca-iff-spec2",
       src + ", condition CA",
       "Specialisation in good 2 is an equilibrium iff CA: $\\lambda_{2S}/\\lambda_{1S} > "
       "\\lambda_{2N}/\\lambda_{1N}$.",
       "holds (derived in the text)",
       "whether the search finds specialisation in 2, against CA",
       "random and power-of-two parameters; paper's setting " + paper_setting + "; tie at $R=1$",
       FailureKind::substantive,
       "checks::ca_iff_spec2",
       paper,
       "``the condition for there to exist an equilibrium with specialization in good 2 (i.e., condition P) is "
       "equivalent to CA'' (RC07 §2, after condition (P))",
       {},
       scan_tolerances(),
       yes_no_margin},
      checks::ca_iff_spec2, general_draw, general_laws(),
      "With $L_S<\\bar L$ specialisation in 2 needs $R \\ge \\theta/(1+\\alpha L_S)$, stronger than CA."));
  registry.add(make_claim(
      {"rc07.wage-formula",
       src + ", wages",
       "The equilibrium with specialisation in good $j$ pays $w = \\lambda_{jS}/\\lambda_{jN}$.",
       "holds (stated)",
       fmt::format("the search's corner wages against $\\lambda_{{jS}}/\\lambda_{{jN}}$ (relative gap ${}$)",
                   evidence_math(wage_rel_tol)),
       "random and power-of-two parameters; paper's setting " + paper_setting,
       FailureKind::substantive,
       "checks::wage_formula",
       paper,
       "``the equilibrium with specialization in good $j$ has $w = \\lambda_{jS}/\\lambda_{jN}$'' (RC07 §2)",
       {},
       scan_tolerances() + wage_tolerance(),
       yes_no_margin},
      checks::wage_formula, general_draw, general_laws(),
      "With $L_S<\\bar L$ specialisation in 2 pays $\\lambda_{2S}(1+\\alpha L_S)/(\\theta\\lambda_{2N})$, less."));
  registry.add(make_claim(
      {"rc07.wage-ranking",
       src + ", wages and fn. 8",
       "Where both specialisations are equilibria, the one in the good of comparative advantage pays more: "
       "specialisation in 2 pays more iff CA.",
       "holds (stated)",
       fmt::format("the two corner wages found by the search ($w_2 > w_1(1+{})$) against CA",
                   evidence_math(wage_rel_tol)),
       "random and power-of-two parameters; premise: both specialisations are equilibria; ties at $R=1$, "
       "$R=\\theta$",
       FailureKind::substantive,
       "checks::wage_ranking",
       paper,
       "``Given assumption CA, the wage with specialization in good 2 is higher. Just as in basic trade theory, the "
       "wage is higher if the economy specializes in the sector where it has a comparative advantage.'' (RC07 §2)",
       {},
       scan_tolerances() + wage_tolerance(),
       yes_no_margin},
      checks::wage_ranking, general_draw, general_laws(), ""));
  registry.add(make_claim(
      {"rc07.p-implies-multiple",
       src + ", condition P and Fig. 1",
       "If condition P holds, $\\lambda_{1S}/(\\theta\\lambda_{2S}) < p_2^*/p_1^* < \\lambda_{1S}/\\lambda_{2S}$, "
       "there are multiple equilibria (both specialisations).",
       "holds (argued from RC07 Fig. 1)",
       "premise: condition P; conclusion: the search finds both specialisations",
       "random and power-of-two parameters; paper's setting " + paper_setting + ties,
       FailureKind::substantive,
       "checks::p_implies_multiple",
       paper,
       "``Clearly, then, if $\\lambda_{1S}/\\theta\\lambda_{2S} < p_2^*/p_1^* < \\lambda_{1S}/\\lambda_{2S}$ (P) there "
       "is multiple equilibria'' (RC07 §2, condition (P))",
       {},
       scan_tolerances(),
       yes_no_margin},
      checks::p_implies_multiple, general_draw, general_laws(),
      "With $L_S<\\bar L$, P can hold with specialisation in 1 the only equilibrium."));
  registry.add(
      make_claim({"rc07.multiple-implies-p",
                  src + ", condition P (our addition: the converse)",
                  "Conversely, multiple equilibria (both specialisations) occur only under condition P.",
                  "not stated (RC07 states only the implication from P)",
                  "premise: the search finds both specialisations; conclusion: condition P",
                  "random and power-of-two parameters; paper's setting " + paper_setting + ties,
                  FailureKind::substantive,
                  "checks::multiple_implies_p",
                  Origin::addition,
                  "",
                  {},
                  scan_tolerances(),
                  yes_no_margin},
                 checks::multiple_implies_p, general_draw, general_laws(),
                 "With $L_S<\\bar L$ both specialisations can be equilibria with $R\\ge\\theta$, where P fails."));
  registry.add(make_claim(
      {"rc07.p-equiv-ca",
       src + ", text after condition P",
       "With $p_2^*/p_1^* = \\lambda_{1N}/(\\theta\\lambda_{2N})$, condition P is equivalent to CA.",
       "holds (stated)",
       "the truth values of P and CA on the same parameters",
       "random and power-of-two parameters; ties at $R=1$, $R=\\theta$",
       FailureKind::wording,
       "checks::p_equiv_ca",
       paper,
       "``Noting that $p_2^*/p_1^* = \\lambda_{1N}/\\theta\\lambda_{2N}$, the condition for there to exist an "
       "equilibrium with specialization in good 2 (i.e., condition P) is equivalent to CA.'' (RC07 §2)",
       {},
       "truth values compared exactly (no tolerance); boundaries $R = 1$, $R = \\theta$ are ties",
       "$\\ln(\\theta/R)$ when CA holds (dimensionless; negative: P fails while CA holds); none otherwise"},
      checks::p_equiv_ca, general_draw, general_laws(),
      "Graded a slip of wording: only P's left inequality is equivalent to CA; P itself is $1<R<\\theta$, and every "
      "violation has $R\\ge\\theta$ (CA true, P false)."));
  registry.add(make_claim(
      {"rc07.mill-test",
       src + ", Mill test",
       "Infant-industry protection of good 2 passes the Mill test (good 2 survives free trade once established) "
       "iff CA.",
       "holds (stated)",
       "survival of good 2 after protection ends, simulated with labour moving to the better-paid sector, against CA",
       "random and power-of-two parameters; paper's setting " + paper_setting + "; ties as above",
       FailureKind::substantive,
       "checks::mill_test",
       paper,
       "``Infant-industry protection passes the Mill test if and only if condition CA is satisfied.'' (RC07 §2)",
       {},
       scan_tolerances() + fmt::format("; labour-flow simulation: start ${}L_S$ below $L_S$, step ${}L_S$ times the "
                                       "relative wage gap, shrinks away below $(1-{})L_S$, flat within ${}\\,w_1$",
                                       evidence_math(mill_start_gap), evidence_math(mill_step),
                                       evidence_math(mill_exit_gap), evidence_math(mill_flat_tol)),
       yes_no_margin},
      checks::mill_test, general_draw, general_laws(),
      "With $L_S<\\bar L$ survival needs $R > \\theta/(1+\\alpha L_S)$."));
  registry.add(make_claim(
      {"rc07.fn7-small-south",
       src + ", fn. 7",
       "If South's labour force is below $\\bar L$, specialisation in good 2 is not an equilibrium.",
       "holds (stated, in the identical-productivity example)",
       "whether the search finds specialisation in 2 when $L_S<\\bar L$",
       "$L_S<\\bar L$; paper's setting: identical productivities (the example the footnote annotates); beyond it: "
       "random productivities",
       FailureKind::substantive,
       "checks::fn7_small_south",
       paper,
       "``Otherwise, specialization in good 2 would not be an equilibrium.'' (RC07 §2, fn. 7)",
       {},
       scan_tolerances(),
       "$\\ln(\\theta/((1+\\alpha L_S)R))$ (dimensionless; negative: specialisation in 2 survives)"},
      checks::fn7_small_south, small_south_draw, small_south_laws(),
      "Generally specialisation in 2 is an equilibrium iff $R\\ge\\theta/(1+\\alpha L_S)$: with a strong "
      "comparative advantage it is one even though the cluster is incomplete."));
  registry.add(make_claim(
      {"rc07.equilibrium-set",
       src + " (our addition)",
       "South's equilibria are exactly: specialisation in 1 iff $R \\le \\theta$; specialisation in 2 iff "
       "$R \\ge \\theta/(1+\\alpha\\min(\\bar L, L_S))$; an unstable interior one at $L_2 = (\\theta/R - 1)/\\alpha$ "
       "when that lies in $(0, \\min(\\bar L, L_S))$; and, at $R=1$ with $L_S > \\bar L$, every "
       "$L_2 \\in [\\bar L, L_S]$ (its right end is specialisation in 2).",
       "not stated (RC07 §2 lists only the two specialisations)",
       fmt::format("the search's equilibria (kind, position within ${}L_S$, wage, stability) against the closed "
                   "forms",
                   evidence_math(position_rel_tol)),
       "random and power-of-two parameters, all $L_S$",
       FailureKind::substantive,
       "checks::equilibrium_set",
       Origin::addition,
       "",
       {},
       scan_tolerances() + wage_tolerance() +
           fmt::format("; positions within ${}\\,L_S$", evidence_math(position_rel_tol)),
       yes_no_margin},
      checks::equilibrium_set, general_draw, general_laws(), ""));
  registry.add(make_claim(
      {"rc07.ppf-shape",
       src + ", Fig. 1",
       "South's PPF is convex while $Q_2 < \\lambda_{2S}\\theta\\bar L$, linear (slope "
       "$\\lambda_{1S}/(\\theta\\lambda_{2S})$) beyond, and has PPF$_{NC}$'s slope $\\lambda_{1S}/\\lambda_{2S}$ at "
       "the good-1 corner.",
       "holds (stated)",
       fmt::format("slopes of the frontier bisected from the production functions on {} points", ppf_points),
       "random parameters with $L_S > \\bar L$",
       FailureKind::substantive,
       "checks::ppf_shape",
       paper,
       "``which is convex when $L_{2S} < \\bar{L}$ (or $Q_2 < \\lambda_{2S}\\theta\\bar{L}$) and becomes linear "
       "when $L_{2S} \\geq \\bar{L}$'' and ``the slope of the PPF is the same as the slope of PPF$_{NC}$ at the "
       "corner where there is complete specialization in good 1'' (RC07 §2, Fig. 1)",
       {},
       fmt::format("corner slope within ${}$ relative; convexity and the linear slope within ${}$ relative",
                   evidence_math(ppf_corner_rel_tol), evidence_math(ppf_slope_rel_tol)),
       yes_no_margin},
      checks::ppf_shape, large_south_draw, large_south_laws(),
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
               FailureKind::substantive, "infant_industry::register_claims", paper,
               "``Exploring the Bastable test would require a dynamic adjustment model that is beyond the scope of "
               "this paper.'' (RC07 §2)"},
              "it needs a dynamic adjustment model with discounting and a cost of protection, which RC07 does not "
              "give; a model of our own choosing would grade our assumptions, not the paper");
  not_checked({"rc07.fn10-large-country", src + ", fn. 10",
               "When South is not small (no productivity differences, two countries of equal size, demand for good "
               "2 high enough that each country specialises fully in one good), under condition P the country "
               "specialising in good 2 is better off.",
               "holds (argued from RC07 Fig. 1)", "the two countries' real incomes in the two-country equilibrium",
               "two large countries with world prices set by demand", FailureKind::substantive,
               "infant_industry::register_claims", paper,
               "``Then, if condition P is satisfied, the country that specializes in good 2 is better off than the "
               "country that specializes in good 1.'' (RC07 §2, fn. 10)"},
              "it needs a two-country equilibrium with world prices set by demand, while this module's South is a "
              "small open economy at North's prices; the model is not built here");
  not_checked({"rc07.fn8-rents", src + ", fn. 8",
               "With rents in sector 2 (world prices above North's production costs) and no competitive response "
               "from North, South could gain by specialising in good 2 even without a natural comparative "
               "advantage.",
               "holds (argued; the paper calls the conditions highly unrealistic)",
               "South's wage at specialisation in 2 against specialisation in 1 at a price above North's unit cost",
               "a price of good 2 above North's unit labour requirement", FailureKind::substantive,
               "infant_industry::register_claims", paper,
               "``South could be better off specializing in good 2 rather than good 1 even if it does not have a "
               "natural comparative advantage in that sector'' (RC07 §2, fn. 8)"},
              "the model prices goods at North's unit costs, so it has no rents; the footnote gives neither their "
              "size nor North's (absent) response, and any rent we chose would decide the answer");
  not_checked(
      {"rc07.fn11-south-gains", src + ", fn. 11",
       "If the gains from clustering in sector 2 were stronger in South than in North, promoting a cluster "
       "against natural comparative advantage could make sense.",
       "holds (argued)", "South's wage at specialisation in 2 with a South-specific $\\theta_S > \\theta$",
       "a South cluster factor above North's", FailureKind::substantive, "infant_industry::register_claims", paper,
       "``If such gains were somehow stronger in South, then cluster promotion against natural comparative "
       "advantage could make sense.'' (RC07 §2, fn. 11)"},
      "the model has one $\\theta$ for both countries; with a South factor $\\theta_S$ the specialisation-2 "
      "wage is $\\lambda_{2S}\\theta_S/(\\theta\\lambda_{2N})$, above $\\lambda_{1S}/\\lambda_{1N}$ iff "
      "$R\\theta_S/\\theta > 1$, which holds without CA once $\\theta_S/\\theta > 1/R$: true by algebra, "
      "but the footnote's ``could make sense'' (a welfare ranking after promotion costs) is not a statement "
      "a search can grade");
}

}  // namespace clustertrade::infant_industry
