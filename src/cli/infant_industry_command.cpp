/// \file infant_industry_command.cpp
/// \brief `clustertrade infant-industry equilibria`: South's equilibria in RC07 §2's standard
/// infant-industry model, as CSV (`equilibrium,labor_sector2,wage,stable`) or JSON.
#include <memory>
#include <string>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "core/csv.hpp"
#include "core/io.hpp"
#include "infant_industry/model.hpp"

namespace clustertrade::cli {

namespace {

struct EquilibriaOptions {
  std::string lambda_south;
  std::string lambda_north;
  std::string alpha;
  std::string lbar;
  std::string labor_south;
  bool json = false;
  std::string out;
};

const FlagMap infant_industry_flags = {{"lambda_south", "--lambda-south"}, {"lambda_north", "--lambda-north"},
                                       {"alpha", "--alpha"},               {"lbar", "--lbar"},
                                       {"labor_south", "--labor-south"}};

std::array<double, 2> parse_pair(const std::string& flag, const std::string& text) {
  const auto values = parse_list_flag(flag, text);
  if (values.size() != 2)
    throw UsageError(flag + ": must have 2 comma-separated entries (goods 1 and 2) (got " +
                     std::to_string(values.size()) + ")");
  return {values[0], values[1]};
}

double parse_scalar(const std::string& flag, const std::string& text) {
  try {
    return parse_number(flag, text);
  } catch (const InvalidParameter& error) {
    throw UsageError(error.field() + ": " + error.rule());
  }
}

void run_equilibria(const EquilibriaOptions& o) {
  using namespace infant_industry;
  Params p;
  p.lambda_south = parse_pair("--lambda-south", o.lambda_south);
  p.lambda_north = parse_pair("--lambda-north", o.lambda_north);
  p.alpha = parse_scalar("--alpha", o.alpha);
  p.lbar = parse_scalar("--lbar", o.lbar);
  // Default L_S = 2·L̄, so that L_S > L̄ as RC07 fn. 7 assumes (computed after --lbar is parsed;
  // a bad --lbar is reported by validate() below, under its own flag).
  p.labor_south = o.labor_south.empty() ? 2.0 * p.lbar : parse_scalar("--labor-south", o.labor_south);
  const auto eqs = with_flags(infant_industry_flags, [&] {
    p.validate();
    return equilibria(p);
  });
  CsvTable table({"equilibrium", "labor_sector2", "wage", "stable"});
  for (const auto& e : eqs)
    table.add_row({to_string(e.kind), e.labor_sector2, e.wage, std::string(e.stability == Stability::stable ? "yes" : "no")});
  emit(o.json ? table.to_json().dump(2) + "\n" : table.str(), o.out);
}

}  // namespace

void add_infant_industry_command(CLI::App& app) {
  CLI::App* model = app.add_subcommand("infant-industry", "RC07 §2: the standard infant-industry model (small South, "
                                                          "clustered North, bounded externality in good 2)");
  model->require_subcommand(1);
  auto o = std::make_shared<EquilibriaOptions>();
  CLI::App* eq = model->add_subcommand(
      "equilibria",
      "List South's equilibria: specialize-1, interior, specialize-2, with sector-2 employment, the wage in "
      "North-labour units and stability under labour moving to the better-paid sector (yes = locally "
      "asymptotically stable). When R = 1 and L_S > Lbar every L2 in [Lbar, L_S] is an equilibrium; the interior "
      "row then gives the lower end Lbar.");
  eq->add_option("--lambda-south", o->lambda_south, "South productivities L1S,L2S (> 0)")->required();
  eq->add_option("--lambda-north", o->lambda_north, "North productivities L1N,L2N (> 0)")->required();
  eq->add_option("--alpha", o->alpha, "Externality strength alpha > 0")->required();
  eq->add_option("--lbar", o->lbar, "Employment Lbar > 0 at which the externality is exhausted")->required();
  eq->add_option("--labor-south", o->labor_south, "South's labour force L_S > 0 (default 2*Lbar, so L_S > Lbar)");
  eq->add_flag("--json", o->json, "Write a JSON array of objects instead of CSV");
  add_out_option(*eq, o->out);
  eq->callback([o] { run_equilibria(*o); });
}

}  // namespace clustertrade::cli
