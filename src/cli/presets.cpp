#include "cli/presets.hpp"

#include "cli/common.hpp"
#include "trade_growth/scenarios.hpp"

namespace clustertrade::cli {

namespace {

// The figure program's choices for H12 Figs. 2-7 (src/trade_growth/figures.cpp: kSigma, kHorizon,
// kStep): sigma = 2, T = 60, output every 0.25.
constexpr double kFigureSigma = 2.0;
constexpr double kFigureHorizon = 60.0;
constexpr double kFigureStep = 0.25;

nlohmann::json vector_json(const Eigen::VectorXd& v) {
  nlohmann::json a = nlohmann::json::array();
  for (Eigen::Index i = 0; i < v.size(); ++i) a.push_back(v[i]);
  return a;
}

nlohmann::json h12_figure(int figure, bool autarky) {
  const auto s = trade_growth::scenario(figure, kFigureSigma);
  nlohmann::json tau = nlohmann::json::array();
  for (Eigen::Index r = 0; r < s.params.tau.rows(); ++r) tau.push_back(vector_json(s.params.tau.row(r).transpose()));
  nlohmann::json flags = {{"home", vector_json(s.params.economy.home)},
                          {"foreign", vector_json(s.params.economy.foreign)},
                          {"sigma", kFigureSigma},
                          {"tau", tau},
                          {"horizon", kFigureHorizon},
                          {"step", kFigureStep},
                          {"regime", autarky ? "autarky" : "trade"}};
  return {{"command", "trade-growth simulate"},
          {"description", s.id + (autarky ? " (autarky run): " : " (free-trade run): ") + s.description +
                              "; income_home/income_foreign are the figure's " + (autarky ? "autarky" : "trade") +
                              "_home/_foreign columns"},
          {"flags", flags}};
}

}  // namespace

std::vector<std::string> preset_names() {
  std::vector<std::string> names;
  for (int f = 2; f <= 5; ++f) {
    names.push_back("h12-fig" + std::to_string(f));
    names.push_back("h12-fig" + std::to_string(f) + "-autarky");
  }
  return names;
}

nlohmann::json preset_scenario(const std::string& name) {
  for (int f = 2; f <= 5; ++f) {
    const std::string id = "h12-fig" + std::to_string(f);
    if (name == id) return h12_figure(f, false);
    if (name == id + "-autarky") return h12_figure(f, true);
  }
  std::string list;
  for (const auto& n : preset_names()) list += (list.empty() ? "" : ", ") + n;
  throw UsageError("--preset: unknown preset '" + name.substr(0, 40) + "' (presets: " + list + ")");
}

}  // namespace clustertrade::cli
