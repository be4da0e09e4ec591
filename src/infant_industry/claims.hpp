/// \file claims.hpp
/// \brief The claims of this module, registered into the claims registry.
#pragma once

#include "core/claims.hpp"

namespace clustertrade::infant_industry {

/// Registers this module's claims.
/// \param registry the registry the claims are added to
void register_claims(ClaimRegistry& registry);

}  // namespace clustertrade::infant_industry
