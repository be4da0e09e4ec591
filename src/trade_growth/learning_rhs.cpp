#include "trade_growth/learning_rhs.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "core/roots.hpp"
#include "trade_growth/learning_rhs_internal.hpp"

namespace clustertrade::trade_growth {

using namespace detail;

namespace {

constexpr Eigen::Index kSmallProduct = 8;  // up to this many industries τᵀL is a plain loop

double log_add(double a, double b) {
  if (a == kNegInf) return b;
  if (b == kNegInf) return a;
  return a > b ? a + std::log1p(std::exp(b - a)) : b + std::log1p(std::exp(a - b));
}

}  // namespace

FixedParameters FixedParameters::from(const Params& params) {
  FixedParameters f;
  const Economy& e = params.economy;
  f.n = e.size();
  f.sigma = e.sigma;
  f.labor_home = e.labor_home;
  f.labor_foreign = e.labor_foreign;
  f.log_weights = e.weights.size() == 0 ? Eigen::VectorXd::Zero(static_cast<Eigen::Index>(f.n))
                                        : Eigen::VectorXd(e.weights.array().log());
  f.tau_transposed = params.tau.transpose();
  return f;
}

LearningRhs::LearningRhs(const FixedParameters& fixed) : fixed_(fixed) {
  const auto n = static_cast<Eigen::Index>(fixed.n);
  for (Eigen::VectorXd* v :
       {&la_, &las_, &lg_, &term_h_, &term_f_, &e_h_, &e_f_, &lab_h_, &lab_f_, &share_h_, &share_f_})
    v->setZero(n);
  xp_.setZero(2 * n);
  powers_.setZero(2 * n);
  set_h_.assign(fixed.n, kMade);
  set_f_.assign(fixed.n, kOther);
  weights_ = fixed.log_weights.array().exp();
  log_lh_ = std::log(fixed.labor_home);
  log_lf_ = std::log(fixed.labor_foreign);
}

double LearningRhs::balance(double v, double& slope) const {
  // log exports − log imports of home at log wage v (foreign wage 1):
  // [log L* + lX − s v − log(e^{lX − s v} + e^{lN})] − [v + log L + lM − log(e^{lM} + e^{lH − s v})].
  const double s1 = fixed_.sigma - 1.0;
  const double lx = lX_ - s1 * v, lh = lH_ == kNegInf ? kNegInf : lH_ - s1 * v;
  const double ldf = log_add(lx, lN_);
  const double ldh = lh == lx && lM_ == lN_ ? ldf : log_add(lM_, lh);  // free trade: one denominator
  const double p_n = lN_ == kNegInf ? 0.0 : std::exp(lN_ - ldf);
  const double p_h = lh == kNegInf ? 0.0 : std::exp(lh - ldh);
  slope = -s1 * p_n - 1.0 - s1 * p_h;
  return (log_lf_ + lx - ldf) - (v + log_lh_ + lM_ - ldh);
}

double LearningRhs::newton_log_wage(double v0) {
  double v = v0, slope = 0.0;
  for (int it = 0; it < 40; ++it) {
    const double f = balance(v, slope);
    if (!std::isfinite(f) || !(slope < 0.0)) break;
    const double dv = -f / slope;
    v += dv;
    if (std::fabs(dv) <= 4e-16 * std::max(1.0, std::fabs(v))) return v;
  }
  // Fallback: bracket by stepping outward from v0, then TOMS 748.
  double dummy = 0.0;
  auto f = [&](double w) { return balance(w, dummy); };
  double lo = v0 - 1.0, hi = v0 + 1.0;
  for (int k = 0; k < 60 && !(f(lo) > 0.0); ++k) lo -= std::ldexp(1.0, k);
  for (int k = 0; k < 60 && !(f(hi) < 0.0); ++k) hi += std::ldexp(1.0, k);
  return find_root(f, lo, hi).root;
}

void LearningRhs::solve(const LearningRegime& r, const Eigen::VectorXd& x, bool allocate_labour) {
  last_field_regime_ = nullptr;  // field() marks its own solve afterwards
  const std::size_t n = fixed_.n;
  const auto N = static_cast<Eigen::Index>(n);
  const double s1 = fixed_.sigma - 1.0;
  traded_ = r.traded;
  double max_h[3] = {kNegInf, kNegInf, kNegInf}, max_f[3] = {kNegInf, kNegInf, kNegInf};
  double pin = kNaN;      // log switch point of the first shared market
  bool same_sets = true;  // every good supplied by the same country in both markets
  for (Eigen::Index i = 0; i < N; ++i) {
    const auto k = static_cast<std::size_t>(i);
    la_[i] = std::log(x[i]);
    las_[i] = std::log(x[N + i]);
    const double g = r.openness[k];
    const bool trd = r.traded && g > 0.0;
    lg_[i] = g == 1.0 ? 0.0 : (g > 0.0 ? std::log(g) : kNegInf);
    set_h_[k] = trd ? code(r.pattern.home_market[k]) : kMade;
    set_f_[k] = trd ? code(r.pattern.foreign_market[k]) : kOther;
    same_sets = same_sets && set_h_[k] == set_f_[k];
    const double lb = fixed_.log_weights[i];
    // Home market: home's good (made or shared) weighs b (A/u)^{σ-1} (u-factor applied later);
    // imported: b (g A*)^{σ-1}. Foreign market: exported b (g A/u)^{σ-1}; foreign-made b A*^{σ-1}.
    term_h_[i] = set_h_[k] == kOther ? lb + s1 * (las_[i] + lg_[i]) : lb + s1 * la_[i];
    term_f_[i] = set_f_[k] == kOther ? lb + s1 * las_[i] : lb + s1 * (la_[i] + lg_[i]);
    max_h[set_h_[k]] = std::max(max_h[set_h_[k]], term_h_[i]);
    max_f[set_f_[k]] = std::max(max_f[set_f_[k]], term_f_[i]);
    if (std::isnan(pin) && trd) {
      // Switch points formed exactly as solve_static_equilibrium() forms them (g·a and a/g), so that
      // the slacks order goods as the static solver does, to the last bit.
      if (set_f_[k] == kShared)
        pin = std::log(g * (x[i] / x[N + i]));
      else if (set_h_[k] == kShared)
        pin = std::log((x[i] / x[N + i]) / g);
    }
  }
  double sum_h[3] = {0, 0, 0}, sum_f[3] = {0, 0, 0};
  for (Eigen::Index i = 0; i < N; ++i) {
    const auto k = static_cast<std::size_t>(i);
    e_h_[i] = std::exp(term_h_[i] - max_h[set_h_[k]]);
    // Under free trade both markets weigh a good alike: the same exponential, bit for bit.
    e_f_[i] = term_f_[i] == term_h_[i] && max_f[set_f_[k]] == max_h[set_h_[k]]
                  ? e_h_[i]
                  : std::exp(term_f_[i] - max_f[set_f_[k]]);
    sum_h[set_h_[k]] += e_h_[i];
    sum_f[set_f_[k]] += e_f_[i];
  }
  auto lsum = [](double m, double s) { return s > 0.0 ? m + std::log(s) : kNegInf; };
  lH_ = lsum(max_h[kMade], sum_h[kMade]);
  lHc_ = lsum(max_h[kShared], sum_h[kShared]);
  lM_ = lsum(max_h[kOther], sum_h[kOther]);
  // Free trade: the foreign market's sums equal the home market's, bit for bit (one logarithm each).
  auto same = [&](signed char c) { return max_f[c] == max_h[c] && sum_f[c] == sum_h[c]; };
  lX_ = same(kMade) ? lH_ : lsum(max_f[kMade], sum_f[kMade]);
  lXc_ = same(kShared) ? lHc_ : lsum(max_f[kShared], sum_f[kShared]);
  lN_ = same(kOther) ? lM_ : lsum(max_f[kOther], sum_f[kOther]);

  theta_ = kNaN;
  if (!r.traded) {
    log_wage_ = 0.0;  // each country in its own wage units
  } else if (!std::isnan(pin)) {
    log_wage_ = pin;
    // θ balances trade: α + βθ = γ + δ(1 − θ) (static_equilibrium.cpp, shared_fraction), in logs.
    const double v = pin;
    auto shift = [&](double l) { return l == kNegInf ? kNegInf : l - s1 * v; };
    const double lx = shift(lX_), lxc = shift(lXc_), lh = shift(lH_), lhc = shift(lHc_);
    const double ldf = log_add(log_add(lx, lxc), lN_), ldh = log_add(log_add(lh, lhc), lM_);
    const double lf = log_lf_, lhm = v + log_lh_;
    auto coef = [](double scale, double num, double den) { return num == kNegInf ? kNegInf : scale + num - den; };
    const double ca = coef(lf, lx, ldf), cb = coef(lf, lxc, ldf), cg = coef(lhm, lM_, ldh), cd = coef(lhm, lhc, ldh);
    const double m = std::max({ca, cb, cg, cd});
    auto ex = [&](double l) { return l == kNegInf ? 0.0 : std::exp(l - m); };
    theta_ = (ex(cg) + ex(cd) - ex(ca)) / (ex(cb) + ex(cd));
  } else {
    if (lX_ == kNegInf || lM_ == kNegInf)
      throw std::logic_error("LearningRhs: a traded pattern without shared markets needs exports and imports");
    if (output_only_ && lX_ == lH_ && lN_ == lM_ && same_sets) {
      // Both markets weigh every good alike (free trade): balanced trade L* e^{lH − (σ−1)v} = e^{v} L e^{lM}
      // gives the wage in closed form, σv = log L* − log L + lH − lM (H12 eq. (10), one supplier per
      // good). Output points only: it may differ from the Newton root in the last bit, and the
      // integration's own solves stay on their warm-started Newton chain, bit for bit.
      log_wage_ = (log_lf_ - log_lh_ + lH_ - lM_) / fixed_.sigma;
    } else {
      log_wage_ = newton_log_wage(warm_ ? warm_log_wage_ : 0.5 * (lX_ - lN_ + lH_ - lM_) / std::max(fixed_.sigma, 1.0));
      warm_log_wage_ = log_wage_;
      warm_ = true;
    }
  }
  if (!allocate_labour && !incomes_only_) return;

  // Spending shares: home market (spending uL), foreign market (spending L*).
  const double v = log_wage_;
  const double lh_u = lH_ == kNegInf ? kNegInf : lH_ - s1 * v, lhc_u = lHc_ == kNegInf ? kNegInf : lHc_ - s1 * v;
  const double lx_u = lX_ == kNegInf ? kNegInf : lX_ - s1 * v, lxc_u = lXc_ == kNegInf ? kNegInf : lXc_ - s1 * v;
  log_dh_ = log_add(log_add(lh_u, lhc_u), lM_);
  const bool same_markets = lx_u == lh_u && lxc_u == lhc_u && lN_ == lM_;  // free trade: one denominator
  log_df_ = same_markets ? log_dh_ : log_add(log_add(lx_u, lxc_u), lN_);
  if (incomes_only_) return;                                              // the price indices are all incomes() needs
  auto exp0 = [](double l) { return l == kNegInf ? 0.0 : std::exp(l); };  // no call for an empty set
  const double ch[3] = {exp0(max_h[kMade] - s1 * v - log_dh_), exp0(max_h[kShared] - s1 * v - log_dh_),
                        exp0(max_h[kOther] - log_dh_)};
  double cf[3];
  if (same_markets && max_f[0] == max_h[0] && max_f[1] == max_h[1] && max_f[2] == max_h[2]) {
    std::copy(ch, ch + 3, cf);
  } else {
    cf[0] = exp0(max_f[kMade] - s1 * v - log_df_);
    cf[1] = exp0(max_f[kShared] - s1 * v - log_df_);
    cf[2] = exp0(max_f[kOther] - log_df_);
  }
  // Shares of spending per good (home market, foreign market), kept for allocate().
  for (Eigen::Index i = 0; i < N; ++i) {
    const auto k = static_cast<std::size_t>(i);
    share_h_[i] = e_h_[i] * ch[set_h_[k]];
    share_f_[i] = e_f_[i] * cf[set_f_[k]];
  }
  double th = std::isnan(theta_) ? 1.0 : std::clamp(theta_, 0.0, 1.0);
  if (r.tie.active) {
    tie_shares(r, x);
    allocate(th, tie_theta_[0], tie_theta_[1], r.tie);
  } else {
    allocate(th, th, th, r.tie);
  }
}

void LearningRhs::allocate(double th, double theta_first, double theta_second, const Tie& tie) {
  const auto N = static_cast<Eigen::Index>(fixed_.n);
  const double u = log_wage_ == 0.0 ? 1.0 : std::exp(log_wage_), Lh = fixed_.labor_home, Lf = fixed_.labor_foreign;
  for (Eigen::Index i = 0; i < N; ++i) {
    const auto k = static_cast<std::size_t>(i);
    const double shared =
        tie.active && k == tie.first ? theta_first : (tie.active && k == tie.second ? theta_second : th);
    const double t_h = set_h_[k] == kMade ? 1.0 : (set_h_[k] == kShared ? shared : 0.0);
    const double t_f = set_f_[k] == kMade ? 1.0 : (set_f_[k] == kShared ? shared : 0.0);
    // H12 eq. (12) generalised: labour = revenue / wage in each country.
    lab_h_[i] = t_h * share_h_[i] * Lh + t_f * share_f_[i] * (Lf / u);
    lab_f_[i] = (1.0 - t_h) * share_h_[i] * u * Lh + (1.0 - t_f) * share_f_[i] * Lf;
  }
}

void LearningRhs::masked_learning(const Eigen::VectorXd& lh, const Eigen::VectorXd& lf, Eigen::VectorXd& out) const {
  const auto N = static_cast<Eigen::Index>(fixed_.n);
  out.resize(2 * N);
  if (N > kSmallProduct) {
    out.head(N).noalias() = fixed_.tau_transposed * lh;
    out.tail(N).noalias() = fixed_.tau_transposed * lf;
  } else {
    // Few industries: the two products column by column (the order of Eigen's column-major kernel,
    // bit for bit) without its dispatch overhead.
    // Accumulated in locals (no aliasing with τ), in the same order.
    const double* t = fixed_.tau_transposed.data();
    double sum_h[kSmallProduct] = {}, sum_f[kSmallProduct] = {};
    for (Eigen::Index j = 0; j < N; ++j) {
      const double a = lh[j], b = lf[j];
      const double* column = t + j * N;
      for (Eigen::Index i = 0; i < N; ++i) {
        sum_h[i] += column[i] * a;
        sum_f[i] += column[i] * b;
      }
    }
    for (Eigen::Index i = 0; i < N; ++i) out[i] = sum_h[i], out[N + i] = sum_f[i];
  }
  if (!traded_) return;
  for (Eigen::Index i = 0; i < N; ++i) {
    const auto k = static_cast<std::size_t>(i);
    // Only industries employing labour learn: home is active in i unless foreign supplies both markets.
    if (set_h_[k] == kOther && set_f_[k] == kOther) out[i] = 0.0;
    if (set_h_[k] == kMade && set_f_[k] == kMade) out[N + i] = 0.0;
  }
}

void LearningRhs::tie_shares(const LearningRegime& r, const Eigen::VectorXd& x) {
  // On the tie the equilibria form a segment: home labour, affine in the two shares (θ1, θ2), equals
  // L. Its ends lie on the edges of [0, 1]²: one is the pattern on one side of the tie, the other the
  // pattern on the other side. Each end has its own field (its own active industries: a good with
  // share 1 is idle abroad, with share 0 idle at home). Filippov: the state slides with the convex
  // combination (1 − λ) f_0 + λ f_1 that keeps d/dt log(a1/a2) = −κ log(a1/a2) (κ = 1 damps drift);
  // admissible while λ ∈ [0, 1], i.e. while both ends' fields point into the tie.
  const auto N = static_cast<Eigen::Index>(fixed_.n);
  const auto k1 = static_cast<Eigen::Index>(r.tie.first), k2 = static_cast<Eigen::Index>(r.tie.second);
  auto hdot = [&](const Eigen::VectorXd& f) {
    return f[k1] / x[k1] - f[N + k1] / x[N + k1] - f[k2] / x[k2] + f[N + k2] / x[N + k2];
  };
  double total[3];
  const double corners[3][2] = {{0.0, 0.0}, {1.0, 0.0}, {0.0, 1.0}};
  for (int c = 0; c < 3; ++c) {
    allocate(0.0, corners[c][0], corners[c][1], r.tie);
    total[c] = lab_h_.sum();
  }
  const double a1 = total[1] - total[0], a2 = total[2] - total[0], rest = fixed_.labor_home - total[0];
  // Ends of the segment a1 θ1 + a2 θ2 = rest inside the unit square.
  double ends[4][2];
  int count = 0;
  auto add = [&](double t1, double t2) {
    constexpr double eps = 1e-12;
    if (!(t1 >= -eps && t1 <= 1.0 + eps && t2 >= -eps && t2 <= 1.0 + eps)) return;
    t1 = std::clamp(t1, 0.0, 1.0);
    t2 = std::clamp(t2, 0.0, 1.0);
    for (int e = 0; e < count; ++e)
      if (std::fabs(ends[e][0] - t1) < 1e-12 && std::fabs(ends[e][1] - t2) < 1e-12) return;
    if (count < 4) ends[count][0] = t1, ends[count][1] = t2, ++count;
  };
  for (double edge : {0.0, 1.0}) {
    if (a2 != 0.0) add(edge, (rest - a1 * edge) / a2);
    if (a1 != 0.0) add((rest - a2 * edge) / a1, edge);
  }
  tie_lambda_ = kNaN;
  if (count < 2) return;
  double rate[2];
  for (int e = 0; e < 2; ++e) {
    allocate(0.0, ends[e][0], ends[e][1], r.tie);
    masked_learning(lab_h_, lab_f_, e == 0 ? tie_field_ : tie_field_other_);
    Eigen::VectorXd& f = e == 0 ? tie_field_ : tie_field_other_;
    for (int g = 0; g < 2; ++g) {
      const Eigen::Index k = g == 0 ? k1 : k2;
      if (ends[e][g] == 0.0) f[k] = 0.0;      // idle at home
      if (ends[e][g] == 1.0) f[N + k] = 0.0;  // idle abroad
    }
    rate[e] = hdot(f);
  }
  const double gap = std::log(x[k1] / x[N + k1]) - std::log(x[k2] / x[N + k2]);
  const double denom = rate[0] - rate[1];
  if (!(std::fabs(denom) > 0.0)) return;
  const double lambda = (rate[0] + 1.0 * gap) / denom;
  tie_lambda_ = lambda;
  const double l = std::clamp(lambda, 0.0, 1.0);
  tie_theta_[0] = (1.0 - l) * ends[0][0] + l * ends[1][0];
  tie_theta_[1] = (1.0 - l) * ends[0][1] + l * ends[1][1];
  // The sliding field, kept for raw_field().
  tie_field_ = (1.0 - l) * tie_field_ + l * tie_field_other_;
}

void LearningRhs::tie_fractions(const LearningRegime& r, const Eigen::VectorXd& x, double& first, double& second) {
  solve(r, x, true);
  first = second = tie_lambda_;
}

void LearningRhs::raw_field(const LearningRegime& r, const Eigen::VectorXd& x, Eigen::VectorXd& dxdt) {
  if (direct_solve(r, x)) {
    masked_learning(lab_h_, lab_f_, dxdt);
    return;
  }
  solve(r, x, true);
  if (r.tie.active)
    dxdt = tie_field_;  // the Filippov combination formed by tie_shares()
  else
    masked_learning(lab_h_, lab_f_, dxdt);
}

bool LearningRhs::toggles(std::size_t k, double end) const {
  // A good with a shared market whose leaver (foreign at e = 1, home at e = 0) supplies no other
  // market of it: the leaver's activity, hence its learning, switches on the surface.
  if (set_h_[k] != kShared && set_f_[k] != kShared) return false;
  const signed char leaver = end == 1.0 ? kOther : kMade;
  return set_h_[k] != leaver && set_f_[k] != leaver;
}

void LearningRhs::field(const LearningRegime& r, const Eigen::VectorXd& x, Eigen::VectorXd& dxdt) {
  raw_field(r, x, dxdt);
  if (!r.tie.active) {
    last_field_regime_ = &r;
    last_field_x_ = x;
  }
}

double LearningRhs::shared_fraction_at(const LearningRegime& r, const Eigen::VectorXd& x) {
  if (!direct_solve(r, x)) solve(r, x, false);
  return theta_;
}

double LearningRhs::theta_derivative(const LearningRegime& r, const Eigen::VectorXd& x, const Eigen::VectorXd& v) {
  const double vmax = v.cwiseAbs().maxCoeff();
  if (!(vmax > 0.0)) return 0.0;
  const double h = 1e-6 * x.cwiseAbs().maxCoeff() / vmax;
  xp_ = x + h * v;
  const double up = shared_fraction_at(r, xp_);
  xp_ = x - h * v;
  const double down = shared_fraction_at(r, xp_);
  return (up - down) / (2.0 * h);
}

void LearningRhs::slacks(const LearningRegime& r, const Eigen::VectorXd& x, Eigen::VectorXd& out) {
  const auto N = static_cast<Eigen::Index>(fixed_.n);
  // Without trade the slack needs no equilibrium; at the state of the last field() solve (same
  // regime object, not a tie: its solve was the last one) ω, θ and the sets are known.
  const bool known = last_field_regime_ == &r && !r.tie.active && last_field_x_ == x;
  if (r.traded && !known && !direct_solve(r, x)) solve(r, x, r.tie.active);
  // A fixed length (unused entries +inf, never a crossing): no reallocation per call.
  Eigen::Index count = 0;
  out.resize(6 * N + 1);
  out.setConstant(std::numeric_limits<double>::infinity());
  if (!r.traded) {
    double max_f = kNegInf, min_h = std::numeric_limits<double>::infinity();
    for (Eigen::Index i = 0; i < N; ++i) {
      if (!(r.openness[static_cast<std::size_t>(i)] > 0.0)) continue;
      const double g = r.openness[static_cast<std::size_t>(i)], a = x[i] / x[N + i];
      max_f = std::max(max_f, std::log(g * a));
      min_h = std::min(min_h, std::log(a / g));
    }
    if (max_f > kNegInf) out[count++] = min_h - max_f;
    return;
  }
  const double v = log_wage_;
  for (Eigen::Index i = 0; i < N; ++i) {
    const auto k = static_cast<std::size_t>(i);
    if (!(r.openness[k] > 0.0)) continue;
    const double g = r.openness[k], a = x[i] / x[N + i];
    const double log_a = g == 1.0 ? std::log(a) : 0.0;  // both markets' switch point at openness 1
    for (int market = 0; market < 2; ++market) {
      const bool foreign_market = market == 0;
      const double log_switch = g == 1.0 ? log_a : std::log(foreign_market ? g * a : a / g);
      const signed char s = foreign_market ? set_f_[k] : set_h_[k];
      if (s == kMade)
        out[count++] = log_switch - v;
      else if (s == kOther)
        out[count++] = v - log_switch;
      else {
        if (r.tie.active && (k == r.tie.first || k == r.tie.second)) {
          const double t = tie_lambda_;
          out[count++] = std::isnan(t) ? -1.0 : t;
          out[count++] = std::isnan(t) ? -1.0 : 1.0 - t;
          continue;
        }
        out[count++] = theta_;
        out[count++] = 1.0 - theta_;
        // Two markets shared at one ω must stay tied; when their switch points part, re-solve.
        out[count++] = 1e-9 - std::fabs(log_switch - v);
      }
    }
  }
}

void LearningRhs::outputs(const LearningRegime& r, const Eigen::VectorXd& x, double& rel_wage, double& income_home,
                          double& income_foreign, Eigen::VectorXd& labor_home, Eigen::VectorXd& labor_foreign) {
  output_only_ = true;
  solve(r, x, true);
  output_only_ = false;
  const double s1 = fixed_.sigma - 1.0;
  // P^{1-σ} = Σ b p^{1-σ}: log P = log D / (1 − σ) with D the market's CES denominator (σ ≠ 1).
  income_home = std::exp(log_wage_ + log_lh_ + log_dh_ / s1);
  income_foreign = std::exp(log_lf_ + log_df_ / s1);
  rel_wage = r.traded ? std::exp(log_wage_) : kNaN;
  labor_home = lab_h_;
  labor_foreign = lab_f_;
}

}  // namespace clustertrade::trade_growth
