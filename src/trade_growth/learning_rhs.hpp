/// \file learning_rhs.hpp
/// \brief The fast right-hand side of H12's learning dynamics (eq. (9)) with the trade pattern
/// frozen, and the Filippov motion along a tie of two goods.
///
/// The fixed parameters (σ, L, L*, b, τ) are separated from the state (A, A*). One call of
/// LearningRhs::field() solves the frozen equilibrium once — the relative wage by a Newton step in
/// log ω warm-started from the previous call (monotone for σ ≥ 1; bracketing TOMS 748 fallback) or,
/// with a shared market, pinned at its switch point — and performs the two products τᵀL, τᵀL*.
/// All work vectors are sized once in the constructor: no heap allocation per call.
#pragma once

#include <cmath>
#include <cstddef>
#include <vector>

#include <Eigen/Dense>

#include "trade_growth/params.hpp"
#include "trade_growth/static_equilibrium.hpp"

namespace clustertrade::trade_growth {

/// The parameters that do not move along a path (H12 §2): σ, L, L*, log taste weights and τᵀ.
struct FixedParameters {
  std::size_t n = 0;            ///< number of industries
  double sigma = 2.0;           ///< elasticity of substitution σ (H12 eq. (2))
  double labor_home = 1.0;      ///< L
  double labor_foreign = 1.0;   ///< L*
  Eigen::VectorXd log_weights;  ///< \f$\log b_i\f$ (zeros for H12's b_i = 1)
  Eigen::MatrixXd
      tau_transposed;  ///< \f$\tau^T\f$: \f$(\tau^TL)_i = \sum_j \tau_{ji}L_j\f$ (row j sends, column i receives)

  /// Copies the fixed part of `params` (does not validate; simulate() has).
  /// \param params the model's parameters \return σ, L, L*, log b and τᵀ taken from them
  static FixedParameters from(const Params& params);
};

/// Sliding along a tie of two goods (H12 free trade): the marginal good and a second good whose
/// relative productivity has reached the same value \f$a_{k_1} = a_{k_2} = \omega\f$. The equilibria
/// on the tie form a segment of share pairs; its ends are the patterns on either side. The state
/// slides with the convex combination \f$(1-\lambda)f_0 + \lambda f_1\f$ of the two ends' fields that
/// keeps \f$\frac{d}{dt}\log(a_{k_1}/a_{k_2}) = -\kappa\log(a_{k_1}/a_{k_2})\f$ (zero on the surface),
/// while λ ∈ [0, 1] (Filippov).
struct Tie {
  bool active = false;     ///< tie sliding in force
  std::size_t first = 0;   ///< k_1 (0-based)
  std::size_t second = 0;  ///< k_2
  /// Same tie.
  friend bool operator==(const Tie&, const Tie&) = default;
};

/// The regime of the fast dynamics: the openness in force, the trade pattern, and any tie.
struct LearningRegime {
  std::vector<double> openness;  ///< \f$g_i\f$
  TradePattern pattern;          ///< who supplies which market (non-traded goods: home at home, foreign abroad)
  bool traded = false;           ///< false: both countries in autarky
  Tie tie;                       ///< sliding along a tie of two goods, if any
  /// Same regime.
  friend bool operator==(const LearningRegime&, const LearningRegime&) = default;
};

/// Right-hand side, slacks and output quantities of the learning dynamics with the regime frozen.
/// Not thread-safe: one object per thread (it holds the workspace and the warm start).
class LearningRhs {
 public:
  /// Sizes the workspace for `fixed.n` industries.
  /// \param fixed the fixed parameters (kept by reference: must outlive this object)
  explicit LearningRhs(const FixedParameters& fixed);

  /// H12 eq. (9) with the regime frozen: \f$\dot A_i = \sum_j\tau_{ji}L_j\f$ if industry i is active
  /// at home (supplies some market; row j of τ sends, column i receives), else 0; likewise abroad
  /// with \f$L^*\f$.
  /// \param regime the frozen regime (openness, trade pattern, tie) \param x state (A, A*)
  /// \param dxdt its derivative (resized to 2n).
  void field(const LearningRegime& regime, const Eigen::VectorXd& x, Eigen::VectorXd& dxdt);

