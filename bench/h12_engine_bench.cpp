// Google Benchmark: the fast H12 engine (issue 11 part 5). Speed is measured here, never asserted.
//
//  * BM_H12Prop1Draw: one Prop. 1 draw per iteration — a random 4-industry economy
//    (bench/h12_draws.hpp), simulated under autarky and under free trade over t = 0..50 (outputs at
//    every integer date, rtol = atol = 1e-8, no step bound: like the peer), then H12 Prop. 1's comparison (trade income
//    ≥ autarky income in both countries at every date). items_per_second = draws/s on one thread. Counters:
//    `location_share` = slack evaluations spent locating switches / right-hand-side calls (each
//    slack evaluation costs about one RHS call: one frozen-equilibrium solve).
//  * BM_H12DenseRhs1000 vs BM_TwoMatVec1000: one right-hand-side call with n = 1000 and a dense τ,
//    against the two bare products τᵀL and τᵀL* it must perform (bench/compare_h12.py prints the ratio).
#include <cstdint>
#include <random>

#include <benchmark/benchmark.h>

#include "h12_draws.hpp"
#include "trade_growth/dynamics.hpp"
#include "trade_growth/learning_rhs.hpp"

namespace tg = clustertrade::trade_growth;

namespace {

/// H12 Prop. 1 on one draw: true when trade income is at least autarky income (relative tie 1e-9) in
/// both countries at every output date.
bool prop1_holds(const tg::Params& p, const tg::SimulationOptions& o, std::size_t& rhs_calls, std::size_t& located) {
  const tg::Path trade = tg::simulate(p, tg::Policy::free_trade(p.economy.size()), o);
  const tg::Path autarky = tg::simulate(p, tg::Policy::autarky(p.economy.size()), o);
  rhs_calls += trade.rhs_calls + autarky.rhs_calls;
  located += trade.location_slack_calls + autarky.location_slack_calls;
  bool holds = true;
  for (std::size_t k = 0; k < trade.points.size(); ++k) {
    const auto& t = trade.points[k];
    const auto& a = autarky.points[k];
    holds = holds && t.income_home >= a.income_home * (1 - 1e-9) && t.income_foreign >= a.income_foreign * (1 - 1e-9);
  }
  return holds;
}

void BM_H12Prop1Draw(benchmark::State& state) {
  tg::SimulationOptions o;
  o.horizon = 50.0;
  o.step = 1.0;
  o.rtol = o.atol = 1e-8;
  o.max_dt = o.horizon;      // like solve_ivp: no step bound beyond the error control (and the switches)
  o.record_vectors = false;  // like the peer: only the incomes per date are kept
  std::uint64_t draw = 0;
  std::size_t rhs_calls = 0, located = 0, holds = 0, failed = 0;
  for (auto _ : state) {
    const tg::Params p = tg::bench::issue11_draw(draw++ % 1000);
    try {
      holds += prop1_holds(p, o, rhs_calls, located) ? 1 : 0;
    } catch (const std::exception&) {
      ++failed;  // reported, never hidden: see the `failed` counter
    }
  }
  state.counters["failed"] = static_cast<double>(failed);
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
  state.counters["location_share"] = static_cast<double>(located) / static_cast<double>(rhs_calls);
  state.counters["rhs_per_draw"] = static_cast<double>(rhs_calls) / static_cast<double>(state.iterations());
  state.counters["prop1_holds"] = static_cast<double>(holds) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_H12Prop1Draw)->Unit(benchmark::kMicrosecond);

struct Dense {
  tg::Params params;
  tg::FixedParameters fixed;
  Eigen::VectorXd x;
  tg::LearningRegime regime;
};

Dense dense_case(int n) {
  Dense d;
  std::mt19937_64 rng(3);
  std::uniform_real_distribution<double> a(1.0, 10.0), u(0.0, 0.01);
  d.params.economy.home.resize(n);
  d.params.economy.foreign.resize(n);
  for (int i = 0; i < n; ++i) d.params.economy.home[i] = a(rng), d.params.economy.foreign[i] = a(rng);
  d.params.economy.sigma = 3.0;
  d.params.tau = Eigen::MatrixXd(n, n);
  for (int j = 0; j < n; ++j)
    for (int i = 0; i < n; ++i) d.params.tau(j, i) = u(rng);
  d.fixed = tg::FixedParameters::from(d.params);
  d.x.resize(2 * n);
  d.x << d.params.economy.home, d.params.economy.foreign;
  return d;
}

void BM_H12DenseRhs1000(benchmark::State& state) {
  Dense d = dense_case(1000);
  tg::LearningRhs rhs(d.fixed);
  d.regime = tg::choose_regime(d.fixed, rhs, Eigen::VectorXd::Ones(1000), d.x);
  Eigen::VectorXd dxdt(2000);
  for (auto _ : state) {
    rhs.field(d.regime, d.x, dxdt);
    benchmark::DoNotOptimize(dxdt.data());
    benchmark::ClobberMemory();
  }
}
BENCHMARK(BM_H12DenseRhs1000)->Unit(benchmark::kMicrosecond);

void BM_TwoMatVec1000(benchmark::State& state) {
  Dense d = dense_case(1000);
  const Eigen::MatrixXd tau_t = d.params.tau.transpose();
  const Eigen::VectorXd l = d.x.head(1000), ls = d.x.tail(1000);
  Eigen::VectorXd dxdt(2000);
  for (auto _ : state) {
    dxdt.head(1000).noalias() = tau_t * l;
    dxdt.tail(1000).noalias() = tau_t * ls;
    benchmark::DoNotOptimize(dxdt.data());
    benchmark::ClobberMemory();
  }
}
BENCHMARK(BM_TwoMatVec1000)->Unit(benchmark::kMicrosecond);

}  // namespace
