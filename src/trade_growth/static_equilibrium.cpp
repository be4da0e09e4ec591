#include "trade_growth/static_equilibrium.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

#include "core/errors.hpp"
#include "core/roots.hpp"
#include "core/validate.hpp"

namespace clustertrade::trade_growth {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kNegInf = -std::numeric_limits<double>::infinity();

/// One market of one traded good and the relative wage at which its supplier switches from home
/// (below) to foreign (above): \f$g_ia_i\f$ for foreign's market, \f$a_i/g_i\f$ for home's.
struct Switch {
  double at;
  std::size_t good;
  bool foreign_market;
};

/// Logarithms of the weighted CES terms of the balanced-trade equation. Kept in logs so that
/// \f$A^{\sigma-1}\f$ can neither overflow nor underflow, whatever σ (500, 1e5) and A (1e308).
struct Terms {
  Eigen::VectorXd exp_home;     ///< log b_i (g_i A_i)^{σ-1}: home's good sold abroad
  Eigen::VectorXd own_home;     ///< log b_i A_i^{σ-1}: home's good sold at home
  Eigen::VectorXd own_foreign;  ///< log b_i A*_i^{σ-1}: foreign's good sold abroad
  Eigen::VectorXd imp_foreign;  ///< log b_i (g_i A*_i)^{σ-1}: foreign's good sold at home
};

/// log(e^a + e^b) without overflow; −inf stands for an empty sum.
double log_add(double a, double b) {
  if (a == kNegInf) return b;
  if (b == kNegInf) return a;
  return a > b ? a + std::log1p(std::exp(b - a)) : b + std::log1p(std::exp(a - b));
}

/// A sum of positive terms kept as a logarithm (−inf when empty).
struct LogSum {
  double value = kNegInf;
  void add(double log_term) { value = log_add(value, log_term); }  ///< adds a term given by its log
};

/// The four sums of the balanced-trade equation for given suppliers, as logarithms.
struct Sums {
  LogSum exported;        ///< \tilde X
  LogSum foreign_abroad;  ///< N
  LogSum home_at_home;    ///< \tilde H
  LogSum imported;        ///< M
};

Terms make_terms(const Economy& e, const Eigen::VectorXd& g) {
  const auto n = static_cast<Eigen::Index>(e.size());
  const double s1 = e.sigma - 1.0;
  Terms t{Eigen::VectorXd(n), Eigen::VectorXd(n), Eigen::VectorXd(n), Eigen::VectorXd(n)};
  for (Eigen::Index i = 0; i < n; ++i) {
    const double lb = std::log(e.weight(static_cast<std::size_t>(i)));
    t.own_home[i] = lb + s1 * std::log(e.home[i]);
    t.own_foreign[i] = lb + s1 * std::log(e.foreign[i]);
    const double lgs = g[i] == 1.0 ? 0.0 : (g[i] > 0.0 ? s1 * std::log(g[i]) : kNegInf);
    t.exp_home[i] = lgs + t.own_home[i];
    t.imp_foreign[i] = lgs + t.own_foreign[i];
  }
  return t;
}

std::vector<Switch> make_switches(const Economy& e, const Eigen::VectorXd& g) {
  std::vector<Switch> s;
  for (std::size_t i = 0; i < e.size(); ++i) {
    const auto k = static_cast<Eigen::Index>(i);
    if (!(g[k] > 0.0)) continue;
    const double a = e.home[k] / e.foreign[k];
    s.push_back({g[k] * a, i, true});
    s.push_back({a / g[k], i, false});
  }
  return s;
}

/// Supplier codes per market: 1 home, 0 foreign, 2 shared. Non-traded goods: home at home, foreign abroad.
Sums sums_for(const Terms& t, const Eigen::VectorXd& g, const std::vector<Supplier>& home_mkt,
              const std::vector<Supplier>& foreign_mkt) {
  Sums s;
  for (std::size_t i = 0; i < home_mkt.size(); ++i) {
    const auto k = static_cast<Eigen::Index>(i);
    if (!(g[k] > 0.0)) {
      s.home_at_home.add(t.own_home[k]);
      s.foreign_abroad.add(t.own_foreign[k]);
      continue;
    }
    if (foreign_mkt[i] == Supplier::home)
      s.exported.add(t.exp_home[k]);
    else if (foreign_mkt[i] == Supplier::foreign)
      s.foreign_abroad.add(t.own_foreign[k]);
    if (home_mkt[i] == Supplier::home)
      s.home_at_home.add(t.own_home[k]);
    else if (home_mkt[i] == Supplier::foreign)
      s.imported.add(t.imp_foreign[k]);
  }
  return s;
}

/// log(exports) − log(imports) of home at home wage u with fixed suppliers; its sign is that of
/// exports minus imports, \f$L^*X/(X+N) - uLM/(M+H)\f$ with \f$X = u^{1-\sigma}\tilde X\f$,
/// \f$H = u^{1-\sigma}\tilde H\f$. Evaluated in logs: finite for any σ and any scale of A, L.
double excess_exports(double u, const Sums& s, const Economy& e) {
  const double lu = std::log(u), s1 = e.sigma - 1.0;
  const double lx = s.exported.value == kNegInf ? kNegInf : s.exported.value - s1 * lu;
  const double lh = s.home_at_home.value == kNegInf ? kNegInf : s.home_at_home.value - s1 * lu;
  const double log_exports =
      lx == kNegInf ? kNegInf : std::log(e.labor_foreign) + lx - log_add(lx, s.foreign_abroad.value);
  const double log_imports = s.imported.value == kNegInf
                                 ? kNegInf
                                 : lu + std::log(e.labor_home) + s.imported.value - log_add(s.imported.value, lh);
  if (log_exports == kNegInf && log_imports == kNegInf) return 0.0;
  if (log_imports == kNegInf) return std::numeric_limits<double>::infinity();
  if (log_exports == kNegInf) return kNegInf;
  return log_exports - log_imports;
}

/// The shared fraction θ (home's share of every shared market) that balances trade at wage u:
/// exports and imports are linear in θ once prices are fixed, \f$\alpha + \beta\theta = \gamma +
/// \delta(1-\theta)\f$. The four coefficients are formed in logs and scaled by their maximum.
double shared_fraction(double u, const Sums& base, double shared_exp, double shared_home, const Economy& e) {
  const double lu = std::log(u), s1 = e.sigma - 1.0;
  auto shift = [&](double v) { return v == kNegInf ? kNegInf : v - s1 * lu; };
  const double x = shift(base.exported.value), xc = shift(shared_exp);
  const double h = shift(base.home_at_home.value), hc = shift(shared_home);
  const double df = log_add(log_add(x, xc), base.foreign_abroad.value);
  const double dh = log_add(log_add(h, hc), base.imported.value);
  const double lf = std::log(e.labor_foreign), lhm = lu + std::log(e.labor_home);
  auto coef = [](double scale, double num, double den) { return num == kNegInf ? kNegInf : scale + num - den; };
  const double la = coef(lf, x, df), lbeta = coef(lf, xc, df), lg = coef(lhm, base.imported.value, dh),
               ld = coef(lhm, hc, dh);
  const double m = std::max({la, lbeta, lg, ld});
  auto ex = [&](double v) { return v == kNegInf ? 0.0 : std::exp(v - m); };
  return (ex(lg) + ex(ld) - ex(la)) / (ex(lbeta) + ex(ld));
}

double log_sum_exp(const Eigen::VectorXd& v) {
  const double m = v.maxCoeff();
  return m + std::log((v.array() - m).exp().sum());
}

/// Spending shares and log price index of one market with log prices `lp` (H12 eq. (2)).
///
/// \f$\log P = \frac{1}{1-\sigma}\log\sum_i b_ip_i^{1-\sigma}
///            = \frac{\log B}{1-\sigma} + \frac{1}{1-\sigma}\,\mathrm{log1p}\Big(\sum_i\beta_i\,
///              \mathrm{expm1}\big((1-\sigma)\log p_i\big)\Big)\f$ with \f$B = \sum_i b_i\f$,
/// \f$\beta_i = b_i/B\f$: the second term has no cancellation as σ → 1 and tends to the Cobb–Douglas
/// \f$\sum_i\beta_i\log p_i\f$. The first is H12's normalisation, \f$B^{1/(1-\sigma)}\f$; it is 0 when
/// the weights sum to one and has no limit at σ = 1 otherwise (see Economy).
void ces_shares(const Economy& e, const Eigen::VectorXd& lp, Eigen::VectorXd& shares, double& log_price_index) {
  const auto n = lp.size();
  Eigen::VectorXd lb = Eigen::VectorXd::Zero(n);
  if (e.weights.size() != 0) lb = e.weights.array().log();
  const double eps = 1.0 - e.sigma;
  const Eigen::VectorXd lw = lb + eps * lp;
  const double lse = log_sum_exp(lw);
  shares = (lw.array() - lse).exp();
  // log Σ b, formed from the plain sum so that weights summing exactly to one give exactly 0 (the
  // term is divided by 1 − σ below); log n without weights.
  const double total = e.weights.size() == 0 ? static_cast<double>(n) : e.weights.sum();
  const double log_total = std::isfinite(total) ? std::log(total) : log_sum_exp(lb);
  if (e.sigma == 1.0) {
    log_price_index = shares.dot(lp);
    return;
  }
  const Eigen::VectorXd beta = (lb.array() - log_total).exp();
  if (std::fabs(eps) * (lp.cwiseAbs().maxCoeff()) < 0.5) {
    double sum = 0.0;
    for (Eigen::Index i = 0; i < n; ++i) sum += beta[i] * std::expm1(eps * lp[i]);
    log_price_index = log_total / eps + std::log1p(sum) / eps;
  } else {
    log_price_index = lse / eps;
  }
}

/// Builds the full equilibrium from the wage u (foreign wage 1) and home's market shares.
Equilibrium allocate(const Economy& e, const Eigen::VectorXd& g, double u, const Eigen::VectorXd& th,
                     const Eigen::VectorXd& tf, bool traded) {
  const auto n = static_cast<Eigen::Index>(e.size());
  Eigen::VectorXd lph(n), lpf(n);
  const double lu = std::log(u);
  for (Eigen::Index i = 0; i < n; ++i) {
    const double la = std::log(e.home[i]), las = std::log(e.foreign[i]);
    const bool trd = g[i] > 0.0;
    // H12 eq. (6): price = wage / productivity; a good shipped is dearer by the factor 1/g.
    lph[i] = (!trd || th[i] > 0.0) ? lu - la : -std::log(g[i]) - las;
    lpf[i] = (!trd || tf[i] <= 0.0) ? -las : lu - std::log(g[i]) - la;
  }
  Equilibrium eq;
  eq.traded = traded;
  Eigen::VectorXd sh, sf;
  double lph_index = 0.0, lpf_index = 0.0;
  ces_shares(e, lph, sh, lph_index);
  ces_shares(e, lpf, sf, lpf_index);
  // Spending u L at home and L* abroad; labour is revenue over wage, formed without u L (which may
  // overflow when L is near the largest double).
  const double spend_f = e.labor_foreign;
  eq.labor_home = th.cwiseProduct(sh) * e.labor_home + tf.cwiseProduct(sf) * (spend_f / u);
  eq.labor_foreign = (Eigen::VectorXd::Ones(n) - th).cwiseProduct(sh) * u * e.labor_home +
                     (Eigen::VectorXd::Ones(n) - tf).cwiseProduct(sf) * spend_f;
  eq.price_index_home = std::exp(lph_index);
  eq.price_index_foreign = std::exp(lpf_index);
  eq.income_home = std::exp(lu + std::log(e.labor_home) - lph_index);
  eq.income_foreign = std::exp(std::log(spend_f) - lpf_index);
  eq.home_share_home_market = th;
  eq.home_share_foreign_market = tf;
  eq.exports_home = tf.cwiseProduct(sf).sum() * spend_f;
  eq.imports_home = (Eigen::VectorXd::Ones(n) - th).cwiseProduct(sh).sum() * u * e.labor_home;
  eq.rel_wage = traded ? u : kNaN;
  eq.pattern.home_market.resize(e.size());
  eq.pattern.foreign_market.resize(e.size());
  auto code = [](double theta) {
    return theta >= 1.0 ? Supplier::home : (theta <= 0.0 ? Supplier::foreign : Supplier::shared);
  };
  for (std::size_t i = 0; i < e.size(); ++i) {
    eq.pattern.home_market[i] = code(th[static_cast<Eigen::Index>(i)]);
    eq.pattern.foreign_market[i] = code(tf[static_cast<Eigen::Index>(i)]);
  }
  return eq;
}

Equilibrium no_trade(const Economy& e, const Eigen::VectorXd& g) {
  const auto n = static_cast<Eigen::Index>(e.size());
  // Each country prices in its own wage (u = 1 makes home's prices home-wage units).
  return allocate(e, g, 1.0, Eigen::VectorXd::Ones(n), Eigen::VectorXd::Zero(n), false);
}

/// True when no relative wage makes any good traded: max g a ≤ min a/g over traded goods.
bool no_trade_band(const std::vector<Switch>& s) {
  if (s.empty()) return true;
  double max_f = -std::numeric_limits<double>::infinity(), min_h = std::numeric_limits<double>::infinity();
  for (const auto& w : s) {
    if (w.foreign_market)
      max_f = std::max(max_f, w.at);
    else
      min_h = std::min(min_h, w.at);
  }
  return max_f <= min_h;
}

Eigen::VectorXd as_vector(const std::vector<Supplier>& v) {
  Eigen::VectorXd out(static_cast<Eigen::Index>(v.size()));
  for (std::size_t i = 0; i < v.size(); ++i) out[static_cast<Eigen::Index>(i)] = v[i] == Supplier::home ? 1.0 : 0.0;
  return out;
}

Equilibrium solve_unchecked(const Economy& e, const Eigen::VectorXd& g) {
  std::vector<Switch> sw = make_switches(e, g);
  if (no_trade_band(sw)) return no_trade(e, g);
  std::sort(sw.begin(), sw.end(), [](const Switch& x, const Switch& y) {
    if (x.at != y.at) return x.at < y.at;
    if (x.good != y.good) return x.good < y.good;
    return x.foreign_market < y.foreign_market;
  });
  // Groups of equal switch points: [start, end) in sw.
  std::vector<std::size_t> start;
  for (std::size_t k = 0; k < sw.size(); ++k)
    if (k == 0 || sw[k].at != sw[k - 1].at) start.push_back(k);
  const std::size_t groups = start.size();
  auto group_end = [&](std::size_t k) { return k + 1 < groups ? start[k + 1] : sw.size(); };

  const Terms terms = make_terms(e, g);
  const std::size_t n = e.size();
  // Suppliers when the first `switched` switches have happened (those markets go to foreign) and
  // the switches in [switched, tied_end) are shared; traded markets beyond are supplied by home.
  std::vector<Supplier> hm, fm;
  auto suppliers = [&](std::size_t switched, std::size_t tied_end) {
    hm.assign(n, Supplier::home);
    fm.assign(n, Supplier::foreign);
    for (std::size_t i = 0; i < n; ++i)
      if (g[static_cast<Eigen::Index>(i)] > 0.0) fm[i] = Supplier::home;
    for (std::size_t j = 0; j < tied_end; ++j)
      (sw[j].foreign_market ? fm : hm)[sw[j].good] = j < switched ? Supplier::foreign : Supplier::shared;
  };
  auto value = [&](std::size_t idx) {  // idx even: just below switch group idx/2; odd: just above
    const std::size_t k = idx / 2;
    const std::size_t switched = idx % 2 == 0 ? start[k] : group_end(k);
    suppliers(switched, switched);
    return excess_exports(sw[start[k]].at, sums_for(terms, g, hm, fm), e);
  };
  std::size_t lo = 0, hi = 2 * groups - 1;
  if (!(value(lo) > 0.0) || !(value(hi) < 0.0))
    throw std::logic_error("solve_static_equilibrium: excess exports do not change sign across the switch points");
  while (hi - lo > 1) {
    const std::size_t mid = lo + (hi - lo) / 2;
    (value(mid) >= 0.0 ? lo : hi) = mid;
  }
  const std::size_t k = lo / 2;
  Eigen::VectorXd th, tf;
  double u = 0.0;
  if (lo % 2 == 0) {
    // The root sits on the jump at switch group k: share those markets.
    u = sw[start[k]].at;
    const std::size_t switched = start[k], tied_end = group_end(k);
    suppliers(switched, tied_end);
    // Base sums without the shared markets (sums_for skips them), and their weight in home form.
    const std::vector<Supplier>& hb = hm;
    const std::vector<Supplier>& fb = fm;
    LogSum shared_exp, shared_home;
    for (std::size_t j = switched; j < tied_end; ++j) {
      const auto good = static_cast<Eigen::Index>(sw[j].good);
      if (sw[j].foreign_market)
        shared_exp.add(terms.exp_home[good]);
      else
        shared_home.add(terms.own_home[good]);
    }
    const double theta =
        std::clamp(shared_fraction(u, sums_for(terms, g, hb, fb), shared_exp.value, shared_home.value, e), 0.0, 1.0);
    th = as_vector(hm);
    tf = as_vector(fm);
    for (std::size_t j = switched; j < tied_end; ++j)
      (sw[j].foreign_market ? tf : th)[static_cast<Eigen::Index>(sw[j].good)] = theta;
  } else {
    // The root lies strictly between switch groups k and k+1: suppliers fixed, ω continuous.
    const std::size_t switched = group_end(k);
    suppliers(switched, switched);
    const Sums s = sums_for(terms, g, hm, fm);
    const Bracket b = find_root([&](double v) { return excess_exports(std::exp(v), s, e); },  // in log ω
                                std::log(sw[start[k]].at), std::log(sw[start[k + 1]].at));
    u = std::exp(b.root);
    th = as_vector(hm);
    tf = as_vector(fm);
  }
  return allocate(e, g, u, th, tf, true);
}

}  // namespace

