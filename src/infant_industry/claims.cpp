#include "infant_industry/claims.hpp"

namespace clustertrade::infant_industry {

void register_claims(ClaimRegistry& /*registry*/) {}  // SCAFFOLD: replaced by the module's claims

}  // namespace clustertrade::infant_industry
