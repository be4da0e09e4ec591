/// \file nation_figures.cpp
/// \brief Porter's method on simulated nations of small H12 regions with planted spillover blocks
/// (nation_figures.hpp): the heatmap, recovery and Porter-statistics figures and their numbers.
#include "cluster_mapping/nation_figures.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <limits>
#include <numeric>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "cluster_mapping/experiments.hpp"
#include "cluster_mapping/regions.hpp"
#include "cluster_mapping/table.hpp"

namespace clustertrade::cluster_mapping {

namespace {

// Porter's U.S. values (Porter, "Measuring Clusters"): the average Economic Area's top five
// clusters hold 52% of its traded employment; it has seven clusters with LQ >= 1.5.
constexpr double porter_top5 = 0.52;
constexpr double porter_strong = 7.0;
// Porter's threshold for a strong cluster (LQ >= 1.5), used for the simulated statistics too.
constexpr double strong_lq = 1.5;

// Measurement-noise levels the report quotes (points of the noise sweep) and the σ they are quoted at.
constexpr double noise_mid = 2.0;
constexpr double noise_high = 4.0;
constexpr double noise_sigma = 2.0;
// The σ of the noise sweep's curves (cluster-building trade).
constexpr std::array<double, 4> noise_sigmas = {1.5, 2.0, 3.0, 5.0};
// The grids of the recovery sweeps.
constexpr std::array<std::size_t, 9> periods_grid = {0, 1, 2, 4, 6, 10, 15, 20, 30};
constexpr std::array<double, 8> tau_grid = {0.01, 0.02, 0.05, 0.08, 0.12, 0.2, 0.3, 0.5};
constexpr std::array<double, 5> noise_grid = {0.0, 1.0, 2.0, 3.0, 4.0};

// The baseline nation: defaults (8 blocks, 34 traded industries, 3 local, τ = 0.2, T = 20) at `regions`.
NationParams baseline(Trade trade, std::size_t regions) {
  NationParams p;
  p.regions = regions;
  p.trade = trade;
  return p;
}

// The nation of Porter's statistics: porter_blocks(clusters) at `regions`.
NationParams porter_nation(Trade trade, const NationFigureSizes& sizes) {
  auto p = baseline(trade, sizes.porter_regions);
  p.blocks = porter_blocks(sizes.porter_clusters);
  return p;
}

// A list of numbers as the report prints it ("3, 4, 5").
template <class Range>
std::string listed(const Range& values) {
  std::string text;
  for (const auto& v : values) text += fmt::format("{}{}", text.empty() ? "" : ", ", v);
  return text;
}

void comment_params(CsvTable& t, const NationParams& p) {
  std::string blocks;
  for (auto b : p.blocks) blocks += fmt::format("{}{}", blocks.empty() ? "" : " ", b);
  t.comment(
      fmt::format("regions={} blocks=[{}] local={} block_strength={} background={} periods={} sigma={} spread={} "
                  "size_spread={} labor_foreign={} openness={} foreign_gap={} noise={} trade={} seed={}",
                  p.regions, blocks, p.local, p.block_strength, p.background, p.periods, p.sigma, p.spread,
                  p.size_spread, p.labor_foreign, p.openness, p.foreign_gap, p.noise, to_string(p.trade), p.seed));
}

const Trade regimes[] = {Trade::cluster_building, Trade::cluster_destroying, Trade::free_trade, Trade::autarky};

}  // namespace

// The correlation matrix of employment shares among the traded industries the nation makes, rows
// and columns ordered by recovered cluster (then planted block, then index), with the runs of
// consecutive industries of one planted block outlined — under cluster-building and
// cluster-destroying trade. Industries made nowhere are left out (a national table cannot show them).
void figure_heatmap(FigureOutput& out, const NationFigureSizes& sizes) {
  for (auto trade : {Trade::cluster_building, Trade::cluster_destroying}) {
    const auto p = baseline(trade, sizes.regions);
    const auto nation = simulate_nation(p);
    const auto rec = recover_blocks(nation);
    const std::size_t n = rec.recovered.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return std::pair(rec.recovered[a], rec.planted[a]) < std::pair(rec.recovered[b], rec.planted[b]);
    });
    const std::string part = trade == Trade::cluster_building ? "building" : "destroying";
    CsvTable cells({"x", "y", "correlation"});
    comment_params(cells, p);
    for (std::size_t y = 0; y < n; ++y)
      for (std::size_t x = 0; x < n; ++x)
        cells.add_row({static_cast<double>(x), static_cast<double>(y),
                       rec.correlation(static_cast<Eigen::Index>(order[x]), static_cast<Eigen::Index>(order[y]))});
    out.write_csv("cmap-heatmap", part, std::move(cells), "locational correlation ordered by recovered cluster");
    // Outlines as closed polylines (x, y) on the cell edges (cell k spans k ± 0.5), one per run,
    // separated by NaN rows (pgfplots jumps there).
    CsvTable boxes({"x", "y", "planted"});
    comment_params(boxes, p);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (std::size_t s = 0; s < n;) {
      std::size_t e = s;
      while (e + 1 < n && rec.planted[order[e + 1]] == rec.planted[order[s]] &&
             rec.recovered[order[e + 1]] == rec.recovered[order[s]])
        ++e;
      const double lo = static_cast<double>(s) - 0.5, hi = static_cast<double>(e) + 0.5;
      const double block = static_cast<double>(rec.planted[order[s]]);
      for (auto [x, y] :
           {std::pair(lo, lo), std::pair(hi, lo), std::pair(hi, hi), std::pair(lo, hi), std::pair(lo, lo)})
        boxes.add_row({x, y, block});
      boxes.add_row({nan, nan, block});
      s = e + 1;
    }
    out.write_csv("cmap-heatmap", part + "-blocks", std::move(boxes),
                  "runs of one planted block within one recovered cluster (outlined)");
    CsvTable size({"n"});  // the matrix's side, which the figure needs as a plain number
    comment_params(size, p);
    size.add_row({static_cast<double>(n)});
    out.write_csv("cmap-heatmap", part + "-size", std::move(size), "traded industries the nation makes");
    const std::string tag = trade == Trade::cluster_building ? "Building" : "Destroying";
    auto& numbers = out.numbers();
    numbers.add_count("cmapHeat" + tag + "Cols", static_cast<long long>(n),
                      "traded industries the heatmap's nation makes (" + part + ")");
    numbers.add("cmapHeat" + tag + "Ari", rec.ari, "ARI of the heatmap's nation (" + part + ")", 3);
    numbers.add_count("cmapHeat" + tag + "DataK", static_cast<long long>(rec.data_k),
                      "clusters at the data's cut (mean correlation >= 0) (" + part + ")");
    numbers.add("cmapHeat" + tag + "DataAri", rec.data_ari, "ARI at the data's K (" + part + ")", 3);
    if (trade == Trade::cluster_destroying) {  // under cluster-building trade the nation makes every industry
      numbers.add_count("cmapHeatDestroyingAbsent", static_cast<long long>(p.traded() - n),
                        "traded industries the heatmap's nation makes nowhere (destroying)");
      numbers.add("cmapHeatDestroyingBorder", 100.0 * rec.border_share,
                  "percent of planted links with an end the nation does not make (destroying)", 3);
    }
    numbers.add("cmapHeat" + tag + "Within", rec.score.within, "mean within-cluster correlation (" + part + ")", 2);
    numbers.add("cmapHeat" + tag + "Between", rec.score.between, "mean between-cluster correlation (" + part + ")", 2);
    numbers.add("cmapHeat" + tag + "Rho", strength_income_correlation(nation),
                "Spearman rho, strong-cluster share vs income per worker (" + part + ")", 2);
  }
  const auto p = baseline(Trade::cluster_building, sizes.regions);
  auto& n = out.numbers();
  n.add_count("cmapRegions", static_cast<long long>(p.regions), "regions in the baseline nation");
  n.add_count("cmapBlocks", static_cast<long long>(p.blocks.size()), "planted blocks in the baseline nation");
  n.add_count("cmapTraded", static_cast<long long>(p.traded()), "traded industries in the baseline nation");
  n.add_count("cmapLocal", static_cast<long long>(p.local), "local industries in the baseline nation");
  n.add("cmapTau", p.block_strength, "baseline within-block learning tau");
  n.add("cmapBackground", p.background, "baseline between-block learning");
  n.add_count("cmapPeriods", static_cast<long long>(p.periods), "baseline periods T");
  n.add("cmapSigma", p.sigma, "baseline sigma");
  n.add("cmapOpenness", p.openness, "baseline openness g");
  n.add("cmapLaborForeign", p.labor_foreign, "foreign labour");
  n.add("cmapSpread", p.spread, "spread of initial log technologies");
  n.add("cmapSizeSpread", p.size_spread, "spread of log region sizes");
  n.add("cmapGap", p.foreign_gap, "cluster-destroying foreign log lead");
  n.add_count("cmapReplicates", static_cast<long long>(sizes.replicates), "nations per point of the recovery curves");
  n.add_text("cmapBaselineBlocks", listed(p.blocks), "sizes of the baseline nation's planted blocks");
  n.add_count("cmapSeed", static_cast<long long>(p.seed), "seed of the baseline nation");
  n.add_count("cmapSeedStep", static_cast<long long>(replicate_seed_step),
              "step between the seeds of replicate nations");
  n.add("cmapNoise", p.noise, "baseline measurement noise");
}

