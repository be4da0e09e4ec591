/// \file claims.hpp
/// \brief Porter's claims (and the definitional properties of the CMP's measures), registered
/// into the claims registry.
#pragma once

#include "core/claims.hpp"

namespace clustertrade::cluster_mapping {

/// Registers this module's claims (ids `porter.…`).
/// \param registry the registry to add them to
void register_claims(ClaimRegistry& registry);

}  // namespace clustertrade::cluster_mapping
