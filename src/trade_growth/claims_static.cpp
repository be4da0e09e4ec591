// H12 static claims: static gains (App. B), the balanced-trade condition (eq. (10), App. A) and
// uniqueness of the trade equilibrium (§2.2). Independent methods: incomes recomputed from prices,
// eq. (10) rewritten here from App. A, and a brute-force scan of the relative wage.
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include <fmt/format.h>

#include "trade_growth/claims_checks.hpp"
#include "trade_growth/claims_laws.hpp"
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

Case static_case(const Eigen::VectorXd& home, const Eigen::VectorXd& foreign, double sigma, double lh = 1.0,
                 double lf = 1.0) {
  Case c;
  c.params.economy.home = home;
  c.params.economy.foreign = foreign;
  c.params.economy.sigma = sigma;
  c.params.economy.labor_home = lh;
  c.params.economy.labor_foreign = lf;
  c.params.tau = Eigen::MatrixXd::Zero(home.size(), home.size());
  c.horizon = 0.0;
  return c;
}

}  // namespace

Case draw_static(std::size_t k, DrawRng& rng) {
  using namespace laws;
  Case c;
  Economy& e = c.params.economy;
  if (k % 2 == 0) {  // H12's setting
    e.home = draw_technologies(rng, 4, kTechnology);
    e.foreign = mirror(e.home);
    e.sigma = kStaticSigmaIn.sample(rng);
  } else {  // beyond it
    const auto n = static_cast<std::size_t>(kStaticN.sample(rng));
    e.home = draw_technologies(rng, n, kTechnology);
    e.foreign = draw_technologies(rng, n, kTechnology);
    e.labor_home = kStaticLabor.sample(rng);
    e.labor_foreign = kStaticLabor.sample(rng);
    e.sigma = kStaticCobbDouglas.sample(rng) < kCobbDouglasShare ? 1.0 : kStaticSigmaOut.sample(rng);
    // The model refuses |σ − 1| < 1e-2 with unit weights (the unnormalised CES index overflows a double;
    // static_equilibrium.cpp): such a draw is read at its limit σ = 1, Cobb-Douglas.
    if (std::fabs(e.sigma - 1.0) < 1e-2) e.sigma = 1.0;
  }
  c.params.tau = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(e.size()), static_cast<Eigen::Index>(e.size()));
  c.horizon = 0.0;
  return c;
}

std::vector<Case> fixed_static_cases() {
  return {
      // H12 Fig. 2's technologies at σ = 2 (in scope; ω = 1 by symmetry, both strictly gain).
      static_case(Eigen::Vector4d(10, 10, 5, 5), Eigen::Vector4d(5, 5, 10, 10), 2.0),
      // A = (2, 1), A* = (1, 2), σ = 2: at z = 1 the balanced-trade wage is ω = (L*/L)^(1/2) (eq. (10) with
      // η(1) = (2/2)^(1/2) = 1), which meets the step A_2/A*_2 = 1/2 at L/L* = 4. L = 3.96: ω = 0.5025 > 1/2,
      // home imports good 2 whole and gains strictly; L = 4.04: ω = 1/2, home shares good 2 and imports
      // nothing cheaper than it makes it: no strict gain (the checker's boundary, see the tests).
      static_case(Eigen::Vector2d(2, 1), Eigen::Vector2d(1, 2), 2.0, 3.96, 1.0),
      static_case(Eigen::Vector2d(2, 1), Eigen::Vector2d(1, 2), 2.0, 4.04, 1.0),
  };
}

