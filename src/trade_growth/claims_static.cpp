// H12 static claims: static gains (App. B), the balanced-trade condition (eq. (10), App. A) and
// uniqueness of the trade equilibrium (§2.2). Independent methods: incomes recomputed from prices,
// eq. (10) rewritten here from App. A, and a brute-force scan of the relative wage.
#include <algorithm>
#include <cmath>
#include <numeric>

#include <fmt/format.h>

#include "trade_growth/claims_checks.hpp"
#include "trade_growth/static_equilibrium.hpp"

namespace clustertrade::trade_growth::claims {

namespace {

/// Real income ωL/P for given consumer prices (H12 eqs. (2)–(3); Cobb–Douglas at σ = 1).
double income_from_prices(const Economy& e, double wage, double labor, const Eigen::VectorXd& p) {
  const auto n = p.size();
  double log_p = 0.0;
  if (e.sigma == 1.0) {
    double bsum = 0.0;
    for (Eigen::Index i = 0; i < n; ++i) bsum += e.weight(static_cast<std::size_t>(i));
    for (Eigen::Index i = 0; i < n; ++i) log_p += e.weight(static_cast<std::size_t>(i)) / bsum * std::log(p[i]);
  } else {
    double s = 0.0;
    for (Eigen::Index i = 0; i < n; ++i) s += e.weight(static_cast<std::size_t>(i)) * std::pow(p[i], 1.0 - e.sigma);
    log_p = std::log(s) / (1.0 - e.sigma);
  }
  return wage * labor / std::exp(log_p);
}

/// A static case: in scope, H12's mirror setting; outside, any n ∈ [2, 8], sizes and σ ∈ [0.5, 8].
Drawn draw_static(std::size_t k, DrawRng& rng) {
  Drawn d;
  Economy& e = d.c.params.economy;
  if (k % 2 == 0) {
    e.home = draw_technologies(rng, 4, 1.0, 20.0);
    e.foreign = mirror(e.home);
    e.sigma = rng.log_uniform(1.05, 8.0);
  } else {
    d.in_scope = false;
    const auto n = static_cast<std::size_t>(rng.uniform_int(2, 8));
    e.home = draw_technologies(rng, n, 1.0, 20.0);
    e.foreign = draw_technologies(rng, n, 1.0, 20.0);
    e.labor_home = rng.log_uniform(0.2, 5.0);
    e.labor_foreign = rng.log_uniform(0.2, 5.0);
    e.sigma = rng.bernoulli(0.1) ? 1.0 : rng.log_uniform(0.5, 8.0);
  }
  d.c.params.tau = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(e.size()), static_cast<Eigen::Index>(e.size()));
  d.c.horizon = 0.0;
  return d;
}

/// Static gains: the income ratios trade/autarky for both countries, from prices (App. B).
Finding evaluate_static_gains(const Case& c, bool strict) {
  const Economy& e = c.params.economy;
  Finding f;
  const Equilibrium tr = solve_free_trade(e);
  const auto n = static_cast<Eigen::Index>(e.size());
  // Premise: trade is possible (n >= 2 and relative productivities not all equal).
  const Eigen::VectorXd rel = e.home.cwiseQuotient(e.foreign);
  f.applicable = n >= 2 && rel.maxCoeff() > rel.minCoeff() * (1.0 + 1e-12);
  if (!f.applicable) return f;
  const Residuals r = equilibrium_residuals(e, Eigen::VectorXd::Ones(n), tr);
  const double omega = tr.traded ? tr.rel_wage : 1.0;
  Eigen::VectorXd ph(n), pf(n);
  for (Eigen::Index i = 0; i < n; ++i) {
    ph[i] = std::min(omega / e.home[i], 1.0 / e.foreign[i]);  // cheapest source, foreign wage = 1
    pf[i] = ph[i];
  }
  const double th = income_from_prices(e, omega, e.labor_home, ph);
  const double tf = income_from_prices(e, 1.0, e.labor_foreign, pf);
  const double ah = income_from_prices(e, 1.0, e.labor_home, e.home.cwiseInverse());
  const double af = income_from_prices(e, 1.0, e.labor_foreign, e.foreign.cwiseInverse());
  f.margin = std::min(th / ah, tf / af) - 1.0;
  const double resid = std::max({r.labor_home, r.labor_foreign, r.trade_balance});
  // Incomes are sums of ≤ 8 positive terms: relative rounding ~1e-15; 1e-10 separates equality from loss.
  f.failed = strict ? f.margin <= 1e-10 : (f.margin < -1e-10 || resid > 1e-9);
  const bool home_worse = th / ah <= tf / af;
  f.detail = fmt::format("{} income under free trade exceeds its autarky income by a relative {:.3g} (omega = {:.6g}; "
                         "equilibrium residual {:.2g})",
                         home_worse ? "home" : "foreign", f.margin, omega, resid);
  return f;
}

/// App. A rewritten: ω(z) with home making the first ⌊z⌋ industries of the comparative-advantage
/// order and a fraction z − ⌊z⌋ of the next. `printed` uses H12's printed foreign sum from k = ẑ.
double eq10_wage(const Economy& e, double z, bool printed) {
  const std::size_t n = e.size();
  std::vector<std::size_t> o(n);
  std::iota(o.begin(), o.end(), 0);
  std::stable_sort(o.begin(), o.end(), [&](std::size_t a, std::size_t b) {
    return e.home[static_cast<Eigen::Index>(a)] / e.foreign[static_cast<Eigen::Index>(a)] >
           e.home[static_cast<Eigen::Index>(b)] / e.foreign[static_cast<Eigen::Index>(b)];
  });
  const auto fl = static_cast<std::size_t>(std::floor(z));
  const double frac = z - static_cast<double>(fl);
  auto ah = [&](std::size_t k) { return std::pow(e.home[static_cast<Eigen::Index>(o[k])], e.sigma - 1.0); };
  auto af = [&](std::size_t k) { return std::pow(e.foreign[static_cast<Eigen::Index>(o[k])], e.sigma - 1.0); };
  double num = 0.0, den = 0.0;
  for (std::size_t k = 0; k < fl && k < n; ++k) num += ah(k);
  if (fl < n) {
    num += frac * ah(fl);
    den += (1.0 - frac) * af(fl);
    for (std::size_t k = printed ? fl : fl + 1; k < n; ++k) den += af(k);
  }
  return std::pow(e.labor_foreign / e.labor_home, 1.0 / e.sigma) * std::pow(num / den, 1.0 / e.sigma);
}

/// eq. (10) at the equilibrium's z: relative error of the printed form (and of our derivation).
Finding evaluate_eq10(const Case& c, double& derived_error) {
  const Economy& e = c.params.economy;
  Finding f;
  const Equilibrium tr = solve_free_trade(e);
  f.applicable = tr.traded;
  if (!tr.traded) return f;
  const double z = tr.home_share_home_market.sum();  // free trade: home's share of each good's world output
  const double derived = eq10_wage(e, z, false), printed = eq10_wage(e, z, true);
  derived_error = std::fabs(derived / tr.rel_wage - 1.0);
  const double err = std::fabs(printed / tr.rel_wage - 1.0);
  f.margin = -err;
  f.failed = err > 1e-6;  // the equilibrium is solved to ~1e-14; 1e-6 is far above that
  f.detail = fmt::format("at the equilibrium z = {:.6g} the printed eq. (10) gives omega = {:.6g}, the equilibrium "
                         "(and App. A derived correctly) gives {:.6g}",
                         z, printed, tr.rel_wage);
  return f;
}

/// Home's excess labour demand at relative wage ω under free trade, goods made where cheapest.
double excess_home_labour(const Economy& e, double omega) {
  const auto n = static_cast<Eigen::Index>(e.size());
  Eigen::VectorXd p(n);
  for (Eigen::Index i = 0; i < n; ++i) p[i] = std::min(omega / e.home[i], 1.0 / e.foreign[i]);
  double s = 0.0;
  Eigen::VectorXd w(n);
  for (Eigen::Index i = 0; i < n; ++i) {
    w[i] = e.sigma == 1.0 ? 1.0 : std::pow(p[i], 1.0 - e.sigma);
    s += w[i];
  }
  const double spend = omega * e.labor_home + e.labor_foreign;
  double revenue = 0.0;
  for (Eigen::Index i = 0; i < n; ++i)
    if (omega / e.home[i] < 1.0 / e.foreign[i]) revenue += spend * w[i] / s;
  return revenue - omega * e.labor_home;
}

Finding evaluate_unique(const Case& c) {
  const Economy& e = c.params.economy;
  Finding f;
  f.applicable = true;
  const Eigen::VectorXd a = e.home.cwiseQuotient(e.foreign);
  const double lo = std::log(a.minCoeff() * 0.5), hi = std::log(a.maxCoeff() * 2.0);
  const int grid = 2000;
  int changes = 0;
  double bracket_lo = 0.0, bracket_hi = 0.0, last_w = std::exp(lo);
  int last_sign = 0;
  for (int k = 0; k <= grid; ++k) {
    const double w = std::exp(lo + (hi - lo) * k / grid);
    const double cur = excess_home_labour(e, w);
    const int sign = cur > 0.0 ? 1 : (cur < 0.0 ? -1 : 0);
    if (sign == 0) continue;
    if (last_sign != 0 && sign != last_sign && changes++ == 0) bracket_lo = last_w, bracket_hi = w;
    last_sign = sign;
    last_w = w;
  }
  const Equilibrium tr = solve_free_trade(e);
  const bool inside = tr.rel_wage >= bracket_lo * (1 - 1e-12) && tr.rel_wage <= bracket_hi * (1 + 1e-12);
  f.failed = changes != 1 || !inside;
  f.margin = f.failed ? -1.0 : 0.0;
  f.detail = fmt::format("{} sign changes of home's excess labour demand on a 2000-point scan of omega; solver omega "
                         "= {:.6g}, scan bracket [{:.6g}, {:.6g}]",
                         changes, tr.rel_wage, bracket_lo, bracket_hi);
  return f;
}

}  // namespace

