/// \file claims_cpp.cpp
/// \brief CPP §5's Table 2 against the enumeration, one case at a time, through the crosswalk
/// (\f$y_{iP}\to\lambda_{iS}\f$, \f$y_{iR}\to\lambda_{iN}\f$, \f$\lambda_i\to\theta_i\f$).
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "cluster_model/claims_checks.hpp"
#include "cluster_model/draw_laws.hpp"
#include "core/falsify.hpp"
#include "core/validate.hpp"

namespace clustertrade::cluster_model {

namespace {
/// The no-comparative-advantage panel: y equal across regions and a common λ.
bool no_ca_panel(const CppParams& c) {
  return within_tie(c.y_rich[0], c.y_poor[0]) && within_tie(c.y_rich[1], c.y_poor[1]) &&
         within_tie(c.lambda[0], c.lambda[1]);
}
}  // namespace

Finding check_cpp_table2(const CppParams& c) {
  if (!validates(c) || c.y_rich.size() != 2) return premise_not_met("not a valid two-good CPP economy");
  const Params p = to_rc07(c);
  Finding f;
  if (no_ca_panel(c)) {
    // Panel 1: P with a cluster in either good has gap 1; no cluster (no trade) has gap λ.
    f.in_scope = true;
    for (std::size_t j = 0; j < 2; ++j)
      for (bool clustered : {true, false}) {
        const auto s = evaluate_specialisation(p, j, clustered);
        const double printed = clustered ? 1.0 : c.lambda[j];
        f.margin = std::min(f.margin, 1.0 - s.best_deviation.ratio);
        if ((!s.equilibrium || !within_tie(s.income_gap, printed)) && !f.violated) {
          f.violated = true;
          f.detail = fmt::format("no-CA panel, good {} {}: income gap {} against the printed {}", j + 1,
                                 clustered ? "with a cluster (Cl)" : "without (Is)", evidence_number(s.income_gap),
                                 evidence_number(printed));
        }
      }
    f.tie = !f.violated && std::fabs(f.margin) <= tie_tolerance;
    if (!f.violated) f.detail = "no-CA panel: every row as printed (the no-trade rows break even)";
    return f;
  }
  // Panel 2 needs R's Ricardian advantage in good 2 (assumption 6, first half).
  if (!ricardian_ordering_holds(p)) return premise_not_met("R has no Ricardian advantage in good 2");
  f.in_scope = cpp_assumption6_as_printed(c);
  for (const auto& row : cpp_table2(c)) {
    const auto s = evaluate_specialisation(p, row.sector, row.clustered);
    const double distance = std::fabs(s.best_deviation.ratio - 1.0);
    const bool tie = distance <= tie_tolerance;
    const bool exists_ok = row.printed_exists == row.enumerated_exists;
    const bool gap_ok = !row.enumerated_exists || within_tie(row.printed_gap, row.enumerated_gap);
    f.tie = f.tie || tie;
    f.margin = std::min(f.margin, exists_ok && gap_ok ? distance : -distance);
    if ((!exists_ok && !tie) || !gap_ok) {
      if (!f.violated)
        f.detail = fmt::format(
            "row ``{}'': printed {} (income gap {}), enumeration {} (income gap {}; a {} producer in good {} earns {} "
            "times the wage)",
            row.label, row.printed_exists ? "exists" : "does not exist", evidence_number(row.printed_gap),
            row.enumerated_exists ? "exists" : "does not exist", evidence_number(row.enumerated_gap),
            to_string(s.best_deviation.technology), s.best_deviation.sector + 1,
            evidence_number_against(s.best_deviation.ratio, 1.0));
      f.violated = true;
    }
  }
  if (!f.violated) f.detail = "every row of the comparative-advantage panel as printed";
  if (f.violated) f.tie = false;  // a violation anywhere in the case outranks a tie
  return f;
}

Search<CppParams> search_cpp_table2() {
  Search<CppParams> s;
  s.salt = 0xc992ULL;
  s.draw = [](std::size_t k, DrawRng& rng) {
    if (k % 4 == 3) {  // the no-CA panel: y equal across regions, a common λ
      const double lambda = laws::cpp_lambda().sample(rng), y1 = laws::cpp_productivity().sample(rng),
                   y2 = laws::cpp_productivity().sample(rng);
      return CppParams{{y1, y2}, {y1, y2}, {lambda, lambda}};
    }
    // Half the rest under the printed assumption 6, half under RC07's (the corrected reading).
    const Params p = draw_economy(rng, 2, k % 2 == 0 ? Ordering::violated : Ordering::both);
    return CppParams{p.lambda_north, p.lambda_south, p.theta};
  };
  // y_R = 1, y_P = (1, 0.8), λ = (3, 1.5): (y1R/y1P)λ1 = 3 > (1/0.8)·1.5 = 1.875, the printed
  // assumption 6 holds, and P's no-cluster specialisation in 1 (w = 1/3) loses to a backward
  // producer of good 2 (earning 0.8/1.5 = 0.533 > 1/3): Table 2's Is row fails.
  // y_P = (1, 0.4), λ = (2, 1.5): 2 < 3.75, RC07's reading, every row as printed.
  s.fixed_cases = {CppParams{{1.0, 1.0}, {1.0, 0.8}, {3.0, 1.5}}, CppParams{{1.0, 1.0}, {1.0, 0.4}, {2.0, 1.5}},
                   CppParams{{1.0, 2.0}, {1.0, 2.0}, {2.0, 2.0}}};
  s.check = check_cpp_table2;
  s.shrink_candidates = [](const CppParams& c) {
    std::vector<CppParams> out;
    for (const auto& p : shrink_economy(to_rc07(c))) out.push_back({p.lambda_north, p.lambda_south, p.theta});
    return out;
  };
  s.to_json = [](const CppParams& c) {
    return nlohmann::json{{"y_rich", c.y_rich}, {"y_poor", c.y_poor}, {"lambda", c.lambda}};
  };
  s.command = [](const CppParams& c) { return equilibria_command(to_rc07(c)); };
  return s;
}

}  // namespace clustertrade::cluster_model
