// Independent references for RC05 §II's coordination game (issue 10 part 1): every equilibrium of
// the finite-N game listed by hand from the unilateral-switch conditions, the continuum's stability
// flags, and efficiency. A firm that switches moves n by 1/N: a backward firm at n = k/N that invests
// gets A(k+1)/N − C against backward(k/N); a modern firm that stops gets backward((k−1)/N) against
// A k/N − C. A switch that exactly breaks even is not profitable (weak equilibrium kept).
#include <cmath>
#include <vector>

#include <gtest/gtest.h>

#include "cluster_model/coordination.hpp"

using namespace clustertrade::cluster_model;

namespace {
std::vector<double> shares(const SpilloverGame& g) {
  std::vector<double> out;
  for (const auto& e : coordination_equilibria(g)) out.push_back(e.n);
  return out;
}
}  // namespace

TEST(ClusterModelCoordinationReference, ThreeFirmsTwoEquilibria) {
  // A = 4.5, C = 1, N = 3, backward output 1.
  // k = 0: investing gives 4.5/3 − 1 = 0.5 < 1: stay → equilibrium.
  // k = 1: the investor gets 1.5 − 1 = 0.5 < 1 by stopping: not an equilibrium.
  // k = 2: a backward firm investing gets 4.5 − 1 = 3.5 > 1: not an equilibrium.
  // k = 3: stopping gives 1 < 3.5: equilibrium.
  EXPECT_EQ(shares({4.5, 1.0, false, 3}), (std::vector<double>{0.0, 1.0}));
}

TEST(ClusterModelCoordinationReference, TwoFirmsLoseTheZeroEquilibrium) {
  // A = 6, C = 1, N = 2: at k = 0 a lone investor gets 6/2 − 1 = 2 > 1, so n = 0 falls; k = 1: the
  // backward firm gets 6 − 1 = 5 > 1 by investing; k = 2: stopping gives 1 < 5. Only n = 1.
  EXPECT_EQ(shares({6.0, 1.0, false, 2}), (std::vector<double>{1.0}));
}

TEST(ClusterModelCoordinationReference, BreakEvenSwitchKeepsTheEquilibrium) {
  // A = 4, C = 1, N = 2: at k = 0 investing gives 4/2 − 1 = 1 = backward output: not profitable, so
  // n = 0 stays (weakly); k = 1: investing gives 3 > 1; k = 2: stopping gives 1 < 3. {0, 1}.
  EXPECT_EQ(shares({4.0, 1.0, false, 2}), (std::vector<double>{0.0, 1.0}));
  // A hair above, 4 + 1e-9: investing at k = 0 strictly beats 1: only n = 1.
  EXPECT_EQ(shares({4.0 + 1e-9, 1.0, false, 2}), (std::vector<double>{1.0}));
}

TEST(ClusterModelCoordinationReference, SpilloverFourFirms) {
  // Backward output 1 + An, A = 2, C = 0.5, N = 4. k = 0: investing gives 2/4 − 0.5 = 0 < 1: stays.
  // k ≥ 1: a modern firm that stops gets 1 + 2(k−1)/4 against 2k/4 − 0.5, better by 1 + C − A/N = 1:
  // it stops. Only n = 0, yet average output is A − C = 1.5 at n = 1 against 1 at n = 0.
  const SpilloverGame g{2.0, 0.5, true, 4};
  EXPECT_EQ(shares(g), (std::vector<double>{0.0}));
  EXPECT_EQ(efficient_share(g), 1.0);
  EXPECT_DOUBLE_EQ(average_output(g, 1.0), 1.5);
  // n = 1/2: half the firms net 2·0.5 − 0.5 = 0.5, half get 1 + 1 = 2: average 1.25.
  EXPECT_DOUBLE_EQ(average_output(g, 0.5), 1.25);
}

TEST(ClusterModelCoordinationReference, SpilloverSingleFirmInvests) {
  // N = 1, A = 3, C = 1, backward 1 + An: alone, the firm's investment moves n from 0 to 1: it nets
  // 3 − 1 = 2 > 1, so n = 0 falls; at n = 1 stopping gives 1 + 0 = 1 < 2. Only n = 1.
  EXPECT_EQ(shares({3.0, 1.0, true, 1}), (std::vector<double>{1.0}));
}

TEST(ClusterModelCoordinationReference, ContinuumStabilityFlags) {
  // Continuum, A = 3, C = 1: gain(n) = 3n − 2; n = 0 strict (gain −2 < 0, stable), interior n = 2/3
  // (unstable), n = 1 strict (gain 1 > 0, stable).
  const auto eq = coordination_equilibria({3.0, 1.0, false, std::nullopt});
  ASSERT_EQ(eq.size(), 3U);
  EXPECT_TRUE(eq[0].stable);
  EXPECT_NEAR(eq[1].n, 2.0 / 3.0, 1e-14);  // TOMS 748 stopped at width 1e-15
  EXPECT_FALSE(eq[1].stable);
  EXPECT_TRUE(eq[2].stable);
  // A − C = 1 exactly (A = 2): gain(1) = 0, so n = 1 is an equilibrium but not stable, and there is no
  // interior root (gain < 0 on [0, 1)).
  const auto edge = coordination_equilibria({2.0, 1.0, false, std::nullopt});
  ASSERT_EQ(edge.size(), 2U);
  EXPECT_EQ(edge[1].n, 1.0);
  EXPECT_FALSE(edge[1].stable);
  // Average output at n = 1 is A − C = 1, equal to n = 0: efficient_share ties to 0.
  EXPECT_EQ(efficient_share({2.0, 1.0, false, std::nullopt}), 0.0);
  EXPECT_EQ(efficient_share({2.0 + 1e-9, 1.0, false, std::nullopt}), 1.0);
}
