#include "cluster_model/crosswalk.hpp"

#include "core/errors.hpp"

namespace clustertrade::cluster_model {

namespace {
const char* rename(const std::string& field) {
  if (field == "lambda_south") return "y_poor";
  if (field == "lambda_north") return "y_rich";
  if (field == "theta") return "lambda";
  return nullptr;
}
}  // namespace

Params to_rc07(const CppParams& cpp) { return Params{cpp.y_poor, cpp.y_rich, cpp.lambda, std::nullopt, {}}; }

void CppParams::validate() const {
  try {
    to_rc07(*this).validate();
  } catch (const InvalidParameter& error) {
    const std::string& field = error.field();
    const auto bracket = field.find('[');
    const char* name = rename(field.substr(0, bracket));
    if (!name) throw;
    throw InvalidParameter(name + (bracket == std::string::npos ? std::string() : field.substr(bracket)), error.rule());
  }
}

std::vector<Table2Row> cpp_table2(const CppParams& cpp) {
  cpp.validate();
  const Params p = to_rc07(cpp);
  const double y1R = cpp.y_rich[0], y1P = cpp.y_poor[0], y2R = cpp.y_rich[1], y2P = cpp.y_poor[1];
  const double l1 = cpp.lambda[0];
  std::vector<Table2Row> rows = {
      {"specialisation in 1, Cl", 0, true, y1R / y1P, true, 0.0, false},
      {"specialisation in 1, Is", 0, false, l1 * y1R / y1P, true, 0.0, false},
      {"specialisation in 2, Cl", 1, true, y2R / y2P, (y1P / y1R) / (y2P / y2R) < l1, 0.0, false},  // CPP (4)
  };
  for (auto& row : rows) {
    const auto s = evaluate_specialisation(p, row.sector, row.clustered);
    row.enumerated_gap = s.income_gap;
    row.enumerated_exists = s.equilibrium;
  }
  return rows;
}

bool cpp_assumption6_as_printed(const CppParams& cpp) {
  return (cpp.y_rich[0] / cpp.y_poor[0]) * cpp.lambda[0] > (cpp.y_rich[1] / cpp.y_poor[1]) * cpp.lambda[1];
}

}  // namespace clustertrade::cluster_model
