/// \file us_claims.hpp
/// \brief Porter's statements about the U.S. economy graded on the vendored data (CBP 2019 by
/// CBSA, the benchmark definitions, ACS, USPTO): one claim per statement, its cases the data under
/// our reading (†) and the sensitivity rows (issue 18 §3).
#pragma once

#include "core/claims.hpp"

namespace clustertrade::cluster_mapping {

/// Registers the U.S.-data claims (ids `porter.us-…`).
/// \param registry the registry to add them to
void register_us_claims(ClaimRegistry& registry);

}  // namespace clustertrade::cluster_mapping