// Mean ARI over replicate nations against T, against the block strength τ, and against
// measurement noise for several σ (cluster-building trade).
void figure_recovery(FigureOutput& out, const NationFigureSizes& sizes) {
  CsvTable by_t({"periods", "building", "destroying", "trade", "autarky"});
  comment_params(by_t, baseline(Trade::cluster_building, sizes.regions));
  double building_t20 = 0.0, destroying_t20 = 0.0, trade_t20 = 0.0, autarky_t20 = 0.0;
  const std::size_t horizon = baseline(Trade::cluster_building, sizes.regions).periods;  // the report's T (cmapPeriods)
  for (std::size_t t : periods_grid) {
    std::vector<CsvCell> cells{static_cast<double>(t)};
    for (auto trade : regimes) {
      auto p = baseline(trade, sizes.regions);
      p.periods = t;
      const double ari = recovery_over_seeds(p, sizes.replicates).mean_ari;
      cells.emplace_back(ari);
      if (t == horizon) {
        (trade == Trade::cluster_building     ? building_t20
         : trade == Trade::cluster_destroying ? destroying_t20
         : trade == Trade::free_trade         ? trade_t20
                                              : autarky_t20) = ari;
      }
    }
    by_t.add_row(std::move(cells));
  }
  out.write_csv("cmap-recovery", "periods", std::move(by_t), "mean ARI against T");
  auto& n = out.numbers();
  n.add("cmapAriBuilding", building_t20, "mean ARI, cluster-building trade, baseline T", 3);
  n.add("cmapAriDestroying", destroying_t20, "mean ARI, cluster-destroying trade, baseline T", 3);
  n.add("cmapAriTrade", trade_t20, "mean ARI, trade with a random foreign, baseline T", 3);
  n.add("cmapAriAutarky", autarky_t20, "mean ARI, autarky, baseline T", 3);
  // The earlier scoring, on every traded industry (one made nowhere counts against the method), and
  // the share of planted links that cross the border, at the baseline T.
  for (auto trade : {Trade::cluster_destroying, Trade::free_trade}) {
    const std::string tag = trade == Trade::free_trade ? "Trade" : "Destroying";
    const auto all =
        recovery_over_seeds(baseline(trade, sizes.regions), sizes.replicates, Measure::share, Scoring::all_traded);
    n.add("cmapAri" + tag + "All", all.mean_ari, "mean ARI scored on every traded industry, baseline T", 3);
    n.add("cmapBorder" + tag, 100.0 * all.mean_border_share,
          "mean percent of planted links with an end the nation does not make, baseline T", 3);
  }
  n.add_text("cmapGridPeriods", listed(periods_grid), "periods T of the recovery sweep");
  n.add_text("cmapGridTau", listed(tau_grid), "within-block learning of the recovery sweep");
  n.add_text("cmapGridNoise", listed(noise_grid), "noise levels of the noise sweep");

  CsvTable by_tau({"tau", "building", "destroying", "trade", "autarky"});
  comment_params(by_tau, baseline(Trade::cluster_building, sizes.regions));
  double smallest_exact = -1.0;
  for (double tau : tau_grid) {
    std::vector<CsvCell> cells{tau};
    for (auto trade : regimes) {
      auto p = baseline(trade, sizes.regions);
      p.block_strength = tau;
      const auto s = recovery_over_seeds(p, sizes.replicates);
      cells.emplace_back(s.mean_ari);
      if (trade == Trade::cluster_building && s.exact_share == 1.0 && smallest_exact < 0.0) smallest_exact = tau;
    }
    by_tau.add_row(std::move(cells));
  }
  out.write_csv("cmap-recovery", "tau", std::move(by_tau), "mean ARI against block strength");
  n.add("cmapTauExact", smallest_exact,
        "smallest tau on the grid where every replicate is recovered exactly (building)");

  CsvTable by_noise({"noise", "sigma15", "sigma2", "sigma3", "sigma5"});
  comment_params(by_noise, baseline(Trade::cluster_building, sizes.regions));
  for (double noise : noise_grid) {
    std::vector<CsvCell> cells{noise};
    for (double sigma : noise_sigmas) {
      auto p = baseline(Trade::cluster_building, sizes.regions);
      p.noise = noise;
      p.sigma = sigma;
      const double ari = recovery_over_seeds(p, sizes.replicates).mean_ari;
      cells.emplace_back(ari);
      if (sigma == noise_sigma && noise == noise_mid)
        n.add("cmapAriNoiseTwo", ari, "mean ARI at the middle quoted noise level and the quoted sigma (building)", 3);
      if (sigma == noise_sigma && noise == noise_high)
        n.add("cmapAriNoiseFour", ari, "mean ARI at the high quoted noise level and the quoted sigma (building)", 3);
    }
    by_noise.add_row(std::move(cells));
  }
  out.write_csv("cmap-recovery", "noise", std::move(by_noise), "mean ARI against measurement noise, several sigma");
  n.add("cmapNoiseMid", noise_mid, "middle measurement-noise level quoted (a point of the noise sweep)");
  n.add("cmapNoiseHigh", noise_high, "high measurement-noise level quoted (a point of the noise sweep)");
  n.add("cmapNoiseSigma", noise_sigma, "sigma at which the noise levels are quoted");
  // The legend of the noise panel prints the four sweep values through these (cmap-recovery.tex).
  const char* sweep_names[] = {"cmapNoiseSweepSigmaA", "cmapNoiseSweepSigmaB", "cmapNoiseSweepSigmaC",
                               "cmapNoiseSweepSigmaD"};
  for (std::size_t k = 0; k < noise_sigmas.size(); ++k)
    n.add(sweep_names[k], noise_sigmas[k], "sigma of curve " + std::to_string(k + 1) + " of the noise sweep");
}

