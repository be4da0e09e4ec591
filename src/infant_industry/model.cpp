#include "infant_industry/model.hpp"

#include <algorithm>
#include <stdexcept>

#include "core/validate.hpp"

namespace clustertrade::infant_industry {

void Params::validate() const {
  require_all_positive("lambda_south", lambda_south);
  require_all_positive("lambda_north", lambda_north);
  require_positive("alpha", alpha);
  require_positive("lbar", lbar);
  require_positive("labor_south", labor_south);
}

double theta(const Params& p) { return 1.0 + p.alpha * p.lbar; }

double productivity_sector2_south(const Params& p, double labor_sector2) {
  return p.lambda_south[1] * (1.0 + p.alpha * std::min(p.lbar, labor_sector2));
}

std::array<double, 2> world_prices(const Params& p) {
  return {1.0 / p.lambda_north[0], 1.0 / (theta(p) * p.lambda_north[1])};
}

double relative_price(const Params& p) { return p.lambda_north[0] / (theta(p) * p.lambda_north[1]); }

double comparative_advantage_ratio(const Params& p) {
  return (p.lambda_south[1] * p.lambda_north[0]) / (p.lambda_south[0] * p.lambda_north[1]);
}

// The comparisons below are written as products of the primitives (no division), so that ties
// such as R = 1 or R = θ are decided exactly whenever the products are exact (e.g. dyadic inputs).
namespace {

double south2_north1(const Params& p) { return p.lambda_south[1] * p.lambda_north[0]; }
double south1_north2(const Params& p) { return p.lambda_south[0] * p.lambda_north[1]; }

}  // namespace

bool condition_ca(const Params& p) { return south2_north1(p) > south1_north2(p); }

bool condition_spec1(const Params& p) { return south2_north1(p) < theta(p) * south1_north2(p); }

// Left half of P: λ1S/(θλ2S) < λ1N/(θλ2N)  ⇔  λ1S λ2N < λ2S λ1N (θ > 0 cancels): exactly CA.
bool condition_p_left(const Params& p) { return south1_north2(p) < south2_north1(p); }

// Right half of P: λ1N/(θλ2N) < λ1S/λ2S  ⇔  λ2S λ1N < θ λ1S λ2N: the specialisation-in-1 condition.
bool condition_p_right(const Params& p) { return south2_north1(p) < theta(p) * south1_north2(p); }

bool condition_p(const Params& p) { return condition_p_left(p) && condition_p_right(p); }

double wage_sector1(const Params& p) { return p.lambda_south[0] / p.lambda_north[0]; }

double wage_sector2(const Params& p, double labor_sector2) {
  return world_prices(p)[1] * productivity_sector2_south(p, labor_sector2);
}

std::string to_string(EquilibriumKind kind) {
  switch (kind) {
    case EquilibriumKind::specialize1:
      return "specialize-1";
    case EquilibriumKind::specialize2:
      return "specialize-2";
    case EquilibriumKind::interior:
      return "interior";
  }
  return "unknown";
}

std::string to_string(Stability stability) {
  switch (stability) {
    case Stability::stable:
      return "stable";
    case Stability::unstable:
      return "unstable";
    case Stability::neutral:
      return "neutral";
  }
  return "unknown";
}

std::vector<Equilibrium> equilibria(const Params& p) {
  std::vector<Equilibrium> out;
  const double th = theta(p);
  const double a = south2_north1(p);  // λ2S λ1N
  const double b = south1_north2(p);  // λ1S λ2N
  const double w1 = wage_sector1(p);
  const bool big_south = p.labor_south >= p.lbar;  // the externality is exhausted at full specialisation

  // Specialisation in 1: no firm of good 2 breaks even at zero scale, w2(0) ≤ w1 ⇔ a ≤ θ b.
  if (a <= th * b)
    out.push_back({EquilibriumKind::specialize1, 0.0, 0.0, w1, a < th * b ? Stability::stable : Stability::unstable});

  // Interior allocations: w2(L2) = w1 with 0 < L2 < L_S.
  if (a == b && p.lbar < p.labor_south) {
    // R = 1: w2 = w1 on the whole flat part L2 ≥ L̄, a continuum of equilibria.
    out.push_back({EquilibriumKind::interior, p.lbar, p.labor_south, w1, Stability::neutral});
  } else if (a > b && a < th * b) {
    // 1 < R < θ: the rising part 1 + αL2 = θ/R has the root L2* = (θ b/a − 1)/α ∈ (0, L̄).
    const double scale_at_labor = 1.0 + p.alpha * std::min(p.lbar, p.labor_south);
    if (th * b < a * scale_at_labor) {  // L2* < L_S
      const double l2 = (th * b / a - 1.0) / p.alpha;
      out.push_back({EquilibriumKind::interior, l2, l2, w1, Stability::unstable});
    }
  }

  // Specialisation in 2: no firm of good 1 gains, w1 ≤ w2(L_S) = λ2S(1+α min(L̄,L_S))/(θλ2N).
  const double w2 = wage_sector2(p, p.labor_south);
  if (big_south) {
    if (a >= b)  // λ1S/λ1N ≤ λ2S/λ2N (θ cancels)
      out.push_back({EquilibriumKind::specialize2, p.labor_south, p.labor_south, w2,
                     a > b ? Stability::stable : (p.labor_south > p.lbar ? Stability::neutral : Stability::unstable)});
  } else {
    const double scale = 1.0 + p.alpha * p.labor_south;
    if (a * scale >= th * b)
      out.push_back({EquilibriumKind::specialize2, p.labor_south, p.labor_south, w2,
                     a * scale > th * b ? Stability::stable : Stability::unstable});
  }
  return out;
}

bool mill_test_passes(const Params& p) {
  const auto eqs = equilibria(p);
  return std::any_of(eqs.begin(), eqs.end(),
                     [](const Equilibrium& e) { return e.kind == EquilibriumKind::specialize2; });
}

std::vector<PpfPoint> ppf(const Params& p, int points) {
  if (points < 2) throw std::invalid_argument("ppf: need at least 2 points");
  std::vector<double> grid;
  for (int k = 0; k < points; ++k) grid.push_back(p.labor_south * k / (points - 1));
  if (p.lbar < p.labor_south) grid.push_back(p.lbar);
  std::sort(grid.begin(), grid.end());
  grid.erase(std::unique(grid.begin(), grid.end()), grid.end());
  std::vector<PpfPoint> out;
  for (double l2 : grid)
    out.push_back({l2, p.lambda_south[0] * (p.labor_south - l2), productivity_sector2_south(p, l2) * l2});
  return out;
}

std::vector<PpfPoint> ppf_no_cluster(const Params& p, int points) {
  if (points < 2) throw std::invalid_argument("ppf_no_cluster: need at least 2 points");
  std::vector<PpfPoint> out;
  for (int k = 0; k < points; ++k) {
    const double l2 = p.labor_south * k / (points - 1);
    out.push_back({l2, p.lambda_south[0] * (p.labor_south - l2), p.lambda_south[1] * l2});
  }
  return out;
}

double ppf_slope(const Params& p, double labor_sector2) {
  // dQ2/dL2 = λ2S(1 + 2αL2) below L̄ (the externality rises with L2), λ2S θ above; dQ1/dL2 = −λ1S.
  if (labor_sector2 < p.lbar) return p.lambda_south[0] / (p.lambda_south[1] * (1.0 + 2.0 * p.alpha * labor_sector2));
  return p.lambda_south[0] / (p.lambda_south[1] * theta(p));
}

}  // namespace clustertrade::infant_industry
