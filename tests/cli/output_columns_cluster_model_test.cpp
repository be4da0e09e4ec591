// Every output column of `cluster-model equilibria|coordination|north` against its header (issue 20
// §5c): asymmetric sectors (every productivity and theta different), each column computed here from
// the papers' definitions (RC07 §3 / RC05 §V, RC05 §II, RC07 fn. 13) written out below.
#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/csv_rows.hpp"

using clustertrade::testing::cell_number;
using clustertrade::testing::CsvRow;
using clustertrade::testing::run_csv_rows;

namespace {

std::vector<double> numbers(const std::string& text, char separator) {
  std::vector<double> out;
  std::stringstream in(text);
  for (std::string cell; std::getline(in, cell, separator);) out.push_back(std::stod(cell));
  return out;
}

}  // namespace

// RC07 §3 / RC05 §V: North prices p_j = 1/(theta_j lambda_jN) where the North is clustered, 1/lambda_jN
// where not. South specialised in j pays w = p_j theta_j lambda_jS with a cluster, p_j lambda_jS
// without; it is an equilibrium iff no backward producer in another sector k earns more,
// p_k lambda_kS <= w (leaving a cluster for the backward technology in j earns w/theta_j < w).
// With lambdaS = (1, 0.6, 0.3), lambdaN = (2, 1, 0.8), theta = (1.5, 2.5, 3): p = (1/3, 0.4, 1/2.4),
// backward revenues r = (1/3, 0.24, 0.125); clustered wages (0.5, 0.6, 0.375) are all equilibria,
// unclustered ones (1/3, 0.24, 0.125) only in sector 1. With --north-clusters 1,0,1, p_2 = 1 and
// r_2 = 0.6: only sector 2 remains, clustered (wage 1.5) and not (0.6); sectors 1 and 3 pay less than 0.6.
TEST(OutputColumnsClusterModel, EquilibriaEveryColumn) {
  const std::vector<double> ls = {1, 0.6, 0.3}, ln = {2, 1, 0.8}, theta = {1.5, 2.5, 3};
  for (const std::vector<double>& north : {std::vector<double>{1, 1, 1}, std::vector<double>{1, 0, 1}}) {
    std::vector<double> p(3), r(3);
    for (int j = 0; j < 3; ++j) {
      p[j] = north[j] == 1 ? 1.0 / (theta[j] * ln[j]) : 1.0 / ln[j];
      r[j] = p[j] * ls[j];
    }
    struct Want {
      int sector;
      bool clustered;
      double wage;
    };
    std::vector<Want> want;
    for (int j = 0; j < 3; ++j)
      for (const bool clustered : {true, false}) {
        const double w = clustered ? p[j] * theta[j] * ls[j] : r[j];
        bool equilibrium = true;
        for (int k = 0; k < 3; ++k)
          if (k != j && r[k] > w) equilibrium = false;
        if (equilibrium) want.push_back({j + 1, clustered, w});
      }
    std::sort(want.begin(), want.end(), [](const Want& a, const Want& b) { return a.wage > b.wage; });
    const std::string args =
        "cluster-model equilibria --lambda-south 1,0.6,0.3 --lambda-north 2,1,0.8 --theta "
        "1.5,2.5,3 --north-clusters " +
        std::string(north[1] == 1 ? "1,1,1" : "1,0,1");
    const auto rows = run_csv_rows(args);
    ASSERT_EQ(rows.size(), want.size()) << args;
    ASSERT_EQ(want.size(), north[1] == 1 ? 4u : 2u) << "the derivation above";
    for (std::size_t e = 0; e < want.size(); ++e) {
      EXPECT_EQ(cell_number(rows[e], "sector"), want[e].sector) << args << " row " << e;
      EXPECT_EQ(rows[e].at("clustered"), want[e].clustered ? "yes" : "no") << args << " row " << e;
      EXPECT_NEAR(cell_number(rows[e], "wage"), want[e].wage, 1e-12) << args << " row " << e;
      EXPECT_NEAR(cell_number(rows[e], "income_gap"), 1.0 / want[e].wage, 1e-12) << args << " row " << e;
    }
  }
}