// Porter's statistics on a nation with sizes.porter_clusters planted clusters (the report's: 41, Porter's
// count of U.S. traded clusters): histograms over regions of the top-5 share and of the number of
// clusters with LQ >= 1.5.
void figure_porter_stats(FigureOutput& out, const NationFigureSizes& sizes) {
  const Trade used[] = {Trade::cluster_building, Trade::free_trade};
  std::vector<PorterStatistics> stats;
  for (auto trade : used) stats.push_back(porter_statistics(porter_nation(trade, sizes), strong_lq));
  const auto p = porter_nation(Trade::cluster_building, sizes);
  CsvTable top5({"bin", "building", "trade"});
  comment_params(top5, p);
  const int bins = 20;
  for (int b = 0; b < bins; ++b) {
    std::vector<CsvCell> cells{(b + 0.5) / bins};
    for (const auto& s : stats) {
      double count = 0.0;
      for (double v : s.top5_share)
        if (std::min(static_cast<int>(v * bins), bins - 1) == b) count += 1.0;
      cells.emplace_back(count / static_cast<double>(s.top5_share.size()));
    }
    top5.add_row(std::move(cells));
  }
  out.write_csv("cmap-porter-stats", "top5", std::move(top5), "share of regions by top-5 share of traded employment");
  CsvTable strong({"strong", "building", "trade"});
  comment_params(strong, p);
  std::size_t most = 0;
  for (const auto& s : stats) most = std::max(most, *std::max_element(s.strong.begin(), s.strong.end()));
  most = std::max<std::size_t>(most, 8);
  for (std::size_t k = 0; k <= most; ++k) {
    std::vector<CsvCell> cells{static_cast<double>(k)};
    for (const auto& s : stats)
      cells.emplace_back(static_cast<double>(std::count(s.strong.begin(), s.strong.end(), k)) /
                         static_cast<double>(s.strong.size()));
    strong.add_row(std::move(cells));
  }
  out.write_csv("cmap-porter-stats", "strong", std::move(strong),
                "share of regions by number of clusters with LQ >= 1.5");
  CsvTable porter({"top5", "strong"});
  porter.comment("Porter, Measuring Clusters: U.S. Economic Area averages");
  porter.add_row({porter_top5, porter_strong});
  out.write_csv("cmap-porter-stats", "us", std::move(porter), "Porter's U.S. values");
  auto& n = out.numbers();
  n.add("cmapStrongLq", strong_lq, "LQ at or above which a cluster counts as strong (Porter's threshold)");
  n.add("cmapPorterTopFive", 100.0 * porter_top5,
        "Porter's reported value (Measuring Clusters): top-5 share of traded employment in the average U.S. Economic "
        "Area, percent",
        2);
  n.add("cmapPorterStrong", porter_strong,
        "Porter's reported value (Measuring Clusters): clusters with LQ >= 1.5 in the average U.S. Economic Area", 2);
  n.add("cmapTopFiveBuilding", 100.0 * stats[0].mean_top5, "simulated mean top-5 share, percent (building)", 2);
  n.add("cmapStrongBuilding", stats[0].mean_strong, "simulated mean number of strong clusters (building)", 2);
  n.add("cmapPorterAriBuilding", stats[0].ari, "ARI in the 41-cluster nation (building)", 3);
  n.add("cmapTopFiveTrade", 100.0 * stats[1].mean_top5, "simulated mean top-5 share, percent (random foreign)", 2);
  n.add("cmapStrongTrade", stats[1].mean_strong, "simulated mean number of strong clusters (random foreign)", 2);
  n.add("cmapPorterAriTrade", stats[1].ari, "ARI in the 41-cluster nation (random foreign)", 3);
  n.add_text("cmapPorterPattern",
             listed(std::vector<std::size_t>(p.blocks.begin(),
                                             p.blocks.begin() + std::min<std::ptrdiff_t>(12, std::ssize(p.blocks)))),
             "block sizes of the 41-cluster nation: this pattern, repeated");
  n.add_count("cmapPorterClusters", static_cast<long long>(sizes.porter_clusters),
              "planted blocks in the Porter-statistics nation (Porter's 41 traded clusters)");
  n.add_count("cmapPorterTraded", static_cast<long long>(p.traded()), "traded industries in the 41-cluster nation");
  n.add_count("cmapPorterRegions", static_cast<long long>(p.regions), "regions in the 41-cluster nation");
  n.add_count("cmapBenchRegions", bench_table_regions, "regions of the benchmark's table (issue 13)");
  n.add_count("cmapBenchIndustries", bench_table_industries, "industries of the benchmark's table (issue 13)");
}

}  // namespace clustertrade::cluster_mapping