ClaimOutcome check_static_gains(const ClaimRun& run) {
  const Evaluator weak = [](const Case& c) { return evaluate_static_gains(c, false); };
  const Evaluator strict = [](const Case& c) { return evaluate_static_gains(c, true); };
  const Sweep sw = sweep(run.draws, run.seed, 101, run.threads, draw_static, weak);
  const Sweep ss = sweep(run.draws, run.seed, 101, run.threads, draw_static, strict);
  auto cmd = [](const Case& c) { return equilibrium_command(c.params.economy); };
  const std::string scope =
      "half the draws in H12's setting (n = 4, mirror images, L = L*, sigma in (1.05, 8), A in [1, 20]); half "
      "outside it (n in 2..8, independent A, A*, L, L* in [0.2, 5], sigma in [0.5, 8] including Cobb-Douglas)";
  if (sw.failed_in_scope + sw.failed_outside > 0)
    return conclude(sw, weak, is_mirror_setting, cmd, scope, "Static loss: ", "", "");
  ClaimOutcome out = conclude(ss, strict, is_mirror_setting, cmd, scope, "No strict static gain: ",
                              "Weak gains (never a loss) hold in every draw; strict gains for both countries fail "
                              "only outside H12's setting: a country gains nothing when the relative wage sits on "
                              "its own marginal industry's step and the only good it imports is that shared one "
                              "(a large country), contrary to App. B's 'strict gains for at least one product'.",
                              "Incomes recomputed from the cheapest-source prices at the solver's relative wage "
                              "and checked against the equilibrium residuals (<= 1e-9).");
  return out;
}