Finding check_static_gains(const Case& c) {
  const Economy& e = c.params.economy;
  Finding f;
  f.premise = trade_possible(c);
  f.in_scope = true;  // H12 App. B argues for any economy, before §3's mirror images (as eq. (10) is graded)
  if (!f.premise) return f;
  const Equilibrium tr = solve_free_trade(e);
  const auto n = static_cast<Eigen::Index>(e.size());
  const Residuals r = equilibrium_residuals(e, Eigen::VectorXd::Ones(n), tr);
  const double omega = tr.traded ? tr.rel_wage : 1.0;
  Eigen::VectorXd p(n);
  for (Eigen::Index i = 0; i < n; ++i) p[i] = std::min(omega / e.home[i], 1.0 / e.foreign[i]);  // cheapest source
  const double gh =
      income_from_prices(e, omega, e.labor_home, p) / income_from_prices(e, 1.0, e.labor_home, e.home.cwiseInverse()) -
      1.0;
  const double gf = income_from_prices(e, 1.0, e.labor_foreign, p) /
                        income_from_prices(e, 1.0, e.labor_foreign, e.foreign.cwiseInverse()) -
                    1.0;
  // App. B's strict gain: a country imports some good wholly made abroad at a cost strictly below its
  // own (home: ω/A_j > 1/A*_j). Read from the equilibrium pattern, not from a margin near zero.
  double home_edge = 0.0, foreign_edge = 0.0;
  for (Eigen::Index j = 0; j < n; ++j) {
    if (!(tr.labor_home[j] > 0.0)) home_edge = std::max(home_edge, omega * e.foreign[j] / e.home[j] - 1.0);
    if (!(tr.labor_foreign[j] > 0.0)) foreign_edge = std::max(foreign_edge, e.home[j] / (omega * e.foreign[j]) - 1.0);
  }
  f = static_gains_finding(gh, gf, home_edge, foreign_edge, std::max({r.labor_home, r.labor_foreign, r.trade_balance}));
  f.premise = true;
  f.in_scope = true;
  f.detail += fmt::format(" ($\\omega = {}$)", evidence_math(omega));
  return f;
}

Finding static_gains_finding(double gain_home, double gain_foreign, double home_edge, double foreign_edge,
                             double residual) {
  Finding f;
  f.margin = std::min(gain_home, gain_foreign);
  f.value = f.margin;
  const bool loss = f.margin < -kStaticTol || residual > kStaticResidualTol;
  const bool no_strict = !(home_edge > kStaticTol) || !(foreign_edge > kStaticTol);
  f.violated = loss || no_strict;
  f.tie = !f.violated && f.margin <= kStaticTol;
  const bool home_worse = !(home_edge > kStaticTol) || (foreign_edge > kStaticTol && gain_home <= gain_foreign);
  f.detail = fmt::format(
      "{}: relative income gain {} (home) and {} (foreign); best import cost edge {} "
      "(home), {} (foreign); equilibrium residual {}",
      loss        ? "static loss"
      : no_strict ? (home_worse ? "home has no strict gain" : "foreign has no strict gain")
                  : "both gain strictly",
      evidence_number(gain_home, 3), evidence_number(gain_foreign, 3), evidence_number(home_edge, 3),
      evidence_number(foreign_edge, 3), evidence_number(residual, 2));
  return f;
}

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
    den += (1.0 - frac) * af(fl);  // the marginal industry ẑ = fl + 1 (0-based fl): foreign's share ẑ − z
    for (std::size_t k = printed ? fl : fl + 1; k < n; ++k) den += af(k);  // printed: from ẑ itself
  }
  return std::pow(e.labor_foreign / e.labor_home, 1.0 / e.sigma) * std::pow(num / den, 1.0 / e.sigma);
}

std::vector<Case> fixed_eq10_cases() {
  return {static_case(Eigen::Vector4d(10, 10, 5, 5), Eigen::Vector4d(5, 5, 10, 10), 2.0),
          static_case(Eigen::Vector3d(6, 2, 1), Eigen::Vector3d(1, 3, 4), 3.0, 2.5, 1.0)};
}

Finding eq10_finding(double printed, double equilibrium) {
  Finding f;
  const double err = std::fabs(printed / equilibrium - 1.0);
  f.value = err;
  f.margin = kEq10Tol - err;
  f.violated = err > kEq10Tol;
  f.detail = fmt::format("the printed H12 eq. (10) gives $\\omega = {}$, the equilibrium {} (relative error {})",
                         evidence_math(printed), evidence_number(equilibrium), evidence_number(err, 3));
  return f;
}