  /// The continuous event functions of `regime` at x (all ≥ 0 while it holds): \f$\log(c/\omega)\f$
  /// for a market supplied by home, \f$\log(\omega/c)\f$ for one supplied by foreign (c its switch
  /// point), θ and 1 − θ for a shared market, the tie of further shared
  /// markets with the first; without trade \f$\log\min_i(a_i/g_i) - \log\max_i(g_ia_i)\f$. `out` has the
  /// fixed length 6n + 1, unused entries +inf (so that it is never reallocated).
  /// \param regime the frozen regime \param x state (A, A*), length 2n
  /// \param out the slacks
  void slacks(const LearningRegime& regime, const Eigen::VectorXd& x, Eigen::VectorXd& out);

  /// The share θ of home in the shared markets of `regime` at x that balances trade, unclamped
  /// (it leaves [0, 1] when x lies past a switch); NaN when the regime has no shared market.
  /// \param regime the frozen regime \param x state (A, A*), length 2n
  /// \return θ, or NaN
  double shared_fraction_at(const LearningRegime& regime, const Eigen::VectorXd& x);

  /// Solves the frozen equilibrium at x and returns the relative wage ω (NaN without trade), the
  /// incomes and employment (H12 eqs. (3), (12)); used for output points.
  /// \param regime the frozen regime \param x state (A, A*), length 2n
  /// \param rel_wage receives ω \param income_home receives D \param income_foreign receives D*
  /// \param labor_home receives \f$L_i\f$ \param labor_foreign receives \f$L^*_i\f$
  void outputs(const LearningRegime& regime, const Eigen::VectorXd& x, double& rel_wage, double& income_home,
               double& income_foreign, Eigen::VectorXd& labor_home, Eigen::VectorXd& labor_foreign);

  /// outputs() without the employment: the relative wage (NaN without trade) and the real incomes
  /// \f$D = wL/P\f$, \f$D^* = L^*/P^*\f$ (H12 eq. (3)), \f$\log P = \log D_{CES}/(1-\sigma)\f$ (σ ≠ 1).
  /// Not for a tie regime (its employment is part of the solve): use outputs().
  /// \param regime the frozen regime \param x state (A, A*), length 2n
  /// \param rel_wage receives ω \param income_home receives D \param income_foreign receives D*
  /// \param closed_form true: the closed form where one exists (direct_incomes(), equal to rounding);
  /// false: always the solve of outputs(), so the incomes equal outputs()' to the last bit
  void incomes(const LearningRegime& regime, const Eigen::VectorXd& x, double& rel_wage, double& income_home,
               double& income_foreign, bool closed_form = true);

  /// The Filippov weight λ of a tie regime at x, returned in both outputs (see Tie; admissible in
  /// [0, 1]); NaN when the tie has no two-sided segment of equilibria.
  /// \param regime the frozen regime \param x state (A, A*), length 2n
  /// \param first receives λ \param second receives λ (the same value)
  void tie_fractions(const LearningRegime& regime, const Eigen::VectorXd& x, double& first, double& second);
  /// Starts the next Newton solve of the relative wage at ω = `rel_wage`: choose_regime() passes the
  /// static solver's root where a pattern's balanced-trade equation may have several (σ < 1 with
  /// trade costs), so that the integration follows the equilibrium the static solver picked.
  /// \param rel_wage ω > 0
  void seed_wage(double rel_wage) noexcept {
    warm_log_wage_ = std::log(rel_wage);
    warm_ = true;
  }
  /// Forgets the last right-hand-side solve, so that the next slacks() solves afresh. Call it after the
  /// regime object passed to field() may have changed in place (a new regime assigned to it).
  void forget_last_solve() noexcept { last_field_regime_ = nullptr; }
  /// Employment at home from the last solve.
  /// \return \f$L_i\f$ by industry
  [[nodiscard]] const Eigen::VectorXd& labor_home() const noexcept { return lab_h_; }
  /// Employment abroad from the last solve.
  /// \return \f$L^*_i\f$ by industry
  [[nodiscard]] const Eigen::VectorXd& labor_foreign() const noexcept { return lab_f_; }
  /// True when, in the regime of the last solve, `good` has a shared market and the country that
  /// leaves it at θ = `end` (foreign at 1, home at 0) supplies no other market of it: its learning
  /// switches on the surface.
  /// \param good the industry (0-based) \param end the end e of the surface θ = e (0 or 1)
  /// \return whether that country's learning in `good` toggles there
  [[nodiscard]] bool toggles(std::size_t good, double end) const;
  /// Directional derivative of the shared fraction along v (central difference), for regime choice.
  /// \param regime the frozen regime \param x state (A, A*), length 2n
  /// \param v the direction (length 2n) \return \f$\nabla\theta\cdot v\f$
  double theta_derivative(const LearningRegime& regime, const Eigen::VectorXd& x, const Eigen::VectorXd& v);

