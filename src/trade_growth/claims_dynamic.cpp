// H12 dynamic claims: Props. 1–3 and fn. 10. Each case integrates the paths under trade and under
// autarky (simulate()) and a pure comparison of the two paths decides the finding; the comparisons
// are exposed (claims_checks.hpp) so tests can plant paths just beyond and just inside each bound.
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "trade_growth/claims_checks.hpp"
#include "trade_growth/claims_laws.hpp"
#include "trade_growth/scenarios.hpp"
#include "trade_growth/static_equilibrium.hpp"

namespace clustertrade::trade_growth::claims {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

/// Puts x into a family's comparative-advantage arrangement (mirror image assumed): CBT and
/// composition need x1 > x4, x2 > x3 (home strong in 1, 2); CDT needs x1 > x4, x3 > x2.
void arrange(Eigen::VectorXd& x, Family f) {
  if (x.size() != 4 || f == Family::within) return;
  if (x[0] < x[3]) std::swap(x[0], x[3]);
  if (f == Family::cdt ? x[2] < x[1] : x[1] < x[2]) std::swap(x[1], x[2]);
}

Eigen::MatrixXd family_tau(Family f, std::size_t n, DrawRng& rng) {
  if (f == Family::within) return within_matrix(n, laws::kTauWithin.sample(rng));
  if (f == Family::composition) {
    Eigen::MatrixXd t = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(n));
    for (Eigen::Index i = 0; i < static_cast<Eigen::Index>(n / 2); ++i) t(i, i) = laws::kTauComposition.sample(rng);
    return t;
  }
  return pair_cluster_matrix(n, laws::kTauPair.sample(rng));
}

/// A figure's economy (scenarios.hpp) as a case on [0, 20].
Case figure_case(int figure, double sigma) {
  Case c;
  c.params = scenario(figure, sigma).params;
  c.horizon = 20.0;
  c.step = 0.5;
  return c;
}

/// An unequal-size, non-mirror case with an asymmetric learning matrix (row j sends to column i).
Case asymmetric_case(const Eigen::MatrixXd& tau, const Eigen::VectorXd& home, const Eigen::VectorXd& foreign, double lh,
                     double sigma) {
  Case c;
  c.params.tau = tau;
  c.params.economy.home = home;
  c.params.economy.foreign = foreign;
  c.params.economy.labor_home = lh;
  c.params.economy.sigma = sigma;
  c.horizon = 20.0;
  return c;
}

bool cluster_setting(const Case& c) {
  return is_mirror_setting(c) &&
         (c.params.tau - pair_cluster_matrix(4, c.params.tau(0, 1))).cwiseAbs().maxCoeff() == 0.0;
}

bool within_setting(const Case& c) {
  const auto& t = c.params.tau;
  return is_mirror_setting(c) && (t - within_matrix(c.size(), t(0, 0))).cwiseAbs().maxCoeff() == 0.0;
}

}  // namespace

Finding finish_finding(Finding f) {
  if (f.violated) f.tie = false;
  return f;
}

// Whether, in the free-trade equilibrium at t = 0, every industry is made in one country only and
// the pairs (1,2), (3,4), … are together (`together`) or split (`!together`).
bool pairs_pattern(const Case& c, bool together) {
  if (c.size() % 2 != 0 || c.size() < 4) return false;
  const Equilibrium eq = solve_free_trade(c.params.economy);
  const auto n = static_cast<Eigen::Index>(c.size());
  for (Eigen::Index i = 0; i < n; ++i)
    if (!(eq.labor_home[i] > 0.0) == !(eq.labor_foreign[i] > 0.0)) return false;  // shared or idle
  for (Eigen::Index i = 0; i + 1 < n; i += 2)
    if ((eq.labor_home[i] > 0.0) != ((eq.labor_home[i + 1] > 0.0) == together)) return false;
  return true;
}

double used_technology(const PathPoint& p, Eigen::Index i) {
  double u = 0.0;
  if (p.L_home[i] > 0.0) u = std::max(u, p.A_home[i]);
  if (p.L_foreign[i] > 0.0) u = std::max(u, p.A_foreign[i]);
  return u;
}

