/// \file register_claims.cpp
/// \brief The one place that knows every module's claims, in the order of the report.
#include "cli/commands.hpp"
#include "cluster_mapping/claims.hpp"
#include "cluster_model/claims.hpp"
#include "dynamic_spillovers/claims.hpp"
#include "infant_industry/claims.hpp"
#include "trade_growth/claims.hpp"

namespace clustertrade::cli {

void register_all_claims(ClaimRegistry& registry) {
  infant_industry::register_claims(registry);
  cluster_model::register_claims(registry);
  dynamic_spillovers::register_claims(registry);
  trade_growth::register_claims(registry);
  cluster_mapping::register_claims(registry);
}

}  // namespace clustertrade::cli
