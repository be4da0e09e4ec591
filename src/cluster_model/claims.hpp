/// \file claims.hpp
/// \brief The claims of this module (RC07 §3, RC05 §II and §V, CPP §5 Table 2), registered into the
/// claims registry as falsification-engine searches (per-case checks in claims_checks.hpp).
#pragma once

#include "core/claims.hpp"

namespace clustertrade::cluster_model {

/// Registers this module's claims, in report order.
/// \param registry the registry to add them to
void register_claims(ClaimRegistry& registry);

}  // namespace clustertrade::cluster_model
