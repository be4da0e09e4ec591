// Every output column of `infant-industry equilibria` against its header (issue 20 §5c), for
// asymmetric goods and countries (every productivity different), each column computed here from
// RC07 §2's definitions written out below.
#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/csv_rows.hpp"

using clustertrade::testing::cell_number;
using clustertrade::testing::CsvRow;
using clustertrade::testing::run_csv_rows;

namespace {

// RC07 §2 with North labour the numeraire and North clustered: p1* = 1/lambda1N,
// p2* = 1/(theta lambda2N), theta = 1 + alpha Lbar. South's sector 1 pays w1 = p1* lambda1S; sector 2
// at employment L2 pays w2(L2) = p2* lambda2S (1 + alpha min(Lbar, L2)), increasing in L2 up to Lbar.
// Equilibria: specialisation in 1 (L2 = 0, wage w1) iff w2(0) <= w1, stable iff strictly; in 2
// (L2 = L_S, wage w2(L_S)) iff w2(L_S) >= w1, stable iff strictly; interior where w2(L2) = w1 with
// 0 < L2 < min(Lbar, L_S), i.e. L2 = (w1/(p2* lambda2S) - 1)/alpha, wage w1, unstable (w2 rises
// through w1 there, so labour moving to the better-paid sector moves away from it).
struct Case {
  double l1s, l2s, l1n, l2n, alpha, lbar, labor;
};

struct Expected {
  std::string kind;
  double labor_sector2, wage;
  std::string stable;
};

std::vector<Expected> expected_equilibria(const Case& c) {
  const double theta = 1.0 + c.alpha * c.lbar;
  const double p1 = 1.0 / c.l1n, p2 = 1.0 / (theta * c.l2n);
  const double w1 = p1 * c.l1s;
  auto w2 = [&](double l2) { return p2 * c.l2s * (1.0 + c.alpha * std::min(c.lbar, l2)); };
  std::vector<Expected> out;
  if (w2(0.0) <= w1) out.push_back({"specialize-1", 0.0, w1, w2(0.0) < w1 ? "yes" : "no"});
  const double interior = (w1 / (p2 * c.l2s) - 1.0) / c.alpha;
  if (interior > 0.0 && interior < std::min(c.lbar, c.labor)) out.push_back({"interior", interior, w1, "no"});
  if (w2(c.labor) >= w1) out.push_back({"specialize-2", c.labor, w2(c.labor), w2(c.labor) > w1 ? "yes" : "no"});
  return out;
}

}  // namespace

// Case A: lambdaS = (2, 3), lambdaN = (1.5, 1.9), alpha = 0.5, Lbar = 2, L_S = 3: theta = 2,
// w1 = 4/3, w2(0) = 3/3.8 = 0.789, w2(L_S) = 2 * 3/3.8 = 1.579, so all three equilibria, the interior
// one at L2 = (4/3 * 3.8/3 - 1)/0.5 = 1.378. Case B: L_S = 1.5 < Lbar, so specialisation in 2 pays
// w2(1.5) = 1.75 * 3/3.8 = 1.382, not theta's 1.579 (a code using theta there fails). Case C: lambda2N =
// 2.5 lowers p2* until w2(L_S) = 1.2 < w1: specialisation in 1 alone. Swapping South and North, the
// goods, or the wage and labour columns changes some value in each case.
TEST(OutputColumnsInfantIndustry, EquilibriaEveryColumn) {
  const std::vector<Case> cases = {
      {2, 3, 1.5, 1.9, 0.5, 2, 3}, {2, 3, 1.5, 1.9, 0.5, 2, 1.5}, {2, 3, 1.5, 2.5, 0.5, 2, 3}};
  const std::vector<std::size_t> counts = {3, 3, 1};
  for (std::size_t k = 0; k < cases.size(); ++k) {
    const Case& c = cases[k];
    const std::string args = "infant-industry equilibria --lambda-south " + std::to_string(c.l1s) + "," +
                             std::to_string(c.l2s) + " --lambda-north " + std::to_string(c.l1n) + "," +
                             std::to_string(c.l2n) + " --alpha " + std::to_string(c.alpha) + " --lbar " +
                             std::to_string(c.lbar) + " --labor-south " + std::to_string(c.labor);
    const auto rows = run_csv_rows(args);
    const auto want = expected_equilibria(c);
    ASSERT_EQ(want.size(), counts[k]) << "the derivation above";
    ASSERT_EQ(rows.size(), want.size()) << args;
    for (std::size_t e = 0; e < want.size(); ++e) {
      const CsvRow& row = rows[e];
      EXPECT_EQ(row.at("equilibrium"), want[e].kind) << args;
      EXPECT_NEAR(cell_number(row, "labor_sector2"), want[e].labor_sector2, 1e-12) << want[e].kind << ": " << args;
      EXPECT_NEAR(cell_number(row, "wage"), want[e].wage, 1e-12) << want[e].kind << ": " << args;
      EXPECT_EQ(row.at("stable"), want[e].stable) << want[e].kind << ": " << args;
    }
  }
}

// The `#` lines before the header (the evidence RC07 §2's claims quote): R = (lambda2S/lambda1S) /
// (lambda2N/lambda1N), theta = 1 + alpha Lbar, CA is R > 1, P is 1 < R < theta with its left half (CA)
// and right half (R < theta). Case A: R = 1.5/(1.9/1.5) = 1.18421, theta = 2: CA and P hold. Case C:
// lambda2N = 2.5, R = 1.5/(2.5/1.5) = 0.9: CA fails, so P fails by its left half while its right holds.
TEST(OutputColumnsInfantIndustry, EvidenceLines) {
  struct Want {
    std::string flags, r, ca, p;
  };
  const std::vector<Want> cases = {
      {"--lambda-north 1.5,1.9", "R = (lambda2S/lambda1S)/(lambda2N/lambda1N) = 1.18421, theta = 1 + alpha Lbar = 2",
       "i.e. R > 1): true", "i.e. 1 < R < theta): true (left inequality true, right inequality true)"},
      {"--lambda-north 1.5,2.5", "R = (lambda2S/lambda1S)/(lambda2N/lambda1N) = 0.9, theta = 1 + alpha Lbar = 2",
       "i.e. R > 1): false", "i.e. 1 < R < theta): false (left inequality false, right inequality true)"}};
  for (const Want& c : cases) {
    const auto r = clustertrade::testing::run_clustertrade(
        "infant-industry equilibria --lambda-south 2,3 --alpha 0.5 --lbar 2 --labor-south 3 " + c.flags);
    ASSERT_EQ(r.status, 0) << r.err;
    std::vector<std::string> comments;
    std::istringstream in(r.out);
    for (std::string line; std::getline(in, line);)
      if (!line.empty() && line[0] == '#') comments.push_back(line);
    ASSERT_EQ(comments.size(), 3u) << r.out;
    EXPECT_NE(comments[0].find(c.r), std::string::npos) << comments[0];
    EXPECT_NE(comments[1].find(c.ca), std::string::npos) << comments[1];
    EXPECT_NE(comments[2].find(c.p), std::string::npos) << comments[2];
  }
}
