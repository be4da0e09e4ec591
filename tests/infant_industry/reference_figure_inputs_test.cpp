// Inputs of rc07-fig1 (src/infant_industry/figures.cpp draws it at Params' defaults). RC07's Fig. 1
// (papers/001_f47ea8d5c9b5782b.txt, §2) is drawn without numbers for an economy where condition P holds
// — 1 < R < θ, so that both specialisations are equilibria and the Mill test bites — and, by fn. 7,
// South's labour exceeds L̄. The pin: the defaults are λS = (1, 1.25), λN = (1, 1), α = 1, L̄ = 1,
// L_S = 2 (the values the report prints), and by hand θ = 1 + 1·1 = 2, R = 1.25, so 1 < 1.25 < 2, and
// L_S = 2 > L̄ = 1.
#include <gtest/gtest.h>

#include "infant_industry/model.hpp"

namespace ii = clustertrade::infant_industry;

TEST(InfantIndustryFigureInputs, FigureOneDefaultsSatisfyConditionPAndFootnoteSeven) {
  const ii::Params p;
  EXPECT_EQ(p.lambda_south, (std::array<double, 2>{1.0, 1.25}));
  EXPECT_EQ(p.lambda_north, (std::array<double, 2>{1.0, 1.0}));
  EXPECT_EQ(p.alpha, 1.0);
  EXPECT_EQ(p.lbar, 1.0);
  EXPECT_EQ(p.labor_south, 2.0);
  EXPECT_EQ(ii::theta(p), 2.0);
  EXPECT_EQ(ii::comparative_advantage_ratio(p), 1.25);
  EXPECT_TRUE(ii::condition_p(p));
  EXPECT_GT(p.labor_south, p.lbar);
  // What Fig. 1 shows then follows: three equilibria, interior L2* = (θ/R − 1)/α = 0.6.
  const auto eq = ii::equilibria(p);
  ASSERT_EQ(eq.size(), 3u);
  EXPECT_NEAR(eq[1].labor_sector2, 0.6, 1e-15);
}
