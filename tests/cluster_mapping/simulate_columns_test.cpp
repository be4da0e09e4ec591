// Every output column of `cluster-mapping simulate` against its definition (issue 20 §5c): the same
// nation is simulated here through the library (cluster_mapping::simulate_nation, the same parameters),
// and each printed column is recomputed from that nation's employment table and incomes by the
// definitions written out below (LQ, strong flags, Spearman's rho, average linkage, adjusted Rand index),
// without the library's Porter-method code.
#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <Eigen/Dense>

#include "cluster_mapping/regions.hpp"
#include "support/csv_rows.hpp"

namespace cm = clustertrade::cluster_mapping;
using clustertrade::testing::cell_number;
using clustertrade::testing::run_csv_rows;

namespace {

// Mean ranks (1-based; ties get the mean of the ranks they span).
std::vector<double> ranks(const std::vector<double>& x) {
  std::vector<std::size_t> order(x.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return x[a] < x[b]; });
  std::vector<double> r(x.size());
  for (std::size_t i = 0; i < order.size();) {
    std::size_t j = i;
    while (j + 1 < order.size() && x[order[j + 1]] == x[order[i]]) ++j;
    for (std::size_t k = i; k <= j; ++k) r[order[k]] = 0.5 * static_cast<double>(i + j) + 1.0;
    i = j + 1;
  }
  return r;
}

// Pearson's correlation; `constant` when either series is constant (Porter's method gives such an
// industry correlation 0; Spearman's rho is then undefined).
double pearson(const std::vector<double>& x, const std::vector<double>& y, double constant = 0.0) {
  const double n = static_cast<double>(x.size());
  const double mx = std::accumulate(x.begin(), x.end(), 0.0) / n, my = std::accumulate(y.begin(), y.end(), 0.0) / n;
  double sxy = 0, sxx = 0, syy = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) * (x[i] - mx);
    syy += (y[i] - my) * (y[i] - my);
  }
  return sxx > 0 && syy > 0 ? sxy / std::sqrt(sxx * syy) : constant;
}

// strength_income_rho: Spearman's rho across regions of (a) the share of a region's traded employment
// in planted blocks (clusters) with LQ >= 1.5, LQ_rc = (e_rc/E_r)/(E_c/E) on the traded base, and (b)
// real income per worker. NaN (an empty cell) when either is the same in every region.
double strength_income_rho(const cm::Nation& nation) {
  const auto R = nation.employment.rows();
  const int blocks = *std::max_element(nation.planted.begin(), nation.planted.end());
  Eigen::MatrixXd e = Eigen::MatrixXd::Zero(R, blocks);
  for (Eigen::Index r = 0; r < R; ++r)
    for (std::size_t i = 0; i < nation.planted.size(); ++i)
      if (nation.planted[i] > 0) e(r, nation.planted[i] - 1) += nation.employment(r, static_cast<Eigen::Index>(i));
  const double total = e.sum();
  std::vector<double> strong(static_cast<std::size_t>(R), 0.0), income(static_cast<std::size_t>(R));
  for (Eigen::Index r = 0; r < R; ++r) {
    const double er = e.row(r).sum();
    for (int c = 0; c < blocks; ++c)
      if (er > 0 && (e(r, c) / er) / (e.col(c).sum() / total) >= 1.5) strong[r] += e(r, c) / er;
    income[r] = nation.income[r];
  }
  return pearson(ranks(strong), ranks(income), std::nan(""));
}