Finding check_eq10(const Case& c) {
  const Economy& e = c.params.economy;
  const Equilibrium tr = solve_free_trade(e);
  Finding f;
  f.premise = tr.traded && e.weights.size() == 0;
  if (!f.premise) return f;
  const double z = tr.home_share_home_market.sum();  // free trade: home's share of each good's world output
  f = eq10_finding(eq10_wage(e, z, true), tr.rel_wage);
  f.in_scope = true;  // eq. (10) is stated for any n, σ, L, L*
  const double derived = eq10_wage(e, z, false);
  f.detail = fmt::format("at the equilibrium $z = {}$ ", evidence_math(z)) + f.detail +
             fmt::format("; H12 App. A derived with the foreign sum after the marginal industry gives {}",
                         evidence_number(derived));
  return f;
}

double excess_home_labour(const Economy& e, double omega) {
  const auto n = static_cast<Eigen::Index>(e.size());
  Eigen::VectorXd p(n), w(n);
  double s = 0.0;
  for (Eigen::Index i = 0; i < n; ++i) {
    p[i] = std::min(omega / e.home[i], 1.0 / e.foreign[i]);
    w[i] = e.sigma == 1.0 ? 1.0 : std::pow(p[i], 1.0 - e.sigma);
    s += w[i];
  }
  const double spend = omega * e.labor_home + e.labor_foreign;
  double revenue = 0.0;
  for (Eigen::Index i = 0; i < n; ++i)
    if (omega / e.home[i] < 1.0 / e.foreign[i]) revenue += spend * w[i] / s;
  return revenue - omega * e.labor_home;
}

Finding unique_finding(const std::function<double(double)>& excess, double lo, double hi, int grid, double solver) {
  Finding f;
  int changes = 0, last_sign = 0;
  double bracket_lo = 0.0, bracket_hi = 0.0, last_w = lo;
  for (int k = 0; k <= grid; ++k) {
    const double w = std::exp(std::log(lo) + (std::log(hi) - std::log(lo)) * k / grid);
    const double cur = excess(w);
    const int sign = cur > 0.0 ? 1 : (cur < 0.0 ? -1 : 0);
    if (sign == 0) continue;
    if (last_sign != 0 && sign != last_sign && changes++ == 0) bracket_lo = last_w, bracket_hi = w;
    last_sign = sign;
    last_w = w;
  }
  const bool inside = solver >= bracket_lo * (1 - kUniqueBracketTol) && solver <= bracket_hi * (1 + kUniqueBracketTol);
  f.violated = changes != 1 || !inside;
  // a yes-or-no conclusion: no margin when it holds, -1 when violated (not a count)
  f.margin = f.violated ? -1.0 : std::numeric_limits<double>::infinity();
  f.value = changes;
  f.detail = fmt::format(
      "{} sign {} of home's excess labour demand on a {}-point scan of $\\omega$; solver $\\omega = "
      "{}$, scan bracket $[{}, {}]$",
      changes, changes == 1 ? "change" : "changes", grid, evidence_math(solver), evidence_math(bracket_lo),
      evidence_math(bracket_hi));
  return f;
}

Finding check_unique(const Case& c) {
  const Economy& e = c.params.economy;
  Finding f;
  f.premise = trade_possible(c);
  f.in_scope = is_mirror_setting(c);
  if (!f.premise) return f;
  const Eigen::VectorXd a = e.home.cwiseQuotient(e.foreign);
  const Equilibrium tr = solve_free_trade(e);
  f = unique_finding([&](double w) { return excess_home_labour(e, w); }, a.minCoeff() * 0.5, a.maxCoeff() * 2.0,
                     kUniqueGrid, tr.rel_wage);
  f.in_scope = is_mirror_setting(c);
  return f;
}

Search<Case> search_static_gains() {
  Search<Case> s;
  s.salt = 101;
  s.draw = draw_static;
  s.fixed_cases = fixed_static_cases();
  s.check = check_static_gains;
  s.shrink_candidates = shrink_candidates;
  s.to_json = case_json;
  s.command = [](const Case& c) { return equilibrium_command(c.params.economy); };
  return s;
}

Search<Case> search_eq10() {
  Search<Case> s = search_static_gains();
  s.salt = 102;
  s.fixed_cases = fixed_eq10_cases();
  s.check = check_eq10;
  return s;
}

Search<Case> search_unique() {
  Search<Case> s = search_static_gains();
  s.salt = 103;
  s.check = check_unique;
  return s;
}

}  // namespace clustertrade::trade_growth::claims
