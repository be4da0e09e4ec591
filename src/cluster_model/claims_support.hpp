/// \file claims_support.hpp
/// \brief Helpers shared by the cluster-model claims: random economies, their JSON and the CLI
/// command that reproduces them, and shrink candidates (simpler economies tried in order).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cluster_model/coordination.hpp"
#include "cluster_model/crosswalk.hpp"
#include "cluster_model/model.hpp"
#include "cluster_model/north.hpp"
#include "core/errors.hpp"
#include "core/falsify.hpp"
#include "core/random.hpp"

namespace clustertrade::cluster_model {

/// Which orderings a random economy satisfies.
enum class Ordering {
  ricardian,  ///< \f$\lambda_{jS}/\lambda_{jN}\f$ non-increasing only (RC07 §3's first ordering)
  both,       ///< and \f$\lambda_{jS}/(\theta_j\lambda_{jN})\f$ non-increasing (RC07 §3 / RC05 §V's second)
  violated,   ///< Ricardian ordering, but the second ordering fails somewhere
};

/// A random economy with J sectors: raw ratios log-uniform on [0.1, 3] sorted so sector 1 has the
/// Ricardian comparative advantage, \f$\lambda_{jN}\f$ log-uniform on [0.5, 2], θ_j ∈ (1.05, 4),
/// β ∈ (0.05, 0.95). With Ordering::both θ is redrawn until the second ordering holds (after 200
/// tries θ is sorted ascending, RC05's sufficient condition); with Ordering::violated until it fails
/// (after 200 tries θ is sorted descending and the first θ raised to 4).
/// \param rng the draw's generator \param J sectors \param ordering which orderings to impose
/// \return validated parameters, North clustered everywhere
Params draw_economy(DrawRng& rng, std::size_t J, Ordering ordering);

/// The parameters as JSON (lambda_south, lambda_north, theta, beta, north_clusters).
/// \param p the economy
/// \return a JSON object with those five fields
nlohmann::json params_json(const Params& p);

/// `clustertrade cluster-model equilibria ...` for these parameters (β is not a CLI flag: a lone
/// modern deviator earns β < 1 times a backward one, so it never decides an equilibrium).
/// \param p the economy
/// \return the shell command (--north-clusters only when not clustered everywhere)
std::string equilibria_command(const Params& p);

/// Comma list of shortest round-trip decimals.
/// \param v the numbers
/// \return "v0,v1,…" with no spaces
std::string join_numbers(const std::vector<double>& v);

/// Simpler economies, in order: North productivities normalised to 1 (ratios, hence every wage in
/// North-labour units, unchanged), each sector but the first dropped (J > 2 only, or J > `min_sectors`),
/// then every entry rounded to 3, 2 and 1 significant digits. Candidates may be invalid (θ rounded
/// to 1): the checks treat an invalid case as premise not met.
/// \param p the economy \param min_sectors the fewest sectors a candidate may have
/// \return the candidates, in the order above
std::vector<Params> shrink_economy(const Params& p, std::size_t min_sectors = 2);

/// x rounded to `digits` significant decimal digits.
/// \param x the number  \param digits significant digits kept (≥ 1)
/// \return the rounded number
double round_significant(double x, int digits);

/// |a − b| ≤ tie_tolerance·max(|a|, |b|, 1): equal up to the model's break-even tolerance.
/// \param a first value  \param b second value
/// \return whether the two are equal within the tolerance
bool within_tie(double a, double b);

/// The JSON of a spillover game (A, C, spillover_to_backward, firms or null).
/// \param g the game
/// \return the JSON object
nlohmann::json game_json(const SpilloverGame& g);

/// `clustertrade cluster-model coordination ...` for this game.
/// \param g the game
/// \return the shell command
std::string coordination_command(const SpilloverGame& g);

/// `clustertrade cluster-model north ...` for this economy.
/// \param n the North economy
/// \return the shell command
std::string north_command(const NorthEconomy& n);

/// The JSON of a North economy.
/// \param n the North economy
/// \return lambda_north, beta, alpha, lbar, shares, labour as a JSON object
nlohmann::json north_json(const NorthEconomy& n);

/// The detail of a tally record (the counterexample's summary in words), or "" when the record is null.
/// \param record a tally record (object or null)
/// \return its `detail` string, or ""
std::string record_detail(const nlohmann::json& record);

/// The margin of a tally record, or NaN when the record is null.
/// \param record a tally record (object or null)
/// \return its `margin`, or NaN when the record or its margin is null
double record_margin(const nlohmann::json& record);

/// True when `x.validate()` does not throw InvalidParameter (a shrink candidate may be invalid).
/// \tparam T a parameter type with a `validate()` member
/// \param x the candidate
/// \return false when validate() throws InvalidParameter, else true
template <class T>
bool validates(const T& x) {
  try {
    x.validate();
    return true;
  } catch (const InvalidParameter&) {
    return false;
  }
}

/// A finding whose premise is not met (not counted), with the reason.
/// \param why the reason, kept as the finding's detail
/// \return a Finding with premise = false
Finding premise_not_met(std::string why);

/// True when the North is clustered in every sector (the papers' case).
/// \param p the economy
/// \return whether north_clustered(j) holds for every sector j
bool north_clustered_everywhere(const Params& p);

/// \f$\lambda_{jS}/\lambda_{jN}\f$.
/// \param p the economy  \param j 0-based sector
/// \return South's raw comparative advantage in j
double raw_ratio(const Params& p, std::size_t j);

/// "fixed cases F, draws D, premise met P, in scope I, violations in scope V (outside S), ties T":
/// the counts sentence every evidence starts with.
/// \param c the merged counts of a claim's search
/// \return the sentence
std::string counts_sentence(const Counts& c);

}  // namespace clustertrade::cluster_model
