// H12 §3.3 (composition, in two measures), §3.4 (combined spillovers), the mirror-image statements
// and §5 (mobility). As in claims_dynamic.cpp: simulate, then a pure comparison of paths decides.
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "core/io.hpp"
#include "trade_growth/claims_checks.hpp"
#include "trade_growth/claims_laws.hpp"
#include "trade_growth/scenarios.hpp"
#include "trade_growth/static_equilibrium.hpp"

namespace clustertrade::trade_growth::claims {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

Search<Case> base_search(std::uint64_t salt) {
  Search<Case> s;
  s.salt = salt;
  s.shrink_candidates = shrink_candidates;
  s.to_json = case_json;
  s.command = command_trade_and_autarky;
  return s;
}

// Deferred descriptions (record_margin): each writes one margin's description from the numbers its
// check stored, with the code that once formatted it eagerly, so the text is the same.
using Numbers = std::array<double, DeferredDetail::kNumbers>;

/// Mirror incomes: {t, trade (1) or autarky (0), home's income, foreign's income}.
std::string mirror_text(const Numbers& x) {
  const auto [h, fo] = evidence_apart(x[2], x[3]);
  return fmt::format("at {} under {} incomes are {} (home) and {} (foreign)", evidence_date(x[0]),
                     x[1] != 0.0 ? "trade" : "autarky", h, fo);
}

/// §3.3 per interval: {t0, t1, foreign (1) or home (0), growth under trade, growth under autarky}.
std::string composition_text(const Numbers& x) {
  const auto [tr, au] = evidence_apart(x[3], x[4]);
  return fmt::format("on {} {} income grows at {} under trade vs {} under autarky", evidence_interval(x[0], x[1]),
                     x[2] != 0.0 ? "foreign (non-learning)" : "home (learning)", tr, au);
}

/// §3.3 overall: {T, home's growth in % under trade, under autarky, foreign's under trade, under autarky}.
std::string composition_overall_text(const Numbers& x) {
  const auto [th, ah] = evidence_apart(x[1], x[2]);
  const auto [tf, af] = evidence_apart(x[3], x[4]);
  return fmt::format("over {} income grows {}% (home) and {}% (foreign) under trade vs {}% and {}% under autarky",
                     evidence_interval(0.0, x[0]), th, tf, ah, af);
}

/// §5 same path: {t, home's population with migration, fixed population, home income with, without}.
std::string mobility_same_text(const Numbers& x) {
  const auto [pop, fixed_pop] = evidence_apart(x[1], x[2]);
  const auto [with, without] = evidence_apart(x[3], x[4]);
  return fmt::format("at {} with migration home has population {} (fixed: {}) and income {}; without, income {}",
                     evidence_date(x[0]), pop, fixed_pop, with, without);
}

/// §5 composition: {t0, t1, home's population at t0, at t1, |income-per-head ratio − 1|}.
std::string mobility_composition_text(const Numbers& x) {
  const auto [from, to] = evidence_apart(x[2], x[3]);
  return fmt::format("on {} home's population goes from {} to {}; income per head ratio {}",
                     evidence_interval(x[0], x[1]), from, to, evidence_apart(1.0 + x[4], 1.0).first);
}

}  // namespace

// ---- mirror images ---------------------------------------------------------------------------

Case draw_mirror(std::size_t k, DrawRng& rng) {
  Case c;
  using namespace laws;
  const auto n = static_cast<std::size_t>(kMirrorN.sample(rng));
  const auto m = static_cast<Eigen::Index>(n);
  Economy& e = c.params.economy;
  e.home = draw_technologies(rng, n, kTechnology);
  e.foreign = mirror(e.home);
  e.sigma = kSigmaDynamic.sample(rng);
  Eigen::MatrixXd t(m, m);
  for (Eigen::Index i = 0; i < m; ++i)
    for (Eigen::Index j = 0; j < m; ++j) t(i, j) = kMirrorSparse.sample(rng) < kHalf ? kMirrorTau.sample(rng) : 0.0;
  if (k % 3 != 2) t = 0.5 * (t + t.reverse().eval());  // mirror-symmetric, generally not symmetric
  c.params.tau = t;
  c.horizon = 20.0;  // odd n shares the middle industry (continuous time)
  return c;
}

