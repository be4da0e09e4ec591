// H12's claims (Hanlon 2012) registered with the core falsification engine (issue 10): each claim
// names its measure and H12's own setting (scope); its search is built in claims_static.cpp,
// claims_dynamic.cpp, claims_effects.cpp or claims_policy.cpp, and its evidence is rendered from
// the merged tally only (so one process, shards and MPI ranks print the same text).
#include "trade_growth/claims.hpp"

#include <cmath>
#include <utility>

#include <fmt/format.h>

#include "trade_growth/claims_checks.hpp"

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

/// A Claim for a search built by `build`, with the evidence renderer above.
Claim claim(std::string id, std::string source, std::string statement, std::string paper_verdict, std::string measure,
            std::string scope, FailureKind kind, std::string check_name, std::function<Search<Case>()> build,
            std::string value_label = "") {
  Claim c = claim_with_text({std::move(id), std::move(source), std::move(statement), std::move(paper_verdict),
                             std::move(measure), std::move(scope), kind, std::move(check_name)});
  c.search = make_search_fn<Case>(std::move(build));
  c.evidence = [label = std::move(value_label)](const Tally& t, const ClaimRun&) { return render(t, label); };
  return c;
}

}  // namespace

void register_claims(ClaimRegistry& registry) {
  using namespace claims;
  const auto sub = FailureKind::substantive;
  const std::string fig5_horizon = "$T = " + evidence_math(kFig5Horizon) + "$";
  const std::string mirror4 = "H12's setting: $n = 4$, mirror images $A^*_i = A_{5-i}$, $L = L^*$, $\\sigma > 1$";
  const std::string dyn_draws =
      " Draws: half in that setting ($A_i \\in [1, 20]$, $\\sigma \\in (1.1, 8)$), a quarter non-mirror ($A^*_i$ "
      "perturbed by up to 35%), a quarter with $n \\in \\{2, \\dots, 6\\}$ and unequal sizes $L/L^* \\in [1/3, 3]$; "
      "dates $t = 0, 0.5, \\dots, 20$, continuous time (H12 eq. (9); an industry that becomes shared slides along its "
      "switching surface).";
  registry.add(claim(
      "h12.static-gains", "H12 §3, App. B",
      "In any period, moving from autarky to free trade raises real income in both countries: weakly for every "
      "good, strictly for at least one (H12 App. B).",
      "holds (informal proof, H12 App. B)",
      "Real income $D = \\omega L/P$ at the solver's free-trade relative wage (prices from the cheapest source) "
      "against autarky income, per country; strictness read from the trade pattern: the country imports some good "
      "made wholly abroad at a cost strictly below its own (by more than $10^{-10}$ relative).",
      mirror4 +
          ". Draws: half there ($A_i \\in [1, 20]$, $\\sigma \\in (1.05, 8)$), half beyond ($n \\in \\{2, \\dots, "
          "8\\}$, "
          "independent $A$, $A^*$, $L, L^* \\in [0.2, 5]$, $\\sigma \\in [0.5, 8]$ with Cobb--Douglas); fixed: H12 "
          "Fig. 2, "
          "and $n = 2$ with $L/L^* = 4 \\pm 1\\%$ (a large country whose wage is pinned by its marginal industry).",
      sub, "search_static_gains", search_static_gains, "smallest relative income gain"));
  registry.add(claim(
      "h12.eq10", "H12 §2.2, eq. (10), App. A",
      "The balanced-trade condition $\\omega = (L^*/L)^{1/\\sigma} \\eta(z)$, with $\\eta$ as printed: foreign sum "
      "from the marginal industry $\\hat z$ on, plus $(\\hat z - z)$ of it.",
      "holds (derived in H12 App. A)",
      "Relative error $|\\omega_{\\mathrm{printed}}/\\omega - 1|$ at the equilibrium's $z$, against the solver's "
      "relative wage (violated above $10^{-6}$); our own rewrite of H12 App. A (foreign sum after $\\hat z$) is shown "
      "beside it.",
      "Any economy (H12 eq. (10) is stated for any $n$, $L$, $L^*$, $\\sigma$); draws as h12.static-gains with taste "
      "weights $1$; fixed: H12 Fig. 2 ($\\sigma = 2$) and $n = 3$ with $L = 2.5$.",
      FailureKind::misprint, "search_eq10", search_eq10, "relative error of the printed form"));
  registry.add(
      claim("h12.unique", "H12 §2.2, Fig. 1",
            "The free-trade equilibrium exists and is unique (a continuous increasing balanced-trade curve against a "
            "decreasing step).",
            "holds (argued in the text)",
            "Sign changes of home's excess labour demand at free-trade prices on $2000$ log-spaced relative wages over "
            "$[\\min_i (A_i/A^*_i)/2,\\ 2\\max_i A_i/A^*_i]$: exactly one, bracketing the solver's relative wage.",
            mirror4 + "; draws as h12.static-gains (half beyond: $\\sigma \\in [0.5, 8]$, unequal sizes).", sub,
            "search_unique", search_unique, "sign changes found"));
  registry.add(claim(
      "h12.prop1", "H12 §3.1, Prop. 1, App. C",
      "With within-industry spillovers only (H12 Table 1), liberalising at $t = 0$ gives each country higher real "
      "income than autarky at every date $t > 0$.",
      "holds (proof in H12 App. C)",
      "Per country and date, real income under free trade from $t = 0$ over real income under autarky, minus $1$; "
      "violated below $-10^{-9}$ (the integration tolerance), a tie within it.",
      mirror4 + ", $\\tau = \\tau_W I$ with $\\tau_W \\in [0.05, 0.5]$." + dyn_draws +
          " Fixed: H12 Fig. 2 ($\\sigma = 2$); $n = 2$, $A = (2, 1)$, $A^* = (1, 2)$, $L = 4.04$, $\\tau = 0.3 I$.",
      sub, "search_prop1", search_prop1, "smallest relative income gain"));
  registry.add(claim(
      "h12.prop1-fn10", "H12 §3.1, fn. 10",
      "Exception: with learning only in a middle industry that trade splits between the countries, trade does not "
      "raise that industry's technology in either country.",
      "holds (argued in H12 fn. 10)",
      "The split industry's technology under autarky over its technology under trade, minus 1, per country at "
      "every date $t = 0.5, 1, \\dots, 20$; violated below $-10^{-9}$, and only if the margin moves by at most "
      "$10^{-9}$ when home's $A(0)$ is scaled by $1 \\pm 10^{-12}$ (else a tie: the equal split is unstable and "
      "rounding grows until one country takes the industry).",
      "Fn. 10's economy: $n = 3$, mirror images $A = (A_1, A_2, A_3)$ with $A_1 > A_2$, $A_1 > A_3$, learning "
      "$\\tau_{22} \\in [0.05, 0.5]$ only, $\\sigma \\in (1.1, 8)$, $L = L^*$, continuous time (the split "
      "industry is shared along the path: it slides). Beyond: small learning in industries 1 and 3 (up to 20% of "
      "$\\tau_{22}$) "
      "or $\\sigma \\in (0.5, 0.95)$. Premise: free trade at $t = 0$ splits industry 2.",
      sub, "search_fn10", search_fn10));
  registry.add(claim(
      "h12.prop2", "H12 §3.2, Prop. 2, App. D",
      "Mirror images, H12 Table 2, home strong in industries 1 and 2: under cluster-building trade every industry's "
      "technology in use exceeds that industry's autarky technology in either country.",
      "holds (proof in H12 App. D)",
      "Per industry and date $t > 0$: technology in use under trade (the larger producer's) over the larger of "
      "the two autarky technologies, minus $1$; violated below $-10^{-9}$.",
      mirror4 +
          ", H12 Table 2's pair matrix with $\\bar\\tau \\in [0.05, 0.5]$; premise: free trade at $t = 0$ keeps each "
          "pair in one country (CBT)." +
          dyn_draws +
          " Fixed: H12 Fig. 3; H12 Fig. 3's technologies with $L = 1.5$ and a one-way pair "
          "matrix ($\\tau_{12} = 0.3$, $\\tau_{21} = 0.1$).",
      sub, "search_prop2", search_prop2));
  registry.add(claim(
      "h12.prop3-level", "H12 §3.2, Prop. 3 (first part), App. E",
      "Mirror images, H12 Table 2, home strong in 1 and 3: under cluster-destroying trade every industry's technology "
      "in use is below that industry's autarky technology in either location.",
      "holds (proof in H12 App. E)",
      "Per industry and date $t > 0$: $1$ minus technology in use under CDT over the lower of the two autarky "
      "technologies (H12's ``in either location''); violated below $-10^{-9}$.",
      mirror4 + ", H12 Table 2; premise: free trade at $t = 0$ splits every pair (CDT)." + dyn_draws +
          " Fixed: H12 Fig. 4; H12 Fig. 4's technologies with $L = 1.5$ and a one-way pair matrix.",
      FailureKind::wording, "search_prop3_level", search_prop3_level));
  registry.add(
      claim("h12.prop3-level-own", "H12 §3.2, Prop. 3 (first part), App. E (our narrower reading)",
            "The narrower reading of H12 Prop. 3's first part (what H12 App. E proves): under CDT every industry's "
            "technology "
            "in use is below the producing country's own autarky technology of that industry.",
            "holds (proof in H12 App. E)",
            "Per industry and date $t > 0$: $1$ minus technology in use under CDT over the producing country's own "
            "autarky technology; violated below $-10^{-9}$.",
            "As h12.prop3-level.", sub, "search_prop3_level_own", search_prop3_level_own));
  registry.add(claim(
      "h12.prop3-growth", "H12 §3.2, Prop. 3 (second part), App. E",
      "Under cluster-destroying trade technology grows more slowly than under autarky whenever there is learning "
      "($\\tau \\ne 0$).",
      "holds (proof in H12 App. E)",
      "At every date, each industry's learning rate in use under CDT (H12 eq. (9), $\\tau^\\top L$ of the producer) "
      "strictly below the slower autarky country's; and on every output interval $[t, t+\\Delta t]$ each "
      "country's income growth rate $\\ln(D(t+\\Delta t)/D(t))/\\Delta t$ below autarky's (by more than $10^{-9}$).",
      "As h12.prop3-level, premise also $\\tau \\ne 0$.", sub, "search_prop3_growth", search_prop3_growth));
  registry.add(claim(
      "h12.mirror-income", "H12 §3.1--3.2, §4 (Figs. 2--4, 6)",
      "Mirror-image economies have the same income at every date, under trade and under autarky.",
      "holds (stated for the examples)",
      "$|D/D^* - 1|$ at every date $t = 0, 0.5, \\dots, 20$ under free trade and under autarky; violated above "
      "$10^{-5}$ (a shared middle industry's root-finder error, amplified by $\\sigma$ up to 8 along the path), a "
      "tie between $10^{-9}$ and $10^{-5}$; a violation must survive scaling home's $A(0)$ by $1 \\pm 10^{-12}$ "
      "(an equally split middle industry is unstable: rounding grows until one country takes it).",
      "Mirror images with $L = L^*$ and a mirror-symmetric $\\tau$ ($\\tau_{ij} = \\tau_{n+1-i,n+1-j}$, true of H12 "
      "Tables 1--2; not necessarily symmetric). Draws: $n \\in \\{2, \\dots, 6\\}$, $A_i \\in [1, 20]$, "
      "$\\sigma \\in (1.1, 8)$, sparse $\\tau_{ij} \\in [0, 0.5]$, two thirds made mirror-symmetric; continuous time "
      "to $t = 20$. Fixed: $n = 3$ with an asymmetric mirror-symmetric $\\tau$; H12 Fig. 5 (beyond: its "
      "matrix is not mirror-symmetric).",
      sub, "search_mirror_income", search_mirror_income, "largest income gap $|D/D^* - 1|$"));
  registry.add(
      claim("h12.s3.3-composition", "H12 §3.3, Fig. 5",
            "When only some industries learn, trade lowers income growth in the country that specialises in the "
            "non-learning industries and raises it in the other.",
            "holds (shown in H12 Fig. 5)",
            "Growth in every period: on every unit interval $[t, t+1]$ of $[0, 20]$, $\\ln(D(t+1)/D(t))$ under trade "
            "below autarky's for the non-learning country and above it for the learning one (by more than $10^{-9}$).",
            mirror4 + ", $\\tau = \\mathrm{diag}(\\tau_{11}, \\tau_{22}, 0, 0)$, $\\tau_{11}, \\tau_{22} \\in [0.1, "
                      "1]$, home strong "
                      "in 1 and 2; premise: free trade at $t = 0$ leaves 1, 2 at home and 3, 4 abroad. Continuous "
                      "time (the learning country's marginal industry can become shared: it slides). Draws as the "
                      "other dynamic claims. Fixed: H12 Fig. 5 at $\\sigma = 2, 4/3, 4$.",
            sub, "search_composition", search_composition, "$\\sigma$ of the violations in H12's setting"));
  registry.add(claim(
      "h12.s3.3-composition-overall", "H12 §3.3, Fig. 5",
      "As h12.s3.3-composition, in the figure's own terms: over the figure's horizon trade lowers the "
      "non-learning country's overall income growth and raises the learning country's.",
      "holds (shown in H12 Fig. 5)",
      "Overall growth over the horizon, $\\ln(D(T)/D(0))/T$ with " + fig5_horizon +
          " (the horizon of our reproduction of H12 Fig. 5), $D(0)$ "
          "after trade's static jump: below autarky's for the non-learning country, above it for the learning one "
          "(by more than $10^{-9}$). This is the measure the report's discussion of H12 Fig. 5 uses.",
      "As h12.s3.3-composition with " + fig5_horizon +
          ". Fixed: H12 Fig. 5 at $\\sigma = 2$ (as the figure) and at "
          "$\\sigma = 4$.",
      sub, "search_composition_overall", search_composition_overall, "$\\sigma$ of the violations in H12's setting"));
  registry.add(claim(
      "h12.s3.3-fig5", "H12 §3.3, Fig. 5",
      "H12 Fig. 5 as drawn: trade lowers the overall income growth of economy two (non-learning industries) and "
      "raises economy one's.",
      "holds (shown in H12 Fig. 5)",
      "Overall growth $\\ln(D(T)/D(0))/T$ over " + fig5_horizon +
          " (the horizon of our reproduction of H12 Fig. 5; H12 states none), trade against "
          "autarky, per country, on H12 Fig. 5's own economy at $\\sigma = 2$ (H12 states no $\\sigma$), continuous "
          "time. The measure the report's discussion of H12 Fig. 5 uses; h12.s3.3-composition-overall searches the "
          "same measure beyond $\\sigma = 2$.",
      "H12 Fig. 5's economy only ($A = (10, 10, 5, 5)$ mirrored, $\\tau = \\mathrm{diag}(0.5, 0.5, 0, 0)$, $L = L^*$), "
      "$\\sigma = 2$; one fixed case, no random draws (a global draw cap of $1$, and that draw misses the premise by "
      "construction).",
      sub, "search_fig5_as_drawn", search_fig5_as_drawn));
  registry.add(claim(
      "h12.s3.4-combined", "H12 §3.4",
      "With within- and cross-industry spillovers, cluster-destroying trade lowers growth in both countries when "
      "cross-industry spillovers are strong relative to within-industry ones.",
      "holds (argued verbally)",
      "Threshold form in the ratio $\\tau_C/\\tau_W$: whether CDT lowers average income growth $\\ln(D(20)/D(0))/20$ "
      "in both countries, at $\\tau_C/\\tau_W = 1/2, 1, 2, 4$, switches at most once, from no to yes; value: the "
      "boundary ratio (bisected).",
      mirror4 +
          ", $\\tau = \\tau_W I$ plus $\\tau_C$ on H12 Table 2\'s off-diagonal pattern, $\\tau_W \\in [0.02, 0.2]$; "
          "premise: CDT at $t = 0$." +
          dyn_draws + " Fixed: H12 Fig. 4 with $\\tau_W = 0.1$.",
      sub, "search_combined", search_combined, "boundary $\\tau_C/\\tau_W$ ($0$: below $1/2$; $\\infty$: above $4$)"));
  const std::string policy_scope =
      "Perturbations of the paper's example (home technologies times $e^{u}$, $u \\sim \\mathcal U[-0.2, 0.2]$, mirror "
      "kept, "
      "H12 Table 2 with $\\bar\\tau \\in [0.1, 0.3]$, $\\sigma \\in [1.2, 6]$, risk aversion $\\gamma \\in [0.5, 3]$ "
      "(H12's $\\theta$)); fixed: the paper's numbers, $\\sigma = \\gamma = 2$; a case outside this family (e.g. a "
      "shrunk one) is beyond scope. Premise: immediate liberalisation is CDT and "
      "the policy's date exists by $t = 60$.";
  const std::string policy_measure =
      "Incomes simulated to $t = 150$; CRRA utility (risk aversion $\\gamma$) integrated to $\\max(150, 40/\\rho)$ "
      "with income extended linearly beyond $150$. Violated when the policy's income never stays above immediate "
      "liberalisation's in both countries, or the mutual relative utility gain at $\\rho = 0.01$ is not positive";
  registry.add(claim(
      "h12.s4-delay", "H12 §4, Fig. 6",
      "Delaying all liberalisation until free trade would be cluster building beats immediate (cluster-destroying) "
      "liberalisation for both countries after some date, and both prefer it unless the discount rate is high.",
      "holds (example, H12 Fig. 6)", policy_measure + "; value: the largest $\\rho$ with mutual preference.",
      "H12 Fig. 6. " + policy_scope, sub, "search_policy(false)", [] { return search_policy(false); },
      "upper discount rate for mutual preference"));
  registry.add(claim(
      "h12.s4-gradual", "H12 §4, Fig. 7",
      "Opening industries 1 and 4 at once and 2 and 3 once trade would be cluster building beats immediate "
      "liberalisation for both countries, and needs a shorter delay than delaying everything.",
      "holds (example, H12 Fig. 7)",
      policy_measure + ", or the second-stage date is not strictly before full delay's; value: the largest $\\rho$ "
                       "with mutual preference.",
      "H12 Fig. 7. " + policy_scope, sub, "search_policy(true)", [] { return search_policy(true); },
      "upper discount rate for mutual preference"));
  registry.add(claim(
      "h12.s5-mobility", "H12 §5, Fig. 8",
      "With free migration the concentration and spillover examples are unchanged, and the composition effect "
      "moves population towards the learning location instead of lowering income per head.",
      "holds (argued verbally, H12 Fig. 8)",
      "H12 Tables 1--2: incomes and home's population with migration equal the fixed-population trade paths to "
      "$10^{-7}$ relative at every date. H12 Fig. 5's matrix: home's population rises on every interval and income per "
      "head is equal in both locations to $10^{-7}$.",
      mirror4 + " with H12 Table 1, H12 Table 2 (CBT or CDT) or H12 Fig. 5's matrix, free trade with free migration, "
                "dates $t = 0, 0.5, \\dots, 20$; a quarter beyond (non-mirror technologies); continuous time. "
                "Fixed: H12 Fig. 8.",
      sub, "search_mobility", search_mobility));
}

}  // namespace clustertrade::trade_growth
