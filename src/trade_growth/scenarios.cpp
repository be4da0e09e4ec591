#include "trade_growth/scenarios.hpp"

#include <stdexcept>

namespace clustertrade::trade_growth {

namespace {
Eigen::VectorXd vec4(double a, double b, double c, double d) {
  Eigen::VectorXd v(4);
  v << a, b, c, d;
  return v;
}
}  // namespace

Eigen::MatrixXd within_industry_tau(double tau) { return tau * Eigen::MatrixXd::Identity(4, 4); }

Eigen::MatrixXd cluster_tau(double tau) {
  Eigen::MatrixXd m = Eigen::MatrixXd::Zero(4, 4);
  m(0, 1) = m(1, 0) = m(2, 3) = m(3, 2) = tau;
  return m;
}

Eigen::MatrixXd composition_tau() {
  Eigen::MatrixXd m = Eigen::MatrixXd::Zero(4, 4);
  m(0, 0) = m(1, 1) = 0.5;
  return m;
}

Scenario scenario(int figure, double sigma) {
  Scenario s;
  s.id = "h12-fig" + std::to_string(figure);
  Economy& e = s.params.economy;
  e.sigma = sigma;
  switch (figure) {
    case 2:  // H12 Fig. 2: concentration effect
      s.description = "within-industry spillovers (concentration effect)";
      s.params.tau = within_industry_tau(0.2);
      e.home = vec4(10, 10, 5, 5);
      e.foreign = vec4(5, 5, 10, 10);
      break;
    case 3:  // H12 Fig. 3: cluster-building trade
      s.description = "cross-industry clusters, home strong in 1 and 2 (cluster-building trade)";
      s.params.tau = cluster_tau(0.2);
      e.home = vec4(10, 10, 5, 5);
      e.foreign = vec4(5, 5, 10, 10);
      break;
    case 4:  // H12 Fig. 4: cluster-destroying trade
      s.description = "cross-industry clusters, home strong in 1 and 3 (cluster-destroying trade)";
      s.params.tau = cluster_tau(0.2);
      e.home = vec4(10, 5, 10, 5);
      e.foreign = vec4(5, 10, 5, 10);
      break;
    case 5:  // H12 Fig. 5: composition effect
    case 8:  // H12 Fig. 8: the same inputs with free migration (H12 §5)
      s.description = figure == 5 ? "only industries 1 and 2 learn (composition effect)"
                                  : "composition effect under free migration";
      s.params.tau = composition_tau();
      e.home = vec4(10, 10, 5, 5);
      e.foreign = vec4(5, 5, 10, 10);
      break;
    case 6:  // H12 Fig. 6: delayed liberalisation
      s.description = "clusters; immediate trade destroys them, delayed trade builds them";
      s.params.tau = cluster_tau(0.2);
      e.home = vec4(10, 4, 5, 2);
      e.foreign = vec4(2, 5, 4, 10);
      break;
    case 7:  // H12 Fig. 7: gradual liberalisation (industries 1 and 4 first)
      s.description = "clusters; industries 1 and 4 opened first, 2 and 3 later";
      s.params.tau = cluster_tau(0.2);
      e.home = vec4(10, 4, 6, 2);
      e.foreign = vec4(2, 6, 4, 10);
      break;
    default:
      throw std::invalid_argument("scenario: H12 has worked examples for figures 2 to 8 only");
  }
  return s;
}

std::array<double, 2> figure8_sigmas() { return {4.0 / 3.0, 4.0}; }

Policy gradual_liberalisation(double date_2_3) {
  Policy p = Policy::autarky(4);
  p.liberalize_at << 0.0, date_2_3, date_2_3, 0.0;
  return p;
}

Economy figure1_economy(double sigma) { return scenario(6, sigma).params.economy; }

}  // namespace clustertrade::trade_growth
