// H12 §4: delayed (Fig. 6) and gradual (Fig. 7) liberalisation against immediate liberalisation,
// with H12's CRRA utility ∫ D^{1-θ}/(1-θ) e^{-ρt} dt (§2.1): the discount rates for which each is
// mutually preferred, and the best delay date.
#include <algorithm>
#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "core/roots.hpp"
#include "trade_growth/claims_checks.hpp"
#include "trade_growth/static_equilibrium.hpp"

namespace clustertrade::trade_growth::claims {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kHorizon = 150.0;  // simulated horizon; a linear tail extends the utility integral
constexpr double kRhoLow = 0.01;

/// H12 §2.1's discounted CRRA utility of a path, trapezoid rule on the output grid to H, then a tail
/// to \f$\max(H, 40/\rho)\f$ with income extrapolated linearly from its slope over the last 10 units
/// (clamped at 0) — the regimes at H are steady (CBT grows about linearly, CDT is constant).
double utility(const std::vector<double>& t, const std::vector<double>& d, double theta, double rho) {
  auto u = [&](double x) { return theta == 1.0 ? std::log(x) : std::pow(x, 1.0 - theta) / (1.0 - theta); };
  double sum = 0.0;
  for (std::size_t k = 1; k < t.size(); ++k)
    sum += 0.5 * (t[k] - t[k - 1]) * (u(d[k - 1]) * std::exp(-rho * t[k - 1]) + u(d[k]) * std::exp(-rho * t[k]));
  const std::size_t last = t.size() - 1, back = last >= 20 ? last - 20 : 0;
  const double slope = std::max(0.0, (d[last] - d[back]) / std::max(t[last] - t[back], 1e-12));
  const double h = t[last], end = std::max(h, 40.0 / rho);
  for (double a = h; a < end; a += 1.0) {
    const double b = std::min(end, a + 1.0);
    sum += 0.5 * (b - a) *
           (u(d[last] + slope * (a - h)) * std::exp(-rho * a) + u(d[last] + slope * (b - h)) * std::exp(-rho * b));
  }
  return sum;
}

struct Incomes {
  std::vector<double> t, home, foreign;
};

Incomes incomes(const Case& c, const Policy& p) {
  Case longer = c;
  longer.horizon = kHorizon;
  longer.step = 0.5;
  const Path path = run_path(longer, p);
  Incomes out;
  for (const auto& q : path.points) {
    out.t.push_back(q.t);
    out.home.push_back(q.income_home);
    out.foreign.push_back(q.income_foreign);
  }
  return out;
}

/// min over the countries of U(policy) − U(immediate), relative to |U(immediate)|.
double mutual_gain(const Incomes& pol, const Incomes& imm, double theta, double rho) {
  const double uh = utility(imm.t, imm.home, theta, rho), uf = utility(imm.t, imm.foreign, theta, rho);
  return std::min((utility(pol.t, pol.home, theta, rho) - uh) / std::fabs(uh),
                  (utility(pol.t, pol.foreign, theta, rho) - uf) / std::fabs(uf));
}

}  // namespace

bool cluster_building(const Equilibrium& eq) { return specialises(eq, {0, 1}) || specialises(eq, {2, 3}); }

double first_cbt_date(const Case& c, const Policy& before) {
  SimulationOptions o = check_options(c);
  return first_time_free_trade_satisfies(c.params, before, cluster_building, 60.0, 0.25, kCbtDateTol, o);
}

namespace {}  // namespace

Case draw_policy(std::size_t k, DrawRng& rng, int figure) {
  Case c;
  Economy& e = c.params.economy;
  e.home = figure == 6 ? Eigen::Vector4d(10, 4, 5, 2) : Eigen::Vector4d(10, 4, 6, 2);
  double tau = 0.2;
  e.sigma = 2.0;
  c.risk_aversion = 2.0;
  if (k > 0 || figure < 0) {
    for (Eigen::Index i = 0; i < 4; ++i) e.home[i] *= std::exp(rng.uniform(-0.2, 0.2));
    tau = rng.uniform(0.1, 0.3);
    e.sigma = rng.log_uniform(1.2, 6.0);
    c.risk_aversion = rng.uniform(0.5, 3.0);
  }
  e.foreign = mirror(e.home);
  c.params.tau = pair_cluster_matrix(4, tau);
  c.horizon = kHorizon;
  c.step = 0.5;
  return c;
}

Case policy_figure_case(int figure) {
  DrawRng unused(0, 0);
  return draw_policy(0, unused, figure);
}

