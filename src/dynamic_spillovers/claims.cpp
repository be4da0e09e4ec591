#include "dynamic_spillovers/claims.hpp"

namespace clustertrade::dynamic_spillovers {

void register_claims(ClaimRegistry& /*registry*/) {}  // SCAFFOLD: replaced by the module's claims

}  // namespace clustertrade::dynamic_spillovers
