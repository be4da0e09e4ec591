// H12 §4: delayed (Fig. 6) and gradual (Fig. 7) liberalisation against immediate liberalisation,
// with H12's CRRA utility ∫ D^{1-θ}/(1-θ) e^{-ρt} dt (§2.1): the discount rates for which each is
// mutually preferred, and the best delay date.
#include <algorithm>
#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "core/roots.hpp"
#include "trade_growth/claims_checks.hpp"
#include "trade_growth/claims_laws.hpp"
#include "trade_growth/static_equilibrium.hpp"

namespace clustertrade::trade_growth::claims {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kHorizon = kPolicyHorizon;

/// The discount factors \f$e^{-\rho s}\f$ at every date a Utility weighs at rate ρ: the output dates
/// \f$t_k\f$, then the tail's dates \f$a_j = H + j\f$ (formed by the same additions as Utility's loop)
/// and its end \f$\max(H, 40/\rho)\f$. Each exponential is taken once and shared by the four
/// utilities mutual_gain() compares (both countries, both policies: one date grid, long_path()'s), so
/// the ρ search costs one exp per date instead of eight (issue 21); the factors are the same numbers.
struct Discounts {
  std::vector<double> grid;  ///< \f$e^{-\rho t_k}\f$
  std::vector<double> tail;  ///< \f$e^{-\rho a_j}\f$, then \f$e^{-\rho\,\mathrm{end}}\f$ when the end is no \f$a_j\f$
  /// Fills the factors for rate ρ on the dates t (H = t.back()).
  void at(double rho, const std::vector<double>& t) {
    grid.resize(t.size());
    for (std::size_t k = 0; k < t.size(); ++k) grid[k] = std::exp(-rho * t[k]);
    const double h = t.back(), end = std::max(h, 40.0 / rho);
    tail.assign(1, std::exp(-rho * h));
    for (double a = h; a < end; a += 1.0) tail.push_back(std::exp(-rho * std::min(end, a + 1.0)));
  }
};

/// H12 §2.1's discounted CRRA utility of one country's income path, trapezoid rule on the output grid
/// to H, then a tail to \f$\max(H, 40/\rho)\f$ in unit steps with income extrapolated linearly from
/// its slope over the last 10 units (clamped at 0) — the regimes at H are steady (CBT grows about
/// linearly, CDT is constant). The felicities \f$u(D)\f$ do not depend on ρ: they are computed once
/// per path (and per tail point, as first needed), and the discount factors once per ρ (Discounts).
class Utility {
 public:
  Utility(std::vector<double> t, std::vector<double> d, double theta) : t_(std::move(t)), theta_(theta) {
    for (double x : d) u_.push_back(felicity(x));
    const std::size_t last = t_.size() - 1, back = last >= 20 ? last - 20 : 0;
    d_last_ = d[last];
    slope_ = std::max(0.0, (d[last] - d[back]) / std::max(t_[last] - t_[back], 1e-12));
    h_ = t_[last];
  }

  /// The discounted utility at rate ρ, with the discount factors `e` at that rate on this path's dates.
  double operator()(double rho, const Discounts& e) {
    double sum = 0.0;
    for (std::size_t k = 1; k < t_.size(); ++k)
      sum += 0.5 * (t_[k] - t_[k - 1]) * (u_[k - 1] * e.grid[k - 1] + u_[k] * e.grid[k]);
    const double end = std::max(h_, 40.0 / rho);
    std::size_t j = 0;
    for (double a = h_; a < end; a += 1.0, ++j) {
      const double b = std::min(end, a + 1.0);
      const double ua = tail(j, a);  // first: the cache fills in the loop's order
      const double ub = b == a + 1.0 ? tail(j + 1, b) : felicity(d_last_ + slope_ * (b - h_));
      sum += 0.5 * (b - a) * (ua * e.tail[j] + ub * e.tail[j + 1]);
    }
    return sum;
  }

  /// The output dates. \return \f$t_k\f$
  const std::vector<double>& dates() const { return t_; }