Case draw_family(std::size_t k, DrawRng& rng, Family f) {
  using namespace laws;
  Case c;
  Economy& e = c.params.economy;
  const int kind = static_cast<int>(k % 4);  // 0, 1: H12's setting; 2: non-mirror; 3: further out
  std::size_t n = 4;
  if (kind == 3)
    n = f == Family::within ? static_cast<std::size_t>(kFamilyNWithin.sample(rng))
                            : (kFamilyNPairs.sample(rng) < kHalf ? 4 : 6);
  Eigen::VectorXd x = draw_technologies(rng, n, kTechnology);
  arrange(x, f);
  e.home = x;
  e.foreign = mirror(x);
  e.sigma = kSigmaDynamic.sample(rng);
  if (kind >= 2) {  // non-mirror: shared marginal industries appear on the path (continuous time)
    for (Eigen::Index i = 0; i < e.foreign.size(); ++i) e.foreign[i] *= std::exp(kForeignShift.sample(rng));
  }
  if (kind == 3) {
    e.labor_home = kFamilyLabor.sample(rng);
    e.labor_foreign = kFamilyLabor.sample(rng);
    e.sigma = kSigmaDynamic.sample(rng);
  }
  c.params.tau = family_tau(f, n, rng);
  c.horizon = 20.0;
  c.step = 0.5;
  return c;
}

Finding resolvable_or_tie(const Case& c, Finding f, const std::function<Finding(const Case&)>& raw) {
  if (!f.violated) return f;
  double moved = 0.0;
  for (double sign : {1.0, -1.0}) {
    Case probe = c;
    probe.params.economy.home *= 1.0 + sign * kConditionProbe;
    moved = std::max(moved, std::fabs(raw(probe).margin - f.margin));
  }
  if (moved <= kPathTol) return f;
  f.violated = false;
  f.tie = true;
  f.detail += fmt::format(
      "; not resolvable: scaling home's $A(0)$ by $1 \\pm {}$ moves the margin by {} (the "
      "split is unstable and rounding grows)",
      evidence_math(kConditionProbe), evidence_number(moved, 2));
  return f;
}

// ---- deferred descriptions (record_margin) ----------------------------------------------------
// Each writes one margin's description from the numbers its check stored, with the code that once
// formatted it eagerly, so the text is the same.

namespace {

using Numbers = std::array<double, DeferredDetail::kNumbers>;

/// Prop. 1: {t, home (1) or foreign (0), income under trade, income under autarky}.
std::string prop1_text(const Numbers& x) {
  const auto [tr, au] = evidence_apart(x[2], x[3]);
  return fmt::format("at {}, {} income under trade is {} vs {} under autarky", evidence_date(x[0]),
                     x[1] != 0.0 ? "home" : "foreign", tr, au);
}

/// Fn. 10: {t, A_2 home and foreign under trade, A_2 home and foreign under autarky}.
std::string fn10_text(const Numbers& x) {
  // one precision for both pairs, so home's and foreign's numbers can be compared with each other
  const int digits = std::max(digits_apart(x[1], x[3]), digits_apart(x[2], x[4]));
  const int shown = digits == 0 ? 6 : digits;  // 0: equal to 9 digits
  const auto [th, ah] = std::pair(evidence_digits(x[1], shown), evidence_digits(x[3], shown));
  const auto [tf, af] = std::pair(evidence_digits(x[2], shown), evidence_digits(x[4], shown));
  return fmt::format(
      "at {} the split industry's technology is {} (home) / {} (foreign) under trade vs {} / {} "
      "under autarky",
      evidence_date(x[0]), th, tf, ah, af);
}

/// Prop. 2: {t, industry (1-based), technology used under CBT, best autarky technology}.
std::string prop2_text(const Numbers& x) {
  const auto [u, b] = evidence_apart(x[2], x[3]);
  return fmt::format("at {} industry {} uses technology {} under CBT vs {} (best autarky)", evidence_date(x[0]),
                     static_cast<long long>(x[1]), u, b);
}

/// Prop. 3 (level): {t, industry (1-based), technology used under CDT, the bound, own only (1) or the lower (0)}.
std::string prop3_level_text(const Numbers& x) {
  const double used = x[2], bound = x[3];
  const char* against = x[4] != 0.0 ? "the producer's own" : "the lower";
  const double relative = 1.0 - used / bound;  // within 10^-6 the two are not printed to 9 digits
  if (std::fabs(relative) < 1e-6)
    return fmt::format(
        "at {} industry {} uses technology {} under CDT, {} by a relative {} than {} "
        "autarky technology",
        evidence_date(x[0]), static_cast<long long>(x[1]), evidence_number(used, 4),
        relative >= 0.0 ? "lower" : "higher", evidence_number(std::fabs(relative), 3), against);
  const auto [u, b] = evidence_apart(used, bound);
  return fmt::format("at {} industry {} uses technology {} under CDT, against {} autarky technology {}",
                     evidence_date(x[0]), static_cast<long long>(x[1]), u, against, b);
}

/// Prop. 3 (growth, learning): {t, industry (1-based), learning rate under CDT, slower autarky rate}.
std::string prop3_learning_text(const Numbers& x) {
  const auto [u, s] = evidence_apart(x[2], x[3]);
  return fmt::format("at {} industry {} learns at {} per unit time under CDT vs {} (slower autarky country)",
                     evidence_date(x[0]), static_cast<long long>(x[1]), u, s);
}

/// Prop. 3 (growth, income): {t0, t1, home's and foreign's growth difference (CDT − autarky)}.
std::string prop3_income_text(const Numbers& x) {
  const double gh = x[2], gf = x[3];
  const double faster = std::max(gh, gf);  // negative: slower under CDT, said as such
  return fmt::format("on {} income grows {} {} under CDT than under autarky in the {} country",
                     evidence_interval(x[0], x[1]), evidence_number(std::fabs(faster), 3),
                     faster >= 0.0 ? "faster" : "slower", gh >= gf ? "home" : "foreign");
}

}  // namespace