/// Refuses, as bad input, an equilibrium whose numbers do not fit in a double: every solver output
/// must be finite (issue 12: never inf or NaN with exit 0).
void require_representable(const Economy& e, const Eigen::VectorXd& g, const Equilibrium& eq) {
  const bool finite = std::isfinite(eq.income_home) && std::isfinite(eq.income_foreign) &&
                      std::isfinite(eq.price_index_home) && std::isfinite(eq.price_index_foreign) &&
                      eq.labor_home.allFinite() && eq.labor_foreign.allFinite() && std::isfinite(eq.exports_home) &&
                      std::isfinite(eq.imports_home) && (!eq.traded || std::isfinite(eq.rel_wage));
  if (finite) {
    // Very unequal sizes: the small country's share of a shared market, 1 − θ, can fall below the
    // resolution of θ; check that the small country's labour market still clears.
    const double ratio = e.labor_home / e.labor_foreign;
    if (ratio <= 1e6 && ratio >= 1e-6) return;
    const Residuals r = equilibrium_residuals(e, g, eq);
    if (r.labor_home <= 1e-9 && r.labor_foreign <= 1e-9) return;
    // Blame the labour force farther from 1 (the one moved from its default), and show the ratio in
    // shortest form (std::to_string printed 300 digits at 1e-308).
    const bool home = std::fabs(std::log(e.labor_home)) >= std::fabs(std::log(e.labor_foreign));
    throw InvalidParameter(home ? "labor_home" : "labor_foreign",
                           "makes the countries' sizes differ so much (L/L* = " + format_double(e.labor_home) + "/" +
                               format_double(e.labor_foreign) +
                               ") that the smaller country's employment is below the resolution of a double; "
                               "this solver resolves L/L* up to about 1e6 either way when a good is shared");
  }
  const double total_weight = e.weights.size() == 0 ? static_cast<double>(e.size()) : e.weights.sum();
  if (std::fabs(e.sigma - 1.0) < 1e-2 && total_weight != 1.0)
    throw InvalidParameter("sigma",
                           "is too close to 1 for H12's unnormalised CES index: the income scale factor (sum "
                           "of weights)^(1/(sigma-1)) exceeds the largest double; use sigma = 1 (Cobb-Douglas) "
                           "or weights summing to 1");
  const double top_a = std::max(e.home.maxCoeff(), e.foreign.maxCoeff()),
               top_l = std::max(e.labor_home, e.labor_foreign);
  const char* field = top_a > top_l ? (e.home.maxCoeff() >= e.foreign.maxCoeff() ? "home" : "foreign")
                                    : (e.labor_home >= e.labor_foreign ? "labor_home" : "labor_foreign");
  throw InvalidParameter(field,
                         "gives an income or price that exceeds the largest double (about 1.8e308); rescale "
                         "labour or productivities");
}

