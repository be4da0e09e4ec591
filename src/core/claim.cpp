#include "core/claim.hpp"

#include <cmath>
#include <stdexcept>

namespace clustertrade {

std::string to_string(Verdict verdict) {
  switch (verdict) {
    case Verdict::holds:
      return "holds";
    case Verdict::holds_in_scope:
      return "holds-in-scope";
    case Verdict::fails:
      return "fails";
    case Verdict::not_checked:
      return "not-checked";
  }
  return "unknown";
}

std::string to_string(FailureKind kind) {
  switch (kind) {
    case FailureKind::none:
      return "";
    case FailureKind::substantive:
      return "substantive";
    case FailureKind::wording:
      return "wording";
    case FailureKind::misprint:
      return "misprint";
  }
  return "unknown";
}

Verdict verdict_from_string(const std::string& name) {
  for (auto v : {Verdict::holds, Verdict::holds_in_scope, Verdict::fails, Verdict::not_checked})
    if (to_string(v) == name) return v;
  throw std::invalid_argument("unknown verdict '" + name + "'");
}

FailureKind failure_kind_from_string(const std::string& name) {
  for (auto k : {FailureKind::none, FailureKind::substantive, FailureKind::wording, FailureKind::misprint})
    if (to_string(k) == name) return k;
  throw std::invalid_argument("unknown failure kind '" + name + "'");
}

std::string to_string(Origin origin) {
  switch (origin) {
    case Origin::paper:
      return "paper";
    case Origin::reading:
      return "reading";
    case Origin::addition:
      return "addition";
  }
  return "unknown";
}

Origin origin_from_string(const std::string& name) {
  for (auto o : {Origin::paper, Origin::reading, Origin::addition})
    if (to_string(o) == name) return o;
  throw std::invalid_argument("unknown origin '" + name + "'");
}

double DrawLaw::sample(DrawRng& rng) const {
  switch (kind) {
    case Kind::uniform:
      return rng.uniform(lo, hi);
    case Kind::log_uniform:
      return rng.log_uniform(lo, hi);
    case Kind::integer:
      return static_cast<double>(rng.uniform_int(std::lround(lo), std::lround(hi)));
  }
  return rng.uniform(lo, hi);
}

std::string describe(const DrawLaw& law) {
  const auto number = [](double x) { return evidence_math(x, 6); };
  std::string family;
  switch (law.kind) {
    case DrawLaw::Kind::uniform:
      family = "U[" + number(law.lo) + ", " + number(law.hi) + ")";
      break;
    case DrawLaw::Kind::log_uniform:
      family = "\\log U[" + number(law.lo) + ", " + number(law.hi) + ")";
      break;
    case DrawLaw::Kind::integer:
      family = "U\\{" + number(law.lo) + ", \\ldots, " + number(law.hi) + "\\}";
      break;
  }
  // The law in mathematics, its note in words after it (in text mode, so a long note can break across lines).
  std::string out = "$" + law.symbol + " \\sim " + family + "$";
  if (!law.note.empty()) out += " (" + law.note + ")";
  return out;
}
Verdict verdict_of(const Claim& claim, const Tally& tally) {
  if (!claim.not_checked_reason.empty()) return Verdict::not_checked;
  if (tally.counts.violations_in_scope > 0) return Verdict::fails;
  // holds / holds-in-scope speak about the paper's own setting, so they need evidence from it.
  if (tally.counts.in_scope == 0) return Verdict::not_checked;
  if (tally.counts.violations_outside_scope > 0) return Verdict::holds_in_scope;
  return Verdict::holds;
}

FailureKind failure_kind_of(const Claim& claim, const Tally& tally) {
  return verdict_of(claim, tally) == Verdict::fails ? claim.failure_kind : FailureKind::none;
}

std::string not_checked_reason_of(const Claim& claim, const Tally& tally) {
  if (verdict_of(claim, tally) != Verdict::not_checked) return "";
  if (!claim.not_checked_reason.empty()) return claim.not_checked_reason;
  if (tally.counts.premise_met == 0) return "premise never met";
  return "premise met only beyond the paper's own setting (no case in scope)";
}

}  // namespace clustertrade
