// H12's claims (Hanlon 2012), each an executable falsification search (issue 6). The checks live in
// claims_static.cpp, claims_dynamic.cpp and claims_policy.cpp; the machinery in claims_support.cpp.
#include "trade_growth/claims.hpp"

#include "trade_growth/claims_checks.hpp"

namespace clustertrade::trade_growth {

void register_claims(ClaimRegistry& registry) {
  using namespace claims;
  registry.add({"h12.static-gains", "H12 §3, App. B",
                "In any period, moving from autarky to free trade raises real income in both countries (App. B: "
                "weakly for every good, strictly for at least one).",
                "holds (informal proof, App. B)", CLUSTERTRADE_CHECK(check_static_gains)});
  registry.add({"h12.eq10", "H12 §2.2, eq. (10), App. A",
                "The balanced-trade condition: omega = (L*/L)^(1/sigma) eta(z), eta as printed (foreign sum from "
                "the marginal industry z^ on, plus (z^ - z) of it).",
                "holds (derived in App. A)", CLUSTERTRADE_CHECK(check_eq10)});
  registry.add({"h12.unique", "H12 §2.2, Fig. 1",
                "The free-trade equilibrium exists and its trade pattern is unique (increasing balanced-trade "
                "curve against a decreasing step).",
                "holds (argued in the text)", CLUSTERTRADE_CHECK(check_unique)});
  registry.add({"h12.prop1", "H12 §3.1, Prop. 1, App. C",
                "With within-industry spillovers only (Table 1), liberalising at t = 0 gives each country higher real "
                "income (utility) than autarky at every date.",
                "holds (proof in App. C)", CLUSTERTRADE_CHECK(check_prop1)});
  registry.add({"h12.prop1-fn10", "H12 §3.1, fn. 10",
                "Exception: with learning only in a middle industry that trade splits between the countries, trade "
                "does not raise that industry's employment, hence not its technology, in either country.",
                "holds (argued in fn. 10)", CLUSTERTRADE_CHECK(check_prop1_fn10)});
  registry.add({"h12.prop2", "H12 §3.2, Prop. 2, App. D",
                "Mirror images, Table 2, home strong in 1 and 2: under cluster-building trade every industry's "
                "technology in use exceeds the autarky technology of that industry in either country.",
                "holds (proof in App. D)", CLUSTERTRADE_CHECK(check_prop2)});
  registry.add({"h12.prop3-level", "H12 §3.2, Prop. 3 (first part), App. E",
                "Mirror images, Table 2, home strong in 1 and 3: under cluster-destroying trade every industry's "
                "technology in use is below the autarky technology of that industry in either country.",
                "holds (proof in App. E)", CLUSTERTRADE_CHECK(check_prop3_level)});
  registry.add({"h12.prop3-growth", "H12 §3.2, Prop. 3 (second part), App. E",
                "Under cluster-destroying trade technology grows more slowly than under autarky whenever tau > 0 "
                "(checked for each industry's technology in use and for income).",
                "holds (proof in App. E)", CLUSTERTRADE_CHECK(check_prop3_growth)});
  registry.add({"h12.mirror-income", "H12 §3.1-3.2, §4 (Figs. 2-4, 6)",
                "Mirror-image economies have the same income at every date, under trade and under autarky.",
                "holds (stated for the examples)", CLUSTERTRADE_CHECK(check_mirror_income)});
  registry.add({"h12.s3.3-composition", "H12 §3.3, Fig. 5",
                "When only some industries learn, trade lowers income growth in the country that specialises in the "
                "non-learning industries and raises it in the other.",
                "holds (shown in Fig. 5)", CLUSTERTRADE_CHECK(check_composition)});
  registry.add({"h12.s3.4-combined", "H12 §3.4",
                "With within- and cross-industry spillovers, cluster-destroying trade lowers growth in both "
                "countries when cross-industry spillovers are strong relative to within-industry ones.",
                "holds (argued verbally)", CLUSTERTRADE_CHECK(check_combined)});
  registry.add({"h12.s4-delay", "H12 §4, Fig. 6",
                "Delaying all liberalisation until free trade would be cluster building beats immediate (cluster-"
                "destroying) liberalisation for both countries after some date, and both prefer it unless the "
                "discount rate is high.",
                "holds (example, Fig. 6)", CLUSTERTRADE_CHECK(check_delay)});
  registry.add({"h12.s4-gradual", "H12 §4, Fig. 7",
                "Opening industries 1 and 4 at once and 2 and 3 once trade would be cluster building beats immediate "
                "liberalisation for both countries, and needs a shorter delay than delaying everything.",
                "holds (example, Fig. 7)", CLUSTERTRADE_CHECK(check_gradual)});
  registry.add({"h12.s5-mobility", "H12 §5, Fig. 8",
                "With free migration the concentration and spillover examples are unchanged, and the composition "
                "effect moves population towards the learning location instead of lowering income per head.",
                "holds (argued verbally, Fig. 8)", CLUSTERTRADE_CHECK(check_mobility)});
}

}  // namespace clustertrade::trade_growth