Equilibrium solve_static_equilibrium(const Economy& economy, const Eigen::VectorXd& openness) {
  economy.validate();
  validate_openness(openness, economy.size());
  Equilibrium eq = solve_unchecked(economy, openness);
  require_representable(economy, openness, eq);
  return eq;
}

Equilibrium solve_autarky(const Economy& economy) {
  economy.validate();
  const Eigen::VectorXd closed = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(economy.size()));
  Equilibrium eq = no_trade(economy, closed);
  require_representable(economy, closed, eq);
  return eq;
}

Equilibrium solve_free_trade(const Economy& economy) {
  return solve_static_equilibrium(economy, Eigen::VectorXd::Ones(static_cast<Eigen::Index>(economy.size())));
}

Equilibrium solve_mobility(const Economy& e) {
  e.validate();
  const auto n = static_cast<Eigen::Index>(e.size());
  Eigen::VectorXd theta(n), lp(n);
  for (Eigen::Index i = 0; i < n; ++i) {
    theta[i] = e.home[i] > e.foreign[i] ? 1.0 : (e.home[i] < e.foreign[i] ? 0.0 : 0.5);
    lp[i] = -std::log(std::max(e.home[i], e.foreign[i]));  // equal wages w = w* = 1
  }
  Eigen::VectorXd shares;
  double lpi = 0.0;
  ces_shares(e, lp, shares, lpi);
  const double world = e.labor_home + e.labor_foreign;
  Equilibrium eq;
  eq.traded = true;
  eq.rel_wage = 1.0;
  eq.labor_home = theta.cwiseProduct(shares) * world;
  eq.labor_foreign = (Eigen::VectorXd::Ones(n) - theta).cwiseProduct(shares) * world;
  eq.price_index_home = eq.price_index_foreign = std::exp(lpi);
  eq.income_home = eq.labor_home.sum() / eq.price_index_home;
  eq.income_foreign = eq.labor_foreign.sum() / eq.price_index_foreign;
  eq.home_share_home_market = theta;
  eq.home_share_foreign_market = theta;
  const double home_pop = eq.labor_home.sum();
  eq.exports_home = theta.cwiseProduct(shares).sum() * (world - home_pop);
  eq.imports_home = (Eigen::VectorXd::Ones(n) - theta).cwiseProduct(shares).sum() * home_pop;
  eq.pattern.home_market.resize(e.size());
  eq.pattern.foreign_market.resize(e.size());
  for (std::size_t i = 0; i < e.size(); ++i) {
    const double t = theta[static_cast<Eigen::Index>(i)];
    const Supplier s = t >= 1.0 ? Supplier::home : (t <= 0.0 ? Supplier::foreign : Supplier::shared);
    eq.pattern.home_market[i] = eq.pattern.foreign_market[i] = s;
  }
  return eq;
}