// ---- Prop. 1 ---------------------------------------------------------------------------------

Finding prop1_finding(const Path& trade, const Path& autarky) {
  Finding f;
  for (std::size_t k = 0; k < trade.points.size(); ++k) {
    const auto &t = trade.points[k], &a = autarky.points[k];
    const double mh = t.income_home / a.income_home - 1.0, mf = t.income_foreign / a.income_foreign - 1.0;
    const bool home = mh <= mf;
    record_margin(f, std::min(mh, mf), kPathTol, [&] {
      return DeferredDetail{
          prop1_text,
          {t.t, home ? 1.0 : 0.0, home ? t.income_home : t.income_foreign, home ? a.income_home : a.income_foreign}};
    });
  }
  return finish_finding(f);
}

Finding check_prop1(const Case& c) {
  Finding f;
  const auto& t = c.params.tau;
  f.premise = trade_possible(c) && (t - within_matrix(c.size(), t(0, 0))).cwiseAbs().maxCoeff() == 0.0;
  if (!f.premise) return f;
  f = prop1_finding(run_path(c, c.trade_policy(), PathReads::incomes),
                    run_path(c, Policy::autarky(c.size()), PathReads::incomes));
  f.in_scope = within_setting(c);
  return f;
}

std::vector<Case> fixed_prop1_cases() {
  Case big = asymmetric_case(within_matrix(2, 0.3), Eigen::Vector2d(2, 1), Eigen::Vector2d(1, 2), 4.04, 2.0);
  return {figure_case(2, 2.0), big};
}

// ---- fn. 10 ----------------------------------------------------------------------------------

Case draw_fn10(std::size_t k, DrawRng& rng) {
  using namespace laws;
  Case c;
  Economy& e = c.params.economy;
  const double a = kFn10Top.sample(rng);
  // 1 + (0.95a − 1)u is U[1, 0.95a) (DrawRng::uniform's own arithmetic)
  const double lo = 1.0 + (a * 0.95 - 1.0) * kFn10Share.sample(rng),
               m = 1.0 + (a * 0.95 - 1.0) * kFn10Share.sample(rng);
  e.home = Eigen::Vector3d(a, m, lo);
  e.foreign = mirror(e.home);
  e.sigma = kSigmaDynamic.sample(rng);
  Eigen::MatrixXd t = Eigen::MatrixXd::Zero(3, 3);
  t(1, 1) = kFn10Tau.sample(rng);
  if (k % 2 == 1) {  // beyond fn. 10: some learning elsewhere, or σ < 1
    if (kFn10Beyond.sample(rng) < kHalf) {
      t(0, 0) = kFn10Leak.sample(rng) * t(1, 1);
      t(2, 2) = kFn10Leak.sample(rng) * t(1, 1);
    } else {
      e.sigma = kFn10SigmaLow.sample(rng);
    }
  }
  c.params.tau = t;
  c.horizon = 20.0;  // the split industry is shared along the whole path (continuous time)
  return c;
}

bool fn10_setting(const Case& c) {
  const Economy& e = c.params.economy;
  if (c.size() != 3 || !(e.sigma > 1.0) || e.labor_home != e.labor_foreign) return false;
  if ((e.foreign - mirror(e.home)).cwiseAbs().maxCoeff() > 1e-12) return false;
  const auto& t = c.params.tau;
  return t(0, 0) == 0.0 && t(2, 2) == 0.0 && e.home[0] > e.home[1] && e.home[0] > e.home[2];
}

