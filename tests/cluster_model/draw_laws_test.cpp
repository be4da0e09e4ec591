// The cluster-model draws rebuilt on DrawLaw objects (issue 19 A.4) must draw exactly what the
// literal draws of commit a0805db drew: the reference below is that commit's code (raw DrawRng
// calls, verbatim but for names), compared bit for bit over 2,000 streams per search. A wrong law
// bound, a changed mixture share or a reordered sample makes the streams diverge.
#include <algorithm>
#include <functional>

#include <gtest/gtest.h>

#include "cluster_model/claims_checks.hpp"
#include "cluster_model/claims_support.hpp"
#include "cluster_model/policy.hpp"
#include "core/random.hpp"

using namespace clustertrade;
using namespace clustertrade::cluster_model;

namespace {

Params legacy_economy(DrawRng& rng, std::size_t J, Ordering ordering) {
  Params p;
  std::vector<double> ratio(J);
  for (auto& r : ratio) r = rng.log_uniform(0.1, 3.0);
  std::sort(ratio.begin(), ratio.end(), std::greater<>());
  for (std::size_t j = 0; j < J; ++j) {
    const double north = rng.log_uniform(0.5, 2.0);
    p.lambda_north.push_back(north);
    p.lambda_south.push_back(ratio[j] * north);
  }
  p.beta = rng.uniform(0.05, 0.95);
  p.theta.resize(J);
  for (int attempt = 0;; ++attempt) {
    for (auto& t : p.theta) t = rng.uniform(1.05, 4.0);
    if (ordering == Ordering::ricardian) break;
    if (ordering == Ordering::both && ordering_assumption_holds(p)) break;
    if (ordering == Ordering::violated && !ordering_assumption_holds(p)) break;
    if (attempt == 200) {
      if (ordering == Ordering::both) {
        std::sort(p.theta.begin(), p.theta.end());
      } else {
        std::sort(p.theta.begin(), p.theta.end(), std::greater<>());
        p.theta[1] = 1.05;
        p.theta[0] = 4.0;
      }
      break;
    }
  }
  return p;
}

NorthEconomy legacy_north(std::size_t k, DrawRng& rng) {
  NorthEconomy n;
  const std::size_t J = k % 4 == 0 ? static_cast<std::size_t>(rng.uniform_int(3, 5)) : 2;
  double share_sum = 0.0;
  for (std::size_t j = 0; j < J; ++j) {
    n.lambda_north.push_back(rng.log_uniform(0.5, 2.0));
    n.lbar.push_back(rng.log_uniform(0.05, 1.0));
    n.shares.push_back(rng.uniform(0.1, 1.0));
    share_sum += n.shares.back();
  }
  for (auto& x : n.shares) x /= share_sum;
  n.labour = rng.log_uniform(0.2, 20.0);
  n.beta = rng.bernoulli(0.8) ? rng.uniform(0.05, 0.95) : rng.uniform(1.0, 2.0);
  n.alpha = rng.log_uniform(0.5, 10.0);
  return n;
}

Params legacy_wage_declining(std::size_t k, DrawRng& rng) {
  const std::size_t J = static_cast<std::size_t>(rng.uniform_int(3, 8));
  Params p = legacy_economy(rng, J, Ordering::both);
  if (k % 4 == 3) {
    p.north_clusters.assign(J, 1.0);
    p.north_clusters[static_cast<std::size_t>(rng.uniform_int(1, static_cast<long>(J) - 1))] = 0.0;
  }
  return p;
}

Params legacy_income_ranking(std::size_t k, DrawRng& rng) {
  const std::size_t J = rng.bernoulli(0.5) ? 2 : static_cast<std::size_t>(rng.uniform_int(3, 6));
  Params p = legacy_economy(rng, J, k % 4 == 2 ? Ordering::violated : Ordering::both);
  if (k % 4 == 3) {
    p.north_clusters.assign(J, 1.0);
    p.north_clusters[J - 1] = 0.0;
  }
  return p;
}

TariffCase legacy_tariff(DrawRng& rng) {
  TariffCase c{legacy_economy(rng, 2, Ordering::both), 0.0};
  c.tariff = rng.uniform(0.0, 3.0 * production_threshold_tariff(c.params) + 1.0);
  return c;
}

SpilloverGame legacy_game(std::size_t k, DrawRng& rng) {
  SpilloverGame g;
  g.A = rng.uniform(0.1, 10.0);
  g.C = rng.uniform(0.0, 5.0);
  if (k % 4 == 3) g.firms = static_cast<int>(rng.uniform_int(1, 10));
  return g;
}

template <class Case, class Legacy, class Same>
void expect_identical_streams(const Search<Case>& search, Legacy legacy, Same same, const char* name) {
  for (std::size_t k = 0; k < 2000; ++k) {
    DrawRng a(20070101 ^ search.salt, k), b(20070101 ^ search.salt, k);
    ASSERT_TRUE(same(search.draw(k, a), legacy(k, b))) << name << " draw " << k;
    EXPECT_EQ(a.uniform(), b.uniform()) << name << " draw " << k << ": the streams consumed differently";
  }
}

bool same_params(const Params& a, const Params& b) {
  return a.lambda_south == b.lambda_south && a.lambda_north == b.lambda_north && a.theta == b.theta &&
         a.beta == b.beta && a.north_clusters == b.north_clusters;
}

}  // namespace

TEST(ClusterModelDrawLaws, DrawsAreThoseOfTheLiteralCode) {
  expect_identical_streams(search_wage_declining(), legacy_wage_declining, same_params, "wage declining");
  expect_identical_streams(search_income_ranking(), legacy_income_ranking, same_params, "income ranking");
  expect_identical_streams(
      search_north_four_equilibria(), legacy_north,
      [](const NorthEconomy& a, const NorthEconomy& b) { return north_json(a) == north_json(b); }, "North");
  expect_identical_streams(
      search_import_substitution(), [](std::size_t, DrawRng& rng) { return legacy_tariff(rng); },
      [](const TariffCase& a, const TariffCase& b) { return same_params(a.params, b.params) && a.tariff == b.tariff; },
      "tariff");
  expect_identical_streams(
      search_s2_multiple(), legacy_game,
      [](const SpilloverGame& a, const SpilloverGame& b) { return game_json(a) == game_json(b); }, "spillover game");
}
