/// \file claims.cpp
/// \brief The claims of RC07 §3, RC05 §II and §V and CPP §5 Table 2: each paper statement with its
/// measure and scope, the search that examines it (claims_checks.hpp) and the evidence rendered
/// from the search's tally alone.
#include "cluster_model/claims.hpp"

#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cluster_model/claims_checks.hpp"
#include "cluster_model/draw_laws.hpp"
#include "core/claim.hpp"
#include "core/falsify.hpp"
#include "core/validate.hpp"

namespace clustertrade::cluster_model {

namespace {

/// The number of a tally record ("value" of value_min / value_max), or NaN.
double record_value(const nlohmann::json& record) {
  if (record.is_null() || !record.contains("value") || !record["value"].is_number()) return std::nan("");
  return record["value"].get<double>();
}

/// The engine's counts sentence (default_evidence: counts, smallest margin, first counterexample), to
/// which each claim adds its own remark; the report renders the counts part from the tally itself.
std::string base_evidence(const Tally& t) { return default_evidence(t); }

template <class Case>
std::function<Tally(const ClaimRun&)> searcher(Search<Case> (*build)()) {
  return make_search_fn(std::function<Search<Case>()>(build));
}

/// One claim before registration: what the paper says, what is measured, where, how it is searched.
struct ClaimSpec {
  std::string id, source, statement, paper_verdict, measure, scope;
  FailureKind failure_kind = FailureKind::substantive;  ///< the kind recorded if it fails in scope
  std::string check_name;                               ///< the per-case check (claims_checks.hpp)
  std::function<Tally(const ClaimRun&)> search;         ///< runs the search
  std::function<std::string(const Tally&)> evidence;    ///< evidence from the (merged) tally alone
};

std::vector<ClaimSpec> claim_specs() {
  std::vector<ClaimSpec> specs;
  const auto identical = [](bool clustered) {
    return make_search_fn(
        std::function<Search<Params>()>([clustered] { return search_identical_countries(clustered); }));
  };
  const std::string identical_scope =
      "$\\lambda_{jS}=\\lambda_{jN}$ (log-uniform on $[0.5,2]$), $J\\in\\{2,\\dots,6\\}$, common "
      "$\\theta\\in[1.05,5)$; beyond: unequal $\\theta_j$ in a quarter of the draws";
  specs.push_back(
      {"rc07.identical-countries-cluster", "RC07 §3 (no Ricardian differences, common $\\theta$)",
       "With identical raw productivities and a common $\\theta$, specialising in any sector with a cluster is an "
       "equilibrium and leaves no income gap.",
       "holds (shown in the text)",
       "equilibrium status (no unilateral deviation earns more than the wage) and income gap $1/w$ of the $J$ "
       "specialisations with a cluster",
       identical_scope, FailureKind::substantive, "check_identical_countries_part", identical(true),
       [](const Tally& t) { return base_evidence(t); }});
  specs.push_back(
      {"rc07.identical-countries-no-cluster", "RC07 §3 (no Ricardian differences, common $\\theta$)",
       "With identical raw productivities and a common $\\theta$, the equilibrium without clusters (and without "
       "trade) has income gap $\\theta$.",
       "holds (shown in the text)",
       "equilibrium status and income gap $1/w$ of the $J$ specialisations without a cluster", identical_scope,
       FailureKind::substantive, "check_identical_countries_part", identical(false), [](const Tally& t) {
         return base_evidence(t) +
                " Ties: the no-cluster equilibria are weak (every sector breaks even: no trade), as the paper's "
                "``no trade'' says.";
       }});
  specs.push_back({"rc07.north-four-equilibria", "RC07 §3, fn. 13",
                   "The isolated North has four equilibria with two goods: clusters in none, both, only 1 or only 2.",
                   "holds (asserted)",
                   "number of the $2^J$ North configurations in which no lone producer gains by switching technology",
                   "$J=2$, $\\beta<1$, every North sector employing at least its $\\bar L_j$ ($L_{jN}\\ge\\bar L_j$); "
                   "beyond: $\\beta\\ge1$, "
                   "smaller sectors, $J\\in\\{3,4,5\\}$",
                   FailureKind::substantive, "check_north_four_equilibria", searcher(search_north_four_equilibria),
                   [](const Tally& t) {
                     return base_evidence(t) + fmt::format(" Fewest equilibria found in any case: {}.",
                                                           evidence_number(record_value(t.value_min)));
                   }});
  specs.push_back(
      {"rc07.condition-star", "RC07 §3, condition ($*$)",
       "South specialising in good 2 with a cluster is an equilibrium iff "
       "$(\\lambda_{1S}/\\lambda_{1N})/(\\lambda_{2S}/\\lambda_{2N})<\\theta_1$.",
       "holds (derived)",
       "agreement of ($*$) with the enumeration's verdict on specialisation in 2 with a cluster (best deviation's "
       "revenue per worker over the wage, tie band $10^{-12}$)",
       "$J=2$, North clustered everywhere, RC07's orderings; beyond: ordering assumption dropped, North without a "
       "cluster in sector 1",
       FailureKind::substantive, "check_condition_star", searcher(search_condition_star), [](const Tally& t) {
         return base_evidence(t) + " Ties: the deviation into 1 breaks even at ratio $=\\theta_1$.";
       }});
  specs.push_back(
      {"rc05.condition-star-every-k", "RC05 §V, condition ($*$)",
       "With $J$ sectors, specialisation with coordination in sector $k$ is an equilibrium iff "
       "$(\\lambda_{1S}/\\lambda_{1N})/(\\lambda_{kS}/\\lambda_{kN})<\\theta_1$.",
       "holds (derived)",
       "agreement of ($*$) with sector 1 alone with the enumeration's verdict on each cluster in $k\\ge2$",
       "$J\\in\\{3,\\dots,8\\}$, RC05's two orderings, North coordinated everywhere; beyond: second ordering violated",
       FailureKind::wording, "check_condition_star_every_k", searcher(search_condition_star_every_k),
       [](const Tally& t) {
         return base_evidence(t) +
                " Ties are boundary cases where RC05's own zero-profit definition admits a weak equilibrium that "
                "($*$)'s strict $<$ excludes: the condition should read $\\le\\theta_1$.";
       }});
  specs.push_back(
      {"rc07.ordering-assumption", "RC07 §3 (ordering of $(\\lambda_{jN}/\\lambda_{jS})\\theta_j$); RC05 §V",
       "The assumption that $(\\lambda_{jN}/\\lambda_{jS})\\theta_j$ does not fall with $j$ is what puts the "
       "no-cluster equilibrium in sector 1; its role is said to become clear later but is never spelled out.",
       "holds (role left implicit)",
       "equilibrium status of specialisation without a cluster in each sector (enumeration)",
       "Ricardian ordering, North clustered everywhere, $J\\in\\{2,\\dots,6\\}$; in scope: the assumption holds; "
       "beyond: it fails (half the draws)",
       FailureKind::substantive, "check_ordering_assumption", searcher(search_ordering_assumption), [](const Tally& t) {
         return base_evidence(t) + " Beyond the assumption the no-cluster equilibrium leaves sector 1 (its role).";
       }});
  specs.push_back(
      {"rc07.s3-mixed-equilibria", "RC07 §3 (our addition; the technology of RC07 eq. (8))",
       "Besides the complete specialisations RC07 lists, its technology has generic unstable equilibria with two "
       "activities: whenever ($*$) holds, sector 1 backward beside a partial cluster in sector 2 of modern factor "
       "$r\\theta_2/\\theta_1$ ($r$ the ratio of Ricardian ratios); whenever specialisation in 1 without a cluster "
       "is an equilibrium, $(1-\\beta)/\\alpha$ modern workers in sector 1 beside backward ones; and a full "
       "cluster beside a partial one (mixed.hpp).",
       "not stated (RC07 §3 lists complete specialisations only)",
       "each equilibrium mixed.hpp lists against every unilateral deviation, on the allocation itself, and "
       "the two families the statement names against their closed forms",
       "$J=2$, $L_S \\ge \\max_j\\bar L_j$ (RC07 fn. 7), RC07's orderings, North clustered everywhere; beyond: "
       "ordering assumption dropped (half the draws)",
       FailureKind::substantive, "check_mixed_equilibria", searcher(search_mixed_equilibria), [](const Tally& t) {
         return base_evidence(t) +
                fmt::format(" Most mixed equilibria in one economy: {}.", evidence_number(record_value(t.value_max)));
       }});
  specs.push_back(
      {"rc07.income-ranking", "RC07 §3 (summary), §3.1",
       "Cluster in the comparative-advantage sector pays most, a cluster elsewhere less, no cluster (in sector 1) "
       "least.",
       "holds (shown in the text)", "South wage $w$ (North-labour units) of every equilibrium found by enumeration",
       "$J\\in\\{2,\\dots,6\\}$, both orderings, North clustered everywhere; beyond: ordering violated, North's last "
       "sector unclustered",
       FailureKind::substantive, "check_income_ranking", searcher(search_income_ranking),
       [](const Tally& t) { return base_evidence(t) + " Ties: equal Ricardian ratios make the ranking weak."; }});
  specs.push_back(
      {"rc07.theta2-irrelevant", "RC07 §3, fn. 14",
       "$\\theta_2$ does not affect the wage when South specialises in 2 with a cluster, and that equilibrium can "
       "exist even with $\\theta_2$ close to 1.",
       "holds (shown in the text)",
       "relative change of the sector-2 cluster wage, and of its equilibrium status, between two values of "
       "$\\theta_2$ (tolerance $10^{-12}$)",
       "$J=2$, Ricardian ordering, North clustered everywhere, $\\theta_2$ from $1+10^{-6}$ to 10; beyond: North "
       "without a cluster in 2",
       FailureKind::substantive, "check_theta2_irrelevant", searcher(search_theta2_irrelevant), [](const Tally& t) {
         return base_evidence(t) +
                " Beyond: without a North cluster in 2 the wage is $\\theta_2\\lambda_{2S}/"
                "\\lambda_{2N}$.";
       }});
  specs.push_back(
      {"rc05.theta-nondecreasing-sufficient", "RC05 §V (the orderings)",
       "Given South's raw comparative advantage falling with $j$, $\\theta_j$ non-decreasing in $j$ suffices for "
       "$\\lambda_{jS}/(\\theta_j\\lambda_{jN})$ to fall with $j$ (the second ordering).",
       "holds (stated)", "the steps of $\\lambda_{jS}/(\\theta_j\\lambda_{jN})$ from sector to sector",
       "$J\\in\\{3,\\dots,8\\}$, the Ricardian ordering; the premise ($\\theta_j$ sorted ascending) in the even draws; "
       "no setting beyond the paper's",
       FailureKind::substantive, "check_theta_nondecreasing", searcher(search_theta_nondecreasing),
       [](const Tally& t) { return base_evidence(t); }});
  specs.push_back(
      {"rc05.wage-declining-in-k", "RC05 §V (ranking of equilibria)",
       "Among the equilibria with coordination, the wage falls as the sector of specialisation moves to higher "
       "indices.",
       "holds (asserted)", "South wage $w=\\lambda_{kS}/\\lambda_{kN}$ of each cluster equilibrium, in order of $k$",
       "$J\\in\\{3,\\dots,8\\}$, RC05's orderings, North coordinated everywhere; beyond: one North sector "
       "uncoordinated",
       FailureKind::substantive, "check_wage_declining", searcher(search_wage_declining), [](const Tally& t) {
         return base_evidence(t) +
                fmt::format(" Most cluster equilibria in one economy: {}.", evidence_number(record_value(t.value_max)));
       }});
  specs.push_back(
      {"rc07.import-substitution-no-cluster", "RC07 §3.1; RC05 §IV",
       "From specialisation in 1 without a cluster, a tariff on good 2 eventually brings production of 2, but with "
       "the backward technology: protection does not create a cluster.",
       "holds (argued)",
       "technology of the best entrant in good 2, the South wage, and the tariff $\\hat\\psi$ at which good 2 is "
       "produced "
       "(TOMS 748 against the closed form)",
       "$J=2$, RC07's orderings, start: specialisation in 1 without a cluster, tariffs $\\psi$ uniform on "
       "$[0,3\\hat\\psi+1]$",
       FailureKind::substantive, "check_import_substitution", searcher(search_import_substitution), [](const Tally& t) {
         return base_evidence(t) +
                fmt::format(" Largest $\\hat\\psi$ met: {}.", evidence_number(record_value(t.value_max), 3));
       }});
  specs.push_back(
      {"rc05.fn16-promotion-lowers-wage", "RC05 §V fn. 16; RC07 §3.1",
       "If ($*$) fails for sector $k$, a promoted cluster in $k$ pays less than specialisation in 1 without "
       "coordination.",
       "holds (asserted)",
       "wage of a promoted cluster in $k$ over the wage of specialisation in 1 without coordination, "
       "$\\lambda_{1S}/(\\theta_1\\lambda_{1N})$",
       "$J\\in\\{2,\\dots,6\\}$, Ricardian ordering, North clustered; in scope: RC05's second ordering; beyond: it "
       "fails (half the draws)",
       FailureKind::substantive, "check_promotion_lowers_wage", searcher(search_promotion_lowers_wage),
       [](const Tally& t) {
         return base_evidence(t) +
                fmt::format(" Largest wage ratio met: {}.", evidence_number(record_value(t.value_max), 3));
       }});
  const auto s2_search = [](Finding (*check)(const SpilloverGame&)) {
    return make_search_fn(std::function<Search<SpilloverGame>()>([check] {
      Search<SpilloverGame> s = search_s2_multiple();
      s.check = check;
      return s;
    }));
  };
  const std::string s2_scope =
      "$\\mu\\in[0.1,10)$, $C\\in[0,5)$, a continuum of firms; beyond: $N_f$ from 1 to 10 firms (own effect "
      "$\\mu/N_f$; a quarter of the draws)";
  specs.push_back(
      {"rc05.s2-multiple-if", "RC05 §II (knowledge spillovers)",
       "With backward output 1 and modern net output $\\mu\\nu-C$ ($\\nu$ the share of firms investing; RC05's "
       "$An-C$), there are multiple equilibria (no firm or all firms invest) if $\\mu-C>1$.",
       "holds (shown in the text)", "premise $\\mu-C>1$; conclusion: more than one equilibrium in the share $\\nu$",
       s2_scope, FailureKind::substantive, "check_s2_multiple_if", s2_search(check_s2_multiple_if),
       [](const Tally& t) { return base_evidence(t); }});
  specs.push_back({"rc05.s2-multiple-only-if", "RC05 §II (our addition: the converse)",
                   "Conversely, multiple equilibria occur only if $\\mu-C>1$.",
                   "not stated (RC05 states only the implication)",
                   "premise: more than one equilibrium in $\\nu$; conclusion $\\mu-C>1$", s2_scope,
                   FailureKind::substantive, "check_s2_multiple_only_if", s2_search(check_s2_multiple_only_if),
                   [](const Tally& t) { return base_evidence(t); }});
  specs.push_back(
      {"rc05.s2-unique-inefficient", "RC05 §II (spillovers to backward firms)",
       "When backward firms also get the spillover (output $1+\\mu\\nu$), $\\nu=0$ is the unique equilibrium, yet "
       "everybody would be better off at $\\nu=1$.",
       "holds (shown in the text)",
       "the set of equilibria in $\\nu$, and average output at $\\nu=1$ minus at $\\nu=0$ ($\\mu-C-1$)",
       "$\\mu\\in[0.1,10)$, $C\\in[0,5)$, a continuum, $\\mu-C>1$ (carried over from the first example); beyond: "
       "$\\mu-C\\le1$, $N_f$ from 1 to 10 firms",
       FailureKind::substantive, "check_s2_unique_inefficient", searcher(search_s2_unique_inefficient),
       [](const Tally& t) { return base_evidence(t); }});
  specs.push_back(
      {"cpp.table2-crosswalk", "CPP §5, Table 2, conditions (2)--(4), assumption 6",
       "CPP's Table 2 (equilibria and income gaps of the poor region) is RC07 §3's result in other notation.",
       "holds (restated)",
       "existence and income gap $1/w$ of each CPP Table 2 row against the enumeration after the crosswalk "
       "(CPP's $y_{iR}$, $y_{iP}$ and $\\lambda_i$ for good $i$ are our $\\lambda_{jN}$, $\\lambda_{jS}$ and "
       "$\\theta_j$ for sector $j=i$)",
       "CPP's assumptions as printed: $\\lambda_{2N}/\\lambda_{2S}\\ge \\lambda_{1N}/\\lambda_{1S}$ and assumption 6 "
       "$(\\lambda_{1N}/\\lambda_{1S})\\theta_1>(\\lambda_{2N}/\\lambda_{2S})\\theta_2$ (CPP's "
       "$(y_{1R}/y_{1P})\\lambda_1>(y_{2R}/y_{2P})\\lambda_2$), plus the no-CA panel; beyond: assumption 6 reversed "
       "(RC07's ordering)",
       FailureKind::misprint, "check_cpp_table2", searcher(search_cpp_table2), [](const Tally& t) {
         return base_evidence(t) +
                " Assumption 6 is printed reversed: its own gloss (R's comparative-advantage good must not have much "
                "lower clustering potential) and RC07 §3 require $(\\lambda_{1N}/\\lambda_{1S})\\theta_1\\le"
                "(\\lambda_{2N}/\\lambda_{2S})\\theta_2$, under which every row holds.";
       }});
  return specs;
}

/// What issue 19 A.1/A.4 adds to a claim: whose statement it is, the paper's words, the laws its
/// draw samples, the tolerances and the margin's unit.
struct Annotation {
  Origin origin = Origin::paper;
  std::string quote;
  std::vector<DrawLaw> draws;
  std::string tolerances;
  std::string margin_unit;
};

/// The break-even band every enumeration in this module uses (model.hpp's tie_tolerance).
std::string break_even_band() {
  return fmt::format("a deviation breaks even (a tie) within ${}$ relative of the wage", evidence_math(tie_tolerance));
}

std::vector<DrawLaw> with(std::vector<DrawLaw> first, const std::vector<DrawLaw>& rest) {
  for (const auto& law : rest) first.push_back(law);
  return first;
}

Annotation annotation(const std::string& id) {
  using namespace laws;
  const std::string ratio_unit =
      "deviator's revenue per worker over the wage, distance from 1 (dimensionless; negative: "
      "the enumeration and the statement disagree)";
  const std::string wage_unit = "relative wage gap (dimensionless)";
  if (id == "rc07.identical-countries-cluster" || id == "rc07.identical-countries-no-cluster")
    return {Origin::paper,
            "``There are multiple equilibria: an equilibrium in which the South specializes in a sector with a cluster "
            "(it could be either good 1 or good 2), in which case there is no income gap between North and South "
            "(i.e., $1/w=1$), and an equilibrium where the South has no clusters and there is no trade, in which case "
            "the income gap is given by $1/w = \\theta > 1$.'' (RC07 §3)",
            {sectors_2_6(), common_theta(), common_productivity(), beta()},
            break_even_band() + "; income gaps equal within the same band",
            "1 minus the best deviation's revenue per worker over the wage (dimensionless)"};
  if (id == "rc07.north-four-equilibria")
    return {Origin::paper,
            "``To be more precise, there are four equilibria: one with no clustering, one with clustering in both "
            "sectors, one with clustering in good 1 and no clustering in good 2, and another one with clustering in "
            "good 2 and no clustering in good 1.'' (RC07 §3, fn. 13)",
            {sectors_3_5(), north_productivity(), north_lbar(), north_share(), north_labour(), north_beta_mix(), beta(),
             north_beta_high(), north_alpha()},
            break_even_band(),
            "the smaller of (smallest cluster factor $-\\,1$) and $1-\\beta$ (productivity factor, dimensionless)"};
  if (id == "rc07.condition-star")
    return {Origin::paper,
            "``This simply states that for complete specialization in good 2 with a cluster to be an equilibrium, it "
            "must be that comparative advantage in sector 1 relative to sector 2 not be too strong relative to the "
            "benefits of coordination in sector 1.'' (RC07 §3, condition (*))",
            economy(), break_even_band(), ratio_unit};
  if (id == "rc05.condition-star-every-k")
    return {Origin::paper,
            "``there is a set of equilibria with specialization in good k with coordination as long as the following "
            "condition is satisfied: $(\\lambda_{1S}/\\lambda_{1N})/(\\lambda_{kS}/\\lambda_{kN}) < \\theta_1$ (*)'' "
            "(RC05 §V)",
            with({sectors_3_8()}, economy()), break_even_band(), ratio_unit};
  if (id == "rc07.ordering-assumption")
    return {Origin::reading,
            "``I rule out the possibility that the sector in which the North has a Ricardian comparative advantage "
            "has much lower clustering potential. The role of this assumption will become clear below.'' (RC07 §3)",
            with({sectors_2_6(), sectors_3_6()}, economy()), break_even_band(),
            "the best no-cluster deviation's slack, 1 minus its revenue per worker over the wage (dimensionless)"};
  if (id == "rc07.s3-mixed-equilibria")
    return {Origin::addition, "", with(economy(), {mixed_alpha(), mixed_labour_ratio()}),
            break_even_band() + "; closed-form positions within $10^{-9}L_S$",
            "yes/no: $-1$ when violated, none when it holds"};
  if (id == "rc05.theta-nondecreasing-sufficient")
    return {Origin::paper,
            "``Note that a sufficient condition for this is that $\\theta_j$ be non-decreasing in j.'' (RC05 §V)",
            with({sectors_3_8()}, economy()),
            fmt::format("a step within ${}$ relative of zero is a tie", evidence_math(tie_tolerance)),
            "the smallest relative step down of $\\lambda_{jS}/(\\theta_j\\lambda_{jN})$ (dimensionless)"};
  if (id == "rc07.income-ranking")
    return {Origin::paper,
            "``The first equilibrium, which entails clustering in the sector with the strongest comparative advantage, "
            "generates the highest income level. The second equilibrium, with specialization in that sector but "
            "without clustering, generates the lowest income level.'' (RC07 §3)",
            with({two_sector_mix(), sectors_3_6()}, economy()), break_even_band(), wage_unit};
  if (id == "rc07.theta2-irrelevant")
    return {Origin::paper,
            "``note that $\\theta_2$ does not affect income in this equilibrium'' (RC07 §3) and ``specialization with "
            "clustering in good 2 can be an equilibrium even if $\\theta_2 = 1$'' (RC07 §3, fn. 14)",
            with(economy(), {theta2_alternative()}), break_even_band() + "; wages equal within the same band",
            "the tie band minus the relative wage spread (dimensionless)"};
  if (id == "rc05.wage-declining-in-k")
    return {Origin::paper,
            "``If (*) is satisfied for $j = 1,\\ldots,k$ then the wage is declining as we move to equilibria with "
            "specialization in higher-indexed goods'' (RC05 §V)",
            with({sectors_3_8()}, with(economy(), {uncoordinated_sector(8)})), break_even_band(),
            "1 minus the wage over the previous cluster's wage (dimensionless)"};
  if (id == "rc07.import-substitution-no-cluster")
    return {Origin::paper, "``There is no reason why IS would lead to clustering!'' (RC07 §3.1)",
            with(economy(), {tariff_fraction()}),
            break_even_band() + "; TOMS 748 threshold within $10^{-9}(1+\\hat\\psi)$ of the closed form",
            "the backward entrant's revenue over the wage, distance from 1 (dimensionless)"};
  if (id == "rc05.fn16-promotion-lowers-wage")
    return {Origin::paper,
            "``if (*) is not satisfied, then the wage would be lower with specialization and coordination in sector k "
            "than with specialization in sector 1 without coordination.'' (RC05 §V, fn. 16)",
            with({sectors_2_6()}, economy()), break_even_band(),
            "1 minus the promoted cluster's wage over the no-cluster wage in 1 (dimensionless)"};
  if (id == "rc05.s2-multiple-if" || id == "rc05.s2-multiple-only-if")
    return {id == "rc05.s2-multiple-if" ? Origin::paper : Origin::addition,
            id == "rc05.s2-multiple-if"
                ? "``If $A - C > 1$ then there are multiple equilibria: an equilibrium where no firm invests in the "
                  "modern technology and another where all firms do.'' (RC05 §II)"
                : "",
            {spillover_gain(), knowledge_cost(), firms()},
            fmt::format("a deciding slack within ${}\\max(1, \\mu)$ of zero is a tie", evidence_math(tie_tolerance)),
            "the smaller deciding slack, in units of backward output (1); negative: disagreement"};
  if (id == "rc05.s2-unique-inefficient")
    return {Origin::paper,
            "``Then there is a unique equilibrium, with n = 0.'' and ``everybody would be better off with n = 1.'' "
            "(RC05 §II)",
            {spillover_gain(), knowledge_cost(), firms()},
            fmt::format("a deciding slack within ${}\\max(1, \\mu)$ of zero is a tie", evidence_math(tie_tolerance)),
            "the smaller of the output gain at $\\nu = 1$ and the slack of $\\nu = 0$, in units of backward output"};
  if (id == "cpp.table2-crosswalk")
    return {Origin::paper,
            "``Table 2 summarizes possible equilibria in a (small) poor region where static externalities are "
            "present.'' (CPP §5, Table 2)",
            with({cpp_lambda(), cpp_productivity()}, economy()), break_even_band(), ratio_unit};
  throw std::logic_error("cluster_model: no annotation for claim " + id);
}

}  // namespace

void register_claims(ClaimRegistry& registry) {
  for (ClaimSpec& spec : claim_specs()) {
    Annotation a = annotation(spec.id);
    Claim claim = claim_with_text({spec.id, spec.source, spec.statement, spec.paper_verdict, spec.measure, spec.scope,
                                   spec.failure_kind, spec.check_name, a.origin, std::move(a.quote), std::move(a.draws),
                                   std::move(a.tolerances), std::move(a.margin_unit)});
    claim.search = std::move(spec.search);
    claim.evidence = [render = std::move(spec.evidence)](const Tally& t, const ClaimRun&) { return render(t); };
    registry.add(std::move(claim));
  }
}

}  // namespace clustertrade::cluster_model
