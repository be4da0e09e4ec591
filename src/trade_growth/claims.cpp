#include "trade_growth/claims.hpp"

namespace clustertrade::trade_growth {

void register_claims(ClaimRegistry& /*registry*/) {}  // SCAFFOLD: replaced by the module's claims

}  // namespace clustertrade::trade_growth