Residuals equilibrium_residuals(const Economy& e, const Eigen::VectorXd& g, const Equilibrium& eq) {
  const auto n = static_cast<Eigen::Index>(e.size());
  const double u = eq.traded ? eq.rel_wage : 1.0;
  // Prices: the cheapest supplier actually used (H12 eq. (6) with the iceberg factor).
  Eigen::VectorXd ph(n), pf(n);
  for (Eigen::Index i = 0; i < n; ++i) {
    const bool trd = g[i] > 0.0 && eq.traded;
    ph[i] = (!trd || eq.home_share_home_market[i] > 0.0) ? u / e.home[i] : 1.0 / (g[i] * e.foreign[i]);
    pf[i] = (!trd || eq.home_share_foreign_market[i] <= 0.0) ? 1.0 / e.foreign[i] : u / (g[i] * e.home[i]);
  }
  // CES spending shares b_i p_i^{1-σ} / Σ, formed in logs (any σ).
  auto spend = [&](const Eigen::VectorXd& p) {
    Eigen::VectorXd w(n);
    for (Eigen::Index i = 0; i < n; ++i)
      w[i] = std::log(e.weight(static_cast<std::size_t>(i))) + (1.0 - e.sigma) * std::log(p[i]);
    return Eigen::VectorXd((w.array() - log_sum_exp(w)).exp());
  };
  // Home spending u L enters as the share times L (labour) or times u L (trade values, relative to u L).
  const Eigen::VectorXd sh = spend(ph), sf = spend(pf);
  const double lf_over_u = e.labor_foreign / u, lf_over_ul = lf_over_u / e.labor_home;
  double lh = 0.0, lf = 0.0, x = 0.0, m = 0.0;
  for (Eigen::Index i = 0; i < n; ++i) {
    const double th = eq.home_share_home_market[i], tf = eq.home_share_foreign_market[i];
    lh += th * sh[i] * e.labor_home + tf * sf[i] * lf_over_u;
    lf += (1.0 - th) * sh[i] * u * e.labor_home + (1.0 - tf) * sf[i] * e.labor_foreign;
    x += tf * sf[i] * lf_over_ul;  // exports / (u L)
    m += (1.0 - th) * sh[i];       // imports / (u L)
  }
  return {std::fabs(lh - e.labor_home) / e.labor_home, std::fabs(lf - e.labor_foreign) / e.labor_foreign,
          eq.traded ? std::fabs(x - m) : std::fabs(x - m) * u * e.labor_home};
}

