/// \file mixed.cpp
/// \brief RC07 §3's mixed South equilibria (see mixed.hpp).
#include "cluster_model/mixed.hpp"

#include <algorithm>
#include <cmath>

#include "core/errors.hpp"
#include "core/validate.hpp"

namespace clustertrade::cluster_model {

namespace {

/// The pieces every family needs: backward revenue \f$b_j = p_j^*\lambda_{jS}\f$ and \f$\bar L_j\f$.
struct Economy {
  const Params& p;
  double beta, alpha, labor;
  std::vector<double> b, lbar;
};

/// A partial cluster in k at wage w: its factor \f$f = w/b_k\f$ must lie strictly in (1, θ_k) (beyond
/// tie_tolerance); returns its modern labour \f$(f-\beta)/\alpha\f$, or a negative number when none.
double partial_labour(const Economy& e, std::size_t k, double w) {
  const double f = w / e.b[k];
  if (!(f > 1.0 + tie_tolerance) || !(f < e.p.theta[k] * (1.0 - tie_tolerance))) return -1.0;
  return (f - e.beta) / e.alpha;
}

/// No idle option pays more than w: backward \f$b_m\f$ and a lone modern producer \f$\beta b_m\f$.
bool idle_options_pay_at_most(const Economy& e, double w) {
  return std::all_of(e.b.begin(), e.b.end(), [&](double b) { return b <= w * (1.0 + tie_tolerance); });
}

/// Adds one equilibrium per non-empty subset of `candidates` (sector, modern labour) whose labour
/// leaves at least `anchor_min` to the anchor; the anchor gets the rest.
void add_subsets(const Economy& e, MixedFamily family, std::size_t anchor, bool anchor_modern, double anchor_min,
                 double w, const std::vector<std::pair<std::size_t, double>>& candidates,
                 std::vector<MixedEquilibrium>& out) {
  const std::size_t J = e.b.size();
  for (unsigned mask = 1; mask < (1U << candidates.size()); ++mask) {
    MixedEquilibrium m{family, std::vector<double>(J, 0.0), std::vector<double>(J, 0.0), w};
    double used = 0.0;
    for (std::size_t i = 0; i < candidates.size(); ++i)
      if (mask & (1U << i)) {
        m.modern[candidates[i].first] += candidates[i].second;
        used += candidates[i].second;
      }
    const double rest = e.labor - used;
    if (!(rest > anchor_min)) continue;
    (anchor_modern ? m.modern : m.backward)[anchor] += rest;
    out.push_back(std::move(m));
  }
}

}  // namespace

std::string to_string(MixedFamily family) {
  switch (family) {
    case MixedFamily::backward_anchored:
      return "backward-anchored";
    case MixedFamily::cluster_anchored:
      return "cluster-anchored";
    case MixedFamily::partial_only:
      return "partial-only";
  }
  return "unknown";
}

std::vector<MixedEquilibrium> mixed_equilibria(const Params& params, double alpha, double labor_south) {
  params.validate();
  if (!params.beta) throw InvalidParameter("beta", "is required for mixed equilibria (RC07 eq. (8))");
  require_positive("alpha", alpha);
  const std::size_t J = params.sectors();
  if (J > 20) throw InvalidParameter("lambda_south", "must have at most 20 sectors for mixed equilibria");
  Economy e{params, *params.beta, alpha, labor_south, {}, {}};
  for (std::size_t j = 0; j < J; ++j) {
    e.b.push_back(north_price(params, j) * params.lambda_south[j]);
    e.lbar.push_back((params.theta[j] - e.beta) / alpha);  // RC07 §3: θ_j ≡ β + α L̄_j
    if (!(labor_south >= e.lbar[j]))
      throw InvalidParameter("labor_south", "must be at least every lbar_j = (theta_j - beta)/alpha (RC07 fn. 7)");
  }
  std::vector<MixedEquilibrium> out;
  // Backward-anchored: the unique best backward sector n, w = b_n.
  const std::size_t n = static_cast<std::size_t>(std::max_element(e.b.begin(), e.b.end()) - e.b.begin());
  bool unique = true;
  for (std::size_t j = 0; j < J; ++j) unique = unique && (j == n || e.b[j] < e.b[n] * (1.0 - tie_tolerance));
  if (unique) {
    std::vector<std::pair<std::size_t, double>> candidates;
    for (std::size_t k = 0; k < J; ++k) {
      // In n itself modern and backward workers earn alike at factor 1: L_nM = (1 − β)/α.
      const double m = k == n ? (1.0 - e.beta) / alpha : partial_labour(e, k, e.b[n]);
      if (m > 0.0) candidates.emplace_back(k, m);
    }
    add_subsets(e, MixedFamily::backward_anchored, n, false, 0.0, e.b[n], candidates, out);
  }
  // Cluster-anchored: a full cluster in j, w = b_j θ_j, its labour at least L̄_j.
  for (std::size_t j = 0; j < J; ++j) {
    const double w = e.b[j] * params.theta[j];
    if (!idle_options_pay_at_most(e, w)) continue;
    std::vector<std::pair<std::size_t, double>> candidates;
    for (std::size_t k = 0; k < J; ++k) {
      const double m = k == j ? -1.0 : partial_labour(e, k, w);
      if (m > 0.0) candidates.emplace_back(k, m);
    }
    add_subsets(e, MixedFamily::cluster_anchored, j, true, e.lbar[j] * (1.0 - tie_tolerance), w, candidates, out);
  }
  // Partial only: S with |S| ≥ 2, Σ_k (w/b_k − β)/α = L_S.
  for (unsigned mask = 1; mask < (1U << J); ++mask) {
    std::vector<std::size_t> S;
    double inverse = 0.0;
    for (std::size_t k = 0; k < J; ++k)
      if (mask & (1U << k)) {
        S.push_back(k);
        inverse += 1.0 / e.b[k];
      }
    if (S.size() < 2) continue;
    const double w = (alpha * labor_south + static_cast<double>(S.size()) * e.beta) / inverse;
    MixedEquilibrium m{MixedFamily::partial_only, std::vector<double>(J, 0.0), std::vector<double>(J, 0.0), w};
    bool ok = idle_options_pay_at_most(e, w);
    for (std::size_t k : S) {
      m.modern[k] = partial_labour(e, k, w);
      ok = ok && m.modern[k] > 0.0;
    }
    if (ok) out.push_back(std::move(m));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const MixedEquilibrium& a, const MixedEquilibrium& b) { return a.wage > b.wage; });
  return out;
}

}  // namespace clustertrade::cluster_model
