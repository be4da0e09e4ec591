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
    sum += 0.5 * (b - a) * (u(d[last] + slope * (a - h)) * std::exp(-rho * a) + u(d[last] + slope * (b - h)) * std::exp(-rho * b));
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

bool cluster_building(const Equilibrium& eq) { return specialises(eq, {0, 1}) || specialises(eq, {2, 3}); }

/// The first date at which free trade would be cluster building, starting under `before`.
double first_cbt_date(const Case& c, const Policy& before) {
  SimulationOptions o = check_options(c);
  return first_time_free_trade_satisfies(c.params, before, cluster_building, 60.0, 0.25, 1e-5, o);
}

/// A Fig. 6 (`figure` = 6) or Fig. 7 (7) economy: draw 0 is the paper's numbers with σ = 2, θ = 2;
/// others perturb each home technology by up to ±20% (mirror kept), τ ∈ [0.1, 0.3], σ ∈ [1.2, 6].
/// `theta` receives the relative risk aversion θ ∈ [0.5, 3].
Drawn draw_policy(std::size_t k, DrawRng& rng, int figure, double& theta) {
  Drawn d;
  Economy& e = d.c.params.economy;
  e.home = figure == 6 ? Eigen::Vector4d(10, 4, 5, 2) : Eigen::Vector4d(10, 4, 6, 2);
  double tau = 0.2;
  e.sigma = 2.0;
  theta = 2.0;
  if (k > 0) {
    for (Eigen::Index i = 0; i < 4; ++i) e.home[i] *= std::exp(rng.uniform(-0.2, 0.2));
    tau = rng.uniform(0.1, 0.3);
    e.sigma = rng.log_uniform(1.2, 6.0);
    theta = rng.uniform(0.5, 3.0);
  }
  e.foreign = mirror(e.home);
  d.c.params.tau = pair_cluster_matrix(4, tau);
  d.c.horizon = kHorizon;
  d.c.step = 0.5;
  return d;
}

/// Evaluates a delayed (`gradual` false: all industries open at T0) or gradual (1 and 4 at 0, 2 and
/// 3 at T1) liberalisation. Premise: immediate liberalisation is CDT and the policy's date is
/// finite. Violation: the policy's income never stays above immediate liberalisation's for both
/// countries, or it is not mutually preferred at ρ = 0.01. aux: the largest ρ with mutual preference.
Finding evaluate_policy(const Case& c, double theta, bool gradual) {
  Finding f;
  if (c.horizon != kHorizon || c.size() != 4) return f;  // the shrinker may not shorten the horizon
  const Equilibrium now = solve_free_trade(c.params.economy);
  if (!(specialises(now, {0, 2}) || specialises(now, {1, 3}))) return f;
  const double t0 = first_cbt_date(c, Policy::autarky(4));
  Policy pol = Policy::autarky(4);
  double date = t0;
  if (gradual) {
    Policy before = Policy::autarky(4);
    before.liberalize_at[0] = 0.0;
    before.liberalize_at[3] = 0.0;
    date = first_cbt_date(c, before);
    pol = before;
    pol.liberalize_at[1] = pol.liberalize_at[2] = date;
    f.aux_failed = !(date < t0);  // the paper: gradual needs a shorter delay
  } else {
    pol = Policy::liberalize_all_at(4, t0);
  }
  f.applicable = std::isfinite(date);
  if (!f.applicable) return f;
  const Incomes imm = incomes(c, Policy::free_trade(4)), pi = incomes(c, pol);
  // Income: from some date on the policy's income exceeds immediate liberalisation's in both.
  double overtake = -1.0;
  for (std::size_t k = pi.t.size(); k-- > 0;) {
    if (pi.home[k] > imm.home[k] && pi.foreign[k] > imm.foreign[k]) overtake = pi.t[k];
    else break;
  }
  const double low = mutual_gain(pi, imm, theta, kRhoLow);
  f.failed = overtake < 0.0 || !(low > 0.0);
  f.margin = low;
  f.fail_time = f.failed ? 0.0 : -1.0;
  // ρ̄: where the mutual gain changes sign, on a geometric grid from 0.01 to 2, refined by TOMS 748.
  f.aux = kRhoLow;
  if (low > 0.0) {
    double prev = kRhoLow, prev_g = low;
    f.aux = kInf;
    for (double rho = kRhoLow * 1.25; rho <= 2.0; rho *= 1.25) {
      const double g = mutual_gain(pi, imm, theta, rho);
      if (g <= 0.0) {
        f.aux = find_root([&](double r) { return mutual_gain(pi, imm, theta, r); }, prev, rho, 1e-6).root;
        break;
      }
      prev = rho, prev_g = g;
    }
    (void)prev_g;
  }
  f.detail = fmt::format("{} date {:.4g} (full delay would need {:.4g}); the policy's income stays above immediate "
                         "liberalisation's in both countries from t = {:g}; mutual utility gain at rho = 0.01: {:.3g} "
                         "(theta = {:.3g}); mutually preferred for rho below {:.4g}",
                         gradual ? "gradual liberalisation of industries 2 and 3 at" : "delayed liberalisation at",
                         date, t0, overtake, low, theta, f.aux);
  return f;
}

