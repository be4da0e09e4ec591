// A shared market's switching surface θ = e (issue 20 §5a). The engine used to hold θ at e by Filippov
// sliding when the fields on both sides pointed into the surface. That needs the learning of the
// country leaving the market (foreign at e = 1) to push θ toward e; with ω pinned at the market's
// switch point this learning acts as a fall of ω with the pattern fixed, so it happens exactly where
// excess exports rise with ω: never for σ ≥ 1 or under free trade, and where it does (σ < 1 with trade
// costs) the surface is a fold of the equilibrium set, not a boundary between two regimes. The
// economy below, found by that reasoning, entered the sliding branch; the slide kept A*_0 learning
// while L*_0 = 0 (A*_0 = 1.467 at t = 10) and the discrete-period model disagreed by O(1). Now the
// engine leaves the fold to the static solver's equilibrium beyond it, as the discrete model does.
// Goods are numbered from 0 here (the CLI's columns from 1).
#include <algorithm>
#include <cmath>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/run_command.hpp"
#include "trade_growth/dynamics.hpp"
#include "trade_growth/learning_rhs.hpp"

namespace tg = clustertrade::trade_growth;

namespace {

constexpr double kOpenness = 0.5;

// Three goods, iceberg openness g = 1/2 for all, A = (2, 1, 1/4), A* = (1, 1, 1), b = (1, 4, 1), L* = 1.
// With foreign's wage 1 and ω = g A_0/A*_0 = 1 (good 0's foreign market is shared):
// foreign-market prices are all 1, so its spending shares are S = b/6; home-market prices are
// ω/A_0 = 1/2, ω/A_1 = 1 (good 1 is untraded: g a_1 = 1/2 < ω < a_1/g = 2) and 1/(g A*_2) = 2 (good 2 is
// imported: a_2/g = 1/2 < ω), so home's spending shares are T_i/ΣT with T = (2^{σ−1}, 4, 2^{1−σ}).
// Balanced trade with home's share θ of foreign's market for good 0: L* θ S_0 = ω L H_2, so θ = 1
// exactly when L = S_0/H_2 = (1/6)/H_2: the state lies on the surface θ = 1. The equilibrium is not
// unique at σ < 1: the static solver picks this one for A_2 = 1/4 (for A_2 = 1/5 it picks ω = 1/2).
double home_import_share(double sigma) {
  const double t0 = std::pow(2.0, sigma - 1.0), t1 = 4.0, t2 = std::pow(2.0, 1.0 - sigma);
  return t2 / (t0 + t1 + t2);
}

tg::Params fold_economy(double sigma) {
  tg::Params p;
  p.economy.home = Eigen::Vector3d(2.0, 1.0, 0.25);
  p.economy.foreign = Eigen::Vector3d(1.0, 1.0, 1.0);
  p.economy.weights = Eigen::Vector3d(1.0, 4.0, 1.0);
  p.economy.sigma = sigma;
  p.economy.labor_foreign = 1.0;
  p.economy.labor_home = (1.0 / 6.0) / home_import_share(sigma);
  // Employment in good 1 teaches good 0 (τ_10, so foreign learns in good 0 only while it makes it);
  // good 2 teaches itself.
  p.tau = Eigen::Matrix3d::Zero();
  p.tau(1, 0) = 0.2;
  p.tau(2, 2) = 0.15;
  return p;
}

tg::Policy fold_policy() {
  tg::Policy policy = tg::Policy::free_trade(3);
  policy.openness_when_open = kOpenness;
  return policy;
}

Eigen::VectorXd final_state(const tg::Params& p, tg::TimeMode mode, double period) {
  tg::SimulationOptions o;
  o.horizon = 10.0;
  o.step = 10.0;
  o.time = mode;
  o.period = period;
  o.rtol = o.atol = 1e-12;
  const tg::Path path = tg::simulate(p, fold_policy(), o);
  Eigen::VectorXd x(6);
  x << path.points.back().A_home, path.points.back().A_foreign;
  return x;
}

// The CLI economy of the last two tests: good 1 untraded (--liberalize-at 0,inf,0), σ = 0.3, A = (1, 1.5,
// 0.2), A* = 1, b = (1, 2, 1), placed on the surface θ = 1 of good 0's markets as above (foreign's
// shares b/4; home's T = (1, 2·1.5^{−0.7}, 1)): L = (1/4)/H_2 = 0.876448978…; the learning matrix is
// appended by the test.
const std::string kCliFold =
    "trade-growth simulate --home 1,1.5,0.2 --foreign 1,1,1 --weights 1,2,1 --sigma 0.3 --labor-home "
    "0.87644897848561842 --liberalize-at 0,inf,0 --tau-matrix ";

std::vector<std::vector<double>> csv_rows(const std::string& csv) {
  std::vector<std::vector<double>> rows;
  std::istringstream lines(csv);
  std::string line;
  std::getline(lines, line);  // header
  while (std::getline(lines, line)) {
    std::vector<double> row;
    std::istringstream cells(line);
    for (std::string cell; std::getline(cells, cell, ',');) row.push_back(std::stod(cell));
    rows.push_back(row);
  }
  return rows;
}

}  // namespace