bool mirror_symmetric_tau(const Eigen::MatrixXd& tau) { return (tau - tau.reverse()).cwiseAbs().maxCoeff() <= 1e-12; }

Finding mirror_finding(const Path& path, const std::string& regime) {
  Finding f;
  for (const auto& q : path.points) {
    const double gap = std::fabs(q.income_home / q.income_foreign - 1.0);
    if (kMirrorTol - gap < f.margin) {
      f.margin = kMirrorTol - gap;
      f.value = gap;
      f.deferred = DeferredDetail{mirror_text, {q.t, regime == "trade" ? 1.0 : 0.0, q.income_home, q.income_foreign}};
    }
    if (gap > kMirrorTol)
      f.violated = true;
    else if (gap > 1e-9)
      f.tie = true;
  }
  return finish_finding(f);
}

Finding check_mirror_income(const Case& c) {
  Finding f;
  const Economy& e = c.params.economy;
  f.premise = (e.foreign - mirror(e.home)).cwiseAbs().maxCoeff() <= 1e-12 && e.labor_home == e.labor_foreign;
  if (!f.premise) return f;
  f = resolvable_or_tie(c, mirror_paths(c), mirror_paths);
  f.in_scope = mirror_symmetric_tau(c.params.tau);
  return f;
}

Finding mirror_paths(const Case& c) {
  const Finding ft = mirror_finding(run_path(c, c.trade_policy(), PathReads::incomes), "trade");
  const Finding fa = mirror_finding(run_path(c, Policy::autarky(c.size()), PathReads::incomes), "autarky");
  Finding f = ft.margin <= fa.margin ? ft : fa;
  f.violated = ft.violated || fa.violated;
  f.tie = !f.violated && (ft.tie || fa.tie);
  return f;
}

std::vector<Case> fixed_mirror_cases() {
  // n = 3, A = (6, 3, 1) mirrored, τ mirror-symmetric but not symmetric (τ_12 = τ_32 = 0.3, τ_21 = τ_23
  // = 0.1): in scope. Fig. 5's matrix diag(0.5, 0.5, 0, 0) is not mirror-symmetric: beyond it.
  Case c;
  c.params.economy.home = Eigen::Vector3d(6, 3, 1);
  c.params.economy.foreign = Eigen::Vector3d(1, 3, 6);
  c.params.tau = Eigen::MatrixXd::Zero(3, 3);
  c.params.tau(0, 1) = c.params.tau(2, 1) = 0.3;
  c.params.tau(1, 0) = c.params.tau(1, 2) = 0.1;
  c.horizon = 20.0;
  Case fig5;
  fig5.params = scenario(5, 2.0).params;
  fig5.horizon = 20.0;
  return {c, fig5};
}

Search<Case> search_mirror_income() {
  Search<Case> s = base_search(206);
  s.draw = draw_mirror;
  s.fixed_cases = fixed_mirror_cases();
  s.check = check_mirror_income;
  return s;
}

// ---- §3.3 composition ------------------------------------------------------------------------

namespace {

bool composition_setting(const Case& c) {
  if (!is_mirror_setting(c)) return false;
  const auto& t = c.params.tau;
  return t(2, 2) == 0.0 && t(3, 3) == 0.0 && t(0, 0) > 0.0 && t(1, 1) > 0.0 &&
         (t - Eigen::MatrixXd(t.diagonal().asDiagonal())).cwiseAbs().maxCoeff() == 0.0;
}

bool composition_premise(const Case& c) {
  if (c.size() != 4) return false;
  const Equilibrium eq = solve_free_trade(c.params.economy);
  return eq.labor_home[0] > 0.0 && eq.labor_home[1] > 0.0 && !(eq.labor_foreign[0] > 0.0) &&
         !(eq.labor_foreign[1] > 0.0) && eq.labor_foreign[2] > 0.0 && eq.labor_foreign[3] > 0.0 &&
         !(eq.labor_home[2] > 0.0) && !(eq.labor_home[3] > 0.0);
}

/// Fig. 5's economy at σ on [0, horizon], dates every `step` (continuous time).
Case fig5_case(double sigma, double horizon, double step) {
  Case c;
  c.params = scenario(5, sigma).params;
  c.horizon = horizon;
  c.step = step;
  return c;
}

}  // namespace