Finding fn10_finding(const Path& trade, const Path& autarky, Eigen::Index split) {
  Finding f;
  for (std::size_t k = 1; k < trade.points.size(); ++k) {
    const auto &t = trade.points[k], &a = autarky.points[k];
    const double m = std::min(a.A_home[split] / t.A_home[split], a.A_foreign[split] / t.A_foreign[split]) - 1.0;
    record_margin(f, m, kPathTol, [&] {
      return DeferredDetail{fn10_text, {t.t, t.A_home[split], t.A_foreign[split], a.A_home[split], a.A_foreign[split]}};
    });
  }
  return finish_finding(f);
}

Finding check_fn10(const Case& c) {
  Finding f;
  f.premise = false;
  if (c.size() != 3) return f;
  const Equilibrium eq = solve_free_trade(c.params.economy);
  f.premise = eq.labor_home[1] > 0.0 && eq.labor_foreign[1] > 0.0;  // industry 2 is split
  if (!f.premise) return f;
  f = resolvable_or_tie(c, fn10_paths(c), fn10_paths);
  f.in_scope = fn10_setting(c);
  return f;
}

Finding fn10_paths(const Case& c) {
  return fn10_finding(run_path(c, c.trade_policy()), run_path(c, Policy::autarky(c.size())), 1);
}

std::vector<Case> fixed_fn10_cases() {
  // A = (10, 4, 2), A* = (2, 4, 10): industry 2 has relative productivity 1 = ω (mirror symmetry), so
  // it is split; learning only there, τ_22 = 0.3. σ = 2 is in scope, σ = 0.8 beyond it.
  Case in;
  in.params.economy.home = Eigen::Vector3d(10, 4, 2);
  in.params.economy.foreign = Eigen::Vector3d(2, 4, 10);
  in.params.tau = Eigen::MatrixXd::Zero(3, 3);
  in.params.tau(1, 1) = 0.3;
  in.horizon = 20.0;
  Case out = in;
  out.params.economy.sigma = 0.8;
  return {in, out};
}

// ---- Prop. 2 and Prop. 3 ---------------------------------------------------------------------

Finding prop2_finding(const Path& trade, const Path& autarky) {
  Finding f;
  for (std::size_t k = 1; k < trade.points.size(); ++k)
    for (Eigen::Index i = 0; i < trade.points[k].A_home.size(); ++i) {
      const auto &t = trade.points[k], &a = autarky.points[k];
      const double best = std::max(a.A_home[i], a.A_foreign[i]), used = used_technology(t, i);
      record_margin(f, used / best - 1.0, kPathTol, [&] {
        return DeferredDetail{prop2_text, {t.t, static_cast<double>(i + 1), used, best}};
      });
    }
  return finish_finding(f);
}

Finding check_prop2(const Case& c) {
  Finding f;
  f.premise = pairs_pattern(c, true);
  if (!f.premise) return f;
  f = prop2_finding(run_path(c, c.trade_policy()), run_path(c, Policy::autarky(c.size())));
  f.in_scope = cluster_setting(c);
  return f;
}

Finding prop3_level_finding(const Path& trade, const Path& autarky, bool own_only) {
  Finding f;
  for (std::size_t k = 1; k < trade.points.size(); ++k)
    for (Eigen::Index i = 0; i < trade.points[k].A_home.size(); ++i) {
      const auto &t = trade.points[k], &a = autarky.points[k];
      const double used = used_technology(t, i);
      const double bound =
          own_only ? (t.L_home[i] > 0.0 ? a.A_home[i] : a.A_foreign[i]) : std::min(a.A_home[i], a.A_foreign[i]);
      record_margin(f, 1.0 - used / bound, kPathTol, [&] {
        return DeferredDetail{prop3_level_text, {t.t, static_cast<double>(i + 1), used, bound, own_only ? 1.0 : 0.0}};
      });
    }
  return finish_finding(f);
}

Finding check_prop3_level(const Case& c) {
  Finding f;
  f.premise = pairs_pattern(c, false);
  if (!f.premise) return f;
  f = prop3_level_finding(run_path(c, c.trade_policy()), run_path(c, Policy::autarky(c.size())), false);
  f.in_scope = cluster_setting(c);
  return f;
}

Finding check_prop3_level_own(const Case& c) {
  Finding f;
  f.premise = pairs_pattern(c, false);
  if (!f.premise) return f;
  f = prop3_level_finding(run_path(c, c.trade_policy()), run_path(c, Policy::autarky(c.size())), true);
  f.in_scope = cluster_setting(c);
  return f;
}

