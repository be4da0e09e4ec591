// H12's claims (Hanlon 2012) registered with the core falsification engine (issue 10): each claim
// names its measure and H12's own setting (scope); its search is built in claims_static.cpp,
// claims_dynamic.cpp, claims_effects.cpp or claims_policy.cpp, and its evidence is rendered from
// the merged tally only (so one process, shards and MPI ranks print the same text).
#include "trade_growth/claims.hpp"

#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "trade_growth/claims_checks.hpp"
#include "trade_growth/claims_laws.hpp"

namespace clustertrade::trade_growth {

namespace {

using claims::Case;

/// Evidence from the merged tally: the engine's counts sentence, the range of the claim's value
/// (`value_label`; empty: not shown), the worst margin beyond H12's setting and its case.
std::string render(const Tally& t, const std::string& value_label) {
  std::string text = default_evidence(t);
  auto number = [](const nlohmann::json& record) {
    return record.is_null() || record.at("value").is_null() ? std::string("none")
                                                            : evidence_number(record.at("value").get<double>(), 4);
  };
  if (!value_label.empty() && !t.value_min.is_null()) {
    std::string label = value_label;  // a sentence starts with a capital
    if (label[0] >= 'a' && label[0] <= 'z') label[0] = static_cast<char>(label[0] - 'a' + 'A');
    const std::string low = number(t.value_min), high = number(t.value_max);
    text += low == high ? fmt::format(" {}: {} in every case.", label, low)
                        : fmt::format(" {}: from {} to {}.", label, low, high);
  }
  if (t.first_in_scope.is_null() && !t.worst_in_scope.is_null()) {
    const nlohmann::json& m = t.worst_in_scope.at("margin");
    const std::string detail = t.worst_in_scope.at("detail").get<std::string>();
    if (t.first_outside.is_null())
      text += " Tightest case in scope: " + detail + ".";
    else if (m.is_number() && m.get<double>() < 0.0)  // a negative margin without a violation: a tie
      text += " Tightest case in scope (a tie): " + detail + ".";
  }
  return text;
}

/// What a claim record carries for the ledger besides its words (issue 19 A.1, A.4, A.5).
struct Ledger {
  Origin origin = Origin::paper;  ///< paper (quoted), reading (†) or addition
  std::string quote;              ///< origin paper: H12's words verbatim with their locator
  std::vector<DrawLaw> draws;     ///< the laws the search's draw samples (claims_laws.hpp)
  std::string tolerances;         ///< the check's tolerances, generated from its constants
  std::string margin_unit;        ///< the unit of the finding's margin
  bool single_example = false;    ///< one case (the paper's example), no random draws
};

/// A Claim for a search built by `build`, with the evidence renderer above. A single example runs
/// its fixed case only: the search is run with no draws (draws_used 0), the request is kept in the counts.
Claim claim(std::string id, std::string source, std::string statement, std::string paper_verdict, std::string measure,
            std::string scope, FailureKind kind, std::string check_name, std::function<Search<Case>()> build,
            Ledger ledger, std::string value_label = "") {
  Claim c = claim_with_text({std::move(id), std::move(source), std::move(statement), std::move(paper_verdict),
                             std::move(measure), std::move(scope), kind, std::move(check_name), ledger.origin,
                             std::move(ledger.quote), std::move(ledger.draws), std::move(ledger.tolerances),
                             std::move(ledger.margin_unit), ledger.single_example});
  if (ledger.single_example)
    c.search = [build = std::move(build)](const ClaimRun& run) {
      ClaimRun none = run;
      none.draws = 0;
      Tally t = run_search(build(), none);
      t.counts.draws_requested = run.draws;
      return t;
    };
  else
    c.search = make_search_fn<Case>(std::move(build));
  c.evidence = [label = std::move(value_label)](const Tally& t, const ClaimRun&) { return render(t, label); };
  return c;
}

/// `x` as inline LaTeX mathematics. \param x the number \return `$x$`
std::string math(double x) {
  std::string text = "$";  // appended, not `"$" + …`: GCC 12 warns falsely (-Wrestrict) on that operator+
  text += evidence_math(x);
  text += '$';
  return text;
}

/// Text shared by several claims' records: H12's setting, the dynamic draws, the tolerances.
struct Shared {
  std::string mirror4 = "H12's setting: $n = 4$, mirror images $A^*_i = A_{5-i}$, $L = L^*$, $\\sigma > 1$";
  std::string dyn_draws =
      " Draws: half in that setting, a quarter non-mirror, a quarter also with other $n$ and unequal sizes (the "
      "laws are listed with the claim); dates every $0.5$ to $t = 20$, continuous time (H12 eq. (9); an industry "
      "can become shared along the path, and every switch of the trade pattern is located).";
  /// the integration tolerances of every check (claims_support.hpp)
  std::string ode = fmt::format("ODE (Dormand--Prince): rtol {}, atol {}, max_dt {}", math(claims::kCheckRtol),
                                math(claims::kCheckAtol), math(claims::kCheckMaxDt));
  /// the tie band of the path comparisons, with the ODE tolerances
  std::string path_tol = fmt::format("tie band $|m| \\le {}$ relative; {}", evidence_math(claims::kPathTol), ode);
  std::string yes_no = "yes/no: $-1$ when violated, none when it holds";
};

/// H12 §3.3's composition effect: the paper's sentence on its Fig. 5 (one case, at H12's own σ = 4/3) and our
/// two readings of it over random economies.
void register_composition_claims(ClaimRegistry& registry, const Shared& sh) {
  using namespace claims;
  using namespace claims::laws;
  const std::string fig5_horizon = "$T = " + evidence_math(kFig5Horizon) + "$";
  const std::string quote =
      "``trade reduces the overall rate of income growth in economy two, while increasing it in economy one'' (H12 "
      "§3.3, on H12 Fig. 5)";
  const std::vector<DrawLaw> composition_draws = {kTechnology,   kSigmaDynamic, kForeignShift,
                                                  kFamilyNPairs, kFamilyLabor,  kTauComposition};
  const std::string scope =
      sh.mirror4 +
      ", $\\tau = \\mathrm{diag}(\\tau_{11}, \\tau_{22}, 0, 0)$, home strong in 1 and 2; premise: free trade at $t = "
      "0$ "
      "leaves 1, 2 at home and 3, 4 abroad. Continuous time (the learning country's marginal industry can become "
      "shared). Draws as the other dynamic claims.";
  const std::string growth_unit =
      "log points of real income per unit time: the smaller of foreign's (autarky minus trade) and home's (trade "
      "minus autarky) growth gap";
  registry.add(
      claim("h12.s3.3-composition", "H12 §3.3, Fig. 5 (our per-interval reading)",
            "When only some industries learn, trade lowers income growth in the country that specialises in the "
            "non-learning industries and raises it in the other, in every period.",
            "holds (shown in H12 Fig. 5)",
            "Growth in every period: on every unit interval $[t, t+1]$ of $[0, 20]$, $\\ln(D(t+1)/D(t))$ under trade "
            "below autarky's for the non-learning country and above it for the learning one (by more than $" +
                evidence_math(kPathTol) + "$).",
            scope + " Fixed: H12 Fig. 5 at $\\sigma = 2, 4/3, 4$.", FailureKind::substantive, "search_composition",
            search_composition,
            {Origin::reading, quote + ", read per unit interval instead of overall", composition_draws, sh.path_tol,
             growth_unit},
            "$\\sigma$ of the violations in H12's setting"));
  registry.add(claim(
      "h12.s3.3-composition-overall", "H12 §3.3, Fig. 5 (our generalisation)",
      "H12's sentence on Fig. 5 generalised to any economy of H12's setting with that kind of matrix: over the "
      "horizon trade lowers the non-learning country's overall income growth and raises the learning country's.",
      "holds (shown in H12 Fig. 5)",
      "Overall growth over the horizon, $\\ln(D(T)/D(0))/T$ with " + fig5_horizon +
          " (the horizon of our reproduction of H12 Fig. 5), $D(0)$ after trade's static jump: below autarky's for "
          "the non-learning country, above it for the learning one (by more than $" +
          evidence_math(kPathTol) + "$).",
      scope + " " + fig5_horizon +
          ". Fixed: H12 Fig. 5 at $\\sigma = 2$ (our figure's) and at $\\sigma = 4$ (H12's "
          "larger value in Fig. 8).",
      FailureKind::substantive, "search_composition_overall", search_composition_overall,
      {Origin::reading, quote + ", generalised from H12 Fig. 5 to random economies and elasticities", composition_draws,
       sh.path_tol, growth_unit},
      "$\\sigma$ of the violations in H12's setting"));
  registry.add(claim(
      "h12.s3.3-fig5", "H12 §3.3, Fig. 5",
      "On H12 Fig. 5's example, trade lowers the overall rate of income growth of economy two (the non-learning "
      "industries) and raises economy one's.",
      "holds (shown in H12 Fig. 5)",
      "Overall growth $\\ln(D(T)/D(0))/T$ over " + fig5_horizon +
          " (the horizon of our reproduction of H12 Fig. 5; H12 states none), trade against autarky, per country, "
          "$D(0)$ after trade's static jump, continuous time.",
      "H12 Fig. 5's economy ($A = (10, 10, 5, 5)$ mirrored, $\\tau = \\mathrm{diag}(0.5, 0.5, 0, 0)$, $L = L^*$) at "
      "$\\sigma = 4/3$, the smaller of the two elasticities H12 uses with ``the same initial conditions and parameter "
      "values "
      "as in Figure 5'' (H12 §5, Fig. 8; H12 gives Fig. 5 none). One case, no random draws; the report gives "
      "the same measure at H12's other value, $\\sigma = 4$, and the elasticities where it turns.",
      FailureKind::substantive, "search_fig5_as_drawn", search_fig5_as_drawn,
      {Origin::paper, quote, {}, sh.path_tol, growth_unit, true}));
}

/// H12 §3.4, §4 and §5.
void register_later_claims(ClaimRegistry& registry, const Shared& sh) {
  using namespace claims;
  using namespace claims::laws;
  registry.add(claim(
      "h12.s3.4-combined", "H12 §3.4 (our threshold reading)",
      "With within- and cross-industry spillovers, cluster-destroying trade lowers growth in both countries when "
      "cross-industry spillovers are strong relative to within-industry ones.",
      "holds (argued verbally)",
      "Threshold form in the ratio $\\tau_C/\\tau_W$: whether CDT lowers average income growth $\\ln(D(20)/D(0))/20$ "
      "in both countries, at $\\tau_C/\\tau_W = 1/2, 1, 2, 4$, switches at most once, from no to yes; value: the "
      "boundary ratio (bisected).",
      sh.mirror4 +
          ", $\\tau = \\tau_W I$ plus $\\tau_C$ on H12 Table 2\'s off-diagonal pattern; premise: CDT at $t = 0$." +
          sh.dyn_draws + " Fixed: H12 Fig. 4 with $\\tau_W = 0.1$.",
      FailureKind::substantive, "search_combined", search_combined,
      {Origin::reading,
       "``Whether this occurs will depend on the strength of intra-industry spillovers relative to inter-industry "
       "spillovers'' (H12 §3.4), read as a single threshold in $\\tau_C/\\tau_W$",
       {kTechnology, kSigmaDynamic, kForeignShift, kFamilyNPairs, kFamilyLabor, kTauCombinedWithin},
       sh.ode,
       sh.yes_no},
      "boundary $\\tau_C/\\tau_W$ ($0$: below $1/2$; $\\infty$: above $4$)"));
  const std::string policy_family =
      "Perturbations of the paper's example: home technologies times $e^{u_i}$ (mirror kept), H12 Table 2 with other "
      "$\\bar\\tau$, other $\\sigma$ and risk aversion $\\gamma$ (H12's $\\theta$), each in the range of its law. "
      "Every "
      "second draw is a targeted phase where a pilot search found the violations: at the premise's boundary (its "
      "$\\bar\\tau$ rescaled so that the policy's date falls late, just before $t = " +
      evidence_math(kPolicyDateLimit) +
      "$; dates scale as $1/\\bar\\tau$), with high $\\gamma$, low $\\sigma$ and a strong home industry 1, each inside "
      "its whole-range law. Fixed: the paper's numbers, $\\sigma = \\gamma = 2$; a case outside this family "
      "(e.g. a shrunk one) is beyond scope. Premise: immediate liberalisation is CDT and the policy's date exists by "
      "$t = " +
      evidence_math(kPolicyDateLimit) + "$.";
  const std::string example =
      "H12's example: the paper's technologies and matrix, at $\\sigma = \\gamma = 2$ (H12 "
      "states neither). One case, no random draws. Premise: immediate liberalisation is CDT.";
  const std::string policy_measure =
      "Incomes simulated to $t = " + evidence_math(kPolicyHorizon) +
      "$; CRRA utility (risk aversion $\\gamma$) integrated to $\\max(" + evidence_math(kPolicyHorizon) +
      ", 40/\\rho)$ with income extended linearly beyond. Violated when the policy's income never stays above "
      "immediate liberalisation's in both countries, or the mutual relative utility gain at $\\rho = " +
      evidence_math(kRhoLow) + "$ is not positive";
  const std::string policy_tol = fmt::format("cluster-building date located to {}; $\\bar\\rho$ by TOMS 748 to {}; {}",
                                             math(kCbtDateTol), math(kRhoBarTol), sh.ode);
  const std::vector<DrawLaw> policy_draws = {kPolicyShift,         kPolicyTau,          kPolicySigma,
                                             kPolicyGamma,         kPolicyDelayTarget,  kPolicyGammaTargeted,
                                             kPolicySigmaTargeted, kPolicyShiftTargeted};
  const std::string delay_unit = "mutual relative utility gain at $\\rho = " + evidence_math(kRhoLow) +
                                 "$: $\\min_c (U_c^{\\mathrm{delay}} - U_c^{\\mathrm{imm}})/|U_c^{\\mathrm{imm}}|$";
  const std::string gradual_unit = delay_unit + ", or the relative shortening of the delay, whichever is smaller";
  const std::string delay_quote =
      "``as long as the discount rate is not too high, countries may prefer to mutually agree to delay trade "
      "liberalization for a certain length of time'' (H12 §4, Fig. 6)";
  const std::string gradual_quote =
      "``an even better strategy may be delaying liberalization in some industries while immediately liberalizing "
      "others'' and ``it reduces the delay needed for Home to gain a comparative advantage in industry two'' (H12 §4, "
      "Fig. 7)";
  const std::string delay_statement =
      "Delaying all liberalisation until free trade would be cluster building beats immediate (cluster-destroying) "
      "liberalisation for both countries after some date, and both prefer it unless the discount rate is high.";
  const std::string gradual_statement =
      "Opening industries 1 and 4 at once and 2 and 3 once trade would be cluster building beats immediate "
      "liberalisation for both countries, and needs a shorter delay than delaying everything.";
  const std::string gradual_measure = policy_measure +
                                      ", or the second-stage date is not strictly before full "
                                      "delay's; value: the largest $\\rho$ with mutual preference.";
  registry.add(claim(
      "h12.s4-delay", "H12 §4, Fig. 6", delay_statement, "holds (example, H12 Fig. 6)",
      policy_measure + "; value: the largest $\\rho$ with mutual preference.", "H12 Fig. 6. " + example,
      FailureKind::substantive, "search_policy(false)", [] { return search_policy(false); },
      {Origin::paper, delay_quote, {}, policy_tol, delay_unit, true}, "upper discount rate for mutual preference"));
  registry.add(claim(
      "h12.s4-delay-perturbed", "H12 §4, Fig. 6 (our generalisation)",
      "H12 Fig. 6's conclusion for every perturbation of its example: " + delay_statement,
      "holds (example, H12 Fig. 6)", policy_measure + "; value: the largest $\\rho$ with mutual preference.",
      "H12 Fig. 6. " + policy_family, FailureKind::substantive, "search_policy(false)",
      [] { return search_policy(false); },
      {Origin::reading, delay_quote + ", generalised from its example to nearby economies", policy_draws, policy_tol,
       delay_unit},
      "upper discount rate for mutual preference"));
  registry.add(claim(
      "h12.s4-gradual", "H12 §4, Fig. 7", gradual_statement, "holds (example, H12 Fig. 7)", gradual_measure,
      "H12 Fig. 7. " + example, FailureKind::substantive, "search_policy(true)", [] { return search_policy(true); },
      {Origin::paper, gradual_quote, {}, policy_tol, gradual_unit, true}, "upper discount rate for mutual preference"));
  registry.add(claim(
      "h12.s4-gradual-perturbed", "H12 §4, Fig. 7 (our generalisation)",
      "H12 Fig. 7's conclusion for every perturbation of its example: " + gradual_statement,
      "holds (example, H12 Fig. 7)", gradual_measure, "H12 Fig. 7. " + policy_family, FailureKind::substantive,
      "search_policy(true)", [] { return search_policy(true); },
      {Origin::reading, gradual_quote + ", generalised from its example to nearby economies", policy_draws, policy_tol,
       gradual_unit},
      "upper discount rate for mutual preference"));
  registry.add(claim(
      "h12.s5-mobility", "H12 §5, Fig. 8",
      "With free migration the concentration and spillover examples are unchanged, and the composition effect "
      "moves population towards the learning location instead of lowering income per head.",
      "holds (argued verbally, H12 Fig. 8)",
      "H12 Tables 1--2: incomes and home's population with migration equal the fixed-population trade paths to $" +
          evidence_math(kMobilityTol) +
          "$ relative at every date. H12 Fig. 5's matrix: home's population rises on every interval and income per "
          "head is equal in both locations to $" +
          evidence_math(kMobilityTol) + "$.",
      sh.mirror4 + " with H12 Table 1, H12 Table 2 (CBT or CDT) or H12 Fig. 5's matrix, free trade with free "
                   "migration, dates $t = 0, 0.5, \\dots, 20$; a quarter beyond (non-mirror technologies); "
                   "continuous time. Fixed: H12 Fig. 8.",
      FailureKind::substantive, "search_mobility", search_mobility,
      {Origin::paper,
       "``when only the spillovers effects operate, the same results as I found before continue to hold even when "
       "allowing for free labor mobility'' and the composition effect ``will cause the population of one location to "
       "shrink as workers move to the location with the more dynamic industries'' (H12 §5)",
       {kMobilityFamily, kTechnology, kSigmaDynamic, kTauWithin, kTauPair, kTauComposition, kMobilityForeignShift},
       fmt::format("paths agree to {} relative (no tie band); {}", math(kMobilityTol), sh.ode),
       fmt::format("{} minus the largest relative gap (Tables 1--2); with Fig. 5's matrix the smaller of home's "
                   "population rise (units of labour) and that room",
                   math(kMobilityTol))}));
}

}  // namespace

void register_claims(ClaimRegistry& registry) {
  using namespace claims;
  using namespace claims::laws;
  const auto sub = FailureKind::substantive;
  const Shared sh;
  const std::string& mirror4 = sh.mirror4;
  const std::string& dyn_draws = sh.dyn_draws;
  const std::string& ode = sh.ode;
  const std::string& path_tol = sh.path_tol;
  const std::string& yes_no = sh.yes_no;
  const std::string probe = fmt::format(
      "; a violation must move the margin by at most {} when home's $A(0)$ is scaled "
      "by $1 \\pm {}$, else a tie",
      math(kPathTol), evidence_math(kConditionProbe));
  const std::vector<DrawLaw> static_draws = {kTechnology,  kStaticSigmaIn,     kStaticN,
                                             kStaticLabor, kStaticCobbDouglas, kStaticSigmaOut};
  const std::vector<DrawLaw> within_draws = {kTechnology,    kSigmaDynamic, kForeignShift,
                                             kFamilyNWithin, kFamilyLabor,  kTauWithin};
  const std::vector<DrawLaw> pair_draws = {kTechnology,   kSigmaDynamic, kForeignShift,
                                           kFamilyNPairs, kFamilyLabor,  kTauPair};
  const std::string relative_income = "relative income, $D^{\\mathrm{trade}}/D^{\\mathrm{aut}} - 1$";

  registry.add(claim(
      "h12.static-gains", "H12 §3, App. B",
      "In any period, moving from autarky to free trade raises real income in both countries: weakly for every "
      "good, strictly for at least one (H12 App. B).",
      "holds (informal proof, H12 App. B)",
      "Real income $D = \\omega L/P$ at the solver's free-trade relative wage (prices from the cheapest source) "
      "against autarky income, per country; strictness read from the trade pattern: the country imports some good "
      "made wholly abroad at a cost strictly below its own (by more than " +
          math(kStaticTol) + " relative).",
      "Any economy: H12 App. B argues for any $n$, $L$, $L^*$, $\\sigma$, before §3's mirror images (as H12 eq. (10) "
      "is graded). Draws: half $n = 4$ mirror images, half other $n$, independent $A$, $A^*$, unequal sizes and "
      "Cobb--Douglas; fixed: H12 Fig. 2, and $n = 2$ with $L/L^* = 4 \\pm 1\\%$ (a large country whose wage is "
      "pinned by its marginal industry). Weak gains hold in every case; a zero gain fails the strict part.",
      FailureKind::wording, "search_static_gains", search_static_gains,
      {Origin::paper,
       "``Home's real product wage with trade is greater or equal to its real product wage under autarky, with strict "
       "gains for at least one product, proving that Home enjoys static gains from trade'' (H12 App. B)",
       static_draws,
       fmt::format("loss below $-{0}$ relative, strict gain above ${0}$ relative; tie band $|m| \\le {0}$; "
                   "equilibrium residual at most {1}",
                   evidence_math(kStaticTol), math(kStaticResidualTol)),
       "the smaller country's relative income gain, $D^{\\mathrm{trade}}/D^{\\mathrm{aut}} - 1$"},
      "smallest relative income gain"));
  registry.add(claim(
      "h12.eq10", "H12 §2.2, eq. (10), App. A",
      "The balanced-trade condition $\\omega = (L^*/L)^{1/\\sigma} \\eta(z)$, with $\\eta$ as printed: foreign sum "
      "from the marginal industry $\\hat z$ on, plus $(\\hat z - z)$ of it.",
      "holds (derived in H12 App. A)",
      "Relative error $|\\omega_{\\mathrm{printed}}/\\omega - 1|$ at the equilibrium's $z$, against the solver's "
      "relative wage (violated above " +
          math(kEq10Tol) +
          "); our own rewrite of H12 App. A (foreign sum after $\\hat z$) is shown "
          "beside it.",
      "Any economy (H12 eq. (10) is stated for any $n$, $L$, $L^*$, $\\sigma$); draws as h12.static-gains with taste "
      "weights $1$; fixed: H12 Fig. 2 ($\\sigma = 2$) and $n = 3$ with $L = 2.5$.",
      FailureKind::misprint, "search_eq10", search_eq10,
      {Origin::paper,
       "``Setting $\\hat z = fl(z) + 1$, we have the balanced trade condition'' followed by eq. (10) as printed (H12 "
       "§2.2, eq. (10))",
       static_draws, fmt::format("violated when the relative error exceeds {}", math(kEq10Tol)),
       fmt::format("{} minus the relative error $|\\omega_{{\\mathrm{{printed}}}}/\\omega - 1|$", math(kEq10Tol))},
      "relative error of the printed form"));
  registry.add(
      claim("h12.unique", "H12 §2.2, Fig. 1",
            "The free-trade equilibrium exists and is unique (a continuous increasing balanced-trade curve against a "
            "decreasing step).",
            "holds (argued in the text)",
            "Sign changes of home's excess labour demand at free-trade prices on " + math(kUniqueGrid) +
                " log-spaced relative wages over "
                "$[\\min_i (A_i/A^*_i)/2,\\ 2\\max_i A_i/A^*_i]$: exactly one, bracketing the solver's relative wage.",
            mirror4 + "; draws as h12.static-gains (half beyond: other $n$, unequal sizes, $\\sigma$ below $1$).", sub,
            "search_unique", search_unique,
            {Origin::paper,
             "``must cross the strictly increasing balanced trade line only once, so the equilibrium trade pattern "
             "will also be unique'' (H12 §2.2)",
             static_draws,
             fmt::format("a scan of {} log-spaced relative wages; the solver's $\\omega$ inside the bracket to {} "
                         "relative",
                         math(kUniqueGrid), math(kUniqueBracketTol)),
             yes_no},
            "sign changes found"));
  registry.add(claim(
      "h12.prop1", "H12 §3.1, Prop. 1, App. C",
      "With within-industry spillovers only (H12 Table 1), liberalising at $t = 0$ gives each country higher real "
      "income than autarky at every date $t > 0$.",
      "holds (proof in H12 App. C)",
      "Per country and date, real income under free trade from $t = 0$ over real income under autarky, minus $1$; "
      "violated below $-" +
          evidence_math(kPathTol) + "$ (the integration tolerance), a tie within it.",
      mirror4 + ", $\\tau = \\tau_W I$." + dyn_draws +
          " Fixed: H12 Fig. 2 ($\\sigma = 2$); $n = 2$, $A = (2, 1)$, $A^* = (1, 2)$, $L = 4.04$, $\\tau = 0.3 I$.",
      sub, "search_prop1", search_prop1,
      {Origin::paper,
       "``Given the spillovers matrix shown in Table 1, trade liberalization in the initial period raises utility in "
       "every period over what would have been achieved had the economy remained in autarky'' (H12 §3.1, Prop. 1)",
       within_draws, path_tol, relative_income},
      "smallest relative income gain"));
  registry.add(claim(
      "h12.prop1-fn10", "H12 §3.1, fn. 10",
      "Exception: with learning only in a middle industry that trade splits between the countries, trade does not "
      "raise that industry's technology in either country.",
      "holds (argued in H12 fn. 10)",
      "The split industry's technology under autarky over its technology under trade, minus 1, per country at "
      "every date $t = 0.5, 1, \\dots, 20$; violated below $-" +
          evidence_math(kPathTol) +
          "$, and only if the margin moves by at most that much when home's $A(0)$ is scaled by $1 \\pm " +
          evidence_math(kConditionProbe) +
          "$ (else a tie: the equal split is unstable and rounding grows until one country takes the industry).",
      "Fn. 10's economy: $n = 3$, mirror images with $A_1 > A_2$, $A_1 > A_3$, learning $\\tau_{22}$ only, "
      "$\\sigma > 1$, $L = L^*$, continuous time (the split industry is shared along the path). Beyond: "
      "small learning in industries 1 and 3, or $\\sigma < 1$. Premise: free trade at $t = 0$ splits industry 2.",
      sub, "search_fn10", search_fn10,
      {Origin::paper,
       "``trade will split industry two across the economies. As a result, employment in industry two will not rise "
       "in either location and thus trade will not increase growth through the concentration effect'' (H12 §3.1, "
       "fn. 10)",
       {kFn10Top, kFn10Share, kSigmaDynamic, kFn10Tau, kFn10Beyond, kFn10Leak, kFn10SigmaLow},
       path_tol + probe,
       "relative technology, $A^{\\mathrm{aut}}_2/A^{\\mathrm{trade}}_2 - 1$"}));
  registry.add(claim(
      "h12.prop2", "H12 §3.2, Prop. 2, App. D",
      "Mirror images, H12 Table 2, home strong in industries 1 and 2: under cluster-building trade every industry's "
      "technology in use exceeds that industry's autarky technology in either country.",
      "holds (proof in H12 App. D)",
      "Per industry and date $t > 0$: technology in use under trade (the larger producer's) over the larger of "
      "the two autarky technologies, minus $1$; violated below $-" +
          evidence_math(kPathTol) + "$.",
      mirror4 + ", H12 Table 2's pair matrix; premise: free trade at $t = 0$ keeps each pair in one country (CBT)." +
          dyn_draws +
          " Fixed: H12 Fig. 3; H12 Fig. 3's technologies with $L = 1.5$ and a one-way pair "
          "matrix ($\\tau_{12} = 0.3$, $\\tau_{21} = 0.1$).",
      sub, "search_prop2", search_prop2,
      {Origin::paper,
       "``Under CBT, the technology used in each industry will be more productive than the technologies used in that "
       "industry (in either location) under autarky'' (H12 §3.2, Prop. 2)",
       pair_draws, path_tol,
       "relative technology, $A^{\\mathrm{CBT}}_i/\\max(A^{\\mathrm{aut}}_i, A^{*\\mathrm{aut}}_i) - 1$"}));
  const std::string prop3_level_quote =
      "``Under CDT, the technology used in each industry will be less productive than the technologies used in that "
      "industry (in either location) under autarky'' (H12 §3.2, Prop. 3)";
  registry.add(claim(
      "h12.prop3-level", "H12 §3.2, Prop. 3 (first part), App. E",
      "Mirror images, H12 Table 2, home strong in 1 and 3: under cluster-destroying trade every industry's technology "
      "in use is below that industry's autarky technology in either location.",
      "holds (proof in H12 App. E)",
      "Per industry and date $t > 0$: $1$ minus technology in use under CDT over the lower of the two autarky "
      "technologies (H12's ``in either location''); violated below $-" +
          evidence_math(kPathTol) + "$.",
      mirror4 + ", H12 Table 2; premise: free trade at $t = 0$ splits every pair (CDT)." + dyn_draws +
          " Fixed: H12 Fig. 4; H12 Fig. 4's technologies with $L = 1.5$ and a one-way pair matrix.",
      FailureKind::wording, "search_prop3_level", search_prop3_level,
      {Origin::paper, prop3_level_quote, pair_draws, path_tol,
       "relative technology, $1 - A^{\\mathrm{CDT}}_i/\\min(A^{\\mathrm{aut}}_i, A^{*\\mathrm{aut}}_i)$"}));
  registry.add(
      claim("h12.prop3-level-own", "H12 §3.2, Prop. 3 (first part), App. E (our narrower reading)",
            "The narrower reading of H12 Prop. 3's first part (what H12 App. E proves): under CDT every industry's "
            "technology in use is below the producing country's own autarky technology of that industry.",
            "holds (proof in H12 App. E)",
            "Per industry and date $t > 0$: $1$ minus technology in use under CDT over the producing country's own "
            "autarky technology; violated below $-" +
                evidence_math(kPathTol) + "$.",
            "As h12.prop3-level.", sub, "search_prop3_level_own", search_prop3_level_own,
            {Origin::reading, prop3_level_quote + ", read against the producing country's own autarky technology",
             pair_draws, path_tol, "relative technology, $1 - A^{\\mathrm{CDT}}_i/A^{\\mathrm{aut}}_i$ (producer)"}));
  registry.add(claim(
      "h12.prop3-growth", "H12 §3.2, Prop. 3 (second part), App. E",
      "Under cluster-destroying trade technology grows more slowly than under autarky whenever there is learning "
      "($\\tau \\ne 0$).",
      "holds (proof in H12 App. E)",
      "At every date, each industry's learning rate in use under CDT (H12 eq. (9), $\\tau^\\top L$ of the producer) "
      "strictly below the slower autarky country's; and on every output interval $[t, t+\\Delta t]$ each "
      "country's income growth rate $\\ln(D(t+\\Delta t)/D(t))/\\Delta t$ below autarky's (by more than $" +
          evidence_math(kPathTol) + "$).",
      "As h12.prop3-level, premise also $\\tau \\ne 0$.", sub, "search_prop3_growth", search_prop3_growth,
      {Origin::paper,
       "``Moreover, the growth rate in technology will be lower under CDT than the growth rate obtained under autarky "
       "whenever $\\tau > 0$'' (H12 §3.2, Prop. 3)",
       pair_draws,
       fmt::format("learning rates compared strictly (no tie band); income growth: tie band {}; {}", math(kPathTol),
                   ode),
       "the smaller of a relative learning-rate gap (slower autarky minus CDT, over the former) and an income growth "
       "gap in log points per unit time"}));
  registry.add(claim(
      "h12.mirror-income", "H12 §3.1--3.2, §4 (Figs. 2--4, 6)",
      "Mirror-image economies have the same income at every date, under trade and under autarky.",
      "holds (stated for the examples)",
      "$|D/D^* - 1|$ at every date $t = 0, 0.5, \\dots, 20$ under free trade and under autarky; violated above $" +
          evidence_math(kMirrorTol) +
          "$ (a shared middle industry's root-finder error, amplified by $\\sigma$ up to 8 along the path), a "
          "tie between $" +
          evidence_math(kPathTol) + "$ and $" + evidence_math(kMirrorTol) +
          "$; a violation must survive scaling home's $A(0)$ by $1 \\pm " + evidence_math(kConditionProbe) +
          "$ (an equally split middle industry is unstable: rounding grows until one country takes it).",
      "Mirror images with $L = L^*$ and a mirror-symmetric $\\tau$ ($\\tau_{ij} = \\tau_{n+1-i,n+1-j}$, true of H12 "
      "Tables 1--2; not necessarily symmetric). Draws: other $n$, sparse $\\tau$, two thirds made mirror-symmetric; "
      "continuous time to $t = 20$. Fixed: $n = 3$ with an asymmetric mirror-symmetric $\\tau$; H12 Fig. 5 (beyond: "
      "its matrix is not mirror-symmetric).",
      sub, "search_mirror_income", search_mirror_income,
      {Origin::paper,
       "``As before, we continue to work with two mirror image economies, so they will share the same income level "
       "in all periods'' (H12 §4)",
       {kMirrorN, kTechnology, kSigmaDynamic, kMirrorSparse, kMirrorTau},
       fmt::format("violated above {}, a tie between {} and {}{}; {}", math(kMirrorTol), math(kPathTol),
                   math(kMirrorTol), probe, ode),
       fmt::format("{} minus the relative income gap $|D/D^* - 1|$", math(kMirrorTol))},
      "largest income gap $|D/D^* - 1|$"));
  register_composition_claims(registry, sh);
  register_later_claims(registry, sh);
}

}  // namespace clustertrade::trade_growth
