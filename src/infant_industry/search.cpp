#include "infant_industry/search.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace clustertrade::infant_industry {

namespace {

// Everything below is computed from primitives only; none of model.cpp's conditions are used.
struct Economy {
  double price1;    // North's unit labour requirement in good 1 (North labour = numeraire)
  double price2;    // North's unit labour requirement in good 2, North clustered beyond L̄
  double revenue1;  // what a Southern worker earns in good 1: price1 · λ1S
  const Params* p;

  explicit Economy(const Params& params) : p(&params) {
    const double north_employment2 = 2.0 * params.lbar;  // any L2N ≥ L̄ gives the same price
    price1 = 1.0 / params.lambda_north[0];
    price2 = 1.0 / (params.lambda_north[1] * (1.0 + params.alpha * std::min(params.lbar, north_employment2)));
    revenue1 = price1 * params.lambda_south[0];
  }
  // What a Southern worker earns in good 2 when L2 workers are employed there (the externality is
  // taken as given by each firm).
  [[nodiscard]] double revenue2(double l2) const {
    const double externality = 1.0 + p->alpha * std::min(p->lbar, l2);
    return price2 * p->lambda_south[1] * externality;
  }
  [[nodiscard]] double gap(double l2) const { return revenue2(l2) - revenue1; }
};

}  // namespace

double search_wage_gap(const Params& p, double labor_sector2) { return Economy(p).gap(labor_sector2); }

std::vector<FoundEquilibrium> search_equilibria(const Params& p, const SearchOptions& options) {
  if (options.grid < 4) throw std::invalid_argument("search_equilibria: grid must be >= 4");
  const Economy e(p);
  const double ls = p.labor_south;
  const double tol = options.rel_tol * e.revenue1;
  const double h = options.perturbation * ls;
  const std::size_t n = options.grid;
  auto x_at = [&](std::size_t k) { return k == n ? ls : ls * static_cast<double>(k) / static_cast<double>(n); };
  auto sign = [&](double d) { return d > tol ? 1 : (d < -tol ? -1 : 0); };

  std::vector<FoundEquilibrium> found;
  // Corner L2 = 0: all labour in good 1 earns revenue1; equilibrium when a firm entering good 2
  // (facing no externality) cannot pay more. Stable when a small entry of labour into good 2 still
  // pays less there.
  if (sign(e.gap(0.0)) <= 0) found.push_back({EquilibriumKind::specialize1, 0.0, 0.0, e.revenue1, sign(e.gap(h)) < 0});

  // Interior: scan the grid for strict sign changes (bisect them) and for runs of ties.
  std::vector<int> s(n + 1);
  for (std::size_t k = 0; k <= n; ++k) s[k] = sign(e.gap(x_at(k)));
  auto bisect = [&](double lo, double hi, auto&& is_left) {
    for (int it = 0; it < 200 && hi - lo > 1e-15 * std::max(1.0, ls); ++it) {
      const double mid = 0.5 * (lo + hi);
      (is_left(mid) ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
  };
  for (std::size_t k = 0; k < n; ++k) {
    if (s[k] != 0 && s[k + 1] != 0 && s[k] != s[k + 1]) {
      const int left_sign = s[k];
      const double root = bisect(x_at(k), x_at(k + 1), [&](double x) { return sign(e.gap(x)) == left_sign; });
      if (root > h && root < ls - h) {
        // Labour moves toward the better-paid sector: stable iff good 2 pays less just above the
        // point and more just below it.
        const bool stable = sign(e.gap(root - h)) > 0 && sign(e.gap(root + h)) < 0;
        found.push_back({EquilibriumKind::interior, root, root, e.revenue1, stable});
      }
    }
  }
  // Runs of ties among interior grid points 1..n-1.
  for (std::size_t k = 1; k < n; ++k) {
    if (s[k] != 0) continue;
    std::size_t last = k;
    while (last + 1 < n && s[last + 1] == 0) ++last;
    double lo = x_at(k), hi = x_at(last);
    if (s[k - 1] != 0) lo = bisect(x_at(k - 1), x_at(k), [&](double x) { return sign(e.gap(x)) != 0; });
    if (last + 1 == n && s[n] == 0)
      hi = ls;  // the stretch reaches the corner L2 = L_S
    else if (s[last + 1] != 0)
      hi = bisect(x_at(last), x_at(last + 1), [&](double x) { return sign(e.gap(x)) == 0; });
    const bool flat = hi - lo > 2.0 * h;
    bool stable = false;
    if (!flat) stable = sign(e.gap(lo - h)) > 0 && sign(e.gap(hi + h)) < 0;
    found.push_back({EquilibriumKind::interior, lo, flat ? std::min(hi, ls) : lo, e.revenue1, stable});
    k = last;
  }
  // Corner L2 = L_S: all labour in good 2, wage revenue2(L_S); equilibrium when good 1 cannot pay
  // more. Stable when moving a little labour back into good 1 leaves good 2 paying strictly more.
  if (sign(e.gap(ls)) >= 0)
    found.push_back({EquilibriumKind::specialize2, ls, ls, e.revenue2(ls), sign(e.gap(ls - h)) > 0});

  std::sort(found.begin(), found.end(),
            [](const FoundEquilibrium& x, const FoundEquilibrium& y) { return x.labor_sector2 < y.labor_sector2; });
  return found;
}

bool has_kind(const std::vector<FoundEquilibrium>& found, EquilibriumKind kind) {
  return std::any_of(found.begin(), found.end(), [kind](const FoundEquilibrium& f) { return f.kind == kind; });
}

const FoundEquilibrium& find_kind(const std::vector<FoundEquilibrium>& found, EquilibriumKind kind) {
  for (const auto& f : found)
    if (f.kind == kind) return f;
  throw std::out_of_range("find_kind: no equilibrium of kind " + to_string(kind));
}

bool multiple(const std::vector<FoundEquilibrium>& found) {
  if (found.size() > 1) return true;
  return found.size() == 1 && found[0].labor_sector2_max > found[0].labor_sector2;
}

}  // namespace clustertrade::infant_industry
