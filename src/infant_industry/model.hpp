/// \file model.hpp
/// \brief The standard infant-industry model of Rodríguez-Clare (2007, RC07) §2: two goods, one
/// factor, a bounded Marshallian externality in good 2, a small South facing the prices of a fully
/// clustered North.
///
/// Notation (RC07 §2): \f$\lambda_{ji}\f$ is labour productivity in good \f$j\f$ in country
/// \f$i\in\{S,N\}\f$; good 2 has productivity \f$\lambda_{2i}[1+\alpha\min(\bar L, L_{2i})]\f$;
/// \f$\theta = 1+\alpha\bar L\f$. North labour is the numeraire. We write
/// \f$R = (\lambda_{2S}/\lambda_{1S})/(\lambda_{2N}/\lambda_{1N})\f$ for South's comparative
/// advantage in good 2 (our notation, not the paper's).
#pragma once

#include <array>
#include <string>
#include <vector>

namespace clustertrade::infant_industry {

/// The model's parameters (RC07 §2). Defaults: the parameters of our Fig. 1, which satisfy
/// condition P (\f$1 < R = 1.25 < \theta = 2\f$) with South labour \f$L_S = 2 > \bar L = 1\f$, so
/// that RC07 fn. 7's assumption \f$L_S > \bar L\f$ holds.
struct Params {
  std::array<double, 2> lambda_south{1.0, 1.25};  ///< \f$(\lambda_{1S}, \lambda_{2S})\f$
  std::array<double, 2> lambda_north{1.0, 1.0};   ///< \f$(\lambda_{1N}, \lambda_{2N})\f$
  double alpha = 1.0;                             ///< strength of the externality \f$\alpha > 0\f$
  double lbar = 1.0;                              ///< employment \f$\bar L > 0\f$ at which the externality is exhausted
  double labor_south = 2.0;                       ///< South's labour force \f$L_S > 0\f$

