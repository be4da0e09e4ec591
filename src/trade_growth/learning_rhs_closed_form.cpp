/// \file learning_rhs_closed_form.cpp
/// \brief The frozen equilibrium of H12's learning dynamics in closed form, where it has one (no
/// trade; free trade with one supplier per good or one shared good): LearningRhs::direct_solve()
/// for the right-hand side and the slacks, LearningRhs::direct_incomes() for output points, and the
/// CES weights b_i A_i^{σ−1} they share (LearningRhs::powers()). learning_rhs.cpp holds the general
/// log-space solve they fall back to.
#include <algorithm>
#include <cmath>
#include <limits>

#include "core/vector_math.hpp"
#include "trade_growth/learning_rhs.hpp"
#include "trade_growth/learning_rhs_internal.hpp"

namespace clustertrade::trade_growth {

using namespace detail;

bool LearningRhs::powers(const LearningRegime& r, const Eigen::VectorXd& x) {
  // b_i A_i^{σ−1} for the goods priced from home (made or shared; every good without trade) and
  // b_i A*_i^{σ−1} for those made abroad (every good without trade), through vmath::powers() (four
  // at a time where the processor allows); entries not needed are 0. Refused (false) when a power
  // leaves the normal range, where only the log-space solve is safe (σ far from 1 with spread-out
  // technologies), or when there are too many goods for one batch.
  const auto N = static_cast<Eigen::Index>(fixed_.n);
  constexpr Eigen::Index kBatch = 64;
  if (2 * N > kBatch) return false;
  alignas(32) double base[vmath::padded_size(kBatch)];
  Eigen::Index index[kBatch];
  Eigen::Index count = 0;
  for (Eigen::Index i = 0; i < N; ++i) {
    if (!r.traded) {
      index[count] = i, base[count++] = x[i];
      index[count] = N + i, base[count++] = x[N + i];
    } else {
      const Eigen::Index j = r.pattern.home_market[static_cast<std::size_t>(i)] == Supplier::foreign ? N + i : i;
      index[count] = j, base[count++] = x[j];
    }
  }
  vmath::powers(base, static_cast<std::size_t>(count), fixed_.sigma - 1.0);
  powers_.setZero();
  double lo = std::numeric_limits<double>::infinity(), hi = 0.0;
  for (Eigen::Index c = 0; c < count; ++c) {
    const Eigen::Index j = index[c];
    const double p = weights_[j < N ? j : j - N] * base[c];
    powers_[j] = p;
    lo = std::min(lo, p);
    hi = std::max(hi, p);
  }
  return lo >= 1e-150 && hi <= 1e150;
}

int LearningRhs::closed_form_case(const LearningRegime& r) {
  // The regimes whose frozen equilibrium has a closed form: no trade; or free trade (openness 1 for
  // every good) with each good made by one country for both markets, except at most one good shared
  // in both markets. Returns −1 when there is none, else the shared good's index or n (none shared).
  if (r.tie.active) return -1;
  const auto n = static_cast<int>(r.openness.size());
  if (!r.traded) return n;
  int shared = n;
  for (int k = 0; k < n; ++k) {
    const auto j = static_cast<std::size_t>(k);
    const Supplier s = r.pattern.home_market[j];
    if (r.openness[j] != 1.0 || s != r.pattern.foreign_market[j]) return -1;
    if (s == Supplier::shared) {
      if (shared != n) return -1;  // two shared goods: a tie, solved in general
      shared = k;
    }
  }
  return shared;
}

bool LearningRhs::direct_solve(const LearningRegime& r, const Eigen::VectorXd& x) {
  // The frozen equilibrium in closed form where it has one (closed_form_case()), equal to solve()'s
  // to rounding; it sets what solve(…, true) sets for field() and slacks(): ω, θ, the sets and the
  // employment. With H = Σ b A^{σ−1} over the goods priced from home (made or shared) and
  // M = Σ b A*^{σ−1} over those made abroad:
  //  * No trade: each country spends the share b A^{σ−1}/H of its income on good i, so L_i = L b A_i^{σ−1}/H
  //    and L*_i = L* b A*_i^{σ−1}/M (H12 eq. (12) in autarky).
  //  * Free trade: the relative wage u solves balanced trade, u^σ = L*H/(LM) (H12 eq. (10)), or is
  //    pinned at u = A_m/A*_m by a shared good m. Both markets have the CES denominator
  //    Δ = u^{1−σ}H + M and world spending is E = uL + L*, so good i earns R_i = b p_i^{1−σ}E/Δ; a
  //    home-made good employs L_i = R_i/u, a foreign-made one L*_i = R_i, and the shared good's home
  //    share θ = (uL − Σ_{made at home} R_i)/R_m makes home employment equal L (clamped to [0, 1] for
  //    the allocation, as in solve(); unclamped in the slacks).
  const int shared = closed_form_case(r);
  if (shared < 0 || !powers(r, x)) return false;
  const auto N = static_cast<Eigen::Index>(fixed_.n);
  const double Lh = fixed_.labor_home, Lf = fixed_.labor_foreign;
  double h = 0.0, m = 0.0;
  for (Eigen::Index i = 0; i < N; ++i) {
    const auto k = static_cast<std::size_t>(i);
    const Supplier s = r.traded ? r.pattern.home_market[k] : Supplier::home;
    set_h_[k] = r.traded ? code(s) : kMade;
    set_f_[k] = r.traded ? code(s) : kOther;
    if (s != Supplier::foreign) h += powers_[i];
    if (!r.traded || s == Supplier::foreign) m += powers_[N + i];
  }
  if (!(h > 0.0 && m > 0.0)) return false;  // the general solve reports a pattern without exports or imports
  last_field_regime_ = nullptr;             // field() marks its own solve afterwards
  traded_ = r.traded;
  theta_ = kNaN;
  if (!r.traded) {
    log_wage_ = 0.0;
    const double ch = Lh / h, cf = Lf / m;
    for (Eigen::Index i = 0; i < N; ++i) lab_h_[i] = powers_[i] * ch, lab_f_[i] = powers_[N + i] * cf;
    return true;
  }
  const bool pinned = shared < N;
  // The pin formed exactly as solve() and slacks() form the switch point (openness 1), to the last bit.
  const double v = pinned ? std::log(x[shared] / x[N + shared]) : log_ratio(Lf * h, Lh * m) / fixed_.sigma;
  const double u = std::exp(v), u_power = std::exp(-(fixed_.sigma - 1.0) * v);
  const double spending = (u * Lh + Lf) / (u_power * h + m);  // E/Δ
  const double home_revenue = u_power * spending;             // R_i/(b A_i^{σ−1}) for goods priced from home
  double made_at_home = 0.0;
  for (Eigen::Index i = 0; i < N; ++i) {
    const signed char c = set_h_[static_cast<std::size_t>(i)];
    lab_h_[i] = c == kMade ? powers_[i] * home_revenue / u : 0.0;
    lab_f_[i] = c == kOther ? powers_[N + i] * spending : 0.0;
    made_at_home += lab_h_[i];
  }
  if (pinned) {
    const double revenue = powers_[shared] * home_revenue;  // R_m
    theta_ = u * (Lh - made_at_home) / revenue;
    const double th = std::clamp(theta_, 0.0, 1.0);
    lab_h_[shared] = th * revenue / u;
    lab_f_[shared] = (1.0 - th) * revenue;
  } else {
    warm_log_wage_ = v;
    warm_ = true;
  }
  log_wage_ = v;
  return true;
}

bool LearningRhs::direct_incomes(const LearningRegime& r, const Eigen::VectorXd& x, double& rel_wage,
                                 double& income_home, double& income_foreign) {
  // Without trade, or under free trade with one supplier per good, the incomes have a closed form in
  // the sums H = Σ b A^{σ−1} (goods made at home) and M = Σ b A*^{σ−1} (made abroad); powers instead
  // of the solver's logarithms and exponentials (equal to rounding). Autarky: D = L H^{1/(σ−1)},
  // D* = L* M^{1/(σ−1)}. Free trade: u^σ = L*H/(LM) (balanced trade, H12 eq. (10)), or u = A_m/A*_m when
  // good m is shared (the wage is pinned there), one price index
  // P^{1−σ} = u^{1−σ}H + M in both markets, D = uL/P, D* = L*/P.
  const auto N = static_cast<Eigen::Index>(fixed_.n);
  const double s1 = fixed_.sigma - 1.0;
  if (r.tie.active) return false;
  if (r.traded)
    for (std::size_t k = 0; k < fixed_.n; ++k)
      if (r.openness[k] != 1.0 || r.pattern.home_market[k] != r.pattern.foreign_market[k]) return false;
  if (!powers(r, x)) return false;
  double h = 0.0, m = 0.0, pinned = kNaN;
  for (Eigen::Index i = 0; i < N; ++i) {
    const auto k = static_cast<std::size_t>(i);
    if (!r.traded) {
      h += powers_[i];
      m += powers_[N + i];
      continue;
    }
    const Supplier s = r.pattern.home_market[k];
    // A shared good pins the wage at its relative productivity (the first one, as solve() pins it);
    // its price w/A = 1/A* is the same from either country, so it counts once, on the home side.
    if (s == Supplier::shared && std::isnan(pinned)) pinned = x[i] / x[N + i];
    if (s != Supplier::foreign)
      h += powers_[i];
    else
      m += powers_[N + i];
  }
  if (!(h > 0.0 && m > 0.0 && std::isfinite(h) && std::isfinite(m))) return false;
  // Powers as exp(c·log(·)): cheaper than std::pow and as accurate at these tolerances.
  if (!r.traded) {
    income_home = fixed_.labor_home * std::exp(std::log(h) / s1);
    income_foreign = fixed_.labor_foreign * std::exp(std::log(m) / s1);
    rel_wage = kNaN;
  } else {
    const double v = std::isnan(pinned) ? log_ratio(fixed_.labor_foreign * h, fixed_.labor_home * m) / fixed_.sigma
                                        : std::log(pinned);
    const double u = std::isnan(pinned) ? std::exp(v) : pinned;
    const double inverse_price = std::exp(std::log(std::exp(-s1 * v) * h + m) / s1);
    income_home = u * fixed_.labor_home * inverse_price;
    income_foreign = fixed_.labor_foreign * inverse_price;
    rel_wage = u;
  }
  return std::isfinite(income_home) && std::isfinite(income_foreign) && income_home > 0.0 && income_foreign > 0.0 &&
         std::isfinite(rel_wage) == r.traded;
}

void LearningRhs::incomes(const LearningRegime& r, const Eigen::VectorXd& x, double& rel_wage, double& income_home,
                          double& income_foreign, bool closed_form) {
  if (closed_form && direct_incomes(r, x, rel_wage, income_home, income_foreign)) return;
  output_only_ = incomes_only_ = true;
  solve(r, x, false);
  output_only_ = incomes_only_ = false;
  const double s1 = fixed_.sigma - 1.0;
  income_home = std::exp(log_wage_ + log_lh_ + log_dh_ / s1);
  income_foreign = std::exp(log_lf_ + log_df_ / s1);
  rel_wage = r.traded ? std::exp(log_wage_) : kNaN;
}

}  // namespace clustertrade::trade_growth
