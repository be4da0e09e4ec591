#include "cluster_model/claims.hpp"

namespace clustertrade::cluster_model {

void register_claims(ClaimRegistry& /*registry*/) {}  // SCAFFOLD: replaced by the module's claims

}  // namespace clustertrade::cluster_model