// ari: the traded industries made somewhere are clustered by average linkage (distance 1 - Pearson
// correlation across regions of the employment share e_ri / sum of the region's traded employment),
// merging the closest pair of groups (mean pairwise distance) until K groups remain, K = the number
// of planted blocks among them; the adjusted Rand index of that partition against the planted blocks is
// (sum_ij C(n_ij,2) - sum_i C(a_i,2) sum_j C(b_j,2)/C(n,2)) / (mean of the two margins' sums - that product),
// 1 when both partitions are all singletons (Hubert and Arabie's index is then 0/0).
double recovered_ari(const cm::Nation& nation) {
  const auto R = nation.employment.rows();
  std::vector<std::size_t> made;
  for (std::size_t i = 0; i < nation.planted.size(); ++i)
    if (nation.planted[i] > 0 && nation.employment.col(static_cast<Eigen::Index>(i)).maxCoeff() > 0) made.push_back(i);
  std::vector<std::vector<double>> share(made.size(), std::vector<double>(static_cast<std::size_t>(R)));
  for (Eigen::Index r = 0; r < R; ++r) {
    double traded = 0;
    for (std::size_t i = 0; i < nation.planted.size(); ++i)
      if (nation.planted[i] > 0) traded += nation.employment(r, static_cast<Eigen::Index>(i));
    for (std::size_t k = 0; k < made.size(); ++k)
      share[k][r] = nation.employment(r, static_cast<Eigen::Index>(made[k])) / traded;
  }
  std::vector<std::vector<std::size_t>> groups;
  std::set<int> planted_blocks;
  for (std::size_t k = 0; k < made.size(); ++k) {
    groups.push_back({k});
    planted_blocks.insert(nation.planted[made[k]]);
  }
  while (groups.size() > planted_blocks.size()) {
    double best = 1e300;
    std::size_t ba = 0, bb = 1;
    for (std::size_t a = 0; a < groups.size(); ++a)
      for (std::size_t b = a + 1; b < groups.size(); ++b) {
        double d = 0;
        for (auto i : groups[a])
          for (auto j : groups[b]) d += 1.0 - pearson(share[i], share[j]);
        d /= static_cast<double>(groups[a].size() * groups[b].size());
        if (d < best) best = d, ba = a, bb = b;
      }
    groups[ba].insert(groups[ba].end(), groups[bb].begin(), groups[bb].end());
    groups.erase(groups.begin() + static_cast<long>(bb));
  }
  auto pairs = [](double m) { return m * (m - 1) / 2; };
  std::map<std::pair<std::size_t, int>, double> cells;
  std::map<int, double> planted_margin;
  double index = 0, recovered_pairs = 0, planted_pairs = 0;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    recovered_pairs += pairs(static_cast<double>(groups[g].size()));
    for (auto k : groups[g]) {
      cells[{g, nation.planted[made[k]]}] += 1;
      planted_margin[nation.planted[made[k]]] += 1;
    }
  }
  for (const auto& [key, count] : cells) index += pairs(count);
  for (const auto& [block, count] : planted_margin) planted_pairs += pairs(count);
  const double expected = recovered_pairs * planted_pairs / pairs(static_cast<double>(made.size()));
  const double maximum = 0.5 * (recovered_pairs + planted_pairs);
  if (maximum == expected) return 1.0;  // both partitions trivial (all singletons): equal, by convention
  return (index - expected) / (maximum - expected);
}

}  // namespace

// A small nation (15 regions, blocks of 2, 3 and 2 industries, one local industry, 4 periods) under
// three trade regimes (adjusted Rand indices 0.08, 0.31 and 0.48; in autarky no region has a strong
// cluster, so rho is undefined and its cell empty); each printed column against its definition for the nation the same
// flags make.
TEST(ClusterMappingSimulateColumns, EveryColumnAgainstItsDefinition) {
  for (const auto trade : {cm::Trade::cluster_building, cm::Trade::free_trade, cm::Trade::autarky}) {
    cm::NationParams p;
    p.regions = 15;
    p.blocks = {2, 3, 2};
    p.local = 1;
    p.periods = 4;
    p.seed = 11;
    p.noise = 0.3;
    p.trade = trade;
    const std::string args =
        "cluster-mapping simulate --regions 15 --blocks 2,3,2 --local 1 --periods 4 --seed 11 "
        "--noise 0.3 --trade " +
        cm::to_string(trade);
    const auto rows = run_csv_rows(args);
    ASSERT_EQ(rows.size(), 1u) << args;
    const cm::Nation nation = cm::simulate_nation(p, 1);
    EXPECT_EQ(cell_number(rows[0], "regions"), 15) << args;
    EXPECT_EQ(cell_number(rows[0], "blocks"), 3) << args;
    EXPECT_NEAR(cell_number(rows[0], "ari"), recovered_ari(nation), 1e-12) << args;
    const double rho = strength_income_rho(nation);
    if (std::isnan(rho)) {
      EXPECT_EQ(rows[0].at("strength_income_rho"), "") << args;
    } else {
      EXPECT_NEAR(cell_number(rows[0], "strength_income_rho"), rho, 1e-12) << args;
    }
  }
}