/// The best delay date for Fig. 6 (σ = 2, θ = 2) at discount rate ρ: grid over [0, 2 T0] step 0.5,
/// then golden-section refinement on the bracket around the best grid point.
double best_delay_date(const Case& c, double theta, double rho, double t0) {
  const Incomes imm = incomes(c, Policy::free_trade(4));
  auto value = [&](double T) {
    const Incomes p = incomes(c, Policy::liberalize_all_at(4, T));
    return utility(p.t, p.home, theta, rho);  // mirror images: home's utility equals foreign's
  };
  (void)imm;
  double best_t = 0.0, best_v = -kInf;
  for (double T = 0.0; T <= 2.0 * t0 + 1e-9; T += 0.5) {
    const double v = value(T);
    if (v > best_v) best_v = v, best_t = T;
  }
  double a = std::max(0.0, best_t - 0.5), b = best_t + 0.5;
  const double g = 0.5 * (std::sqrt(5.0) - 1.0);
  double x1 = b - g * (b - a), x2 = a + g * (b - a), f1 = value(x1), f2 = value(x2);
  for (int it = 0; it < 20; ++it) {
    if (f1 > f2) b = x2, x2 = x1, f2 = f1, x1 = b - g * (b - a), f1 = value(x1);
    else a = x1, x1 = x2, f1 = f2, x2 = a + g * (b - a), f2 = value(x2);
  }
  const double refined = 0.5 * (a + b);
  return value(refined) >= best_v ? refined : best_t;
}

ClaimOutcome check_policy(const ClaimRun& run, bool gradual) {
  const int figure = gradual ? 7 : 6;
  // Each draw integrates to t = 150 three to four times; the draws are capped at 2000 (reported).
  const std::size_t draws = std::min<std::size_t>(run.draws, 2000);
  auto gen = [figure](std::size_t k, DrawRng& rng) {
    double theta = 0.0;
    Drawn d = draw_policy(k, rng, figure, theta);
    d.c.risk_aversion = theta;
    return d;
  };
  const Evaluator eval = [gradual](const Case& c) { return evaluate_policy(c, c.risk_aversion, gradual); };
  const Sweep s = sweep(draws, run.seed, gradual ? 302 : 301, run.threads, gen, eval);
  std::vector<double> rhos;
  std::size_t longer = 0;
  for (std::size_t k = 0; k < s.cases.size(); ++k)
    if (s.findings[k].applicable && !s.findings[k].failed) {
      rhos.push_back(s.findings[k].aux);
      longer += s.findings[k].aux_failed;
    }
  std::sort(rhos.begin(), rhos.end());
  std::string extra;
  if (!s.findings.empty() && s.findings[0].applicable)
    extra += "Paper's example (draw 0, sigma = 2, theta = 2): " + s.findings[0].detail + ".";
  if (!rhos.empty())
    extra += fmt::format(" Upper discount rate for mutual preference over the draws: min {:.3g}, median {:.3g}, max "
                         "{:.3g}.",
                         rhos.front(), rhos[rhos.size() / 2], rhos.back());
  if (!gradual && !s.cases.empty() && s.findings[0].applicable) {
    const Case& c = s.cases[0];
    const double t0 = first_cbt_date(c, Policy::autarky(4));
    extra += fmt::format(" Best delay date for the paper's example (theta = 2, grid step 0.5 over [0, 2 T0] then "
                         "golden section): {:.3g} at rho = 0.02, {:.3g} at rho = 0.05 (T0 = {:.4g}).",
                         best_delay_date(c, 2.0, 0.02, t0), best_delay_date(c, 2.0, 0.05, t0), t0);
  }
  if (gradual)
    extra += fmt::format(" Gradual liberalisation needed a delay at least as long as full delay in {} of {} cases.",
                         longer, rhos.size());
  auto in_scope = [](const Case&) { return true; };
  auto cmd = [gradual](const Case& c) {
    Case cc = c;
    cc.step = 0.5;
    cc.horizon = kHorizon;
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
  ClaimOutcome out = conclude(
      s, eval, in_scope, cmd,
      fmt::format("Fig. {} (draw 0: the paper's numbers, sigma = 2, theta = 2) and {} perturbations (home technologies "
                  "x exp(U(-0.2, 0.2)), mirror kept, tau in [0.1, 0.3], sigma in [1.2, 6], theta in [0.5, 3]; draws "
                  "capped at 2000); premise: immediate liberalisation is CDT and trade becomes CBT by t = 60; incomes "
                  "simulated to t = 150, utility integrated to max(150, 40/rho) with income extended linearly beyond 150; "
                  "rho searched in [0.01, 2]",
                  figure, draws > 0 ? draws - 1 : 0),
      gradual ? "Gradual liberalisation not mutually better: " : "Delay not mutually better: ", "", extra);
  return out;
}

}  // namespace

ClaimOutcome check_delay(const ClaimRun& run) { return check_policy(run, false); }

ClaimOutcome check_gradual(const ClaimRun& run) { return check_policy(run, true); }

}  // namespace clustertrade::trade_growth::claims