Equilibrium solve_with_pattern(const Economy& e, const Eigen::VectorXd& g, const TradePattern& pattern) {
  const auto n = static_cast<Eigen::Index>(e.size());
  bool any_traded = false;
  for (Eigen::Index i = 0; i < n; ++i) {
    const auto k = static_cast<std::size_t>(i);
    if (g[i] > 0.0 && (pattern.home_market[k] != Supplier::home || pattern.foreign_market[k] != Supplier::foreign))
      any_traded = true;
  }
  if (!any_traded) return no_trade(e, g);
  const Terms terms = make_terms(e, g);
  // Shared markets: ω is pinned at the first one's switch point.
  double u = kNaN;
  std::vector<Supplier> hb = pattern.home_market, fb = pattern.foreign_market;
  LogSum shared_exp, shared_home;
  for (Eigen::Index i = 0; i < n; ++i) {
    const auto k = static_cast<std::size_t>(i);
    if (!(g[i] > 0.0)) continue;
    const double a = e.home[i] / e.foreign[i];
    if (pattern.foreign_market[k] == Supplier::shared) {
      if (std::isnan(u)) u = g[i] * a;
      shared_exp.add(terms.exp_home[i]);
    }
    if (pattern.home_market[k] == Supplier::shared) {
      if (std::isnan(u)) u = a / g[i];
      shared_home.add(terms.own_home[i]);
    }
  }
  Eigen::VectorXd th = as_vector(pattern.home_market), tf = as_vector(pattern.foreign_market);
  for (Eigen::Index i = 0; i < n; ++i)
    if (!(g[i] > 0.0)) th[i] = 1.0, tf[i] = 0.0;
  if (!std::isnan(u)) {
    const double theta = shared_fraction(u, sums_for(terms, g, hb, fb), shared_exp.value, shared_home.value, e);
    // θ may leave [0, 1] once the state has moved past a switch; the slacks report it. Allocate
    // with θ clamped so that the right-hand side stays well defined until the switch is located.
    const double tc = std::clamp(theta, 0.0, 1.0);
    for (Eigen::Index i = 0; i < n; ++i) {
      const auto k = static_cast<std::size_t>(i);
      if (pattern.home_market[k] == Supplier::shared) th[i] = tc;
      if (pattern.foreign_market[k] == Supplier::shared) tf[i] = tc;
    }
    Equilibrium eq = allocate(e, g, u, th, tf, true);
    eq.pattern = pattern;
    // Keep the unclamped θ visible to pattern_slacks through the shares of the shared markets.
    for (Eigen::Index i = 0; i < n; ++i) {
      const auto k = static_cast<std::size_t>(i);
      if (pattern.home_market[k] == Supplier::shared) eq.home_share_home_market[i] = theta;
      if (pattern.foreign_market[k] == Supplier::shared) eq.home_share_foreign_market[i] = theta;
    }
    return eq;
  }
  const Sums s = sums_for(terms, g, pattern.home_market, pattern.foreign_market);
  // Bracket the root around the pattern's own interval of ω, widened geometrically.
  double lo = std::numeric_limits<double>::infinity(), hi = 0.0;
  for (Eigen::Index i = 0; i < n; ++i) {
    if (!(g[i] > 0.0)) continue;
    const double a = e.home[i] / e.foreign[i];
    lo = std::min(lo, g[i] * a);
    hi = std::max(hi, a / g[i]);
  }
  auto f = [&](double x) { return excess_exports(x, s, e); };
  lo *= 0.5;
  hi *= 2.0;
  for (int k = 0; k < 200 && f(lo) < 0.0; ++k) lo *= 0.5;
  for (int k = 0; k < 200 && f(hi) > 0.0; ++k) hi *= 2.0;
  u = find_root(f, lo, hi).root;
  Equilibrium eq = allocate(e, g, u, th, tf, true);
  eq.pattern = pattern;
  return eq;
}

