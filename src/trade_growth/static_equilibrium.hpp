/// \file static_equilibrium.hpp
/// \brief The static equilibrium of H12 §2.2 for any trade regime: per-industry iceberg openness
/// \f$g_i \in [0,1]\f$ (1 free trade, 0 not traded; Dornbusch–Fischer–Samuelson 1977 §III.B in
/// between). Autarky, free trade and H12's gradual liberalisation are special cases of one solver.
#pragma once

#include <cstddef>
#include <vector>

#include <Eigen/Dense>

#include "trade_growth/params.hpp"

namespace clustertrade::trade_growth {

/// Who supplies one market (home's or foreign's) with one good.
enum class Supplier : signed char {
  foreign = 0,  ///< only foreign producers sell there
  home = 1,     ///< only home producers sell there
  shared = 2,   ///< both (the marginal industry: the balanced-trade curve crosses a flat step)
};

/// The trade pattern: who supplies each market with each good. It fixes the form of the
/// equilibrium equations (and of the learning dynamics), so the dynamics use it as their regime.
struct TradePattern {
  std::vector<Supplier> home_market;     ///< supplier of good i in home's market
  std::vector<Supplier> foreign_market;  ///< supplier of good i in foreign's market
  /// Same pattern.
  friend bool operator==(const TradePattern&, const TradePattern&) = default;
};

/// A solved static equilibrium. Wages: foreign wage \f$w^* = 1\f$ (numeraire), home wage
/// \f$w = \omega\f$. Real income is the consumption index \f$D = wL/P\f$ (H12 eq. (3)).
struct Equilibrium {
  bool traded = false;                     ///< true when some good crosses the border
  double rel_wage = 0.0;                   ///< \f$\omega = w/w^*\f$; NaN when nothing is traded (then undetermined)
  double income_home = 0.0;                ///< \f$D = \omega L / P\f$
  double income_foreign = 0.0;             ///< \f$D^* = L^*/P^*\f$
  double price_index_home = 0.0;           ///< \f$P\f$ (in foreign-wage units; in home-wage units without trade)
  double price_index_foreign = 0.0;        ///< \f$P^*\f$
  Eigen::VectorXd home_share_home_market;  ///< \f$\theta_i\f$: fraction of home's market for good i supplied by home
  Eigen::VectorXd
      home_share_foreign_market;  ///< \f$\theta^*_i\f$: fraction of foreign's market for good i supplied by home
  Eigen::VectorXd labor_home;     ///< employment \f$L_i\f$ by industry at home (H12 eq. (12))
  Eigen::VectorXd labor_foreign;  ///< employment \f$L^*_i\f$ by industry abroad
  TradePattern pattern;           ///< who supplies which market
  double exports_home = 0.0;      ///< value of home's exports (foreign-wage units)
  double imports_home = 0.0;      ///< value of home's imports (foreign-wage units)
};

/// Solves the static equilibrium with per-industry iceberg openness \f$g_i\f$ (a unit shipped
/// arrives as \f$g_i\f$ units; DFS 1977 §III.B; H12 §2.2 is \f$g_i = 1\f$).
///
/// With \f$a_i = A_i/A^*_i\f$, home supplies foreign's market for good i iff \f$\omega < g_i a_i\f$
/// and its own iff \f$\omega < a_i/g_i\f$. Balanced trade (our derivation, generalising H12 App. A):
/// \f$\omega L \frac{M}{M + \omega^{1-\sigma}\tilde H} = L^* \frac{\omega^{1-\sigma}\tilde X}{\omega^{1-\sigma}\tilde X
/// + N}\f$ with \f$\tilde X = \sum_{\text{exported}} b_i (g_iA_i)^{\sigma-1}\f$, \f$N = \sum_{\text{foreign-made,
/// abroad}} b_i A_i^{*\sigma-1}\f$, \f$\tilde H = \sum_{\text{home-made, at home}} b_i A_i^{\sigma-1}\f$, \f$M =
/// \sum_{\text{imported}} b_i (g_iA^*_i)^{\sigma-1}\f$. Exports minus imports is a step-wise continuous function of ω,
/// positive below the lowest switch point and negative above the highest: the breakpoints are sorted once, the
/// bracketing interval is found by bisection over them (O(n log n) in all), and the root inside it by TOMS 748; when
/// the root sits on a jump, the goods switching there are shared with the fraction that balances trade. When no ω makes
/// any good traded (e.g. all \f$g_i = 0\f$, or \f$\max_i g_ia_i \le \min_i a_i/g_i\f$) each country is in autarky,
/// `traded` is false and `rel_wage` is NaN. Uniqueness: proven for σ ≥ 1 or free trade (the function is then monotone);
/// for σ < 1 with trade costs the solver returns one equilibrium. \param economy productivities, σ, labour and taste
/// weights \param openness per-industry iceberg openness \f$g_i \in [0,1]\f$ (length n) \return the equilibrium \throws
/// InvalidParameter from Economy::validate() or validate_openness().
Equilibrium solve_static_equilibrium(const Economy& economy, const Eigen::VectorXd& openness);

/// Autarky (H12 eqs. (7)–(8)): \f$L_i = b_iA_i^{\sigma-1}L/\sum_j b_jA_j^{\sigma-1}\f$, income
/// \f$D = L\,(\sum_j b_jA_j^{\sigma-1})^{1/(\sigma-1)}\f$ (σ ≠ 1). Same as openness 0.
/// \param economy productivities, σ, labour and taste weights
/// \return the autarky equilibrium (`traded` false)
Equilibrium solve_autarky(const Economy& economy);

/// Free trade (H12 §2.2, eqs. (10)–(12) as corrected in balanced_trade_wage()). Same as openness 1.
/// \param economy productivities, σ, labour and taste weights
/// \return the free-trade equilibrium
Equilibrium solve_free_trade(const Economy& economy);

/// H12 eq. (11): the relative productivity step at position \f$z \in (0, n]\f$ of the chain
/// \f$a_{(1)} \ge a_{(2)} \ge \dots\f$ sorted decreasingly: \f$a_{(\lceil z\rceil)}\f$.
/// \param economy productivities, σ, labour and taste weights
/// \param z position along the chain, in (0, n] \return \f$a_{(\lceil z\rceil)} = A/A^*\f$ there
double relative_productivity_step(const Economy& economy, double z);

/// H12 eq. (10), balanced trade under free trade, as we derive it (App. A corrected): industries
/// in the comparative-advantage order; home makes the first \f$\lfloor z\rfloor\f$ and a fraction
/// \f$z - \lfloor z\rfloor\f$ of industry \f$\hat z = \lfloor z\rfloor + 1\f$;
/// \f$\omega(z) = (L^*/L)^{1/\sigma}\eta(z)\f$ with
/// \f$\eta(z)^\sigma = \frac{\sum_{j \le \lfloor z\rfloor} b_jA_j^{\sigma-1} + (z-\lfloor z\rfloor)b_{\hat z}A_{\hat
/// z}^{\sigma-1}}
/// {\sum_{k > \hat z} b_kA_k^{*\sigma-1} + (\hat z - z)b_{\hat z}A_{\hat z}^{*\sigma-1}}\f$.
/// \param economy productivities, σ, labour and taste weights
/// \param z home's share of the chain, in [0, n] \return \f$\omega(z)\f$, home wage over foreign wage
double balanced_trade_wage(const Economy& economy, double z);

/// H12 eq. (10) exactly as printed: the foreign sum runs over \f$k = \hat z, \dots, n\f$ — it counts
/// industry \f$\hat z\f$ once in full and again with weight \f$\hat z - z\f$ (erratum `h12.eq10`;
/// compare with balanced_trade_wage()). Unweighted (\f$b_i = 1\f$) as in the paper.
/// \param economy productivities, σ, labour and taste weights
/// \param z home's share of the chain, in [0, n] \return the printed formula's \f$\omega(z)\f$
double balanced_trade_wage_printed(const Economy& economy, double z);

/// The comparative-advantage order of H12 §2.2: indices (0-based) sorted by \f$A_i/A^*_i\f$
/// decreasing, ties by index.
/// \param economy productivities, σ, labour and taste weights
/// \return the n indices in that order
std::vector<std::size_t> comparative_advantage_order(const Economy& economy);

/// Free trade with free labour mobility (H12 §5): equal wages, each industry made where its
/// productivity is highest (an exact tie splits it half and half), world labour \f$L + L^*\f$
/// allocated as \f$L^W_i = b_i \bar A_i^{\sigma-1}(L+L^*)/\sum_j b_j\bar A_j^{\sigma-1}\f$ with
/// \f$\bar A_i = \max(A_i, A^*_i)\f$; populations are the sums of employment in each location.
/// `rel_wage` is 1; incomes are each location's real income (population / P).
/// \param economy productivities, σ, labour and taste weights
/// \return the equilibrium with mobile labour
Equilibrium solve_mobility(const Economy& economy);

/// Residuals of an equilibrium, for tests and claims: labour-market clearing in each country
/// (\f$|\sum_i L_i - L|/L\f$, and abroad) and balanced trade (\f$|X - M|/(\omega L)\f$; 0 without trade).
struct Residuals {
  double labor_home;     ///< relative excess of employment over home labour
  double labor_foreign;  ///< relative excess abroad
  double trade_balance;  ///< relative trade imbalance
};

/// Recomputes the residuals of an equilibrium from solve_static_equilibrium() using only its
/// relative wage and market shares: prices from technologies (H12 eq. (6), iceberg-adjusted),
/// CES spending shares, labour as revenue over wage. Independent of the solver's bookkeeping.
/// \param economy productivities, σ, labour and taste weights
/// \param openness per-industry iceberg openness \f$g_i \in [0,1]\f$ (length n)
/// \param eq the equilibrium to check \return its relative residuals (0 for an exact solution)
Residuals equilibrium_residuals(const Economy& economy, const Eigen::VectorXd& openness, const Equilibrium& eq);

/// Solves the equilibrium with the trade pattern held fixed — the frozen right-hand side of one
/// regime of the dynamics. Without shared goods ω solves the balanced-trade equation with the
/// pattern's sets; with shared goods ω is their switch point (\f$g_ia_i\f$ or \f$a_i/g_i\f$ of the
/// first shared good) and the shared fraction balances trade (it may leave [0, 1] when the state has
/// moved past a switch: pattern_slacks() then turns negative). Does not validate its inputs.
/// \param economy productivities, σ, labour and taste weights
/// \param openness per-industry iceberg openness \f$g_i \in [0,1]\f$ (length n)
/// \param pattern the trade pattern held fixed \return the equilibrium of that pattern
Equilibrium solve_with_pattern(const Economy& economy, const Eigen::VectorXd& openness, const TradePattern& pattern);

/// The slacks of the inequalities that make `eq.pattern` the equilibrium pattern (all ≥ 0 while it
/// is): \f$\log(c_i/\omega)\f$ for a market supplied by home and \f$\log(\omega/c_i)\f$ for one
/// supplied by foreign (\f$c_i\f$ its switch point), \f$\theta\f$ and \f$1-\theta\f$ for shared
/// ones; without trade, \f$\log(\min_i a_i/g_i) - \log(\max_i g_ia_i)\f$ over traded goods.
/// \param economy productivities, σ, labour and taste weights
/// \param openness per-industry iceberg openness \f$g_i \in [0,1]\f$ (length n)
/// \param eq an equilibrium (its relative wage, shares and pattern are used)
/// \return the slacks, one per inequality
Eigen::VectorXd pattern_slacks(const Economy& economy, const Eigen::VectorXd& openness, const Equilibrium& eq);

}  // namespace clustertrade::trade_growth
