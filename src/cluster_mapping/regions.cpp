/// \file regions.cpp
/// \brief Simulating a nation of small H12 regions and running Porter's method on it.
#include "cluster_mapping/regions.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <fmt/format.h>

#include "core/errors.hpp"
#include "core/random.hpp"
#include "core/validate.hpp"
#include "trade_growth/static_equilibrium.hpp"

namespace clustertrade::cluster_mapping {

namespace tg = trade_growth;

std::string to_string(Trade trade) {
  switch (trade) {
    case Trade::free_trade:
      return "free-trade";
    case Trade::autarky:
      return "autarky";
    case Trade::cluster_building:
      return "cluster-building";
    case Trade::cluster_destroying:
      return "cluster-destroying";
  }
  return "?";
}

std::size_t NationParams::traded() const { return std::accumulate(blocks.begin(), blocks.end(), std::size_t{0}); }

void NationParams::validate() const {
  if (regions < 3) throw InvalidParameter("regions", fmt::format("must be >= 3 (got {})", regions));
  if (blocks.empty()) throw InvalidParameter("blocks", "need at least one planted block");
  for (std::size_t b = 0; b < blocks.size(); ++b)
    if (blocks[b] < 2) throw InvalidParameter(indexed("blocks", b), fmt::format("must be >= 2 (got {})", blocks[b]));
  require_in_closed("block_strength", block_strength, 0.0, 1.0);
  require_in_closed("background", background, 0.0, 1.0);
  require_positive("sigma", sigma);
  require_in_closed("spread", spread, 0.0, 5.0);
  require_in_closed("size_spread", size_spread, 0.0, 5.0);
  require_positive("labor_foreign", labor_foreign);
  require_in_closed("openness", openness, 0.0, 1.0);
  if (!(openness > 0.0)) throw InvalidParameter("openness", "must be > 0 (autarky is its own trade regime)");
  require_in_closed("foreign_gap", foreign_gap, 0.0, 10.0);
  require_in_closed("noise", noise, 0.0, 5.0);
}

Eigen::MatrixXd planted_tau(const NationParams& params) {
  const std::size_t traded = params.traded(), n = traded + params.local;
  std::vector<int> block(n, 0);
  std::size_t i = 0;
  for (std::size_t b = 0; b < params.blocks.size(); ++b)
    for (std::size_t k = 0; k < params.blocks[b]; ++k) block[i++] = static_cast<int>(b) + 1;
  Eigen::MatrixXd tau(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(n));
  for (std::size_t j = 0; j < n; ++j)
    for (std::size_t k = 0; k < n; ++k)
      tau(static_cast<Eigen::Index>(j), static_cast<Eigen::Index>(k)) =
          block[j] != 0 && block[j] == block[k] ? params.block_strength : params.background;
  return tau;
}

namespace {

// Foreign technologies A*_i: fixed for the whole nation (drawn from a stream no region uses).
Eigen::VectorXd foreign_technology(const NationParams& p) {
  const std::size_t traded = p.traded(), n = traded + p.local;
  Eigen::VectorXd a = Eigen::VectorXd::Ones(static_cast<Eigen::Index>(n));
  DrawRng rng(p.seed, ~std::uint64_t{0});
  std::size_t i = 0;
  for (std::size_t b = 0; b < p.blocks.size(); ++b) {
    for (std::size_t k = 0; k < p.blocks[b]; ++k, ++i) {
      const double own = std::exp(rng.uniform(-p.spread, p.spread));
      switch (p.trade) {
        case Trade::free_trade:
          a[static_cast<Eigen::Index>(i)] = own;
          break;
        case Trade::autarky:
          a[static_cast<Eigen::Index>(i)] = own;
          break;  // irrelevant: nothing is traded
        case Trade::cluster_building:
          a[static_cast<Eigen::Index>(i)] = 1.0;
          break;
        case Trade::cluster_destroying:
          a[static_cast<Eigen::Index>(i)] = std::exp(k % 2 == 0 ? p.foreign_gap : -p.foreign_gap);
          break;
      }
    }
  }
  return a;
}

struct RegionResult {
  Eigen::VectorXd employment;
  double income = 0.0;
};

}  // namespace

Nation simulate_nation(const NationParams& params, int threads) {
  params.validate();
  const std::size_t traded = params.traded(), n = traded + params.local;
  const auto ni = static_cast<Eigen::Index>(n);
  const Eigen::MatrixXd tau_t = planted_tau(params).transpose();
  const Eigen::VectorXd foreign = foreign_technology(params);
  Eigen::VectorXd openness = Eigen::VectorXd::Zero(ni);
  if (params.trade != Trade::autarky) openness.head(static_cast<Eigen::Index>(traded)).setConstant(params.openness);

  const auto results = run_draws<RegionResult>(params.regions, params.seed, threads, [&](std::size_t, DrawRng& rng) {
    tg::Economy e;
    e.home.resize(ni);
    for (Eigen::Index i = 0; i < ni; ++i) e.home[i] = std::exp(rng.uniform(-params.spread, params.spread));
    e.foreign = foreign;
    e.sigma = params.sigma;
    e.labor_home = std::exp(rng.uniform(-params.size_spread, params.size_spread));
    e.labor_foreign = params.labor_foreign;
    tg::Equilibrium eq = tg::solve_static_equilibrium(e, openness);
    for (std::size_t t = 0; t < params.periods; ++t) {
      const Eigen::VectorXd learning = tau_t * eq.labor_home;  // Σ_j τ_ji L_j (H12 eq. (9))
      for (Eigen::Index i = 0; i < ni; ++i)
        if (eq.labor_home[i] > 0.0) e.home[i] += learning[i];
      eq = tg::solve_static_equilibrium(e, openness);
    }
    RegionResult r;
    r.employment = eq.labor_home;
    for (Eigen::Index i = 0; i < ni; ++i)
      if (params.noise > 0.0) r.employment[i] *= std::exp(params.noise * rng.uniform(-1.0, 1.0));
    r.income = eq.income_home / e.labor_home;
    return r;
  });

  Nation nation;
  nation.employment.resize(static_cast<Eigen::Index>(params.regions), ni);
  nation.income.resize(static_cast<Eigen::Index>(params.regions));
  for (std::size_t r = 0; r < params.regions; ++r) {
    nation.employment.row(static_cast<Eigen::Index>(r)) = results[r].employment.transpose();
    nation.income[static_cast<Eigen::Index>(r)] = results[r].income;
  }
  nation.planted.assign(n, 0);
  std::size_t i = 0;
  for (std::size_t b = 0; b < params.blocks.size(); ++b)
    for (std::size_t k = 0; k < params.blocks[b]; ++k) nation.planted[i++] = static_cast<int>(b) + 1;
  nation.local.assign(n, false);
  for (std::size_t k = traded; k < n; ++k) nation.local[k] = true;
  return nation;
}

std::vector<std::size_t> produced_industries(const Nation& nation) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < nation.planted.size(); ++i)
    if (!nation.local[i] && nation.employment.col(static_cast<Eigen::Index>(i)).maxCoeff() > 0.0) out.push_back(i);
  return out;
}

