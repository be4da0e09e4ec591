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

double output_step_for(const Case& c) { return c.time == TimeMode::discrete ? 1.0 : c.step; }

SimulationOptions check_options(const Case& c) {
  SimulationOptions o;
  o.horizon = c.horizon;
  const double step = output_step_for(c);
  o.step = std::min(step, c.horizon > 0.0 ? c.horizon : step);
  o.rtol = kCheckRtol;
  o.atol = kCheckAtol;
  o.max_dt = kCheckMaxDt;
  o.time = c.time;
  return o;
}

Path run_path(const Case& c, const Policy& policy, PathReads reads) {
  SimulationOptions o = check_options(c);
  o.record_vectors = reads == PathReads::everything;
  o.closed_form_incomes = false;  // the same incomes, to the last bit, whatever is recorded
  if (reads == PathReads::incomes_at_ends && o.horizon > 0.0) o.step = o.horizon;
  return simulate(c.params, policy, o);
}

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

Eigen::VectorXd draw_technologies(DrawRng& rng, std::size_t n, const DrawLaw& law) {
  Eigen::VectorXd v(static_cast<Eigen::Index>(n));
  for (Eigen::Index i = 0; i < v.size(); ++i) v[i] = law.sample(rng);
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

std::string format_significant(double x, int digits) {
  const double ax = std::fabs(x);
  if (!std::isfinite(x) || ax >= 1e6 || (ax < 1e-4 && x != 0.0)) return fmt::format("{:.{}g}", x, digits);
  const int exponent = x == 0.0 ? 0 : static_cast<int>(std::floor(std::log10(ax)));
  std::string s = fmt::format("{:.{}f}", x, std::max(0, digits - 1 - exponent));
  if (s.find('.') != std::string::npos) {
    s.erase(s.find_last_not_of('0') + 1);
    if (s.back() == '.') s.pop_back();
  }
  return s == "-0" ? "0" : s;
}

std::pair<std::string, std::string> format_apart(double a, double b) {
  for (int digits = 1; digits < 6; ++digits) {
    std::string sa = format_significant(a, digits), sb = format_significant(b, digits);
    if (sa != sb) return {std::move(sa), std::move(sb)};
  }
  return {format_significant(a, 6), format_significant(b, 6)};
}

int digits_apart(double a, double b) {
  for (int digits = 1; digits <= 9; ++digits)
    if (format_significant(a, digits) != format_significant(b, digits)) return digits;
  return 0;
}

std::string evidence_digits(double x, int digits) {
  const double m = std::fabs(x);
  if (!(m >= 1e-3 && m < 1e6)) return clustertrade::evidence_number(x, digits);
  std::string text = fmt::format("{:#.{}g}", x, digits);  // '#': trailing zeros kept
  if (!text.empty() && text.back() == '.') text.pop_back();
  return "$" + text + "$";
}

std::pair<std::string, std::string> evidence_apart(double a, double b, int min_digits) {
  const int apart = digits_apart(a, b);
  const int digits = std::max(min_digits, apart == 0 ? 6 : apart);  // equal to 9 digits: shown with 6
  return {clustertrade::evidence_number(a, digits), clustertrade::evidence_number(b, digits)};
}

std::string evidence_date(double t) { return "$t = " + clustertrade::evidence_math(t) + "$"; }

std::string evidence_interval(double from, double to) {
  return "$[" + clustertrade::evidence_math(from) + ", " + clustertrade::evidence_math(to) + "]$";
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

std::string simulate_command(const Case& c, const std::string& regime, bool write_tau) {
  const Economy& e = c.params.economy;
  std::string s = (write_tau ? "printf '" + tau_rows(c.params.tau) + "' > tau.csv && " : std::string()) +
                  "clustertrade trade-growth simulate --tau tau.csv";
  s += " --home " + format_vector(e.home) + " --foreign " + format_vector(e.foreign) + " --sigma " +
       format_number(e.sigma) + " --horizon " + format_number(c.horizon) + " --step " +
       format_number(std::min(output_step_for(c), c.horizon));
  if (regime == "schedule")
    s += " --liberalize-at " + format_vector(c.liberalize_at);
  else
    s += " --regime " + regime;
  if (c.time == TimeMode::discrete) s += " --time discrete";
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
  nlohmann::json j = {{"n", c.size()},
                      {"sigma", e.sigma},
                      {"labor_home", e.labor_home},
                      {"labor_foreign", e.labor_foreign},
                      {"home", vec(e.home)},
                      {"foreign", vec(e.foreign)},
                      {"tau", tau},
                      {"horizon", c.horizon},
                      {"step", output_step_for(c)},
                      {"time", c.time == TimeMode::discrete ? "discrete" : "continuous"}};
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
  score += c.horizon / std::max(output_step_for(c), 1e-9);
  return score;
}

namespace {

std::vector<Case> all_candidates(const Case& c) {
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
  // 1b. Fewer pairs (claims on Table 2's pairs need an even n): drop industries 2k+1 and 2k+2.
  if (n >= 4 && n % 2 == 0)
    for (Eigen::Index k = 0; k + 1 < n; k += 2) {
      Case d = c;
      for (Eigen::Index drop_at : {k + 1, k}) {
        d.params.economy.home = drop(d.params.economy.home, drop_at);
        d.params.economy.foreign = drop(d.params.economy.foreign, drop_at);
        if (d.params.economy.weights.size() > 0) d.params.economy.weights = drop(d.params.economy.weights, drop_at);
        d.params.tau = drop(d.params.tau, drop_at);
        if (d.liberalize_at.size() > 0) d.liberalize_at = drop(d.liberalize_at, drop_at);
      }
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
  for (double s : {2.0, std::max(1.0, std::round(c.params.economy.sigma)),
                   std::round(2.0 * c.params.economy.sigma) / 2.0, round_to(c.params.economy.sigma, 1)}) {
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
  // 7. Shorter horizon: half of it, on the grid of examined dates (whole periods in discrete time).
  const double step = output_step_for(c);
  if (c.horizon > step) {
    Case d = c;
    d.horizon = std::max(step, std::ceil(0.5 * c.horizon / step) * step);
    out.push_back(d);
  }
  if (c.step < 1.0 && c.horizon >= 1.0 && c.time == TimeMode::continuous) {
    Case d = c;
    d.step = 1.0;
    d.horizon = std::ceil(c.horizon);
    out.push_back(d);
  }
  return out;
}

}  // namespace

std::vector<Case> shrink_candidates(const Case& c) {
  const double current = case_complexity(c);
  std::vector<Case> out;
  for (auto& candidate : all_candidates(c)) {
    if (!(case_complexity(candidate) < current - 1e-9)) continue;
    try {
      candidate.params.validate();
    } catch (...) {
      continue;
    }
    out.push_back(std::move(candidate));
  }
  return out;
}

std::string command_trade_and_autarky(const Case& c) {
  return simulate_command(c, "trade") + " && " + simulate_command(c, "autarky", false);  // tau.csv written once
}

Eigen::VectorXd learning_rate(const Eigen::MatrixXd& tau, const Eigen::VectorXd& labor) {
  Eigen::VectorXd r = tau.transpose() * labor;  // r_i = sum_j tau_ji L_j: row j sends, column i receives
  for (Eigen::Index i = 0; i < r.size(); ++i)
    if (!(labor[i] > 0.0)) r[i] = 0.0;
  return r;
}

bool is_mirror_setting(const Case& c) {
  const Economy& e = c.params.economy;
  if (c.size() != 4 || e.labor_home != e.labor_foreign || !(e.sigma > 1.0)) return false;
  return (e.foreign - mirror(e.home)).cwiseAbs().maxCoeff() <= 1e-12 * e.home.cwiseAbs().maxCoeff();
}

bool trade_possible(const Case& c) {
  const Economy& e = c.params.economy;
  const Eigen::VectorXd rel = e.home.cwiseQuotient(e.foreign);
  return c.size() >= 2 && rel.maxCoeff() > rel.minCoeff() * (1.0 + 1e-12);
}

}  // namespace clustertrade::trade_growth::claims