  /// Throws clustertrade::InvalidParameter naming the field (`lambda_south[k]`, `lambda_north[k]`,
  /// `alpha`, `lbar`, `labor_south`) unless every entry is finite and \f$>0\f$.
  void validate() const;
};

/// \f$\theta = 1+\alpha\bar L\f$, the maximal benefit of clustering in good 2 (RC07 §2).
/// \param p the economy (α, \f$\bar L\f$)
/// \return θ > 1
double theta(const Params& p);

/// Productivity of good 2 in the South at sector-2 employment \f$L_2\f$:
/// \f$\lambda_{2S}[1+\alpha\min(\bar L, L_2)]\f$ (RC07 §2, the displayed productivity).
/// \param p the economy  \param labor_sector2 \f$L_2 \ge 0\f$, South labour in good 2
/// \return output of good 2 per South worker
double productivity_sector2_south(const Params& p, double labor_sector2);

/// World prices in North-labour units with North fully clustered (RC07 §2):
/// \f$p_1^* = 1/\lambda_{1N}\f$, \f$p_2^* = 1/(\theta\lambda_{2N})\f$. Returns \f$(p_1^*, p_2^*)\f$.
/// \param p the economy
/// \return \f$(p_1^*, p_2^*)\f$
std::array<double, 2> world_prices(const Params& p);

/// The world relative price of good 2, \f$p_2^*/p_1^* = \lambda_{1N}/(\theta\lambda_{2N})\f$ (RC07 §2).
/// \param p the economy
/// \return \f$p_2^*/p_1^*\f$
double relative_price(const Params& p);

/// South's comparative advantage in good 2, \f$R = \lambda_{2S}\lambda_{1N}/(\lambda_{1S}\lambda_{2N})\f$.
/// \param p the economy
/// \return R > 0
double comparative_advantage_ratio(const Params& p);

/// Condition CA (RC07 §2): \f$\lambda_{2S}/\lambda_{1S} > \lambda_{2N}/\lambda_{1N}\f$, i.e. \f$R>1\f$
/// (evaluated as \f$\lambda_{2S}\lambda_{1N} > \lambda_{1S}\lambda_{2N}\f$, without division).
/// \param p the economy
/// \return whether CA holds (R > 1)
bool condition_ca(const Params& p);

/// The paper's condition for specialisation in good 1 to be an equilibrium (RC07 §2):
/// \f$(\lambda_{2S}/\lambda_{1S})/(\lambda_{2N}/\lambda_{1N}) < \theta\f$, i.e. \f$R<\theta\f$.
/// \param p the economy
/// \return whether R < θ
bool condition_spec1(const Params& p);

/// Condition P (RC07 §2): \f$\lambda_{1S}/(\theta\lambda_{2S}) < p_2^*/p_1^* < \lambda_{1S}/\lambda_{2S}\f$.
/// With \f$p_2^*/p_1^* = \lambda_{1N}/(\theta\lambda_{2N})\f$ its left half is CA and its right half is
/// the specialisation-in-1 condition, so P \f$\Leftrightarrow 1<R<\theta\f$.
/// \param p the economy
/// \return whether both inequalities of P hold
bool condition_p(const Params& p);

/// The left inequality of P alone, \f$\lambda_{1S}/(\theta\lambda_{2S}) < p_2^*/p_1^*\f$ (the half the
/// paper maps to CA).
/// \param p the economy
/// \return whether the left inequality holds
bool condition_p_left(const Params& p);

/// The right inequality of P alone, \f$p_2^*/p_1^* < \lambda_{1S}/\lambda_{2S}\f$.
/// \param p the economy
/// \return whether the right inequality holds
bool condition_p_right(const Params& p);

/// The wage sector 1 pays when active, \f$w_1 = p_1^*\lambda_{1S} = \lambda_{1S}/\lambda_{1N}\f$
/// (zero profit in good 1, RC07 §2).
/// \param p the economy
/// \return \f$w_1\f$ in North-labour units
double wage_sector1(const Params& p);

/// The wage sector 2 pays when active at employment \f$L_2\f$ (zero profit, firms taking the
/// externality as given): \f$w_2(L_2) = p_2^*\lambda_{2S}[1+\alpha\min(\bar L,L_2)]\f$.
/// \param p the economy  \param labor_sector2 \f$L_2 \ge 0\f$, South labour in good 2
/// \return \f$w_2(L_2)\f$ in North-labour units
double wage_sector2(const Params& p, double labor_sector2);

/// Which kind of equilibrium.
enum class EquilibriumKind {
  specialize1,  ///< all South labour in good 1 (\f$L_2 = 0\f$)
  specialize2,  ///< all South labour in good 2 (\f$L_2 = L_S\f$)
  interior,     ///< both goods produced (\f$0 < L_2 < L_S\f$)
};

/// Stability under the adjustment \f$\dot L_2 \propto w_2(L_2) - w_1\f$ (labour moves toward the
/// better-paid sector; our assumption, the paper states none).
enum class Stability {
  stable,    ///< locally asymptotically stable: nearby allocations return
  unstable,  ///< nearby allocations move away
  neutral,   ///< a continuum of equilibria: nearby allocations stay where they are
};

/// `specialize-1`, `specialize-2` or `interior`.
/// \param kind the equilibrium kind  \return its name
std::string to_string(EquilibriumKind kind);

/// `stable`, `unstable` or `neutral`.
/// \param stability the stability  \return its name
std::string to_string(Stability stability);

/// One South equilibrium. For a continuum (only when \f$R=1\f$ and \f$L_S>\bar L\f$: every
/// \f$L_2\in[\bar L, L_S)\f$ is an equilibrium) `labor_sector2` is the lower end and
/// `labor_sector2_max` the upper end; otherwise the two are equal.
struct Equilibrium {
  EquilibriumKind kind;      ///< which kind
  double labor_sector2;      ///< \f$L_2\f$ (lower end of a continuum)
  double labor_sector2_max;  ///< upper end of a continuum (= labor_sector2 for a point)
  double wage;               ///< South's wage in North-labour units
  Stability stability;       ///< under labour moving toward the better-paid sector
};

/// Every South equilibrium, in the order specialize-1, interior, specialize-2 (closed forms):
/// - specialisation in 1 iff \f$w_2(0)\le w_1\f$ (\f$R\le\theta\f$), wage \f$\lambda_{1S}/\lambda_{1N}\f$;
/// - specialisation in 2 iff \f$w_2(L_S)\ge w_1\f$ (\f$R\ge\theta/(1+\alpha\min(\bar L,L_S))\f$),
///   wage \f$\lambda_{2S}(1+\alpha\min(\bar L,L_S))/(\theta\lambda_{2N})\f$ (RC07 §2 and fn. 7);
/// - interior at \f$L_2^* = (\theta/R-1)/\alpha\f$ when \f$0<L_2^*<\min(\bar L,L_S)\f$, wage \f$w_1\f$,
///   unstable; and, when \f$R=1\f$ and \f$L_S>\bar L\f$, the continuum \f$[\bar L, L_S)\f$ (neutral).
/// Ties (equalities) make weak equilibria, which are never `stable`. Requires a validated `p`.
/// \param p the validated economy
/// \return the equilibria, in that order (never empty)
std::vector<Equilibrium> equilibria(const Params& p);

/// The Mill test (RC07 §2): protection of good 2 passes it when the protected sector, once South is
/// fully specialised in it, survives free trade — i.e. specialisation in 2 is an equilibrium.
/// The paper asserts this is so iff CA.
/// \param p the economy
/// \return whether specialisation in good 2 is an equilibrium
bool mill_test_passes(const Params& p);

/// A point of a production possibility frontier, outputs \f$(Q_1, Q_2)\f$ at sector-2 employment \f$L_2\f$.
struct PpfPoint {
  double labor_sector2;  ///< \f$L_2\f$
  double q1;             ///< \f$Q_1 = \lambda_{1S}(L_S-L_2)\f$
  double q2;             ///< \f$Q_2\f$
};

/// South's PPF (RC07 §2, Fig. 1): \f$Q_1 = \lambda_{1S}(L_S-L_2)\f$,
/// \f$Q_2 = \lambda_{2S}L_2[1+\alpha\min(\bar L,L_2)]\f$, at `points` evenly spaced \f$L_2\in[0,L_S]\f$
/// plus \f$L_2=\bar L\f$ (the kink) when \f$\bar L<L_S\f$. Convex in \f$Q_2\f$ while \f$L_2<\bar L\f$, linear after.
/// \param p the economy  \param points number of evenly spaced points (≥ 2)
/// \return the points in increasing \f$L_2\f$
std::vector<PpfPoint> ppf(const Params& p, int points);

/// The no-externality frontier PPF\f$_{NC}\f$ (\f$\alpha=0\f$, RC07 §2): \f$Q_2 = \lambda_{2S}L_2\f$, a line
/// of slope \f$-\lambda_{1S}/\lambda_{2S}\f$, at `points` evenly spaced \f$L_2\in[0,L_S]\f$.
/// \param p the economy  \param points number of evenly spaced points (≥ 2)
/// \return the points in increasing \f$L_2\f$
std::vector<PpfPoint> ppf_no_cluster(const Params& p, int points);

/// The social marginal rate of transformation \f$-dQ_1/dQ_2\f$ along the PPF at \f$L_2\f$:
/// \f$\lambda_{1S}/(\lambda_{2S}(1+2\alpha L_2))\f$ for \f$L_2<\bar L\f$ and \f$\lambda_{1S}/(\theta\lambda_{2S})\f$
/// for \f$L_2>\bar L\f$ (at \f$L_2=\bar L\f$ it jumps: the value from the right is returned).
/// \param p the economy  \param labor_sector2 \f$L_2 \in [0, L_S]\f$
/// \return the marginal rate of transformation, > 0
double ppf_slope(const Params& p, double labor_sector2);

}  // namespace clustertrade::infant_industry
