/// \file infant_industry_command.cpp
/// \brief `clustertrade infant-industry equilibria`: South's equilibria in RC07 §2's standard
/// infant-industry model, as CSV (`equilibrium,labor_sector2,wage,stable`, after `#` lines with R, θ and
/// the truth values of conditions CA and P) or JSON.
#include <memory>
#include <string>

#include <fmt/format.h>

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
  OutputOptions output;
};

const FlagMap infant_industry_flags = {{"lambda_south", "--lambda-south"},
                                       {"lambda_north", "--lambda-north"},
                                       {"alpha", "--alpha"},
                                       {"lbar", "--lbar"},
                                       {"labor_south", "--labor-south"}};

std::array<double, 2> parse_pair(const std::string& flag, const std::string& text) {
  const auto values = parse_list_flag(flag, text);
  if (values.size() != 2)
    throw UsageError(flag + ": must have 2 comma-separated entries (goods 1 and 2) (got " +
                     std::to_string(values.size()) + ")");
  return {values[0], values[1]};
}

double parse_scalar(const std::string& flag, const std::string& text) { return parse_scalar_flag(flag, text); }

const char* truth(bool value) { return value ? "true" : "false"; }

// The evidence RC07 §2's claims quote, as `#` lines before the header (JSON: "evidence"): the
// comparative-advantage ratio R, theta, and the truth values of conditions CA and P (with P's halves).
void add_condition_evidence(CsvTable& table, const infant_industry::Params& p) {
  using namespace infant_industry;
  table.comment(
      fmt::format("R = (lambda2S/lambda1S)/(lambda2N/lambda1N) = {:.6g}, theta = 1 + alpha Lbar = {:.6g}, "
                  "L_S = {:.6g}, Lbar = {:.6g}",
                  comparative_advantage_ratio(p), theta(p), p.labor_south, p.lbar));
  table.comment(fmt::format("CA (lambda2S/lambda1S > lambda2N/lambda1N, i.e. R > 1): {}", truth(condition_ca(p))));
  table.comment(
      fmt::format("P (lambda1S/(theta lambda2S) < p2*/p1* < lambda1S/lambda2S, i.e. 1 < R < theta): {} "
                  "(left inequality {}, right inequality {})",
                  truth(condition_p(p)), truth(condition_p_left(p)), truth(condition_p_right(p))));
}

void run_equilibria(const EquilibriaOptions& o) {
  using namespace infant_industry;
  check_out_path(o.output.out);
  Params p;
  p.lambda_south = parse_pair("--lambda-south", o.lambda_south);
  p.lambda_north = parse_pair("--lambda-north", o.lambda_north);
  p.alpha = parse_scalar("--alpha", o.alpha);
  p.lbar = parse_scalar("--lbar", o.lbar);
  // Default L_S = 2·L̄, so that L_S > L̄ as RC07 fn. 7 assumes (computed after --lbar is parsed;
  // a bad --lbar is reported by validate() below, under its own flag).
  p.labor_south = o.labor_south.empty() ? 2.0 * p.lbar : parse_scalar("--labor-south", o.labor_south);
  check_magnitude("--lambda-south", {p.lambda_south[0], p.lambda_south[1]});
  check_magnitude("--lambda-north", {p.lambda_north[0], p.lambda_north[1]});
  check_magnitude("--alpha", {p.alpha});
  check_magnitude("--lbar", {p.lbar});
  if (!o.labor_south.empty()) check_magnitude("--labor-south", {p.labor_south});
  const auto eqs = with_flags(infant_industry_flags, [&] {
    p.validate();
    return equilibria(p);
  });
  CsvTable table({"equilibrium", "labor_sector2", "wage", "stable"});
  add_condition_evidence(table, p);
  for (const auto& e : eqs)
    table.add_row(
        {to_string(e.kind), e.labor_sector2, e.wage, std::string(e.stability == Stability::stable ? "yes" : "no")});
  emit_table(table, o.output);
}

}  // namespace

void add_infant_industry_command(CLI::App& app) {
  CLI::App* model = app.add_subcommand("infant-industry",
                                       "RC07 §2: the standard infant-industry model (small South, "
                                       "clustered North, bounded externality in good 2)");
  model->require_subcommand(1);
  auto o = std::make_shared<EquilibriaOptions>();
  CLI::App* eq = model->add_subcommand(
      "equilibria",
      "RC07 section 2 (eqs. (1)-(4)). List South's equilibria: specialize-1, interior, specialize-2, with sector-2 "
      "employment, the wage in "
      "North-labour units and stability under labour moving to the better-paid sector (yes = locally "
      "asymptotically stable). When R = 1 and L_S > Lbar every L2 in [Lbar, L_S] is an equilibrium; the interior "
      "row then gives the lower end Lbar.\nOutput columns: equilibrium (specialize-1, interior, specialize-2); "
      "labor_sector2 (South's employment in good 2); wage (South wage in North-labor units); stable (yes/no). "
      "Before the header, # lines give R, theta and whether conditions CA and P hold.");
  eq->add_option("--lambda-south", o->lambda_south,
                 "South productivities L1S,L2S (output per worker, in [1e-50, 1e50])")
      ->required();
  eq->add_option("--lambda-north", o->lambda_north, "North productivities L1N,L2N (in [1e-50, 1e50])")->required();
  eq->add_option("--alpha", o->alpha, "Externality strength alpha (in [1e-50, 1e50])")->required();
  eq->add_option("--lbar", o->lbar, "Employment Lbar (workers, in [1e-50, 1e50]) at which the externality is exhausted")
      ->required();
  eq->add_option("--labor-south", o->labor_south,
                 "South's labor force L_S (workers, in [1e-50, 1e50]; default 2*Lbar, so L_S > Lbar)");
  add_output_options(*eq, o->output);
  eq->callback([o] { run_equilibria(*o); });
}

}  // namespace clustertrade::cli