ClaimOutcome check_eq10(const ClaimRun& run) {
  auto gen = [](std::size_t k, DrawRng& rng) {
    Drawn d = draw_static(k, rng);
    d.c.params.economy.weights = Eigen::VectorXd();
    return d;
  };
  double worst_derived = 0.0;
  const Evaluator eval = [](const Case& c) {
    double derived = 0.0;
    return evaluate_eq10(c, derived);
  };
  const Sweep s = sweep(run.draws, run.seed, 102, run.threads, gen, eval);
  for (std::size_t k = 0; k < s.cases.size(); ++k) {
    double derived = 0.0;
    if (s.findings[k].applicable) evaluate_eq10(s.cases[k], derived);
    worst_derived = std::max(worst_derived, derived);
  }
  // The limit H12 states for eta as z -> n, on Fig. 2's technologies (sigma = 2).
  Economy fig2;
  fig2.home = Eigen::Vector4d(10, 10, 5, 5);
  fig2.foreign = Eigen::Vector4d(5, 5, 10, 10);
  fig2.sigma = 2.0;
  const double near_n = 4.0 - 1e-9;
  const std::string extra = fmt::format(
      "Our derivation of App. A (foreign sum over industries after the marginal one, plus (z^ - z) of the marginal "
      "one) reproduces every equilibrium relative wage to {:.2g}. The printed form counts the marginal industry "
      "twice in the foreign sum (k from z^ plus the term (z^ - z)); it also breaks H12's own limit: as z -> n "
      "the printed omega stays finite ({:.4g} at z = n - 1e-9 on Fig. 2's technologies, sigma = 2) while the "
      "derived one diverges ({:.4g}).",
      worst_derived, eq10_wage(fig2, near_n, true), eq10_wage(fig2, near_n, false));
  auto cmd = [](const Case& c) { return equilibrium_command(c.params.economy); };
  ClaimOutcome out =
      conclude(s, eval, is_mirror_setting, cmd,
               "as h12.static-gains (taste weights 1): half H12's mirror setting, half general economies",
               "Printed eq. (10) misses the equilibrium: ", "", extra);
  return out;
}

ClaimOutcome check_unique(const ClaimRun& run) {
  const Evaluator eval = evaluate_unique;
  const Sweep s = sweep(run.draws, run.seed, 103, run.threads, draw_static, eval);
  auto cmd = [](const Case& c) { return equilibrium_command(c.params.economy); };
  return conclude(s, eval, is_mirror_setting, cmd,
                  "as h12.static-gains: half H12's mirror setting, half general economies (sigma in [0.5, 8])",
                  "Multiple equilibria: ",
                  "Uniqueness fails outside H12's sigma > 1 setting in the cases recorded.",
                  "Independent method: home's excess labour demand at free-trade prices scanned on 2000 log-spaced "
                  "relative wages; exactly one sign change, bracketing the solver's relative wage, in every case.");
}

}  // namespace clustertrade::trade_growth::claims