// RC05 §II: a modern firm nets A n - C, a backward one 1 (1 + A n with --spillover); average output
// n (A n - C) + (1 - n) backward(n). Continuum: n = 0 is an equilibrium iff -C <= backward(0), n = 1
// iff A - C >= backward(1) (each stable when strict), and without spillover the interior
// n = (1 + C)/A where the payoffs are equal (unstable: above it modern pays more). N firms: k/N is an
// equilibrium when no modern firm gains by switching (backward((k-1)/N) <= A k/N - C) and no backward
// firm does (A (k+1)/N - C <= backward(k/N)). A = 3.5, C = 0.75: interior n = 0.5; N = 4: k = 0
// (A/4 - C = 0.125 <= 1), k = 4 (3.5 - 0.75 >= 1), not k = 2 (A 3/4 - C = 1.875 > 1) nor k = 1, 3.
TEST(OutputColumnsClusterModel, CoordinationEveryColumn) {
  const double A = 3.5, C = 0.75;
  for (const std::string variant : {"", " --spillover", " --firms 4", " --firms 4 --spillover"}) {
    const bool spill = variant.find("spillover") != std::string::npos;
    const int firms = variant.find("firms") != std::string::npos ? 4 : 0;
    auto backward = [&](double n) { return spill ? 1.0 + A * n : 1.0; };
    auto modern = [&](double n) { return A * n - C; };
    auto average = [&](double n) { return n * modern(n) + (1.0 - n) * backward(n); };
    struct Want {
      double n;
      std::string stable;
    };
    std::vector<Want> want;
    if (firms == 0) {
      if (modern(0) <= backward(0)) want.push_back({0.0, modern(0) < backward(0) ? "yes" : "no"});
      if (!spill) want.push_back({(1.0 + C) / A, "no"});
      if (modern(1) >= backward(1)) want.push_back({1.0, modern(1) > backward(1) ? "yes" : "no"});
    } else {
      for (int k = 0; k <= firms; ++k) {
        const double n = static_cast<double>(k) / firms;
        const bool stay_modern = k == 0 || backward((k - 1.0) / firms) <= modern(n);
        const bool stay_backward = k == firms || modern((k + 1.0) / firms) <= backward(n);
        if (stay_modern && stay_backward) want.push_back({n, "yes"});
      }
    }
    const std::string args = "cluster-model coordination --modern-productivity 3.5 --investment-cost 0.75" + variant;
    const auto rows = run_csv_rows(args);
    ASSERT_EQ(rows.size(), want.size()) << args;
    for (std::size_t e = 0; e < want.size(); ++e) {
      EXPECT_NEAR(cell_number(rows[e], "n"), want[e].n, 1e-12) << args << " row " << e;
      EXPECT_EQ(rows[e].at("stable"), want[e].stable) << args << " row " << e;
      EXPECT_NEAR(cell_number(rows[e], "average_output"), average(want[e].n), 1e-12) << args << " row " << e;
    }
  }
}

// RC07 fn. 13: sector j employs s_j L whatever its technology (Cobb-Douglas); with a cluster its
// productivity factor is beta + alpha min(Lbar_j, s_j L), without one 1; price p_j = 1/(factor_j
// lambda_j). A configuration is an equilibrium iff every clustered factor is >= 1 (else a lone
// backward producer gains) and beta <= 1 (else a lone modern producer in an unclustered sector gains).
// lambda = (1, 2), Lbar = (0.3, 0.8), s = (0.4, 0.6), beta = 0.5, alpha = 1.2: factors 0.86 (sector 1,
// not sustainable) and 1.22 (sector 2), so "0 0" and "0 1" are equilibria, "1 0" and "1 1" not.
TEST(OutputColumnsClusterModel, NorthEveryColumn) {
  const double lambda[2] = {1, 2}, lbar[2] = {0.3, 0.8}, share[2] = {0.4, 0.6}, beta = 0.5, alpha = 1.2;
  const auto rows = run_csv_rows(
      "cluster-model north --lambda-north 1,2 --lbar 0.3,0.8 --shares 0.4,0.6 --beta 0.5 --alpha 1.2 --labor 1");
  ASSERT_EQ(rows.size(), 4u);
  std::set<std::string> seen;
  for (const CsvRow& row : rows) {
    const auto clusters = numbers(row.at("clusters"), ' ');
    const auto prices = numbers(row.at("prices"), ' ');
    ASSERT_EQ(clusters.size(), 2u);
    ASSERT_EQ(prices.size(), 2u);
    seen.insert(row.at("clusters"));
    bool equilibrium = true;
    for (int j = 0; j < 2; ++j) {
      const double factor = clusters[j] == 1 ? beta + alpha * std::min(lbar[j], share[j] * 1.0) : 1.0;
      if (factor < 1.0) equilibrium = false;
      EXPECT_NEAR(prices[j], 1.0 / (factor * lambda[j]), 1e-12) << row.at("clusters") << " sector " << j + 1;
    }
    EXPECT_EQ(row.at("equilibrium"), equilibrium ? "yes" : "no") << row.at("clusters");
  }
  EXPECT_EQ(seen, (std::set<std::string>{"0 0", "1 0", "0 1", "1 1"}));
}
