// Every output column of `dynamic-spillovers cpp-simulate` and `dynamic-spillovers simulate` against its
// header (issue 20 §5c): for a small asymmetric case each column is computed here from its closed form,
// by column name, so that two swapped columns, a column off by a factor or a header that names the wrong
// quantity fails.
#include <cmath>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/csv_rows.hpp"

using clustertrade::testing::expect_close;

namespace {

using Row = clustertrade::testing::CsvRow;

using clustertrade::testing::cell_number;

using clustertrade::testing::run_csv_rows;

}  // namespace

// CPP §5 eqs. (5)-(6): Z_rich' = x Z_rich, Z_poor' = z Z_poor (plus x Z_poor with a cluster), z =
// Z_poor/Z_rich. Without a cluster z' = z (z - x), a Bernoulli equation: 1/z = 1/x + (1/z0 - 1/x)
// e^{xt}. With a cluster from t = 0, z' = z^2: z = 1/(1/z0 - t).
TEST(OutputColumns, CppSimulateEveryColumn) {
  const double x = 0.03, z0 = 0.4;
  for (const bool cluster : {false, true}) {
    const auto rows =
        run_csv_rows("dynamic-spillovers cpp-simulate --rich-growth-rate 0.03 --z0 0.4 --horizon 2 --step 0.5" +
                     std::string(cluster ? " --cluster-from 0" : ""));
    ASSERT_EQ(rows.size(), 5u);
    for (const auto& row : rows) {
      const double t = cell_number(row, "t");
      const double z = cluster ? 1.0 / (1.0 / z0 - t) : 1.0 / (1.0 / x + (1.0 / z0 - 1.0 / x) * std::exp(x * t));
      const std::string at = " at t = " + row.at("t") + (cluster ? " (cluster)" : "");
      expect_close(cell_number(row, "Z_rich"), std::exp(x * t), 1e-6, "Z_rich" + at);
      expect_close(cell_number(row, "z"), z, 1e-6, "z" + at);
      expect_close(cell_number(row, "Z_poor"), z * std::exp(x * t), 1e-6, "Z_poor" + at);
      expect_close(cell_number(row, "growth_rich"), x, 1e-9, "growth_rich" + at);
      expect_close(cell_number(row, "growth_poor"), cluster ? z + x : z, 1e-6, "growth_poor" + at);
    }
  }
}

// RC07 §4 with South never clustered: A_N' = g A_N (North leads, so its spillover term is 0) and
// A_S' = epsilon (1 - a) A_S with a = A_S/A_N, so a' = (epsilon - g) a - epsilon a^2, the logistic
// a = K / (1 + (K/a0 - 1) e^{-(epsilon - g) t}) with K = (epsilon - g)/epsilon.
TEST(OutputColumns, DynamicSpilloversSimulateEveryColumn) {
  const double g = 0.02, eps = 0.05, a0 = 0.3, K = (eps - g) / eps;
  const auto rows =
      run_csv_rows("dynamic-spillovers simulate --learning-rate 0.02 --epsilon 0.05 --a0 0.3 --horizon 40 --step 10");
  ASSERT_EQ(rows.size(), 5u);
  for (const auto& row : rows) {
    const double t = cell_number(row, "t");
    const double a = K / (1.0 + (K / a0 - 1.0) * std::exp(-(eps - g) * t));
    const std::string at = " at t = " + row.at("t");
    expect_close(cell_number(row, "A_north"), std::exp(g * t), 1e-6, "A_north" + at);
    expect_close(cell_number(row, "a"), a, 1e-6, "a" + at);
    expect_close(cell_number(row, "A_south"), a * std::exp(g * t), 1e-6, "A_south" + at);
    expect_close(cell_number(row, "growth_north"), g, 1e-9, "growth_north" + at);
    expect_close(cell_number(row, "growth_south"), eps * (1.0 - a), 1e-6, "growth_south" + at);
  }
}
