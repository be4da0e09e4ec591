/// \file us_claims.cpp
/// \brief Porter's U.S. statements as claims on the vendored data (us_claims.hpp). A claim's cases
/// are fixed: the data under our reading (†, in the paper's setting as far as the data allow) and
/// sensitivity rows that change one choice (counted beyond the setting); there are no random
/// draws. Porter's figures are for the 179 BEA Economic Areas, 41 traded clusters and data of the
/// early 2000s; ours for 933 CBSAs (2018 delineation), 51 traded clusters and 2019. No public
/// CBSA → Economic Area crosswalk is vendored (the 2004 Economic Areas are built from counties, and
/// the CBP table is by CBSA), so the comparison stays at CBSA level.
#include "cluster_mapping/us_claims.hpp"

#include <cmath>
#include <functional>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cluster_mapping/us_analysis.hpp"
#include "core/claim.hpp"
#include "core/falsify.hpp"

namespace clustertrade::cluster_mapping {

namespace {

// Porter's figures ("Measuring Clusters") and the bands within which ours count as his: the figure
// as rounded in the text (a whole percent; a whole number of clusters).
constexpr double top5_band = 0.005;
constexpr double strong_band = 0.5;
// "A large part of employment" read as at least half (†).
constexpr double large_part = 0.5;
// Definitions recovered by co-location agree with the benchmark when ARI >= 0.5 (†); the
// concentration rule agrees with the benchmark split on at least three industries in four (†).
constexpr double ari_agree = 0.5;
constexpr double split_agree = 0.75;
const char* const no_draws = "the 2019 data, no draws";

// One case of a claim on the data: a reading and what it found.
struct Row {
  std::string label;  // the reading, in words (LaTeX)
  bool in_scope = true;
  Finding finding;
};
using Rows = std::vector<Row>;

// A case is the index of a row; the one (capped) draw is index -1 and misses the premise.
struct RowCase {
  long index = 0;  ///< the row of the claim's table of readings
};

Row make_row(std::string label, bool in_scope, double value, double margin, std::string shown) {
  Row r;
  r.label = std::move(label);
  r.in_scope = in_scope;
  r.finding.in_scope = in_scope;
  r.finding.value = value;
  r.finding.margin = margin;
  r.finding.violated = !(margin >= 0.0);
  r.finding.detail = r.label + ": " + shown;
  return r;
}

Search<RowCase> rows_search(std::uint64_t salt, const Rows& (*rows)()) {
  Search<RowCase> s;
  s.salt = salt;
  for (std::size_t i = 0; i < rows().size(); ++i) s.fixed_cases.push_back(RowCase{static_cast<long>(i)});
  s.check = [rows](const RowCase& c) { return rows()[static_cast<std::size_t>(c.index)].finding; };
  s.to_json = [rows](const RowCase& c) -> nlohmann::json {
    return {{"row", c.index}, {"reading", rows()[static_cast<std::size_t>(c.index)].label}};
  };
  return s;
}

// The evidence: the lead, our reading's rows, the sensitivity rows, then the tail; each row as
// "label: value", rows joined by semicolons.
std::string rows_evidence(const Rows& rows, const std::string& lead, const std::string& tail) {
  std::vector<std::string> ours, others;
  for (const auto& r : rows) (r.in_scope ? ours : others).push_back(r.finding.detail);
  return fmt::format("{} Our reading ($\\dagger$): {}. Sensitivity rows: {}. {}", lead, fmt::join(ours, "; "),
                     others.empty() ? std::string("none") : fmt::format("{}", fmt::join(others, "; ")), tail);
}

// ---- the regional readings -------------------------------------------------------------------

struct Variant {
  std::string label;
  bool in_scope;
  const AlignedTable* table;
  const UsOutcomes* outcomes;
  UsReading reading;
};

std::vector<Variant> variants(bool thresholds) {
  const UsData& d = us_data();
  std::vector<Variant> v;
  v.push_back({fmt::format("all {} CBSAs, plain mean", d.naics2017.table.regions.size()),
               true,
               &d.naics2017,
               &d.outcomes2017,
               {}});
  v.push_back({"metropolitan areas only", false, &d.naics2017, &d.outcomes2017, {true, false, 1.5}});
  v.push_back({"employment-weighted mean", false, &d.naics2017, &d.outcomes2017, {false, true, 1.5}});
  v.push_back({"NAICS 2012 definitions", false, &d.naics2012, &d.outcomes2012, {}});
  if (thresholds) {
    v.push_back({fmt::format("strong at $LQ\\ge {}$", evidence_math(us_low_lq)),
                 false,
                 &d.naics2017,
                 &d.outcomes2017,
                 {false, false, us_low_lq}});
    v.push_back({fmt::format("strong at $LQ\\ge {}$", evidence_math(us_high_lq)),
                 false,
                 &d.naics2017,
                 &d.outcomes2017,
                 {false, false, us_high_lq}});
  }
  return v;
}

std::string percent(double share) { return evidence_number(100.0 * share, 3) + "%"; }

const Rows& local_rows() {
  static const Rows rows = [] {
    Rows r;
    for (const auto& v : variants(false)) {
      if (v.reading.employment_weighted) continue;  // one national share: no mean to weight
      const double local = 1.0 - us_regional_statistics(*v.table, *v.outcomes, v.reading).traded_share;
      r.push_back(make_row(v.in_scope ? "all CBSAs" : v.label, v.in_scope, local, local - large_part,
                           "local " + percent(local)));
    }
    return r;
  }();
  return rows;
}

const Rows& top5_rows() {
  static const Rows rows = [] {
    Rows r;
    for (const auto& v : variants(false)) {
      const double mean = us_regional_statistics(*v.table, *v.outcomes, v.reading).mean_top5;
      r.push_back(make_row(v.label, v.in_scope, mean, top5_band - std::fabs(mean - porter_us_top5), percent(mean)));
    }
    return r;
  }();
  return rows;
}

const Rows& strong_rows() {
  static const Rows rows = [] {
    Rows r;
    for (const auto& v : variants(true)) {
      const double mean = us_regional_statistics(*v.table, *v.outcomes, v.reading).mean_strong;
      r.push_back(make_row(v.label, v.in_scope, mean, strong_band - std::fabs(mean - porter_us_strong),
                           evidence_number(mean, 3)));
    }
    return r;
  }();
  return rows;
}

const Rows& performance_rows() {
  static const Rows rows = [] {
    Rows r;
    auto vs = variants(true);
    vs.erase(vs.begin() + 2);  // a rank correlation has no employment-weighted mean
    Variant partial = vs.front();
    partial.label = "partial, given log employment";
    partial.in_scope = false;
    vs.insert(vs.begin() + 2, partial);
    for (const auto& v : vs) {
      const auto stats = us_regional_statistics(*v.table, *v.outcomes, v.reading);
      const std::pair<const char*, const Eigen::VectorXd*> outcomes[] = {
          {"earnings", &v.outcomes->median_earnings},
          {"household income", &v.outcomes->median_household_income},
          {"patents per worker", &v.outcomes->patents_per_thousand}};
      for (const auto& [name, outcome] : outcomes) {
        std::size_t used = 0;
        const double rho =
            us_strength_correlation(stats, *outcome, v.outcomes->employment, v.label == partial.label, used);
        r.push_back(make_row(fmt::format("{}, {} ({} CBSAs)", v.label, name, used), v.in_scope, rho, rho,
                             "$\\rho=" + evidence_math(rho, 2) + "$"));
      }
    }
    return r;
  }();
  return rows;
}

const Rows& definition_rows() {
  static const Rows rows = [] {
    Rows r;
    const UsData& d = us_data();
    for (Measure m : {Measure::share, Measure::employment}) {  // lq: the same correlation as share
      const UsDefinitionRun run = us_define(d.naics2017, m);
      const std::size_t chosen = us_k_by_validation(run, us_k_grid_min, us_k_grid_max, us_k_grid_step);
      for (std::size_t k : {porter_us_clusters, us_benchmark_clusters, chosen}) {
        const auto a = us_definition_agreement(run, k);
        const bool ours = m == Measure::share && k != chosen;
        r.push_back(make_row(
            fmt::format("{}, $K={}${}", to_string(m), k, k == chosen ? " (validation score)" : ""), ours, a.ari,
            a.ari - ari_agree,
            fmt::format("ARI {}, {} of benchmark pairs kept", evidence_number(a.ari, 2), percent(a.pairs.share))));
      }
    }
    return r;
  }();
  return rows;
}

const Rows& split_rows() {
  static const Rows rows = [] {
    Rows r;
    const UsData& d = us_data();
    const std::pair<const char*, const AlignedTable*> tables[] = {{"NAICS 2017", &d.naics2017},
                                                                  {"NAICS 2012", &d.naics2012}};
    for (const auto& [name, table] : tables) {
      const auto c = us_split_check(*table);
      const bool ours = table == &d.naics2017;
      r.push_back(make_row(fmt::format("{}, by count ({} industries)", name, c.industries), ours,
                           c.agreement.count_share, c.agreement.count_share - split_agree,
                           percent(c.agreement.count_share)));
      r.push_back(make_row(fmt::format("{}, by employment", name), ours, c.agreement.employment_share,
                           c.agreement.employment_share - split_agree, percent(c.agreement.employment_share)));
    }
    return r;
  }();
  return rows;
}

// ---- claim texts -------------------------------------------------------------------------------

const char* const geography =
    "Porter's figures are for the 179 BEA Economic Areas, 41 traded clusters and data of the early 2000s; ours are "
    "County Business Patterns 2019 for 933 CBSAs (metropolitan and micropolitan areas), 51 traded clusters of the "
    "U.S. Cluster Mapping benchmark; no CBSA-to-Economic-Area crosswalk is vendored, so we stay at CBSA level";

Claim data_claim(ClaimText text, const Rows& (*rows)(), std::uint64_t salt, std::string lead, std::string tail) {
  text.draws = {};
  Claim c = claim_with_text(std::move(text));
  c.search = [rows, salt](const ClaimRun& run) { return run_search(rows_search(salt, rows), run); };
  c.evidence = [rows, lead = std::move(lead), tail = std::move(tail)](const Tally&, const ClaimRun&) {
    return rows_evidence(rows(), lead, tail);
  };
  return c;
}

ClaimText text(std::string id, std::string source, std::string statement, std::string measure, std::string check,
               Origin origin, std::string quote, std::string tolerances, std::string margin_unit) {
  ClaimText t;
  t.id = std::move(id);
  t.source = std::move(source);
  t.statement = std::move(statement);
  t.paper_verdict = "holds (reported)";
  t.measure = std::move(measure);
  t.scope = std::string(no_draws) + ": " + geography;
  t.check_name = std::move(check);
  t.origin = origin;
  t.quote = std::move(quote);
  t.tolerances = std::move(tolerances);
  t.margin_unit = std::move(margin_unit);
  return t;
}

}  // namespace

void register_us_claims(ClaimRegistry& registry) {
  const std::string growing = "Porter, The Growing Role of Clusters in Competition";
  const std::string measuring = "Porter, Measuring Clusters";
  registry.add(data_claim(
      text("porter.us-local-large", growing,
           "Local industries hold a large part of U.S. employment (read as at least half, $\\dagger$).",
           "local industries' share of the employment of the six-digit CBP rows the definitions cover", "local_rows",
           Origin::reading,
           "“They account for a large part of employment” (Porter, The Growing Role of Clusters in Competition; "
           "said of local industries)",
           "local share $\\ge 0.5$; exact arithmetic on integer counts", "share of employment above one half"),
      local_rows, claim_salt("porter.us-local-large"), "Local share of employment.",
      "The U.S. Cluster Mapping tables of 2016 give a traded share of about 35%, so a local share of about two "
      "thirds."));
  registry.add(data_claim(
      text("porter.us-top5", measuring,
           "In the average U.S. region the five largest traded clusters hold 52% of traded employment.",
           "plain mean over regions of the five largest clusters' share of the region's traded employment", "top5_rows",
           Origin::reading,
           "“On average, the top five clusters account for 52% of traded employment in U.S. Economic Areas.” "
           "(Porter, Measuring Clusters)",
           "$|\\bar s_5 - 0.52| \\le 0.005$ (Porter's figure as rounded in the text)",
           "share of traded employment inside the band around 0.52"),
      top5_rows, claim_salt("porter.us-top5"), "Mean top-five share of traded employment.",
      "CBSAs are smaller than Economic Areas (933 against 179), and a smaller region holds its traded "
      "employment in fewer clusters, so the mean over CBSAs is higher than over Economic Areas would be; weighting by "
      "employment moves the mean towards the large regions."));
  registry.add(data_claim(
      text("porter.us-seven-strong", measuring, "The average U.S. region has seven clusters with $LQ \\ge 1.5$.",
           "plain mean over regions of the number of traded clusters with $LQ \\ge 1.5$ (traded base)", "strong_rows",
           Origin::reading,
           "“The average Economic Area has seven clusters with a location quotient of 1.5 or above” (Porter, "
           "Measuring Clusters)",
           "$|\\bar n - 7| \\le 0.5$ (Porter's figure as rounded in the text)", "clusters inside the band around 7"),
      strong_rows, claim_salt("porter.us-seven-strong"), "Mean number of clusters with $LQ$ at the threshold or above.",
      "With 51 clusters instead of 41 there are more clusters to be strong in; smaller regions are more specialised."));
  registry.add(data_claim(
      text("porter.us-stronger-perform", "Porter, introduction and fn. 3 (our operationalisation)",
           "Across U.S. regions, cluster strength (the share of a region's traded employment in clusters with $LQ "
           "\\ge 1.5$) rises with median earnings, median household income and patents per worker: Spearman's "
           "$\\rho > 0$ for each.",
           "Spearman's rank correlation across CBSAs of cluster strength with ACS 2014--2018 median earnings, median "
           "household income and USPTO patents 2011--2015 per 1,000 CBP workers",
           "performance_rows", Origin::reading,
           "“There is growing statistical evidence that regions with stronger clusters achieve better economic "
           "performance and faster innovation.” (Porter, introduction, fn. 3)",
           "$\\rho > 0$; no tie band (a rank correlation of exactly 0 counts as a violation)", "rank correlation"),
      performance_rows, claim_salt("porter.us-stronger-perform"),
      "Rank correlation of cluster strength with each outcome.",
      "The sources of footnote 3 (Delgado, Porter and Stern 2010, 2014; Porter 2003) relate the strength of a "
      "region's clusters to later growth of employment, wages, patenting and new businesses within region--cluster "
      "pairs, with controls for convergence; our reading is a cross-section of levels across regions, which "
      "ranks small specialised regions as strong."));
  registry.add(data_claim(
      text(
          "porter.us-41-clusters", "Porter, Measuring Clusters and fn. 6 (our operationalisation)",
          "The locational correlation of employment across U.S. regions reveals the traded clusters: average linkage "
          "on $1-\\mathrm{corr}_{ij}$ of the traded industries agrees with the benchmark definitions (adjusted Rand "
          "index $\\ge 0.5$).",
          "adjusted Rand index of the clusters cut from the dendrogram against the 51 benchmark clusters; share of the "
          "benchmark's same-cluster pairs kept together",
          "definition_rows", Origin::reading,
          "“The data reveal 41 traded clusters, each of which can be divided into a number of subclusters of "
          "industries whose locations are ever more strongly correlated.” (Porter, Measuring Clusters, fn. 6)",
          fmt::format("ARI $\\ge {}$; K by the validation score searched over ${}, {}, \\dots, {}$",
                      evidence_math(ari_agree), us_k_grid_min, us_k_grid_min + us_k_grid_step, us_k_grid_max),
          "adjusted Rand index above 0.5"),
      definition_rows, claim_salt("porter.us-41-clusters"), "Agreement of the derived definitions with the benchmark.",
      "The benchmark's authors combine co-location with input--output and occupation links and choose among "
      "many candidate definitions by validation scores; co-location across CBSAs alone cannot separate industries that "
      "share places "
      "for other reasons (big-city services, resource regions) and splits clusters whose industries are spread "
      "evenly."));
  registry.add(data_claim(
      text("porter.us-traded-gini", "Porter, The Growing Role of Clusters in Competition (an added check)",
           "Traded industries are concentrated in few regions and local ones are spread with population: calling "
           "traded the industries with the highest locational Gini (as many as the benchmark calls traded) agrees "
           "with the benchmark's split on at least three industries in four, by count and by employment.",
           "share of industries (and of their employment) on the same side of the split as in the benchmark",
           "split_rows", Origin::addition,
           "“Local industries, such as eating establishments and public utilities, are present in every region.” "
           "(Porter, The Growing Role of Clusters in Competition)",
           fmt::format("agreement $\\ge {}$", evidence_math(split_agree)),
           "share of industries or employment above 0.75"),
      split_rows, claim_salt("porter.us-traded-gini"), "Agreement of the locational-Gini split with the benchmark.",
      "The benchmark's own rule also uses employment concentration, but over several years and geographies."));
  Claim wages = claim_with_text(
      text("porter.us-traded-wages", growing, "Traded clusters pay far higher average wages than local industries.",
           "average annual payroll per employee, traded against local industries", "register_us_claims", Origin::paper,
           "“Traded clusters, which have far higher average wages than local industries, create the income to afford "
           "sophisticated local services” (Porter, The Growing Role of Clusters in Competition)",
           "", ""));
  wages.not_checked_reason =
      "needs payroll by region and industry; the vendored CBP file holds employment and establishments only, and "
      "a CBP payroll file cannot be fetched here (no network)";
  wages.evidence = [reason = wages.not_checked_reason](const Tally&, const ClaimRun&) {
    return "Not checked: " + reason + ".";
  };
  registry.add(std::move(wages));
}

}  // namespace clustertrade::cluster_mapping
