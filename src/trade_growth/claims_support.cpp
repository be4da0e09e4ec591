#include "trade_growth/claims_support.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include <fmt/format.h>

namespace clustertrade::trade_growth::claims {

Policy Case::trade_policy() const {
  if (liberalize_at.size() == 0) return Policy::free_trade(size());
  Policy p = Policy::free_trade(size());
  p.liberalize_at = liberalize_at;
  return p;
}

SimulationOptions check_options(const Case& c) {
  SimulationOptions o;
  o.horizon = c.horizon;
  o.step = std::min(c.step, c.horizon > 0.0 ? c.horizon : c.step);
  o.rtol = 1e-9;
  o.atol = 1e-9;
  o.max_dt = 1.0;
  if (c.discrete) o.time = TimeMode::discrete;
  return o;
}

Path run_path(const Case& c, const Policy& policy) { return simulate(c.params, policy, check_options(c)); }

Eigen::VectorXd mirror(const Eigen::VectorXd& home) { return home.reverse(); }

Eigen::MatrixXd within_matrix(std::size_t n, double tau) {
  return Eigen::MatrixXd::Identity(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(n)) * tau;
}

Eigen::MatrixXd pair_cluster_matrix(std::size_t n, double tau) {
  const auto m = static_cast<Eigen::Index>(n);
  Eigen::MatrixXd t = Eigen::MatrixXd::Zero(m, m);
  for (Eigen::Index i = 0; i + 1 < m; i += 2) t(i, i + 1) = t(i + 1, i) = tau;
  return t;
}

Eigen::VectorXd draw_technologies(DrawRng& rng, std::size_t n, double lo, double hi) {
  Eigen::VectorXd v(static_cast<Eigen::Index>(n));
  for (Eigen::Index i = 0; i < v.size(); ++i) v[i] = rng.log_uniform(lo, hi);
  return v;
}

double round_to(double x, int digits) {
  const double s = std::pow(10.0, digits);
  return std::round(x * s) / s;
}

std::string format_number(double x) {
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  if (std::fabs(x) < 1e9)
    for (int d = 0; d <= 10; ++d) {
      std::string s = fmt::format("{:.{}f}", x, d);
      if (std::fabs(std::stod(s) - x) <= 1e-12 * std::max(1.0, std::fabs(x))) return s;
    }
  return fmt::format("{:.12g}", x);
}

std::string format_vector(const Eigen::VectorXd& v) {
  std::string s;
  for (Eigen::Index i = 0; i < v.size(); ++i) {
    if (i > 0) s.push_back(',');
    s.append(format_number(v[i]));
  }
  return s;
}

std::string tau_rows(const Eigen::MatrixXd& tau) {
  std::string s;
  for (Eigen::Index i = 0; i < tau.rows(); ++i) {
    for (Eigen::Index j = 0; j < tau.cols(); ++j) {
      if (j > 0) s.push_back(',');
      s.append(format_number(tau(i, j)));
    }
    s += "\\n";
  }
  return s;
}

namespace {

std::string labor_flags(const Economy& e) {
  std::string s;
  if (e.labor_home != 1.0) s += " --labor-home " + format_number(e.labor_home);
  if (e.labor_foreign != 1.0) s += " --labor-foreign " + format_number(e.labor_foreign);
  return s;
}

}  // namespace

std::string simulate_command(const Case& c, const std::string& regime) {
  const Economy& e = c.params.economy;
  std::string s = "printf '" + tau_rows(c.params.tau) + "' > tau.csv && clustertrade trade-growth simulate --tau tau.csv";
  s += " --home " + format_vector(e.home) + " --foreign " + format_vector(e.foreign) + " --sigma " +
       format_number(e.sigma) + " --horizon " + format_number(c.horizon) + " --step " +
       format_number(std::min(c.step, c.horizon));
  if (regime == "schedule")
    s += " --liberalize-at " + format_vector(c.liberalize_at);
  else
    s += " --regime " + regime;
  if (c.discrete) s += " --time discrete";
  return s + labor_flags(e);
}

std::string equilibrium_command(const Economy& e) {
  return "clustertrade trade-growth equilibrium --home " + format_vector(e.home) + " --foreign " +
         format_vector(e.foreign) + " --sigma " + format_number(e.sigma) + labor_flags(e);
}

nlohmann::json case_json(const Case& c) {
  const Economy& e = c.params.economy;
  auto vec = [](const Eigen::VectorXd& v) { return std::vector<double>(v.data(), v.data() + v.size()); };
  nlohmann::json tau = nlohmann::json::array();
  for (Eigen::Index i = 0; i < c.params.tau.rows(); ++i) {
    std::vector<double> row(static_cast<std::size_t>(c.params.tau.cols()));
    for (Eigen::Index j = 0; j < c.params.tau.cols(); ++j) row[static_cast<std::size_t>(j)] = c.params.tau(i, j);
    tau.push_back(row);
  }
  nlohmann::json j = {{"n", c.size()},           {"sigma", e.sigma},         {"labor_home", e.labor_home},
                      {"labor_foreign", e.labor_foreign}, {"home", vec(e.home)}, {"foreign", vec(e.foreign)},
                      {"tau", tau},              {"horizon", c.horizon},     {"step", c.step},
                      {"time", c.discrete ? "discrete" : "continuous"}};
  if (c.liberalize_at.size() > 0) {
    nlohmann::json dates = nlohmann::json::array();
    for (Eigen::Index i = 0; i < c.liberalize_at.size(); ++i)
      dates.push_back(std::isinf(c.liberalize_at[i]) ? nlohmann::json("inf") : nlohmann::json(c.liberalize_at[i]));
    j["liberalize_at"] = dates;
  }
  return j;
}

namespace {

Eigen::VectorXd drop(const Eigen::VectorXd& v, Eigen::Index k) {
  Eigen::VectorXd out(v.size() - 1);
  for (Eigen::Index i = 0, j = 0; i < v.size(); ++i)
    if (i != k) out[j++] = v[i];
  return out;
}

Eigen::MatrixXd drop(const Eigen::MatrixXd& m, Eigen::Index k) {
  Eigen::MatrixXd out(m.rows() - 1, m.cols() - 1);
  for (Eigen::Index i = 0, r = 0; i < m.rows(); ++i) {
    if (i == k) continue;
    for (Eigen::Index j = 0, c = 0; j < m.cols(); ++j)
      if (j != k) out(r, c++) = m(i, j);
    ++r;
  }
  return out;
}

/// Decimal digits needed to write x (0 for integers), capped at 12.
double digits_of(double x) {
  if (!std::isfinite(x)) return 0.0;
  for (int d = 0; d < 12; ++d)
    if (std::fabs(round_to(x, d) - x) <= 1e-12 * std::max(1.0, std::fabs(x))) return d;
  return 12.0;
}

}  // namespace

double case_complexity(const Case& c) {
  const Economy& e = c.params.economy;
  double score = 1000.0 * static_cast<double>(c.size());
  for (Eigen::Index i = 0; i < e.home.size(); ++i) score += digits_of(e.home[i]) + digits_of(e.foreign[i]);
  for (Eigen::Index i = 0; i < c.params.tau.size(); ++i) score += digits_of(c.params.tau.data()[i]);
  for (Eigen::Index i = 0; i < c.liberalize_at.size(); ++i) score += digits_of(c.liberalize_at[i]);
  score += digits_of(e.sigma) + digits_of(e.labor_home) + digits_of(e.labor_foreign);
  score += (e.labor_home != 1.0) + (e.labor_foreign != 1.0);
  score += c.horizon / std::max(c.step, 1e-9);
  return score;
}

std::vector<Case> shrink_candidates(const Case& c) {
  std::vector<Case> out;
  const auto n = static_cast<Eigen::Index>(c.size());
  // 1. Fewer industries.
  if (n > 1)
    for (Eigen::Index k = 0; k < n; ++k) {
      Case d = c;
      d.params.economy.home = drop(c.params.economy.home, k);
      d.params.economy.foreign = drop(c.params.economy.foreign, k);
      if (c.params.economy.weights.size() > 0) d.params.economy.weights = drop(c.params.economy.weights, k);
      d.params.tau = drop(c.params.tau, k);
      if (c.liberalize_at.size() > 0) d.liberalize_at = drop(c.liberalize_at, k);
      out.push_back(std::move(d));
    }
  // 2. Equal, unit country sizes; then integer sizes.
  {
    Case d = c;
    d.params.economy.labor_home = d.params.economy.labor_foreign = 1.0;
    out.push_back(d);
    d = c;
    d.params.economy.labor_home = std::max(1.0, std::round(c.params.economy.labor_home));
    d.params.economy.labor_foreign = std::max(1.0, std::round(c.params.economy.labor_foreign));
    out.push_back(d);
  }
  // 3. Rounder σ: 2, then integer, then halves, then one decimal.
  for (double s : {2.0, std::max(1.0, std::round(c.params.economy.sigma)), std::round(2.0 * c.params.economy.sigma) / 2.0,
                   round_to(c.params.economy.sigma, 1)}) {
    if (s <= 0.0) continue;
    Case d = c;
    d.params.economy.sigma = s;
    out.push_back(d);
  }
  // 4. Rounder technologies, all at once (integers, then one decimal), then one entry at a time.
  for (int digits : {0, 1}) {
    Case d = c;
    auto r = [&](double x) { return std::max(digits == 0 ? 1.0 : 0.1, round_to(x, digits)); };
    d.params.economy.home = c.params.economy.home.unaryExpr(r);
    d.params.economy.foreign = c.params.economy.foreign.unaryExpr(r);
    out.push_back(d);
  }
  for (Eigen::Index i = 0; i < n; ++i)
    for (int side = 0; side < 2; ++side) {
      Case d = c;
      double& x = side == 0 ? d.params.economy.home[i] : d.params.economy.foreign[i];
      x = std::max(1.0, std::round(x));
      out.push_back(d);
    }
  // 5. Rounder τ (one decimal, then two).
  for (int digits : {1, 2}) {
    Case d = c;
    d.params.tau = c.params.tau.unaryExpr([&](double x) { return round_to(x, digits); });
    out.push_back(d);
  }
  // 6. Rounder liberalisation dates.
  if (c.liberalize_at.size() > 0)
    for (int digits : {0, 1}) {
      Case d = c;
      d.liberalize_at = c.liberalize_at.unaryExpr([&](double x) { return std::isfinite(x) ? round_to(x, digits) : x; });
      out.push_back(d);
    }
  // 7. Shorter horizon: half of it (on the grid), and integer steps.
  if (c.horizon > c.step) {
    Case d = c;
    d.horizon = std::max(c.step, std::ceil(0.5 * c.horizon / c.step) * c.step);
    out.push_back(d);
  }
  if (c.step < 1.0 && c.horizon >= 1.0) {
    Case d = c;
    d.step = 1.0;
    d.horizon = std::ceil(c.horizon);
    out.push_back(d);
  }
  return out;
}

Case shrink_case(Case failing, const std::function<bool(const Case&)>& still_fails, std::size_t max_rounds) {
  for (std::size_t round = 0; round < max_rounds; ++round) {
    const double current = case_complexity(failing);
    bool accepted = false;
    for (auto& candidate : shrink_candidates(failing)) {
      if (!(case_complexity(candidate) < current - 1e-9)) continue;
      try {
        candidate.params.validate();
      } catch (...) {
        continue;
      }
      if (still_fails(candidate)) {
        failing = std::move(candidate);
        accepted = true;
        break;
      }
    }
    if (!accepted) break;
  }
  return failing;
}

Sweep sweep(std::size_t draws, std::uint64_t seed, std::uint64_t salt, int threads,
            const std::function<Drawn(std::size_t, DrawRng&)>& generate, const Evaluator& evaluate) {
  struct One {
    Drawn drawn;
    Finding finding;
  };
  const auto results = run_draws<One>(draws, splitmix64(seed ^ (salt * 0x9E3779B97F4A7C15ULL)), threads,
                                      [&](std::size_t k, DrawRng& rng) {
                                        One one{generate(k, rng), {}};
                                        try {
                                          one.finding = evaluate(one.drawn.c);
                                        } catch (const std::exception& ex) {
                                          one.finding = Finding{};
                                          one.finding.error = ex.what();
                                        }
                                        return one;
                                      });
  Sweep s;
  for (std::size_t k = 0; k < results.size(); ++k) {
    const auto& r = results[k];
    s.cases.push_back(r.drawn.c);
    s.findings.push_back(r.finding);
    s.in_scope.push_back(r.drawn.in_scope);
    if (!r.finding.error.empty() && s.errors++ == 0)
      s.first_error = fmt::format("draw {}: {}; case {}", k, r.finding.error, case_json(r.drawn.c).dump());
    if (!r.finding.applicable) continue;
    ++s.examined;
    s.ties += r.finding.tie;
    if (r.drawn.in_scope) {
      ++s.examined_in_scope;
      s.worst_margin_in_scope = std::min(s.worst_margin_in_scope, r.finding.margin);
      if (r.finding.failed && s.failed_in_scope++ == 0) s.first_failure_in_scope = static_cast<long>(k);
    } else {
      s.worst_margin_outside = std::min(s.worst_margin_outside, r.finding.margin);
      if (r.finding.failed && s.failed_outside++ == 0) s.first_failure_outside = static_cast<long>(k);
    }
  }
  return s;
}

nlohmann::json counterexample_json(const Case& shrunk, const Finding& finding, const std::string& command,
                                   const std::string& summary_prefix) {
  nlohmann::json j = case_json(shrunk);
  j["command"] = command;
  j["summary"] = summary_prefix + finding.detail;
  if (finding.fail_time >= 0.0) j["first_failing_date"] = finding.fail_time;
  j["margin"] = finding.margin;
  return j;
}

bool is_mirror_setting(const Case& c) {
  const Economy& e = c.params.economy;
  if (c.size() != 4 || e.labor_home != e.labor_foreign || !(e.sigma > 1.0)) return false;
  return (e.foreign - mirror(e.home)).cwiseAbs().maxCoeff() <= 1e-12 * e.home.cwiseAbs().maxCoeff();
}

ClaimOutcome conclude(const Sweep& s, const Evaluator& evaluate, const std::function<bool(const Case&)>& in_scope,
                      const std::function<std::string(const Case&)>& command, const std::string& scope,
                      const std::string& summary_prefix, const std::string& qualification, const std::string& extra) {
  ClaimOutcome out;
  out.scope = scope;
  out.draws = s.examined;
  auto margin_text = [](double m) { return m > 1e299 ? std::string("none") : fmt::format("{:.3g}", m); };
  out.evidence = fmt::format(
      "{} cases met the premise ({} inside H12's scope); violations: {} inside, {} outside; smallest relative "
      "margin {} inside, {} outside.",
      s.examined, s.examined_in_scope, s.failed_in_scope, s.failed_outside, margin_text(s.worst_margin_in_scope),
      margin_text(s.worst_margin_outside));
  if (s.ties > 0)
    out.evidence += fmt::format(" {} cases came within the claim's numerical tolerance of the bound without a resolvable "
                                "violation; they are not counted as violations.",
                                s.ties);
  if (s.errors > 0)
    out.evidence += fmt::format(" {} draws skipped because the engine's integration threw (first: {}).", s.errors,
                                s.first_error);
  long first = -1;
  bool keep_scope = false;
  if (s.failed_in_scope > 0) {
    out.verdict = Verdict::fails;
    first = s.first_failure_in_scope;
    keep_scope = true;
  } else if (s.failed_outside > 0) {
    out.verdict = Verdict::holds_with_qualification;
    first = s.first_failure_outside;
    out.evidence += " " + qualification;
  }
  if (!extra.empty()) out.evidence += " " + extra;
  if (first >= 0) {
    auto still_fails = [&](const Case& c) {
      if (keep_scope && !in_scope(c)) return false;
      try {
        const Finding f = evaluate(c);
        return f.applicable && f.failed;
      } catch (const std::exception&) {
        return false;
      }
    };
    const Case shrunk = shrink_case(s.cases[static_cast<std::size_t>(first)], still_fails);
    const Finding f = evaluate(shrunk);
    out.counterexample = counterexample_json(shrunk, f, command(shrunk), summary_prefix);
    out.counterexample["draw_index"] = first;
  }
  return out;
}

}  // namespace clustertrade::trade_growth::claims
