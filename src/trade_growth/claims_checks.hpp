/// \file claims_checks.hpp
/// \brief The check functions of the H12 claims (issue 6), one per claim id, and the helpers the
/// report's figure program may call. Each check searches seeded random draws for counterexamples.
#pragma once

#include <string>

#include "core/claims.hpp"
#include "core/figures.hpp"
#include "trade_growth/claims_support.hpp"

namespace clustertrade::trade_growth::claims {

/// `h12.static-gains` (H12 App. B): free-trade real income \f$D = \omega L/P\f$ is at least the autarky
/// income \f$L(\sum_i A_i^{\sigma-1})^{1/(\sigma-1)}\f$ in both countries, strictly so in H12's setting.
ClaimOutcome check_static_gains(const ClaimRun& run);

/// `h12.eq10` (H12 eq. (10), App. A): the printed balanced-trade condition against the equilibrium.
ClaimOutcome check_eq10(const ClaimRun& run);

/// `h12.unique` (H12 §2.2, Fig. 1): the free-trade equilibrium relative wage is unique (one sign
/// change of home's excess labour demand on a fine scan of ω).
ClaimOutcome check_unique(const ClaimRun& run);

/// `h12.prop1` (H12 Prop. 1, App. C): with Table 1, trade raises real income at every date.
ClaimOutcome check_prop1(const ClaimRun& run);

/// `h12.prop1-fn10` (H12 fn. 10): with learning only in a shared marginal industry, trade does not
/// raise that industry's employment or technology in either country.
ClaimOutcome check_prop1_fn10(const ClaimRun& run);

/// `h12.prop2` (H12 Prop. 2, App. D): under cluster-building trade every industry's technology in
/// use exceeds its autarky technology in both countries at every date t > 0.
ClaimOutcome check_prop2(const ClaimRun& run);

/// `h12.prop3-level` (H12 Prop. 3, first part): under cluster-destroying trade every industry's
/// technology in use is below its autarky technology in both countries at every t > 0.
ClaimOutcome check_prop3_level(const ClaimRun& run);

/// `h12.prop3-growth` (H12 Prop. 3, second part, App. E): under cluster-destroying trade the growth
/// of every industry's technology in use, and of income, is below autarky's at every date.
ClaimOutcome check_prop3_growth(const ClaimRun& run);

/// `h12.mirror-income` (H12 §§3.1–3.2, §4): mirror-image economies have the same income at every date.
ClaimOutcome check_mirror_income(const ClaimRun& run);

/// `h12.s3.3-composition` (H12 §3.3, Fig. 5): trade lowers income growth of the country left with
/// the non-learning industries and raises it in the other.
ClaimOutcome check_composition(const ClaimRun& run);

/// `h12.s3.4-combined` (H12 §3.4): cluster-destroying trade lowers growth in both countries exactly
/// when cross-industry spillovers are strong enough relative to within-industry ones.
ClaimOutcome check_combined(const ClaimRun& run);

/// `h12.s4-delay` (H12 §4, Fig. 6): delaying liberalisation until trade is cluster building beats
/// immediate liberalisation for both countries after some date, and is mutually preferred for low ρ.
ClaimOutcome check_delay(const ClaimRun& run);

/// `h12.s4-gradual` (H12 §4, Fig. 7): opening industries 1 and 4 first and the others once trade
/// would be cluster building beats immediate liberalisation, with a shorter delay than full delay.
ClaimOutcome check_gradual(const ClaimRun& run);

/// `h12.s5-mobility` (H12 §5, Fig. 8): with free migration the concentration and spillover examples
/// are unchanged, and the composition effect moves population instead of income per head.
ClaimOutcome check_mobility(const ClaimRun& run);

/// The economy-wide growth rate of income between two dates: \f$\ln(D_1/D_0)/(t_1-t_0)\f$.
double log_growth(double d0, double d1, double dt);

/// Whether CDT lowers average income growth \f$\ln(D(T)/D(0))/T\f$ in both countries relative to
/// autarky (H12 §3.4) for the case; `gap` receives the larger of the two countries' growth gaps
/// (trade minus autarky; negative when both are lower).
bool trade_lowers_growth_in_both(const Case& c, double& gap);

/// Writes `figures/h12-combined-region.csv` (τ_W ∈ {0.02, …, 0.2} × τ_C ∈ {0, 0.04, …, 0.4} with H12
/// Fig. 4's technologies, σ = 2: the growth gap and whether CDT lowers growth in both, H12 §3.4) and
/// registers `tgcBoundaryRatioMin`/`tgcBoundaryRatioMax`, the range over τ_W of the boundary
/// \f$\tau_C/\tau_W\f$ found by bisection. For the module's figure program to call.
void write_combined_region(FigureOutput& out);

}  // namespace clustertrade::trade_growth::claims