double border_link_share(const Nation& nation) {
  std::vector<bool> made(nation.planted.size(), false);
  for (std::size_t i : produced_industries(nation)) made[i] = true;
  double links = 0.0, crossing = 0.0;
  for (std::size_t i = 0; i < nation.planted.size(); ++i)
    for (std::size_t j = i + 1; j < nation.planted.size(); ++j)
      if (!nation.local[i] && !nation.local[j] && nation.planted[i] == nation.planted[j]) {
        links += 1.0;
        if (!made[i] || !made[j]) crossing += 1.0;
      }
  return links > 0.0 ? crossing / links : 0.0;
}

Recovery recover_blocks(const Nation& nation, Measure measure, Scoring scoring) {
  Recovery out;
  if (scoring == Scoring::produced) {
    out.industries = produced_industries(nation);
  } else {
    for (std::size_t i = 0; i < nation.planted.size(); ++i)
      if (!nation.local[i]) out.industries.push_back(i);
  }
  if (out.industries.size() < 2)
    throw InvalidParameter("nation", fmt::format("Porter's method needs at least two traded industries to score "
                                                 "(the nation makes {})",
                                                 out.industries.size()));
  const Eigen::MatrixXd x = measure_matrix(nation.employment, measure, nation.local);
  Eigen::MatrixXd scored(x.rows(), static_cast<Eigen::Index>(out.industries.size()));
  std::vector<int> blocks;
  for (std::size_t k = 0; k < out.industries.size(); ++k) {
    scored.col(static_cast<Eigen::Index>(k)) = x.col(static_cast<Eigen::Index>(out.industries[k]));
    out.planted.push_back(nation.planted[out.industries[k]]);
    blocks.push_back(out.planted.back());
  }
  std::sort(blocks.begin(), blocks.end());
  const auto planted_k = static_cast<std::size_t>(std::unique(blocks.begin(), blocks.end()) - blocks.begin());
  out.correlation = locational_correlation(scored, ConstantColumns::zero);
  out.dendrogram = average_linkage(correlation_distance(out.correlation));
  out.recovered = cut_clusters(out.dendrogram, planted_k);
  out.ari = adjusted_rand_index(out.recovered, out.planted);
  out.score = validation_score(out.correlation, out.recovered);
  const std::vector<int> data = cut_height(out.dendrogram, out.data_height);
  out.data_k = static_cast<std::size_t>(*std::max_element(data.begin(), data.end()));
  out.data_ari = adjusted_rand_index(data, out.planted);
  out.border_share = border_link_share(nation);
  return out;
}

namespace {
Eigen::VectorXd ranks(const Eigen::VectorXd& x) {
  const auto n = static_cast<std::size_t>(x.size());
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return x[static_cast<Eigen::Index>(a)] < x[static_cast<Eigen::Index>(b)];
  });
  Eigen::VectorXd r(x.size());
  for (std::size_t i = 0; i < n;) {
    std::size_t j = i;
    while (j + 1 < n && x[static_cast<Eigen::Index>(order[j + 1])] == x[static_cast<Eigen::Index>(order[i])]) ++j;
    const double mean_rank = 0.5 * static_cast<double>(i + j) + 1.0;
    for (std::size_t k = i; k <= j; ++k) r[static_cast<Eigen::Index>(order[k])] = mean_rank;
    i = j + 1;
  }
  return r;
}
}  // namespace

double spearman(const Eigen::VectorXd& x, const Eigen::VectorXd& y) {
  if (x.size() != y.size() || x.size() < 3) throw InvalidParameter("spearman", "needs two series of equal length >= 3");
  const Eigen::VectorXd rx = ranks(x), ry = ranks(y);
  const Eigen::VectorXd dx = rx.array() - rx.mean(), dy = ry.array() - ry.mean();
  const double denom = dx.norm() * dy.norm();
  return denom > 0.0 ? dx.dot(dy) / denom : std::numeric_limits<double>::quiet_NaN();
}

}  // namespace clustertrade::cluster_mapping