TEST(SharedMarketFold, LeaversLearningMovesTheShareAsDerivedByHand) {
  // ω = g A_0/A*_0 is pinned, so raising log A*_0 by d lowers every home-supplied price (good 0
  // included) by d against foreign's: d log S_0 = (σ−1)(1 − S_0) d, d log H_2 = −(σ−1)(1 − H_2) d, and
  // from log θ = log ω + log L + log H_2 − log L* − log S_0:
  //   ∂θ/∂A*_0 = −1 − (σ−1)(1 − H_2) − (σ−1)(1 − S_0)   (at θ = 1, A*_0 = 1).
  // σ = 0.2: H_2 = 2^0.8/(2^−0.8 + 4 + 2^0.8) = 0.27569, ∂θ/∂A*_0 = +0.24612: foreign's learning in good 0
  // raises home's share toward 1 — the fold. σ = 2: H_2 = 1/13, ∂θ/∂A*_0 = −2.7564: it lowers it.
  // Catches a share or derivative of the wrong country or sign (theta_derivative, shared_fraction_at).
  // The state is moved just inside the surface (L scaled by 0.999, so θ = 0.999 and ∂θ/∂A*_0 is 0.999
  // times the above): at θ = 1 itself which side the static solver reports is a matter of rounding.
  for (const double sigma : {0.2, 2.0}) {
    tg::Params p = fold_economy(sigma);
    p.economy.labor_home *= 0.999;
    const tg::FixedParameters fixed = tg::FixedParameters::from(p);
    tg::LearningRhs rhs(fixed);
    Eigen::VectorXd x(6);
    x << p.economy.home, p.economy.foreign;
    using S = tg::Supplier;
    const tg::LearningRegime shared{
        std::vector<double>(3, kOpenness),
        tg::TradePattern{{S::home, S::home, S::foreign}, {S::shared, S::foreign, S::foreign}},
        true,
        {}};
    EXPECT_NEAR(rhs.shared_fraction_at(shared, x), 0.999, 1e-13) << "sigma " << sigma;
    const double h2 = home_import_share(sigma);
    const double by_hand = 0.999 * (-1.0 - (sigma - 1.0) * (1.0 - h2) - (sigma - 1.0) * (5.0 / 6.0));
    Eigen::VectorXd foreign_good_0 = Eigen::VectorXd::Zero(6);
    foreign_good_0[3] = 1.0;
    EXPECT_NEAR(rhs.theta_derivative(shared, x, foreign_good_0), by_hand, 1e-8) << "sigma " << sigma;
  }
  EXPECT_NEAR(-1.0 + 0.8 * (1.0 - home_import_share(0.2)) + 0.8 * 5.0 / 6.0, 0.24612, 1e-5);
}

TEST(SharedMarketFold, PathThatUsedToSlideKeepsTheLearningLawAndMatchesFinePeriods) {
  // σ = 0.2 at the fold: the shared field pushes θ past 1 and no equilibrium with good 0 shared lies
  // beyond, so the path leaves at once to the static solver's equilibrium there (ω = g a_1 = 1/2,
  // good 1's foreign market shared), where foreign never makes good 0 again: by H12 eq. (9) A*_0
  // stays 1 (the slide made it 1.467 with L*_0 = 0 throughout). The discrete-period model does the
  // same except in its first period, which starts at the fold where foreign still counts as active
  // in good 0 and adds h·τ_10·L*_1 = h·0.2·(2/3) to A*_0: that is its whole error there, first order.
  const tg::Params p = fold_economy(0.2);
  const Eigen::VectorXd cont = final_state(p, tg::TimeMode::continuous, 1.0);
  EXPECT_NEAR(cont[3], 1.0, 1e-9);
  for (const double h : {4e-3, 2e-3, 1e-3}) {
    const Eigen::VectorXd disc = final_state(p, tg::TimeMode::discrete, h);
    EXPECT_NEAR(disc[3] - cont[3], h * 0.2 * 2.0 / 3.0, 1e-3 * h) << "h = " << h;
    for (int i : {0, 1, 2, 4, 5}) EXPECT_LE(std::fabs(disc[i] - cont[i]), 0.02 * h) << "h = " << h << ", i = " << i;
  }
}