 private:
  double felicity(double x) const { return theta_ == 1.0 ? std::log(x) : std::pow(x, 1.0 - theta_) / (1.0 - theta_); }
  /// u at tail point j (date a = H + j, reached by the loop's own additions).
  double tail(std::size_t j, double a) {
    if (j == tail_.size()) tail_.push_back(felicity(d_last_ + slope_ * (a - h_)));
    return tail_.at(j);
  }
  std::vector<double> t_, u_, tail_;
  double theta_, d_last_ = 0.0, slope_ = 0.0, h_ = 0.0;
};

/// Both countries' utilities of one policy's path.
struct Incomes {
  Utility home, foreign;
};

/// The path to t = 150 with dates every 0.5.
Path long_path(const Case& c, const Policy& p) {
  Case longer = c;
  longer.horizon = kHorizon;
  longer.step = 0.5;
  return run_path(longer, p, PathReads::incomes);
}

Incomes incomes(const Path& path, double theta) {
  std::vector<double> t, dh, df;
  for (const auto& q : path.points) {
    t.push_back(q.t);
    dh.push_back(q.income_home);
    df.push_back(q.income_foreign);
  }
  return {Utility(t, dh, theta), Utility(t, df, theta)};
}

/// min over the countries of U(policy) − U(immediate), relative to |U(immediate)|. Both paths are
/// long_path()'s, on one date grid (as overtake_date() assumes too): one set of discount factors.
double mutual_gain(Incomes& pol, Incomes& imm, double rho) {
  thread_local Discounts e;  // a per-thread workspace: no allocation per ρ once grown
  e.at(rho, imm.home.dates());
  const double uh = imm.home(rho, e), uf = imm.foreign(rho, e);
  return std::min((pol.home(rho, e) - uh) / std::fabs(uh), (pol.foreign(rho, e) - uf) / std::fabs(uf));
}

/// Whether the policy's income stays above immediate liberalisation's in both countries from some
/// date on; returns that date (−1: never).
double overtake_date(const Path& pol, const Path& imm) {
  double overtake = -1.0;
  for (std::size_t k = pol.points.size(); k-- > 0;) {
    if (pol.points[k].income_home > imm.points[k].income_home &&
        pol.points[k].income_foreign > imm.points[k].income_foreign)
      overtake = pol.points[k].t;
    else
      break;
  }
  return overtake;
}

}  // namespace

bool cluster_building(const Equilibrium& eq) { return specialises(eq, {0, 1}) || specialises(eq, {2, 3}); }

double first_cbt_date(const Case& c, const Policy& before) {
  SimulationOptions o = check_options(c);
  return first_time_free_trade_satisfies(c.params, before, cluster_building, kPolicyDateLimit, 0.25, kCbtDateTol, o);
}

namespace {

/// The policy until the policy's date: autarky (Fig. 6's delay), or industries 1 and 4 open at once (Fig. 7).
Policy before_second_stage(bool gradual) {
  Policy before = Policy::autarky(4);
  if (gradual) before.liberalize_at[0] = before.liberalize_at[3] = 0.0;
  return before;
}

}  // namespace

