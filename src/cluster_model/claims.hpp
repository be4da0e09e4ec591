/// \file claims.hpp
/// \brief The claims of this module, registered into the claims registry.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "cluster_model/claims_engine.hpp"
#include "core/claims.hpp"

namespace clustertrade::cluster_model {

/// One claim of this module: what the paper says, what is measured, where, and how it is searched.
struct ClaimSpec {
  std::string id;             ///< dotted id (`rc07.`, `rc05.`, `cpp.`)
  std::string source;         ///< paper, section, equation/footnote
  std::string statement;      ///< the paper's statement in our words
  std::string paper_verdict;  ///< what the paper asserts
  std::string measure;        ///< what is compared, in words
  std::string scope;          ///< the paper's own setting, and what is searched beyond it
  FailureKind failure_kind = FailureKind::substantive;  ///< the kind recorded if it fails in scope
  std::string check_name;                               ///< the per-case check (claims_checks.hpp)
  std::function<Tally(const ClaimRun&)> search;         ///< runs the search
  std::function<std::string(const Tally&)> evidence;    ///< evidence from the (merged) tally alone
};

/// This module's claims, in report order.
std::vector<ClaimSpec> claim_specs();

/// Registers this module's claims.
void register_claims(ClaimRegistry& registry);

}  // namespace clustertrade::cluster_model
