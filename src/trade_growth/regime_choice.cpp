/// \file regime_choice.cpp
/// \brief Choosing the regime of H12's learning dynamics at a state (choose_regime()): the static
/// equilibrium's trade pattern, or a tie of two goods that slide together (Filippov). Split from
/// learning_rhs.cpp, which evaluates the dynamics once the regime is chosen.
#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "core/errors.hpp"
#include "core/validate.hpp"
#include "trade_growth/learning_rhs.hpp"

namespace clustertrade::trade_growth {

namespace {

/// Builds the tie regime of `eq` when one good is shared in both markets under free trade and another
/// traded good's relative productivity equals it to 1e-9 (relative); false otherwise.
bool make_tie(const FixedParameters& fixed, const Eigen::VectorXd& g, const Eigen::VectorXd& x, const Equilibrium& eq,
              LearningRegime& tie) {
  const auto N = static_cast<Eigen::Index>(fixed.n);
  std::size_t shared = fixed.n;
  for (std::size_t k = 0; k < fixed.n; ++k) {
    const bool any = eq.pattern.home_market[k] == Supplier::shared || eq.pattern.foreign_market[k] == Supplier::shared;
    if (!any) continue;
    if (shared != fixed.n) return false;  // more than one shared good: the static tie-break decides
    shared = k;
  }
  if (shared == fixed.n) return false;
  for (std::size_t k = 0; k < fixed.n; ++k) {
    const auto i = static_cast<Eigen::Index>(k);
    if (g[i] != 1.0) return false;  // ties are handled under free trade only
  }
  const auto s = static_cast<Eigen::Index>(shared);
  const double ls = std::log(x[s] / x[N + s]);
  for (std::size_t k = 0; k < fixed.n; ++k) {
    const auto i = static_cast<Eigen::Index>(k);
    if (k == shared || !(std::fabs(std::log(x[i] / x[N + i]) - ls) < 1e-9)) continue;
    tie.pattern.home_market[k] = tie.pattern.foreign_market[k] = Supplier::shared;
    tie.pattern.home_market[shared] = tie.pattern.foreign_market[shared] = Supplier::shared;
    tie.tie = {true, std::min(k, shared), std::max(k, shared)};
    return true;
  }
  return false;
}

/// The static equilibrium at state x (productivities A, A*) with openness g.
Equilibrium static_at(const FixedParameters& fixed, const Eigen::VectorXd& g, const Eigen::VectorXd& x) {
  const auto N = static_cast<Eigen::Index>(fixed.n);
  Economy e;
  e.home = x.head(N);
  e.foreign = x.tail(N);
  e.sigma = fixed.sigma;
  e.labor_home = fixed.labor_home;
  e.labor_foreign = fixed.labor_foreign;
  if (fixed.log_weights.cwiseAbs().maxCoeff() > 0.0) e.weights = fixed.log_weights.array().exp();
  return solve_static_equilibrium(e, g);
}

/// x moved a short way (10⁻⁷ of its largest entry) along f; x itself when f = 0.
Eigen::VectorXd ahead_of(const Eigen::VectorXd& x, const Eigen::VectorXd& f) {
  const double speed = f.cwiseAbs().maxCoeff();
  return speed > 0.0 ? Eigen::VectorXd(x + (1e-7 * x.cwiseAbs().maxCoeff() / speed) * f) : x;
}

/// At a fold of the equilibrium set (see choose_regime()), where the shared market's equilibrium ends:
/// throws InvalidParameter(`sigma`) when the static solver alternates there, i.e. beyond the fold
/// (along the shared field f_shared) it picks another equilibrium whose own field leads back to states
/// where it picks the shared one again. The discrete-period model then chatters between the two
/// equilibria — a motion between two wages that the engine does not follow.
void refuse_alternation(const FixedParameters& fixed, const Eigen::VectorXd& g, const Eigen::VectorXd& x,
                        const LearningRegime& shared, const Eigen::VectorXd& f_shared) {
  const Equilibrium beyond = static_at(fixed, g, ahead_of(x, f_shared));
  if (!beyond.traded || beyond.pattern == shared.pattern) return;
  // One period of the discrete model there: H12 eq. (9) with the static solver's own employment.
  const auto N = static_cast<Eigen::Index>(fixed.n);
  Eigen::VectorXd f_beyond(2 * N);
  f_beyond.head(N) = fixed.tau_transposed * beyond.labor_home;
  f_beyond.tail(N) = fixed.tau_transposed * beyond.labor_foreign;
  for (std::size_t k = 0; k < fixed.n; ++k) {
    const Supplier h = beyond.pattern.home_market[k], f = beyond.pattern.foreign_market[k];
    if (h == Supplier::foreign && f == Supplier::foreign) f_beyond[static_cast<Eigen::Index>(k)] = 0.0;
    if (h == Supplier::home && f == Supplier::home) f_beyond[N + static_cast<Eigen::Index>(k)] = 0.0;
  }
  if (!(static_at(fixed, g, ahead_of(x, f_beyond)).pattern == shared.pattern)) return;
  throw InvalidParameter("sigma", "with sigma < 1 (got " + format_double(fixed.sigma) +
                                      ") and goods not freely traded the equilibrium need not be unique: the path "
                                      "reaches a fold where the static equilibrium alternates between two wages (the "
                                      "discrete-period model chatters between them); such paths are outside the "
                                      "domain of simulate");
}

/// choose_regime() without seeding the wage; `rel_wage` receives the static solver's ω (NaN without trade).
LearningRegime choose_unseeded(const FixedParameters& fixed, LearningRhs& rhs, const Eigen::VectorXd& openness,
                               const Eigen::VectorXd& x, double& rel_wage) {
  rel_wage = std::numeric_limits<double>::quiet_NaN();
  const auto N = static_cast<Eigen::Index>(fixed.n);
  if (openness.size() == N && (openness.array() == 0.0).all()) {
    // No good is traded (autarky): each market supplied by its own country, as the static solver's
    // no-trade equilibrium has it, without solving one.
    return {
        std::vector<double>(openness.data(), openness.data() + N),
        TradePattern{std::vector<Supplier>(fixed.n, Supplier::home), std::vector<Supplier>(fixed.n, Supplier::foreign)},
        false,
        {}};
  }
  const Equilibrium eq = static_at(fixed, openness, x);
  rel_wage = eq.rel_wage;
  LearningRegime r{std::vector<double>(openness.data(), openness.data() + openness.size()), eq.pattern, eq.traded, {}};
  if (!eq.traded) return r;
  // A tie: a shared good and another traded good at the same relative productivity (free trade).
  if (LearningRegime tie = r; make_tie(fixed, openness, x, eq, tie)) {
    double t1 = 0.0, t2 = 0.0;
    rhs.tie_fractions(tie, x, t1, t2);
    constexpr double slack = 1e-12, edge = 1e-9;
    const bool inside = t1 >= -slack && t1 <= 1.0 + slack && t2 >= -slack && t2 <= 1.0 + slack;
    const bool at_edge = std::min({t1, 1.0 - t1, t2, 1.0 - t2}) < edge;
    if (inside && !at_edge) return tie;
    if (inside) {
      // A share at a bound: the tie holds only if the tie motion moves it inward (entering the
      // surface), not outward (leaving it). Probe a short way along the tie field.
      Eigen::VectorXd f;
      rhs.field(tie, x, f);
      const double scale = f.cwiseAbs().maxCoeff();
      if (scale > 0.0) {
        const Eigen::VectorXd ahead = x + (1e-6 * x.cwiseAbs().maxCoeff() / scale) * f;
        double u1 = 0.0, u2 = 0.0;
        rhs.tie_fractions(tie, ahead, u1, u2);
        auto inward = [&](double now, double next) {
          if (now < edge) return next > now;
          if (1.0 - now < edge) return next < now;
          return true;
        };
        if (inward(t1, u1) && inward(t2, u2)) return tie;
      }
    }
  }
  // Candidate surface: the shared markets at an end of [0, 1], or (no shared market) the markets
  // whose switch point equals ω, all supplied by one country.
  const double lv = std::log(eq.rel_wage);
  constexpr double tol = 1e-7;
  LearningRegime shared = r, pure = r;
  double end = -1.0;
  bool any_shared = false, mixed = false;
  for (std::size_t k = 0; k < fixed.n; ++k) {
    const auto i = static_cast<Eigen::Index>(k);
    if (!(openness[i] > 0.0)) continue;
    for (int market = 0; market < 2; ++market) {
      const bool fm = market == 0;
      const Supplier s = fm ? eq.pattern.foreign_market[k] : eq.pattern.home_market[k];
      if (s != Supplier::shared) continue;
      any_shared = true;
      const double theta = fm ? eq.home_share_foreign_market[i] : eq.home_share_home_market[i];
      end = theta > 1.0 - tol ? 1.0 : (theta < tol ? 0.0 : -1.0);
      (fm ? pure.pattern.foreign_market : pure.pattern.home_market)[k] =
          end == 1.0 ? Supplier::home : Supplier::foreign;
    }
  }
  if (any_shared && end < 0.0) return r;
  if (!any_shared) {
    for (std::size_t k = 0; k < fixed.n; ++k) {
      const auto i = static_cast<Eigen::Index>(k);
      if (!(openness[i] > 0.0)) continue;
      for (int market = 0; market < 2; ++market) {
        const bool fm = market == 0;
        const double a = x[i] / x[N + i];
        const double log_switch = std::log(fm ? openness[i] * a : a / openness[i]);
        if (!(std::fabs(log_switch - lv) < tol)) continue;
        const Supplier s = fm ? eq.pattern.foreign_market[k] : eq.pattern.home_market[k];
        const double e_here = s == Supplier::home ? 1.0 : 0.0;
        if (end >= 0.0 && end != e_here) mixed = true;
        end = e_here;
        (fm ? shared.pattern.foreign_market : shared.pattern.home_market)[k] = Supplier::shared;
      }
    }
    if (end < 0.0 || mixed) return r;
  }
  // Evaluate both fields at x (the workspace of rhs then knows the shared regime's sets).
  Eigen::VectorXd f_pure, f_shared;
  rhs.field(pure, x, f_pure);
  rhs.field(shared, x, f_shared);
  // The learning of the country that leaves the market at θ = e, in the goods where it toggles:
  // f_shared − f_pure at the surface (foreign's rates at e = 1, home's at e = 0).
  Eigen::VectorXd f_leaver = Eigen::VectorXd::Zero(f_shared.size());
  const Eigen::Index offset = end == 1.0 ? N : 0;
  bool any_toggle = false;
  for (std::size_t k = 0; k < fixed.n; ++k) {
    if (!rhs.toggles(k, end)) continue;
    any_toggle = true;
    f_leaver[offset + static_cast<Eigen::Index>(k)] = f_shared[offset + static_cast<Eigen::Index>(k)];
  }
  if (!any_toggle) return r;  // the field is continuous across the surface: nothing to choose
  // e = 1: the pure side is θ > 1; e = 0: θ < 0. No Filippov sliding here: both fields would point
  // into the surface only if the leaver's own learning moved θ toward e. With ω pinned at the market's
  // switch point that learning acts as a fall of ω (e = 1) or a rise (e = 0) with the pattern fixed,
  // so it moves θ toward e exactly when excess exports rise with ω there. They fall for σ ≥ 1 and
  // under free trade (the static solver's uniqueness conditions, static_equilibrium.hpp). Otherwise
  // (σ < 1 with trade costs or untraded goods) the surface is a fold: the shared equilibrium meets an
  // unstable one-country one, which the static solver never picks and whose own solve may land on
  // another root, and neither continues past it. The static solver's regime r is returned; the
  // motion leaves it and the regime ahead is the static solver's (dynamics.cpp), as in the
  // discrete-period model — unless that model alternates between the two equilibria there.
  const double sign = end == 1.0 ? 1.0 : -1.0;
  if (sign * rhs.theta_derivative(shared, x, f_leaver) > 0.0) {
    refuse_alternation(fixed, openness, x, shared, f_shared);
    return r;
  }
  const double gp = rhs.theta_derivative(shared, x, f_pure);
  const double gs = rhs.theta_derivative(shared, x, f_shared);
  if (sign * gs < 0.0 && !(sign * gp > 0.0)) return shared;  // the motion enters the shared interior
  if (sign * gp > 0.0 && !(sign * gs < 0.0)) return pure;    // the motion enters the one-country side
  return r;
}

}  // namespace

LearningRegime choose_regime(const FixedParameters& fixed, LearningRhs& rhs, const Eigen::VectorXd& openness,
                             const Eigen::VectorXd& x) {
  double rel_wage = 0.0;
  LearningRegime chosen = choose_unseeded(fixed, rhs, openness, x, rel_wage);
  // σ ≥ 1 or free trade: a pattern's balanced-trade equation has one root, which Newton finds from
  // anywhere. Otherwise it may have several (the fold below is one place): start from the static
  // solver's, not from the last solve's, which may be another root outside the pattern's range.
  const bool free_trade =
      std::all_of(chosen.openness.begin(), chosen.openness.end(), [](double g) { return g == 1.0; });
  if (chosen.traded && fixed.sigma < 1.0 && !free_trade) rhs.seed_wage(rel_wage);
  return chosen;
}

}  // namespace clustertrade::trade_growth