TEST(SharedMarketFold, FoldWhereTheStaticEquilibriumAlternatesIsRefusedNamingSigma) {
  // Two learning matrices for which the static solver alternates at the fold: beyond it it picks
  // ω ≈ 0.24, whose own motion (one discrete period, H12 eq. (9): only active industries learn) leads
  // back to where it picks the fold's equilibrium (ω ≈ 1) again. Both inputs stopped with an internal
  // error (exit 1); with τ_10 = 0.2, τ_22 = 0.15 the engine had entered the sliding branch (through a
  // root of the one-country regime's trade balance outside its range). The discrete-period model
  // returns to the fold's equilibrium period after period, and only there does foreign, active in good
  // 0, learn it: by t = 1 A*_0 (column A_foreign_1) has grown by over 0.01, against at most
  // h·τ_10·L*_1 = 1.5·10⁻⁴ if it left the fold for good in its first period; h = 10⁻³ and 10⁻⁴ agree
  // to 2·10⁻⁴, so this chattering has a limit — a sliding motion between two wages that the engine does
  // not follow. Refused: one line naming --sigma, exit 2, nothing on stdout. With τ_10 = 0.3,
  // τ_22 = 0.2 the refusal needs the discrete period's mask: letting foreign learn good 0 where it is
  // inactive makes the motion beyond the fold not come back.
  // The mirror image (countries swapped; the fold at θ = 0, home leaving) is refused alike and pins the
  // mask of home's learning (column A_home_1).
  const std::string mirror =
      "trade-growth simulate --home 1,1,1 --foreign 1,1.5,0.2 --weights 1,2,1 --sigma 0.3 --labor-foreign "
      "0.87644897848561842 --liberalize-at 0,inf,0 --tau-matrix ";
  for (const auto& [prefix, column] : {std::pair{kCliFold, 7}, std::pair{mirror, 4}}) {
    for (const std::string tau : {"'0,0,0;0.2,0,0;0,0,0.15'", "'0,0,0;0.3,0,0;0,0,0.2'"}) {
      const std::string economy = prefix + tau + " --horizon 1 --step 1";
      const auto refused = clustertrade::testing::run_clustertrade(economy);
      EXPECT_EQ(refused.status, 2) << economy << ": " << refused.err;
      EXPECT_TRUE(refused.out.empty()) << refused.out;
      EXPECT_EQ(std::count(refused.err.begin(), refused.err.end(), '\n'), 1) << refused.err;
      EXPECT_EQ(refused.err.find("--sigma: "), refused.err.find("--")) << refused.err;
      EXPECT_NE(refused.err.find("alternates between two wages"), std::string::npos) << refused.err;
      double learned[2] = {0.0, 0.0};
      for (int k = 0; k < 2; ++k) {
        const auto discrete = clustertrade::testing::run_clustertrade(economy + " --time discrete --period " +
                                                                      std::string(k == 0 ? "0.001" : "0.0001"));
        ASSERT_EQ(discrete.status, 0) << discrete.err;
        learned[k] = csv_rows(discrete.out).back()[static_cast<std::size_t>(column)] - 1.0;
      }
      EXPECT_GT(learned[0], 0.01) << economy;
      EXPECT_NEAR(learned[0], learned[1], 2e-4) << economy;
    }
  }
}

TEST(SharedMarketFold, FoldLeftForGoodRunsAndMatchesFinePeriods) {
  // With τ_22 = 0.05 the motion beyond the fold does not come back: the path leaves at once to the
  // static solver's equilibrium there (ω ≈ 0.24, the same trade pattern as the fold's one-country side
  // but another root of its trade balance). This input stopped with an internal error (exit 1): the
  // engine's Newton solve of that pattern, started from the last solve's wage, found a root outside the
  // pattern's range (ω ≈ 6.3); it now starts from the static solver's. The discrete-period model at
  // h = 10⁻³ agrees: its first period starts at the fold, where foreign still counts as active in good
  // 0 and adds h·τ_10·L*_1 = h·0.2·(1/2) = 10⁻⁴ to A*_0 (column A_foreign_1), which the continuous path
  // never learns; the rest differs by O(h) less.
  const std::string economy = kCliFold + "'0,0,0;0.2,0,0;0,0,0.05' --horizon 10 --step 10";
  const auto continuous = clustertrade::testing::run_clustertrade(economy);
  const auto discrete = clustertrade::testing::run_clustertrade(economy + " --time discrete --period 0.001");
  ASSERT_EQ(continuous.status, 0) << continuous.err;
  ASSERT_EQ(discrete.status, 0) << discrete.err;
  const std::vector<double> c = csv_rows(continuous.out).back(), d = csv_rows(discrete.out).back();
  ASSERT_EQ(c.size(), 16u);
  EXPECT_NEAR(c[7], 1.0, 1e-9);           // A_foreign_1: foreign never makes good 0 after t = 0
  EXPECT_NEAR(d[7] - c[7], 1e-4, 1e-7);   // the discrete model's first period
  for (std::size_t i = 1; i < 16; ++i) {  // incomes, wage, A, L
    if (i != 7) {
      EXPECT_LE(std::fabs(d[i] - c[i]), 5e-5) << "column " << i;
    }
  }
}