Eigen::VectorXd pattern_slacks(const Economy& e, const Eigen::VectorXd& g, const Equilibrium& eq) {
  const auto n = static_cast<Eigen::Index>(e.size());
  std::vector<double> out;
  if (!eq.traded) {
    double max_f = -std::numeric_limits<double>::infinity(), min_h = std::numeric_limits<double>::infinity();
    for (Eigen::Index i = 0; i < n; ++i) {
      if (!(g[i] > 0.0)) continue;
      const double a = e.home[i] / e.foreign[i];
      max_f = std::max(max_f, g[i] * a);
      min_h = std::min(min_h, a / g[i]);
    }
    if (std::isfinite(max_f)) out.push_back(std::log(min_h) - std::log(max_f));
  } else {
    const double lu = std::log(eq.rel_wage);
    for (Eigen::Index i = 0; i < n; ++i) {
      const auto k = static_cast<std::size_t>(i);
      if (!(g[i] > 0.0)) continue;
      const double la = std::log(e.home[i] / e.foreign[i]), lg = std::log(g[i]);
      auto add = [&](Supplier s, double log_switch, double theta) {
        if (s == Supplier::home)
          out.push_back(log_switch - lu);
        else if (s == Supplier::foreign)
          out.push_back(lu - log_switch);
        else {
          out.push_back(theta);
          out.push_back(1.0 - theta);
          // Two goods shared at one ω must stay tied; when their switch points part, re-solve.
          out.push_back(1e-9 - std::fabs(log_switch - lu));
        }
      };
      add(eq.pattern.foreign_market[k], lg + la, eq.home_share_foreign_market[i]);
      add(eq.pattern.home_market[k], la - lg, eq.home_share_home_market[i]);
    }
  }
  return Eigen::Map<Eigen::VectorXd>(out.data(), static_cast<Eigen::Index>(out.size()));
}

}  // namespace clustertrade::trade_growth