Finding prop3_growth_finding(const Eigen::MatrixXd& tau, const Path& trade, const Path& autarky) {
  Finding f;
  for (std::size_t k = 0; k < trade.points.size(); ++k) {
    const auto &t = trade.points[k], &a = autarky.points[k];
    const Eigen::VectorXd th = learning_rate(tau, t.L_home), tf = learning_rate(tau, t.L_foreign);
    const Eigen::VectorXd ah = learning_rate(tau, a.L_home), af = learning_rate(tau, a.L_foreign);
    for (Eigen::Index i = 0; i < th.size(); ++i) {
      const bool home = t.L_home[i] > 0.0 && (!(t.L_foreign[i] > 0.0) || t.A_home[i] >= t.A_foreign[i]);
      const double used = home ? th[i] : tf[i], slowest = std::min(ah[i], af[i]);
      // Strict: CDT learning must be below the slower autarky country's (0 < 0 is a violation).
      const double m = used < slowest ? (slowest - used) / std::max(slowest, 1e-300) : -(used - slowest + 1e-300);
      record_margin(f, m, 0.0, [&] {
        return DeferredDetail{prop3_learning_text, {t.t, static_cast<double>(i + 1), used, slowest}};
      });
    }
    if (k + 1 < trade.points.size()) {
      const auto &t1 = trade.points[k + 1], &a1 = autarky.points[k + 1];
      const double dt = t1.t - t.t;
      const double gh = log_growth(t.income_home, t1.income_home, dt) - log_growth(a.income_home, a1.income_home, dt);
      const double gf =
          log_growth(t.income_foreign, t1.income_foreign, dt) - log_growth(a.income_foreign, a1.income_foreign, dt);
      record_margin(f, -std::max(gh, gf), kPathTol, [&] {
        return DeferredDetail{prop3_income_text, {t.t, t1.t, gh, gf}};
      });
    }
  }
  return finish_finding(f);
}

Finding check_prop3_growth(const Case& c) {
  Finding f;
  f.premise = pairs_pattern(c, false) && c.params.tau.maxCoeff() > 0.0;  // "whenever τ > 0"
  if (!f.premise) return f;
  f = prop3_growth_finding(c.params.tau, run_path(c, c.trade_policy()), run_path(c, Policy::autarky(c.size())));
  f.in_scope = cluster_setting(c);
  return f;
}

std::vector<Case> fixed_cluster_cases(bool building) {
  // Fig. 3 (CBT) or Fig. 4 (CDT) at σ = 2, and beyond H12's setting the same technologies with unequal
  // sizes (L = 1.5) and a one-way cluster matrix (1 teaches 2 at 0.3, 2 teaches 1 at 0.1; 3 ↔ 4 likewise).
  Case fig = figure_case(building ? 3 : 4, 2.0);
  Eigen::MatrixXd tau = Eigen::MatrixXd::Zero(4, 4);
  tau(0, 1) = 0.3, tau(1, 0) = 0.1, tau(2, 3) = 0.3, tau(3, 2) = 0.1;
  Case out = asymmetric_case(tau, fig.params.economy.home, fig.params.economy.foreign, 1.5, 2.0);
  return {fig, out};
}

double log_growth(double d0, double d1, double dt) { return std::log(d1 / d0) / dt; }

// ---- searches ----------------------------------------------------------------------------------

namespace {

Search<Case> dynamic_search(std::uint64_t salt, Family family, std::function<Finding(const Case&)> check,
                            std::vector<Case> fixed) {
  Search<Case> s;
  s.salt = salt;
  s.draw = [family](std::size_t k, DrawRng& rng) { return draw_family(k, rng, family); };
  s.fixed_cases = std::move(fixed);
  s.check = std::move(check);
  s.shrink_candidates = shrink_candidates;
  s.to_json = case_json;
  s.command = command_trade_and_autarky;
  return s;
}

}  // namespace

Search<Case> search_prop1() { return dynamic_search(201, Family::within, check_prop1, fixed_prop1_cases()); }

Search<Case> search_fn10() {
  Search<Case> s = dynamic_search(202, Family::within, check_fn10, fixed_fn10_cases());
  s.draw = draw_fn10;
  return s;
}

Search<Case> search_prop2() { return dynamic_search(203, Family::cbt, check_prop2, fixed_cluster_cases(true)); }

Search<Case> search_prop3_level() {
  return dynamic_search(204, Family::cdt, check_prop3_level, fixed_cluster_cases(false));
}

Search<Case> search_prop3_level_own() {
  return dynamic_search(204, Family::cdt, check_prop3_level_own, fixed_cluster_cases(false));
}

Search<Case> search_prop3_growth() {
  return dynamic_search(205, Family::cdt, check_prop3_growth, fixed_cluster_cases(false));
}

}  // namespace clustertrade::trade_growth::claims
