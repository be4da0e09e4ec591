/// \file claims_support.cpp
/// \brief Random economies, JSON, commands and shrink candidates for the cluster-model claims.
#include "cluster_model/claims_support.hpp"

#include <algorithm>
#include <cmath>
#include <functional>

#include <fmt/format.h>

#include "cluster_model/draw_laws.hpp"
#include "core/validate.hpp"

namespace clustertrade::cluster_model {

std::string join_numbers(const std::vector<double>& v) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i > 0) out += ',';
    out += format_double(v[i]);
  }
  return out;
}

Params draw_economy(DrawRng& rng, std::size_t J, Ordering ordering) {
  Params p;
  std::vector<double> ratio(J);
  for (auto& r : ratio) r = laws::raw_ratio().sample(rng);
  std::sort(ratio.begin(), ratio.end(), std::greater<>());
  for (std::size_t j = 0; j < J; ++j) {
    const double north = laws::north_productivity().sample(rng);
    p.lambda_north.push_back(north);
    p.lambda_south.push_back(ratio[j] * north);
  }
  p.beta = laws::beta().sample(rng);
  p.theta.resize(J);
  for (int attempt = 0;; ++attempt) {
    for (auto& t : p.theta) t = laws::theta().sample(rng);
    if (ordering == Ordering::ricardian) break;
    if (ordering == Ordering::both && ordering_assumption_holds(p)) break;
    if (ordering == Ordering::violated && !ordering_assumption_holds(p)) break;
    if (attempt == 200) {
      if (ordering == Ordering::both) {
        std::sort(p.theta.begin(), p.theta.end());
      } else {
        // ratio_1/θ_1 with θ_1 = 4 is below ratio_2/θ_2 whenever ratio_1/ratio_2 < 4/θ_2.
        std::sort(p.theta.begin(), p.theta.end(), std::greater<>());
        p.theta[1] = 1.05;
        p.theta[0] = 4.0;
      }
      break;
    }
  }
  return p;
}

nlohmann::json params_json(const Params& p) {
  nlohmann::json j = {{"lambda_south", p.lambda_south}, {"lambda_north", p.lambda_north}, {"theta", p.theta}};
  j["beta"] = p.beta ? nlohmann::json(*p.beta) : nlohmann::json(nullptr);
  if (!p.north_clusters.empty()) j["north_clusters"] = p.north_clusters;
  return j;
}

std::string equilibria_command(const Params& p) {
  std::string cmd = "clustertrade cluster-model equilibria --lambda-south " + join_numbers(p.lambda_south) +
                    " --lambda-north " + join_numbers(p.lambda_north) + " --theta " + join_numbers(p.theta);
  if (!p.north_clusters.empty()) cmd += " --north-clusters " + join_numbers(p.north_clusters);
  return cmd;
}

double round_significant(double x, int digits) {
  if (x == 0.0 || !std::isfinite(x)) return x;
  const double scale = std::pow(10.0, digits - 1 - static_cast<int>(std::floor(std::log10(std::fabs(x)))));
  return std::round(x * scale) / scale;
}

std::vector<Params> shrink_economy(const Params& p, std::size_t min_sectors) {
  std::vector<Params> out;
  const std::size_t J = p.sectors();
  bool north_unit = true;
  for (double v : p.lambda_north) north_unit = north_unit && v == 1.0;
  if (!north_unit) {
    Params q = p;
    for (std::size_t j = 0; j < J; ++j) {
      q.lambda_south[j] = p.lambda_south[j] / p.lambda_north[j];
      q.lambda_north[j] = 1.0;
    }
    out.push_back(q);
  }
  if (J > min_sectors) {
    for (std::size_t drop = J; drop-- > 1;) {
      Params q = p;
      q.lambda_south.erase(q.lambda_south.begin() + static_cast<long>(drop));
      q.lambda_north.erase(q.lambda_north.begin() + static_cast<long>(drop));
      q.theta.erase(q.theta.begin() + static_cast<long>(drop));
      if (!q.north_clusters.empty()) q.north_clusters.erase(q.north_clusters.begin() + static_cast<long>(drop));
      out.push_back(q);
    }
  }
  for (int digits : {3, 2, 1}) {
    Params q = p;
    auto round_all = [digits](std::vector<double>& v) {
      for (auto& x : v) x = round_significant(x, digits);
    };
    round_all(q.lambda_south);
    round_all(q.lambda_north);
    round_all(q.theta);
    if (q.lambda_south != p.lambda_south || q.lambda_north != p.lambda_north || q.theta != p.theta) out.push_back(q);
  }
  return out;
}

bool within_tie(double a, double b) {
  return std::fabs(a - b) <= tie_tolerance * std::max({std::fabs(a), std::fabs(b), 1.0});
}

nlohmann::json game_json(const SpilloverGame& g) {
  return {{"A", g.A},
          {"C", g.C},
          {"spillover_to_backward", g.spillover_to_backward},
          {"firms", g.firms ? nlohmann::json(*g.firms) : nlohmann::json(nullptr)}};
}

std::string coordination_command(const SpilloverGame& g) {
  return "clustertrade cluster-model coordination --modern-productivity " + format_double(g.A) + " --investment-cost " +
         format_double(g.C) + (g.firms ? " --firms " + std::to_string(*g.firms) : std::string()) +
         (g.spillover_to_backward ? " --spillover" : "");
}

std::string north_command(const NorthEconomy& n) {
  return "clustertrade cluster-model north --lambda-north " + join_numbers(n.lambda_north) + " --lbar " +
         join_numbers(n.lbar) + " --shares " + join_numbers(n.shares) + " --beta " + format_double(n.beta) +
         " --alpha " + format_double(n.alpha) + " --labor " + format_double(n.labour);
}

nlohmann::json north_json(const NorthEconomy& n) {
  return {{"lambda_north", n.lambda_north},
          {"beta", n.beta},
          {"alpha", n.alpha},
          {"lbar", n.lbar},
          {"shares", n.shares},
          {"labour", n.labour}};
}

std::string record_detail(const nlohmann::json& record) {
  if (record.is_null() || !record.contains("detail")) return "";
  return record["detail"].get<std::string>();
}

double record_margin(const nlohmann::json& record) {
  if (record.is_null() || !record.contains("margin") || !record["margin"].is_number()) return std::nan("");
  return record["margin"].get<double>();
}

Finding premise_not_met(std::string why) {
  Finding f;
  f.premise = false;
  f.detail = std::move(why);
  return f;
}

bool north_clustered_everywhere(const Params& p) {
  for (std::size_t j = 0; j < p.sectors(); ++j)
    if (!p.north_clustered(j)) return false;
  return true;
}

double raw_ratio(const Params& p, std::size_t j) { return p.lambda_south.at(j) / p.lambda_north.at(j); }

std::string counts_sentence(const Counts& c) {
  return fmt::format(
      "Searched {} fixed cases and {} draws: premise met in {} ({} in the paper's setting); violations {} in "
      "scope, {} outside; ties {}.",
      c.fixed_cases, c.draws_used, c.premise_met, c.in_scope, c.violations_in_scope, c.violations_outside_scope,
      c.ties);
}

}  // namespace clustertrade::cluster_model
