#include "core/falsify.hpp"

#include "core/numbers.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include <fmt/format.h>

#include <omp.h>

namespace clustertrade {

namespace falsify_detail {

nlohmann::json record_json(long long index, const Finding& finding, nlohmann::json case_json, std::string command) {
  auto number = [](double x) { return finite(x) ? nlohmann::json(x) : nlohmann::json(nullptr); };
  return {{"index", index},
          {"detail", finding.text()},
          {"margin", number(finding.margin)},
          {"value", number(finding.value)},
          {"case", std::move(case_json)},
          {"command", std::move(command)}};
}

void for_each_draw(std::size_t examined, const ClaimRun& run, const std::function<void(std::size_t, int)>& body) {
  if (run.shard_count == 0 || run.shard_index >= run.shard_count)
    throw std::invalid_argument(fmt::format("shard {}/{} out of range", run.shard_index, run.shard_count));
  if (run.shard_index >= examined) return;
  // This shard's draws: k = shard_index + j * shard_count for j < mine.
  const std::size_t mine = (examined - run.shard_index + run.shard_count - 1) / run.shard_count;
  const long long n = static_cast<long long>(mine);
#pragma omp parallel for schedule(dynamic, 64) num_threads(resolve_threads(run.threads))
  for (long long j = 0; j < n; ++j)
    body(run.shard_index + static_cast<std::size_t>(j) * run.shard_count, omp_get_thread_num());
}

}  // namespace falsify_detail

namespace {

using nlohmann::json;

long long index_of(const json& record) { return record.at("index").get<long long>(); }

/// null margins/values (non-finite) sort last.
double key_of(const json& record, const char* field) {
  const auto& x = record.at(field);
  return x.is_null() ? std::numeric_limits<double>::infinity() : x.get<double>();
}

json lowest(const json& a, const json& b) {
  if (a.is_null()) return b;
  if (b.is_null()) return a;
  return index_of(b) < index_of(a) ? b : a;
}

json extreme(const json& a, const json& b, const char* field, double sign) {
  if (a.is_null()) return b;
  if (b.is_null()) return a;
  const double ka = sign * key_of(a, field), kb = sign * key_of(b, field);
  if (kb < ka || (kb == ka && index_of(b) < index_of(a))) return b;
  return a;
}

}  // namespace

Tally merge_tallies(const Tally& a, const Tally& b) {
  if (a.counts.draws_requested != b.counts.draws_requested)
    throw std::invalid_argument(
        fmt::format("merge: draws requested differ ({} vs {})", a.counts.draws_requested, b.counts.draws_requested));
  if (a.counts.draw_cap != b.counts.draw_cap)
    throw std::invalid_argument(
        fmt::format("merge: draw caps differ ({} vs {})", a.counts.draw_cap, b.counts.draw_cap));
  Tally out;
  auto& c = out.counts;
  c.draws_requested = a.counts.draws_requested;
  c.draw_cap = a.counts.draw_cap;
  c.draws_used = a.counts.draws_used + b.counts.draws_used;
  c.targeted = a.counts.targeted + b.counts.targeted;
  c.fixed_cases = a.counts.fixed_cases + b.counts.fixed_cases;
  c.premise_met = a.counts.premise_met + b.counts.premise_met;
  c.in_scope = a.counts.in_scope + b.counts.in_scope;
  c.violations_in_scope = a.counts.violations_in_scope + b.counts.violations_in_scope;
  c.violations_outside_scope = a.counts.violations_outside_scope + b.counts.violations_outside_scope;
  c.ties = a.counts.ties + b.counts.ties;
  c.ties_in_scope = a.counts.ties_in_scope + b.counts.ties_in_scope;
  c.errors = a.counts.errors + b.counts.errors;
  out.first_in_scope = lowest(a.first_in_scope, b.first_in_scope);
  out.first_outside = lowest(a.first_outside, b.first_outside);
  out.first_error = lowest(a.first_error, b.first_error);
  out.worst_in_scope = extreme(a.worst_in_scope, b.worst_in_scope, "margin", 1.0);
  out.worst_outside = extreme(a.worst_outside, b.worst_outside, "margin", 1.0);
  out.value_min = extreme(a.value_min, b.value_min, "value", 1.0);
  out.value_max = extreme(a.value_max, b.value_max, "value", -1.0);
  return out;
}

json counts_to_json(const Counts& c) {
  return {{"draws_requested", c.draws_requested},
          {"draws_used", c.draws_used},
          {"draw_cap", c.draw_cap},
          {"fixed_cases", c.fixed_cases},
          {"targeted", c.targeted},
          {"premise_met", c.premise_met},
          {"in_scope", c.in_scope},
          {"violations_in_scope", c.violations_in_scope},
          {"violations_outside_scope", c.violations_outside_scope},
          {"ties", c.ties},
          {"ties_in_scope", c.ties_in_scope},
          {"errors", c.errors}};
}

json tally_to_json(const Tally& t) {
  return {{"counts", counts_to_json(t.counts)}, {"first_in_scope", t.first_in_scope},
          {"first_outside", t.first_outside},   {"first_error", t.first_error},
          {"worst_in_scope", t.worst_in_scope}, {"worst_outside", t.worst_outside},
          {"value_min", t.value_min},           {"value_max", t.value_max}};
}

Tally tally_from_json(const json& j) {
  try {
    Tally t;
    const auto& c = j.at("counts");
    t.counts.draws_requested = c.at("draws_requested").get<std::size_t>();
    t.counts.draws_used = c.at("draws_used").get<std::size_t>();
    t.counts.draw_cap = c.at("draw_cap").get<std::size_t>();
    t.counts.fixed_cases = c.at("fixed_cases").get<std::size_t>();
    t.counts.targeted = c.value("targeted", std::size_t{0});  // absent in tallies written before the targeted phase
    t.counts.premise_met = c.at("premise_met").get<std::size_t>();
    t.counts.in_scope = c.at("in_scope").get<std::size_t>();
    t.counts.violations_in_scope = c.at("violations_in_scope").get<std::size_t>();
    t.counts.violations_outside_scope = c.at("violations_outside_scope").get<std::size_t>();
    t.counts.ties = c.at("ties").get<std::size_t>();
    t.counts.ties_in_scope = c.value("ties_in_scope", std::size_t{0});  // absent in tallies written before it
    t.counts.errors = c.at("errors").get<std::size_t>();
    t.first_in_scope = j.at("first_in_scope");
    t.first_outside = j.at("first_outside");
    t.first_error = j.at("first_error");
    t.worst_in_scope = j.at("worst_in_scope");
    t.worst_outside = j.at("worst_outside");
    t.value_min = j.at("value_min");
    t.value_max = j.at("value_max");
    if (j.contains("legacy"))  // the transition-only legacy path is gone (issue 10)
      throw std::invalid_argument(
          "tally has a 'legacy' outcome from an older prove (legacy checks are no longer supported); "
          "rerun prove with this program");
    for (const json* r : {&t.first_in_scope, &t.first_outside, &t.first_error, &t.worst_in_scope, &t.worst_outside,
                          &t.value_min, &t.value_max})
      if (!r->is_null() && !(r->is_object() && r->contains("index")))
        throw std::invalid_argument("tally record without an index");
    return t;
  } catch (const json::exception& error) {
    throw std::invalid_argument(std::string("malformed tally: ") + error.what());
  }
}

std::string evidence_math(double value, int max_digits) {
  std::string text = format_significant(value, std::max(1, max_digits));
  if (text == "-0") return "0";
  for (const char* unit : {"1\\times ", "-1\\times "})  // 1\times 10^{6} reads 10^{6}
    if (text.rfind(unit, 0) == 0) text = (unit[0] == '-' ? "-" : "") + text.substr(std::string_view(unit).size());
  return text;
}

std::string evidence_number(double value, int max_digits) { return "$" + evidence_math(value, max_digits) + "$"; }

namespace {
/// `value` rounded to `digits` significant digits (as format_significant prints it).
double round_significant(double value, int digits) {
  if (value == 0.0 || !std::isfinite(value)) return value;
  return std::stod(fmt::format("{:.{}e}", value, digits - 1));
}
int side(double value, double reference) { return (value > reference) - (value < reference); }
}  // namespace

std::string evidence_number_against(double value, double reference, int min_digits) {
  if (!std::isfinite(value) || !std::isfinite(reference)) return evidence_number(value);
  for (int digits = std::max(1, min_digits); digits <= 6; ++digits)
    if (side(round_significant(value, digits), reference) == side(value, reference))
      return evidence_number(value, digits);
  const double difference = value - reference;
  return "$" + evidence_math(reference) + (difference > 0 ? " + " : " - ") + evidence_math(std::fabs(difference), 3) +
         "$";
}

std::string default_evidence(const Tally& tally) {
  const auto& c = tally.counts;
  std::string text = fmt::format(
      "Premise met in {} of {} cases ({} drawn{}, {} fixed{}); {} in the paper's setting. "
      "Violations: {} in scope, {} beyond it",
      c.premise_met, c.draws_used + c.fixed_cases + c.targeted, c.draws_used,
      c.draw_cap > 0 && c.draw_cap < c.draws_requested
          ? fmt::format(" of {} requested, capped at {}", c.draws_requested, c.draw_cap)
          : std::string(),
      c.fixed_cases, c.targeted > 0 ? fmt::format(", {} targeted", c.targeted) : std::string(), c.in_scope,
      c.violations_in_scope, c.violations_outside_scope);
  if (c.ties > 0) text += fmt::format("; {} {} within tolerance", c.ties, c.ties == 1 ? "tie" : "ties");
  if (c.errors > 0) text += fmt::format("; {} {}", c.errors, c.errors == 1 ? "error" : "errors");
  text += ".";
  if (!tally.worst_in_scope.is_null() && !tally.worst_in_scope.at("margin").is_null())
    text += " Smallest margin in scope: " + evidence_number(tally.worst_in_scope.at("margin").get<double>(), 3) + ".";
  const json& first = !tally.first_in_scope.is_null() ? tally.first_in_scope : tally.first_outside;
  if (!first.is_null() && !first.at("detail").get<std::string>().empty())
    text += " First counterexample (shrunk): " + first.at("detail").get<std::string>() + ".";
  return text;
}

}  // namespace clustertrade