 private:
  void solve(const LearningRegime& regime, const Eigen::VectorXd& x, bool allocate_labour);
  void allocate(double theta_default, double theta_first, double theta_second, const Tie& tie);
  void masked_learning(const Eigen::VectorXd& lh, const Eigen::VectorXd& lf, Eigen::VectorXd& out) const;
  void tie_shares(const LearningRegime& regime, const Eigen::VectorXd& x);
  void raw_field(const LearningRegime& regime, const Eigen::VectorXd& x, Eigen::VectorXd& dxdt);
  double newton_log_wage(double v0);
  bool powers(const LearningRegime& regime, const Eigen::VectorXd& x);
  static int closed_form_case(const LearningRegime& regime);
  bool direct_solve(const LearningRegime& regime, const Eigen::VectorXd& x);
  bool direct_incomes(const LearningRegime& regime, const Eigen::VectorXd& x, double& rel_wage, double& income_home,
                      double& income_foreign);
  double balance(double v, double& slope) const;

  const FixedParameters& fixed_;
  // Workspace (sized once).
  Eigen::VectorXd la_, las_, lg_, term_h_, term_f_, e_h_, e_f_, lab_h_, lab_f_, share_h_, share_f_;
  Eigen::VectorXd xp_;
  Eigen::ArrayXd powers_;                   // b_i A_i^{σ−1} then b_i A*_i^{σ−1} (direct paths), length 2n
  std::vector<signed char> set_h_, set_f_;  // 0 home-made, 1 shared, 2 foreign-made
  // Last solve.
  double tie_theta_[2] = {0.0, 0.0}, tie_lambda_ = 0.0;
  Eigen::VectorXd tie_field_, tie_field_other_;
  double log_wage_ = 0.0, warm_log_wage_ = 0.0, theta_ = 0.0, log_dh_ = 0.0, log_df_ = 0.0;
  double log_lh_ = 0.0, log_lf_ = 0.0;  // log L, log L*
  Eigen::VectorXd weights_;             // b_i
  double lH_ = 0, lHc_ = 0, lM_ = 0, lX_ = 0, lXc_ = 0, lN_ = 0;
  bool warm_ = false, traded_ = false;
  // The regime object and state of the last field() solve (not a tie), so that
  // slacks() at the same state (a step's end, where the stepper's last stage was evaluated) reuses it.
  const LearningRegime* last_field_regime_ = nullptr;
  Eigen::VectorXd last_field_x_;
  bool output_only_ = false;
  bool incomes_only_ = false;  // incomes(): stop after the price indices  // solving for an output point (outputs()):
                               // closed-form wage allowed
};

/// The regime the fast dynamics enter at state x with openness g (H12 §2.2 pattern from
/// solve_static_equilibrium(), deterministic tie-break), deciding at a switching surface between
/// a one-country and a shared market by the side the motion enters. Both sides' fields never point
/// into such a surface for σ ≥ 1 or under free trade (no sliding there); where they would (σ < 1 with
/// trade costs: a fold of the equilibrium set), the static solver's regime is returned. With σ < 1 and
/// trade costs the next Newton solve of `rhs` starts from the static solver's wage.
/// \param fixed the fixed parameters \param rhs a right-hand side over `fixed` (its workspace is used)
/// \param openness openness \f$g_i \in [0,1]\f$ in force \param x state (A, A*), length 2n
/// \return the regime to integrate from x
/// \throws InvalidParameter (`sigma`) at a fold where the static equilibrium alternates between two
/// wages (one discrete period beyond it leads back to the fold's equilibrium).
LearningRegime choose_regime(const FixedParameters& fixed, LearningRhs& rhs, const Eigen::VectorXd& openness,
                             const Eigen::VectorXd& x);

}  // namespace clustertrade::trade_growth