Case draw_policy(std::size_t k, DrawRng& rng, int figure) {
  using namespace laws;
  Case c;
  Economy& e = c.params.economy;
  const Eigen::Vector4d paper = figure == 6 ? Eigen::Vector4d(10, 4, 5, 2) : Eigen::Vector4d(10, 4, 6, 2);
  e.home = paper;
  double tau = 0.2;
  e.sigma = 2.0;
  c.risk_aversion = 2.0;
  const bool targeted = k > 0 && k % 2 == 0;
  if (k > 0) {
    for (Eigen::Index i = 0; i < 4; ++i) e.home[i] *= std::exp(kPolicyShift.sample(rng));
    tau = kPolicyTau.sample(rng);
    e.sigma = kPolicySigma.sample(rng);
    c.risk_aversion = kPolicyGamma.sample(rng);
  }
  if (targeted) {  // where the random phase's violations cluster: see claims_laws.hpp
    e.home[0] = paper[0] * std::exp(kPolicyShiftTargeted.sample(rng));
    e.sigma = kPolicySigmaTargeted.sample(rng);
    c.risk_aversion = kPolicyGammaTargeted.sample(rng);
  }
  e.foreign = mirror(e.home);
  c.params.tau = pair_cluster_matrix(4, tau);
  c.horizon = kHorizon;
  c.step = 0.5;
  if (targeted) {
    // The premise's boundary: the policy's date late, just before kPolicyDateLimit. Before the policy's date
    // Ȧ = τ̄ f(A) (H12 Table 2's matrix scaled by τ̄), so the path is A(τ̄t) and the date is d(τ̄) = d(τ̄')τ̄'/τ̄:
    // probe the date at the largest τ̄ of the law, then set τ̄ so that the date lands at the drawn target,
    // kept inside τ̄'s range (a date beyond the limit even there misses the premise).
    const double target = kPolicyDelayTarget.sample(rng);
    Case probe = c;
    probe.params.tau = pair_cluster_matrix(4, kPolicyTau.hi);
    const double shortest = first_cbt_date(probe, before_second_stage(figure == 7));
    const double scaled = std::isfinite(shortest) ? kPolicyTau.hi * shortest / target : kPolicyTau.hi;
    c.params.tau = pair_cluster_matrix(4, std::clamp(scaled, kPolicyTau.lo, kPolicyTau.hi));
  }
  return c;
}

bool policy_in_scope(const Case& c, int figure) {
  using namespace laws;
  const Case paper = policy_figure_case(figure);
  const Economy& e = c.params.economy;
  if (c.size() != 4 || e.labor_home != e.labor_foreign || (e.foreign - mirror(e.home)).cwiseAbs().maxCoeff() > 0.0)
    return false;
  const double tau = c.params.tau(0, 1);
  const auto within = [](double x, const DrawLaw& law) { return x >= law.lo && x <= law.hi; };
  if ((c.params.tau - pair_cluster_matrix(4, tau)).cwiseAbs().maxCoeff() > 0.0 || !within(tau, kPolicyTau))
    return false;
  if (!within(e.sigma, kPolicySigma) || !within(c.risk_aversion, kPolicyGamma)) return false;
  const double tol = 1e-12;  // e^{±0.2} computed in double
  for (Eigen::Index i = 0; i < 4; ++i) {
    const double u = std::log(e.home[i] / paper.params.economy.home[i]);
    if (u < kPolicyShift.lo - tol || u > kPolicyShift.hi + tol) return false;
  }
  return true;
}

Case policy_figure_case(int figure) {
  DrawRng unused(0, 0);
  return draw_policy(0, unused, figure);
}

Finding policy_finding(const PolicyOutcome& o, bool gradual) {
  Finding f;
  f.margin =
      std::min(o.low_rho_gain, gradual ? (o.full_delay_date - o.date) / std::max(o.full_delay_date, 1e-12) : kInf);
  f.value = o.rho_bar;
  f.violated = o.overtake < 0.0 || !(o.low_rho_gain > 0.0) || (gradual && !(o.date < o.full_delay_date));
  // the delayed policy's date is the full delay itself: say so once rather than print it twice
  const bool is_full_delay =
      std::fabs(o.date - o.full_delay_date) <= 1e-9 * std::max(1.0, std::fabs(o.full_delay_date));
  // within 10^-4 of the full delay the two dates are not printed to seven digits: the gap is shown
  const double gap = o.full_delay_date - o.date;
  const bool near_full_delay = !is_full_delay && std::fabs(gap) <= 1e-4 * std::max(1.0, std::fabs(o.full_delay_date));
  const auto [date, full_delay] = is_full_delay || near_full_delay
                                      ? std::pair(evidence_number(o.date, 4), std::string())
                                      : evidence_apart(o.date, o.full_delay_date);
  const std::string full_delay_note =
      is_full_delay ? "the full delay"
      : near_full_delay
          ? fmt::format("{} {} the full delay", evidence_number(std::fabs(gap), 3), gap > 0.0 ? "before" : "after")
          : fmt::format("full delay would need {}", full_delay);
  f.detail = fmt::format(
      "{} date {} ({}); the policy's income stays above immediate "
      "liberalisation's in both countries from {}; mutual utility gain at $\\rho = {}$: {}; "
      "mutually preferred for $\\rho$ below {}",
      gradual ? "gradual liberalisation of industries 2 and 3 at" : "delayed liberalisation at", date, full_delay_note,
      evidence_date(o.overtake), evidence_math(kRhoLow), evidence_number(o.low_rho_gain, 3),
      evidence_number(o.rho_bar, 4));
  return f;
}