Case draw_composition(std::size_t k, DrawRng& rng, double horizon) {
  Case c = draw_family(k, rng, Family::composition);
  c.horizon = horizon;
  c.step = 1.0;  // unit intervals [t, t + 1]: the per-period measure (the learning country's marginal
                 // industry can become shared, continuous time)
  return c;
}

Finding composition_finding(const Path& trade, const Path& autarky) {
  Finding f;
  for (std::size_t k = 0; k + 1 < trade.points.size(); ++k) {
    const auto &t0 = trade.points[k], &t1 = trade.points[k + 1], &a0 = autarky.points[k], &a1 = autarky.points[k + 1];
    const double dt = t1.t - t0.t;
    const double gf =
        log_growth(a0.income_foreign, a1.income_foreign, dt) - log_growth(t0.income_foreign, t1.income_foreign, dt);
    const double gh = log_growth(t0.income_home, t1.income_home, dt) - log_growth(a0.income_home, a1.income_home, dt);
    const bool foreign = gf <= gh;
    const auto &x0 = foreign ? t0.income_foreign : t0.income_home, &x1 = foreign ? t1.income_foreign : t1.income_home;
    const auto &y0 = foreign ? a0.income_foreign : a0.income_home, &y1 = foreign ? a1.income_foreign : a1.income_home;
    record_margin(f, std::min(gf, gh), kPathTol, [&] {
      return DeferredDetail{composition_text,
                            {t0.t, t1.t, foreign ? 1.0 : 0.0, log_growth(x0, x1, dt), log_growth(y0, y1, dt)}};
    });
  }
  return finish_finding(f);
}

Finding composition_overall_finding(const Path& trade, const Path& autarky) {
  Finding f;
  const auto &t0 = trade.points.front(), &t1 = trade.points.back(), &a0 = autarky.points.front(),
             &a1 = autarky.points.back();
  const double T = t1.t - t0.t;
  const double gf =
      log_growth(a0.income_foreign, a1.income_foreign, T) - log_growth(t0.income_foreign, t1.income_foreign, T);
  const double gh = log_growth(t0.income_home, t1.income_home, T) - log_growth(a0.income_home, a1.income_home, T);
  record_margin(f, std::min(gf, gh), kPathTol, [&] {
    return DeferredDetail{
        composition_overall_text,
        {T, 100.0 * (t1.income_home / t0.income_home - 1.0), 100.0 * (a1.income_home / a0.income_home - 1.0),
         100.0 * (t1.income_foreign / t0.income_foreign - 1.0), 100.0 * (a1.income_foreign / a0.income_foreign - 1.0)}};
  });
  return finish_finding(f);
}

Finding check_composition(const Case& c) {
  Finding f;
  f.premise = composition_premise(c);
  if (!f.premise) return f;
  f = composition_finding(run_path(c, c.trade_policy(), PathReads::incomes),
                          run_path(c, Policy::autarky(4), PathReads::incomes));
  f.in_scope = composition_setting(c);
  // value: σ of the violations in H12's setting only (NaN elsewhere), so the tally keeps their σ range.
  f.value = f.violated && f.in_scope ? c.params.economy.sigma : std::numeric_limits<double>::quiet_NaN();
  return f;
}