Finding policy_finding(const PolicyOutcome& o, bool gradual) {
  Finding f;
  f.margin =
      std::min(o.low_rho_gain, gradual ? (o.full_delay_date - o.date) / std::max(o.full_delay_date, 1e-12) : kInf);
  f.value = o.rho_bar;
  f.violated = o.overtake < 0.0 || !(o.low_rho_gain > 0.0) || (gradual && !(o.date < o.full_delay_date));
  f.detail = fmt::format(
      "{} date {:.4g} (full delay would need {:.4g}); the policy's income stays above immediate "
      "liberalisation's in both countries from t = {:g}; mutual utility gain at rho = 0.01: {:.3g}; "
      "mutually preferred for rho below {:.4g}",
      gradual ? "gradual liberalisation of industries 2 and 3 at" : "delayed liberalisation at", o.date,
      o.full_delay_date, o.overtake, o.low_rho_gain, o.rho_bar);
  return f;
}

Finding check_policy(const Case& c, bool gradual) {
  Finding f;
  f.premise = false;
  if (c.horizon != kHorizon || c.size() != 4) return f;  // the shrinker may not shorten the horizon
  const Equilibrium now = solve_free_trade(c.params.economy);
  if (!(specialises(now, {0, 2}) || specialises(now, {1, 3}))) return f;  // immediate liberalisation is CDT
  PolicyOutcome o;
  o.full_delay_date = first_cbt_date(c, Policy::autarky(4));
  Policy pol = Policy::liberalize_all_at(4, o.full_delay_date);
  o.date = o.full_delay_date;
  if (gradual) {
    Policy before = Policy::autarky(4);
    before.liberalize_at[0] = before.liberalize_at[3] = 0.0;
    o.date = first_cbt_date(c, before);
    pol = before;
    pol.liberalize_at[1] = pol.liberalize_at[2] = o.date;
  }
  if (!std::isfinite(o.date)) return f;  // premise: the policy's date exists (trade becomes CBT by t = 60)
  const double theta = c.risk_aversion;
  const Incomes imm = incomes(c, Policy::free_trade(4)), pi = incomes(c, pol);
  for (std::size_t k = pi.t.size(); k-- > 0;) {
    if (pi.home[k] > imm.home[k] && pi.foreign[k] > imm.foreign[k])
      o.overtake = pi.t[k];
    else
      break;
  }
  o.low_rho_gain = mutual_gain(pi, imm, theta, kRhoLow);
  // ρ̄: where the mutual gain changes sign, on a geometric grid from 0.01 to 2, refined by TOMS 748.
  o.rho_bar = kRhoLow;
  if (o.low_rho_gain > 0.0) {
    double prev = kRhoLow;
    o.rho_bar = kInf;
    for (double rho = kRhoLow * 1.25; rho <= 2.0; rho *= 1.25) {
      if (mutual_gain(pi, imm, theta, rho) <= 0.0) {
        o.rho_bar = find_root([&](double r) { return mutual_gain(pi, imm, theta, r); }, prev, rho, 1e-6).root;
        break;
      }
      prev = rho;
    }
  }
  f = policy_finding(o, gradual);
  f.premise = true;
  f.in_scope = true;  // perturbations of H12's own Figs. 6-7 (mirror images, Table 2)
  f.detail += fmt::format(" (theta = {:.3g})", theta);
  return f;
}

Search<Case> search_policy(bool gradual) {
  const int figure = gradual ? 7 : 6;
  Search<Case> s;
  s.salt = gradual ? 302 : 301;
  s.draw = [figure](std::size_t k, DrawRng& rng) { return draw_policy(k + 1, rng, figure); };
  s.fixed_cases = {policy_figure_case(figure)};
  s.check = [gradual](const Case& c) { return check_policy(c, gradual); };
  s.shrink_candidates = shrink_candidates;
  s.to_json = case_json;
  s.command = [gradual](const Case& c) {
    Case cc = c;
    double t = first_cbt_date(cc, Policy::autarky(4));
    if (gradual) {
      Policy before = Policy::autarky(4);
      before.liberalize_at[0] = before.liberalize_at[3] = 0.0;
      t = first_cbt_date(cc, before);
      cc.liberalize_at = Eigen::Vector4d(0.0, t, t, 0.0);
    } else {
      cc.liberalize_at = Eigen::Vector4d::Constant(t);
    }
    return simulate_command(cc, "schedule") + " && " + simulate_command(cc, "trade");
  };
  s.draw_cap = kPolicyDrawCap;
  return s;
}

}  // namespace clustertrade::trade_growth::claims
