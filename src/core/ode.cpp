#include "core/ode.hpp"

namespace clustertrade::ode {

std::vector<double> time_grid(double t0, double horizon, double dt) {
  if (!(dt > 0.0) || !(horizon >= t0)) throw std::invalid_argument("time_grid: needs dt > 0 and horizon >= t0");
  std::vector<double> grid;
  grid.reserve(static_cast<std::size_t>(std::min((horizon - t0) / dt, 1e6)) + 2);  // no regrowth (issue 21)
  for (std::size_t k = 0;; ++k) {
    const double t = t0 + static_cast<double>(k) * dt;  // multiply, do not accumulate: no drift
    if (t > horizon - 1e-12 * std::max(1.0, std::fabs(horizon))) break;
    grid.push_back(t);
  }
  grid.push_back(horizon);
  return grid;
}

State integrate_reference(const std::function<void(const State&, State&, double)>& f, State x0, double t0, double t1,
                          double atol, double rtol) {
  namespace odeint = boost::numeric::odeint;
  auto stepper = odeint::make_controlled(atol, rtol, Rkf78());
  odeint::integrate_adaptive(stepper, f, x0, t0, t1, (t1 - t0) / 1000.0);
  return x0;
}

}  // namespace clustertrade::ode