Finding check_policy(const Case& c, bool gradual) {
  Finding f;
  f.premise = false;
  if (c.horizon != kHorizon || c.size() != 4) return f;  // the shrinker may not shorten the horizon
  const Equilibrium now = solve_free_trade(c.params.economy);
  if (!(specialises(now, {0, 2}) || specialises(now, {1, 3}))) return f;  // immediate liberalisation is CDT
  PolicyOutcome o;
  o.full_delay_date = first_cbt_date(c, Policy::autarky(4));
  Policy pol = Policy::liberalize_all_at(4, o.full_delay_date);
  o.date = o.full_delay_date;
  if (gradual) {
    const Policy before = before_second_stage(true);
    o.date = first_cbt_date(c, before);
    pol = before;
    pol.liberalize_at[1] = pol.liberalize_at[2] = o.date;
  }
  if (!std::isfinite(o.date)) return f;  // premise: the policy's date exists (trade becomes CBT by t = 60)
  const double theta = c.risk_aversion;
  const Path imm_path = long_path(c, Policy::free_trade(4)), pol_path = long_path(c, pol);
  o.overtake = overtake_date(pol_path, imm_path);
  Incomes imm = incomes(imm_path, theta), pi = incomes(pol_path, theta);
  o.low_rho_gain = mutual_gain(pi, imm, kRhoLow);
  // ρ̄: where the mutual gain changes sign, on a geometric grid from 0.01 to 2, refined by TOMS 748.
  o.rho_bar = kRhoLow;
  if (o.low_rho_gain > 0.0) {
    double prev = kRhoLow;
    o.rho_bar = kInf;
    for (double rho = kRhoLow * 1.25; rho <= 2.0; rho *= 1.25) {
      if (mutual_gain(pi, imm, rho) <= 0.0) {
        o.rho_bar = find_root([&](double r) { return mutual_gain(pi, imm, r); }, prev, rho, kRhoBarTol).root;
        break;
      }
      prev = rho;
    }
  }
  f = policy_finding(o, gradual);
  f.premise = true;
  f.in_scope = policy_in_scope(c, gradual ? 7 : 6);  // the perturbations of H12's Figs. 6-7 the draws make
  f.detail += fmt::format(" ($\\gamma = {}$)", evidence_math(theta, 3));
  return f;
}

Search<Case> search_policy(bool gradual) {
  const int figure = gradual ? 7 : 6;
  Search<Case> s;
  s.salt = gradual ? 302 : 301;
  s.draw = [figure](std::size_t k, DrawRng& rng) { return draw_policy(k + 1, rng, figure); };
  s.fixed_cases = {policy_figure_case(figure)};
  s.check = [gradual](const Case& c) { return check_policy(c, gradual); };
  s.shrink_candidates = shrink_candidates;
  s.to_json = [](const Case& c) {  // the §4 cases also need their risk aversion to be reproduced
    nlohmann::json j = case_json(c);
    j["risk_aversion"] = c.risk_aversion;
    return j;
  };
  s.command = [gradual](const Case& c) {
    Case cc = c;
    double t = first_cbt_date(cc, Policy::autarky(4));
    if (gradual) {
      t = first_cbt_date(cc, before_second_stage(true));
      cc.liberalize_at = Eigen::Vector4d(0.0, t, t, 0.0);
    } else {
      cc.liberalize_at = Eigen::Vector4d::Constant(t);
    }
    return simulate_command(cc, "schedule") + " && " + simulate_command(cc, "trade", false);  // tau.csv written once
  };
  return s;
}

}  // namespace clustertrade::trade_growth::claims