Finding check_composition_overall(const Case& c) {
  Finding f;
  f.premise = composition_premise(c);
  if (!f.premise) return f;
  f = composition_overall_finding(run_path(c, c.trade_policy(), PathReads::incomes_at_ends),
                                  run_path(c, Policy::autarky(4), PathReads::incomes_at_ends));
  f.in_scope = composition_setting(c);
  // value: σ of the violations in H12's setting only (NaN elsewhere), so the tally keeps their σ range.
  f.value = f.violated && f.in_scope ? c.params.economy.sigma : std::numeric_limits<double>::quiet_NaN();
  return f;
}

Search<Case> search_composition() {
  Search<Case> s = base_search(207);
  s.draw = [](std::size_t k, DrawRng& rng) { return draw_composition(k, rng, 20.0); };
  s.fixed_cases = {fig5_case(2.0, 20.0, 1.0), fig5_case(kFig5PaperSigmaLow, 20.0, 1.0),
                   fig5_case(kFig5PaperSigmaHigh, 20.0, 1.0)};
  s.check = check_composition;
  return s;
}

Search<Case> search_composition_overall() {
  Search<Case> s = base_search(210);
  s.draw = [](std::size_t k, DrawRng& rng) { return draw_composition(k, rng, kFig5Horizon); };
  s.fixed_cases = {fig5_case(2.0, kFig5Horizon, 0.5), fig5_case(kFig5PaperSigmaHigh, kFig5Horizon, 1.0)};
  s.check = check_composition_overall;
  s.shrink_candidates = [](const Case& c) {  // the measure is over the whole horizon: keep T
    std::vector<Case> out;
    for (auto& d : shrink_candidates(c))
      if (d.horizon == c.horizon) out.push_back(std::move(d));
    return out;
  };
  return s;
}

Search<Case> search_fig5_as_drawn() {
  Search<Case> s = search_composition_overall();
  s.salt = 211;
  s.fixed_cases = {fig5_case(kFig5PaperSigmaLow, kFig5Horizon, 0.5)};
  s.draw = {};  // a single example: the claim runs this search with no draws
  return s;
}

// ---- §3.4 combined spillovers ----------------------------------------------------------------

bool trade_lowers_growth_in_both(const Case& c, double& gap) {
  const Path tr = run_path(c, c.trade_policy(), PathReads::incomes_at_ends),
             au = run_path(c, Policy::autarky(c.size()), PathReads::incomes_at_ends);
  const auto &t0 = tr.points.front(), &t1 = tr.points.back(), &a0 = au.points.front(), &a1 = au.points.back();
  const double T = t1.t - t0.t;
  const double gh = log_growth(t0.income_home, t1.income_home, T) - log_growth(a0.income_home, a1.income_home, T);
  const double gf =
      log_growth(t0.income_foreign, t1.income_foreign, T) - log_growth(a0.income_foreign, a1.income_foreign, T);
  gap = std::max(gh, gf);
  return gap < 0.0;
}

Case with_spillovers(Case c, double tw, double tc) {
  c.params.tau = within_matrix(c.size(), tw) + pair_cluster_matrix(c.size(), tc);
  return c;
}

Finding threshold_finding(const std::vector<bool>& lowers, const std::vector<double>& ratios) {
  Finding f;
  int switches = 0;
  for (std::size_t k = 1; k < lowers.size(); ++k) switches += lowers[k] != lowers[k - 1];
  f.violated = switches > 1 || (switches == 1 && lowers.front());
  // a yes-or-no conclusion: no margin when it holds, -1 when violated (not a count)
  f.margin = f.violated ? -1.0 : std::numeric_limits<double>::infinity();
  std::string s = "``CDT lowers growth in both'' at ";
  for (std::size_t k = 0; k < lowers.size(); ++k)
    s += fmt::format("{}${}{}$: {}", k ? ", " : "", k ? "" : "\\tau_C/\\tau_W = ", evidence_math(ratios[k]),
                     lowers[k] ? "yes" : "no");
  f.detail = s;
  return f;
}

