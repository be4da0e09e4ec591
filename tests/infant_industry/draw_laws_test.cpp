// The draws rebuilt on DrawLaw objects (issue 19 A.4) must draw exactly what the literal draws of
// commit a0805db drew, so that every verdict and count is unchanged: each test below carries that
// commit's draw code verbatim (raw DrawRng calls) as the reference and compares bit for bit over
// 2,000 streams. A law with a wrong bound, a mixture share changed, or two samples taken in another
// order makes the streams diverge. The RC05/CPP and RC07 §4 draws are checked in their modules' folders.
#include <cmath>

#include <gtest/gtest.h>

#include "core/random.hpp"
#include "infant_industry/claims_checks.hpp"

namespace ct = clustertrade;
namespace ii = clustertrade::infant_industry;
namespace checks = clustertrade::infant_industry::checks;

namespace {

// ---- a0805db's draws, verbatim but for names ------------------------------------------------------

ii::Params legacy_lattice(ct::DrawRng& rng) {
  const double pow2[] = {0.25, 0.5, 1.0, 2.0, 4.0};
  auto pick = [&] { return pow2[rng.uniform_int(0, 4)]; };
  ii::Params p;
  p.alpha = pick();
  p.lbar = pick();
  p.labor_south = pick();
  p.lambda_north = {pick(), pick()};
  p.lambda_south[0] = pick();
  const double th = ii::theta(p);
  const double cost_ratio = p.lambda_south[0] * p.lambda_north[1] / p.lambda_north[0];
  switch (rng.uniform_int(0, 3)) {
    case 0:
      p.lambda_south[1] = cost_ratio;
      break;
    case 1:
      p.lambda_south[1] = cost_ratio * th;
      break;
    case 2:
      p.lambda_south[1] = cost_ratio * pick();
      break;
    default:
      p.lambda_south[1] = cost_ratio * rng.uniform(0.5, 1.5 * th);
      break;
  }
  return p;
}

ii::Params legacy_continuous(ct::DrawRng& rng) {
  ii::Params p;
  p.lambda_south = {rng.log_uniform(0.2, 5.0), rng.log_uniform(0.2, 5.0)};
  p.lambda_north = {rng.log_uniform(0.2, 5.0), rng.log_uniform(0.2, 5.0)};
  p.alpha = rng.log_uniform(0.05, 5.0);
  p.lbar = rng.log_uniform(0.1, 10.0);
  p.labor_south = rng.log_uniform(0.1, 10.0);
  return p;
}

ii::Params legacy_general(ct::DrawRng& rng) {
  return rng.bernoulli(0.4) ? legacy_lattice(rng) : legacy_continuous(rng);
}

ii::Params legacy_identical(ct::DrawRng& rng) {
  ii::Params p = legacy_continuous(rng);
  const double c = rng.bernoulli(0.5) ? 1.0 : rng.log_uniform(0.2, 5.0);
  p.lambda_south = {c, c};
  p.lambda_north = {c, c};
  if (rng.bernoulli(0.2)) p.labor_south = p.lbar;
  return p;
}

ii::Params legacy_small_south(ct::DrawRng& rng) {
  ii::Params p = legacy_general(rng);
  if (rng.bernoulli(0.4)) {
    p.lambda_south = {1.0, 1.0};
    p.lambda_north = {1.0, 1.0};
  }
  p.labor_south = p.lbar * rng.uniform(0.05, 0.95);
  return p;
}

ii::Params legacy_large_south(ct::DrawRng& rng) {
  ii::Params p = legacy_continuous(rng);
  p.labor_south = p.lbar * rng.uniform(1.2, 4.0);
  return p;
}

bool same(const ii::Params& a, const ii::Params& b) {
  return a.lambda_south == b.lambda_south && a.lambda_north == b.lambda_north && a.alpha == b.alpha &&
         a.lbar == b.lbar && a.labor_south == b.labor_south;
}

template <class Draw, class Legacy>
void expect_identical_streams(Draw draw, Legacy legacy, const char* name) {
  for (std::size_t k = 0; k < 2000; ++k) {
    ct::DrawRng a(20070101, k), b(20070101, k);
    ASSERT_TRUE(same(draw(k, a), legacy(b))) << name << " draw " << k;
    EXPECT_EQ(a.uniform(), b.uniform()) << name << " draw " << k << ": the streams consumed differently";
  }
}

}  // namespace

TEST(InfantIndustryDrawLaws, DrawsAreThoseOfTheLiteralCode) {
  expect_identical_streams(checks::general_draw, legacy_general, "general");
  expect_identical_streams(checks::identical_draw, legacy_identical, "identical");
  expect_identical_streams(checks::small_south_draw, legacy_small_south, "small South");
  expect_identical_streams(checks::large_south_draw, legacy_large_south, "large South");
}

TEST(InfantIndustryDrawLaws, ListedLawsAreTheSampledOnes) {
  // The claims list the same objects the draws sample: the general list holds the log-uniform
  // productivity law with RC07-independent bounds [0.2, 5) (issue 19 A.4's example), once.
  const auto laws = checks::general_laws();
  int productivity = 0;
  for (const auto& law : laws)
    if (law.symbol == checks::laws::productivity().symbol) {
      ++productivity;
      EXPECT_EQ(law.kind, ct::DrawLaw::Kind::log_uniform);
      EXPECT_EQ(law.lo, 0.2);
      EXPECT_EQ(law.hi, 5.0);
    }
  EXPECT_EQ(productivity, 1);
  EXPECT_EQ(ct::describe(checks::laws::alpha()), "$\\alpha \\sim \\log U[0.05, 5)$");
}
