// INTERIM until the engine branch is merged: registers nothing.
#include "trade_growth/claims.hpp"

#include "trade_growth/claims_checks.hpp"

namespace clustertrade::trade_growth {

void register_claims(ClaimRegistry&) {}

}  // namespace clustertrade::trade_growth
