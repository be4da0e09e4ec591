// The regions' "real income per worker" (Nation::income, which the strength-income claims rank
// regions by) against its definition, H12 eq. (3): real income is the consumption index D = w L / P,
// so income per worker is D / L = w / P, the wage over the CES price index
// P = (sum_i p_i^(1-sigma))^(1/(1-sigma)) of the prices the region pays (issue 20 §5c).
//
// Each region is rebuilt here from its documented draws (DrawRng(seed, r): log A_i uniform on
// [-spread, spread] for every industry, then log L_r uniform on [-size_spread, size_spread]) and its
// learning (A_i += sum_j tau_ji L_j for every industry that employs labour, once per period, tau the
// planted blocks) is replayed.
#include <cmath>
#include <string>

#include <gtest/gtest.h>
#include <Eigen/Dense>

#include "cluster_mapping/regions.hpp"
#include "core/random.hpp"
#include "trade_growth/static_equilibrium.hpp"

namespace cm = clustertrade::cluster_mapping;
namespace tg = clustertrade::trade_growth;

namespace {

// tau_ji: block_strength within a planted block (j = i included), background otherwise.
double planted_tau(const cm::NationParams& p, std::size_t j, std::size_t i) {
  std::vector<int> block;
  for (std::size_t b = 0; b < p.blocks.size(); ++b) block.insert(block.end(), p.blocks[b], static_cast<int>(b) + 1);
  block.resize(p.traded() + p.local, 0);
  return block[j] != 0 && block[j] == block[i] ? p.block_strength : p.background;
}

struct Region {
  Eigen::VectorXd A;
  double labor;
};

Region initial_region(const cm::NationParams& p, std::size_t r) {
  const auto n = static_cast<Eigen::Index>(p.traded() + p.local);
  clustertrade::DrawRng rng(p.seed, r);
  Region region{Eigen::VectorXd(n), 0.0};
  for (Eigen::Index i = 0; i < n; ++i) region.A[i] = std::exp(rng.uniform(-p.spread, p.spread));
  region.labor = std::exp(rng.uniform(-p.size_spread, p.size_spread));
  return region;
}

}  // namespace

// Autarky, sigma = 3: every industry is made, L_i = L A_i^(sigma-1) / sum_j A_j^(sigma-1) (H12 eq. (7)),
// the wage is the numeraire (w = 1) and p_i = 1/A_i, so D/L = 1/P = (sum_i A_i^(sigma-1))^(1/(sigma-1))
// (eq. (8) per worker) at the technologies after the last period's learning.
TEST(ClusterMappingRealIncome, AutarkyIncomePerWorkerIsTheClosedForm) {
  cm::NationParams p;
  p.regions = 6;
  p.blocks = {2, 3};
  p.local = 1;
  p.periods = 3;
  p.sigma = 3;
  p.seed = 5;
  p.trade = cm::Trade::autarky;
  const cm::Nation nation = cm::simulate_nation(p, 1);
  for (std::size_t r = 0; r < p.regions; ++r) {
    Region region = initial_region(p, r);
    const auto n = region.A.size();
    for (std::size_t t = 0; t <= p.periods; ++t) {
      const Eigen::VectorXd weight = region.A.array().pow(p.sigma - 1);
      const Eigen::VectorXd labor = region.labor * weight / weight.sum();
      if (t == p.periods) {
        EXPECT_NEAR(nation.income[static_cast<Eigen::Index>(r)], std::pow(weight.sum(), 1 / (p.sigma - 1)),
                    1e-12 * nation.income[static_cast<Eigen::Index>(r)])
            << "region " << r;
        break;
      }
      Eigen::VectorXd learning = Eigen::VectorXd::Zero(n);
      for (Eigen::Index i = 0; i < n; ++i)
        for (Eigen::Index j = 0; j < n; ++j)
          learning[i] += planted_tau(p, static_cast<std::size_t>(j), static_cast<std::size_t>(i)) * labor[j];
      region.A += learning;
    }
  }
}

// Trade (cluster-building: the foreign has A* = 1 in every traded industry and labour 50; openness g =
// 0.7 on traded industries, local ones are not traded). Employment and the relative wage omega (foreign
// wage 1) come from the model's static equilibrium; the price index is built here from its definition:
// a traded good costs min(omega/A_i, 1/(g A*_i)) at home (made at home or imported), a local one omega/A_i;
// D/L = omega/P. Checked for sigma = 2 and for sigma = 1 (Cobb-Douglas: P = prod_i (p_i)^(1/n)).
TEST(ClusterMappingRealIncome, TradeIncomePerWorkerIsWageOverPriceIndex) {
  for (const double sigma : {2.0, 1.0}) {
    cm::NationParams p;
    p.regions = 6;
    p.blocks = {2, 3};
    p.local = 1;
    p.periods = 3;
    p.sigma = sigma;
    p.seed = 9;
    p.spread = 1.0;  // wide enough that most regions trade (within a factor 1/g^2 of each other none does)
    const cm::Nation nation = cm::simulate_nation(p, 1);
    const auto n = static_cast<Eigen::Index>(p.traded() + p.local);
    Eigen::VectorXd openness = Eigen::VectorXd::Zero(n);
    openness.head(static_cast<Eigen::Index>(p.traded())).setConstant(p.openness);
    int traded = 0;
    for (std::size_t r = 0; r < p.regions; ++r) {
      const Region region0 = initial_region(p, r);
      tg::Economy e;
      e.home = region0.A;
      e.foreign = Eigen::VectorXd::Ones(n);
      e.sigma = sigma;
      e.labor_home = region0.labor;
      e.labor_foreign = p.labor_foreign;
      tg::Equilibrium eq = tg::solve_static_equilibrium(e, openness);
      for (std::size_t t = 0; t < p.periods; ++t) {
        Eigen::VectorXd learning = Eigen::VectorXd::Zero(n);
        for (Eigen::Index i = 0; i < n; ++i)
          for (Eigen::Index j = 0; j < n; ++j)
            learning[i] += planted_tau(p, static_cast<std::size_t>(j), static_cast<std::size_t>(i)) * eq.labor_home[j];
        for (Eigen::Index i = 0; i < n; ++i)
          if (eq.labor_home[i] > 0) e.home[i] += learning[i];
        eq = tg::solve_static_equilibrium(e, openness);
      }
      // Without trade (no omega makes a good cross the border) the home wage is the numeraire, every good
      // is made at home at p_i = 1/A_i.
      traded += eq.traded;
      const double omega = eq.traded ? eq.rel_wage : 1.0;
      double sum = 0, log_sum = 0;
      for (Eigen::Index i = 0; i < n; ++i) {
        const double home_made = omega / e.home[i];
        const double price =
            eq.traded && openness[i] > 0 ? std::min(home_made, 1.0 / (openness[i] * e.foreign[i])) : home_made;
        sum += std::pow(price, 1 - sigma);
        log_sum += std::log(price) / static_cast<double>(n);
      }
      const double P = sigma == 1.0 ? std::exp(log_sum) : std::pow(sum, 1 / (1 - sigma));
      EXPECT_NEAR(nation.income[static_cast<Eigen::Index>(r)], omega / P, 1e-10 * omega / P)
          << "region " << r << ", sigma " << sigma;
    }
    EXPECT_GE(traded, 3) << "sigma " << sigma << ": too few regions trade to check the wage";
  }
}