Finding check_combined(const Case& c) {
  Finding f;
  f.premise = pairs_pattern(c, false);
  if (!f.premise) return f;
  const double tw = c.params.tau(0, 0);
  const std::vector<double> ratios = {0.5, 1.0, 2.0, 4.0};
  std::vector<bool> lowers;
  double gap = 0.0;
  for (double r : ratios) lowers.push_back(trade_lowers_growth_in_both(with_spillovers(c, tw, r * tw), gap));
  f = threshold_finding(lowers, ratios);
  f.in_scope = is_mirror_setting(c);
  // value: the boundary ratio, bisected 4 times in log between the grid ratios (inf: none up to 4; 0: below 1/2)
  f.value = lowers.front() ? 0.0 : kInf;
  for (std::size_t k = 1; k < ratios.size() && !f.violated; ++k)
    if (!lowers[k - 1] && lowers[k]) {
      double lo = std::log(ratios[k - 1]), hi = std::log(ratios[k]);
      for (int it = 0; it < 4; ++it) {
        const double mid = 0.5 * (lo + hi);
        (trade_lowers_growth_in_both(with_spillovers(c, tw, std::exp(mid) * tw), gap) ? hi : lo) = mid;
      }
      f.value = std::exp(0.5 * (lo + hi));
    }
  return f;
}

Search<Case> search_combined() {
  Search<Case> s = base_search(208);
  s.draw = [](std::size_t k, DrawRng& rng) {
    Case c = draw_family(k, rng, Family::cdt);
    c.params.tau = within_matrix(c.size(), laws::kTauCombinedWithin.sample(rng));
    return c;
  };
  Case fig4;
  fig4.params = scenario(4, 2.0).params;
  fig4.params.tau = within_matrix(4, 0.1);
  fig4.horizon = 20.0;
  s.fixed_cases = {fig4};
  s.check = check_combined;
  return s;
}

// ---- §5 mobility -----------------------------------------------------------------------------

Finding mobility_same_finding(const Path& migration, const Path& fixed, double labor_home) {
  Finding f;
  for (std::size_t k = 0; k < migration.points.size(); ++k) {
    const auto &m = migration.points[k], &t = fixed.points[k];
    const double gap =
        std::max({std::fabs(m.income_home / t.income_home - 1.0), std::fabs(m.income_foreign / t.income_foreign - 1.0),
                  std::fabs(m.L_home.sum() / labor_home - 1.0)});
    record_margin(f, kMobilityTol - gap, 0.0, [&] {
      return DeferredDetail{mobility_same_text, {m.t, m.L_home.sum(), labor_home, m.income_home, t.income_home}};
    });
  }
  f.tie = false;
  return finish_finding(f);
}

Finding mobility_composition_finding(const Path& migration) {
  Finding f;
  for (std::size_t k = 1; k < migration.points.size(); ++k) {
    const auto &p0 = migration.points[k - 1], &p1 = migration.points[k];
    const double rise = p1.L_home.sum() - p0.L_home.sum();
    const double pc = std::fabs((p1.income_home / p1.L_home.sum()) / (p1.income_foreign / p1.L_foreign.sum()) - 1.0);
    record_margin(f, std::min(rise, kMobilityTol - pc), 0.0, [&] {
      return DeferredDetail{mobility_composition_text, {p0.t, p1.t, p0.L_home.sum(), p1.L_home.sum(), pc}};
    });
  }
  f.violated = f.margin <= 0.0;
  f.tie = false;
  return f;
}

Finding check_mobility(const Case& c) {
  Finding f;
  f.premise = trade_possible(c);
  if (!f.premise) return f;
  const Path mp = run_path(c, Policy::migration(c.size()));
  const bool composition =
      c.size() == 4 && c.params.tau(2, 2) == 0.0 && c.params.tau(0, 0) > 0.0 && c.params.tau(0, 1) == 0.0;
  f = composition ? mobility_composition_finding(mp)
                  : mobility_same_finding(mp, run_path(c, c.trade_policy()), c.params.economy.labor_home);
  f.in_scope = is_mirror_setting(c);
  return f;
}

