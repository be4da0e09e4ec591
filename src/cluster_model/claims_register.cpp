/// \file claims_register.cpp
/// \brief Registers the cluster-model claims (claim_specs()) into the claims registry.
#include "cluster_model/claims.hpp"

namespace clustertrade::cluster_model {

#if !CLUSTERTRADE_CM_HAS_ENGINE
// Legacy registry (until the engine lands): the verdict still comes from the counts —
// violations in scope → fails; only beyond → holds-with-qualification; none → holds.
void register_claims(ClaimRegistry& registry) {
  for (const ClaimSpec& spec : claim_specs()) {
    auto run = [spec](const ClaimRun& cfg) {
      const Tally t = spec.search(cfg);
      ClaimOutcome out;
      out.scope = spec.scope;
      out.draws = t.counts.draws_used;
      out.evidence = "Measure: " + spec.measure + ". " + spec.evidence(t);
      out.verdict = t.counts.violations_in_scope > 0        ? Verdict::fails
                    : t.counts.violations_outside_scope > 0 ? Verdict::holds_with_qualification
                                                            : Verdict::holds;
      const nlohmann::json& first = t.first_in_scope.is_null() ? t.first_outside : t.first_in_scope;
      if (!first.is_null())
        out.counterexample = {{"summary", first["detail"]}, {"command", first["command"]}, {"case", first["case"]}};
      return out;
    };
    registry.add({spec.id, spec.source, spec.statement, spec.paper_verdict, NamedCheck{spec.check_name, run}});
  }
}
#endif

}  // namespace clustertrade::cluster_model