Search<Case> search_mobility() {
  Search<Case> s = base_search(209);
  s.draw = [](std::size_t k, DrawRng& rng) {
    const int kind = static_cast<int>(k % 4);
    using namespace laws;
    Family f = kind == 0   ? Family::within
               : kind == 1 ? (kMobilityFamily.sample(rng) < kHalf ? Family::cbt : Family::cdt)
                           : Family::composition;
    if (kind == 3) f = kMobilityFamily.sample(rng) < kHalf ? Family::cbt : Family::within;
    Case c = draw_family(0, rng, f);  // index 0: H12's setting
    if (kind == 3) {                  // beyond it: non-mirror technologies
      for (Eigen::Index i = 0; i < c.params.economy.foreign.size(); ++i)
        c.params.economy.foreign[i] *= std::exp(kMobilityForeignShift.sample(rng));
    }
    return c;
  };
  Case fig8 = fig5_case(2.0, 20.0, 0.5);
  s.fixed_cases = {fig8};
  s.check = check_mobility;
  s.command = [](const Case& c) { return simulate_command(c, "trade") + " --mobility"; };
  return s;
}

// ---- the §3.4 region map (figure program) ---------------------------------------------------

void write_combined_region(FigureOutput& out) {
  // H12 Fig. 4's technologies (home strong in 1 and 3: cluster-destroying trade), σ = 2, T = 20.
  Case base;
  base.params.economy.home = Eigen::Vector4d(10, 5, 10, 5);
  base.params.economy.foreign = Eigen::Vector4d(5, 10, 5, 10);
  base.params.economy.sigma = 2.0;
  base.horizon = 20.0;
  base.step = 0.5;
  // lowers_both: 1 when trade lowers growth in both countries, 0 when it raises it in one, 2 on the
  // boundary: |growth gap| below kTie, where the two growth rates agree up to round-off (at τ_C = τ_W/2
  // on this grid the gap is of order 1e-16, while every other grid point's is above 2e-4), so its sign
  // is noise and the point is neither.
  constexpr double kTie = 1e-9;
  CsvTable table({"tau_w", "tau_c", "growth_gap", "lowers_both"});
  table.comment(
      "CDT minus autarky average income growth ln(D(20)/D(0))/20 (max over the two countries); H12 Fig. 4 "
      "technologies, sigma = 2");
  std::vector<double> ratios;
  for (int i = 1; i <= 10; ++i) {
    const double tw = 0.02 * i;
    for (int j = 0; j <= 10; ++j) {
      const double tc = 0.04 * j;
      double gap = 0.0;
      const bool lowers = trade_lowers_growth_in_both(with_spillovers(base, tw, tc), gap);
      table.add_row({tw, tc, gap, std::fabs(gap) < kTie ? 2.0 : lowers ? 1.0 : 0.0});
    }
    // Boundary τ_C for this τ_W: bisection on the growth gap over τ_C ∈ [0, 1] (monotone on this grid).
    double lo = 0.0, hi = 1.0, gap = 0.0;
    if (!trade_lowers_growth_in_both(with_spillovers(base, tw, hi), gap)) continue;
    for (int it = 0; it < 40; ++it) {
      const double mid = 0.5 * (lo + hi);
      (trade_lowers_growth_in_both(with_spillovers(base, tw, mid), gap) ? hi : lo) = mid;
    }
    ratios.push_back(0.5 * (lo + hi) / tw);
  }
  out.write_csv(
      "h12-combined-region", "", std::move(table),
      "where cluster-destroying trade lowers growth in both countries, (tau_W, tau_C) grid (claim h12.s3.4-combined)");
  if (!ratios.empty()) {
    std::sort(ratios.begin(), ratios.end());
    out.numbers().add("tgcBoundaryRatioMin", ratios.front(),
                      "smallest boundary tau_C/tau_W over tau_W in 0.02..0.2 (H12 Fig. 4 technologies, sigma = 2)");
    out.numbers().add("tgcBoundaryRatioMax", ratios.back(),
                      "largest boundary tau_C/tau_W over tau_W in 0.02..0.2 (H12 Fig. 4 technologies, sigma = 2)");
  }
}

}  // namespace clustertrade::trade_growth::claims
