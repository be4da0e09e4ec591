// Location quotients, shares and locational correlation against hand values and an independent
// two-pass Pearson computation, on a small asymmetric table with zeros, two local industries, a
// region with no local employment and regions of very different size.
#include <cmath>
#include <vector>

#include <gtest/gtest.h>
#include <omp.h>

#include "cluster_mapping/model.hpp"
#include "core/errors.hpp"
#include "core/random.hpp"

namespace cm = clustertrade::cluster_mapping;

namespace {

// region,a,b,c,d,l1,l2 (l1, l2 local)
//   r1: 10,0,5,1,3,1   traded total 16, local total 4
//   r2:  0,4,5,2,1,1   traded 11, local 2
//   r3:  7,3,0,9,0,0   traded 19, local 0 (empty local base)
//   r4:  1,1,1,1,10,2  traded 4,  local 12
//   r5:  2,0,0,0,0,5   traded 2,  local 5
// National: a 20, b 8, c 11, d 13 (traded 52); l1 14, l2 9 (local 23).
Eigen::MatrixXd table() {
  Eigen::MatrixXd e(5, 6);
  e << 10, 0, 5, 1, 3, 1,  //
      0, 4, 5, 2, 1, 1,    //
      7, 3, 0, 9, 0, 0,    //
      1, 1, 1, 1, 10, 2,   //
      2, 0, 0, 0, 0, 5;
  return e;
}
const cm::LocalMask local = {false, false, false, false, true, true};

// Pearson's correlation by the textbook two-pass formula in long double (independent of the
// standardise-and-multiply code under test).
double pearson(const Eigen::MatrixXd& x, Eigen::Index i, Eigen::Index j) {
  long double mi = 0, mj = 0;
  for (Eigen::Index r = 0; r < x.rows(); ++r) {
    mi += x(r, i);
    mj += x(r, j);
  }
  mi /= x.rows();
  mj /= x.rows();
  long double sij = 0, sii = 0, sjj = 0;
  for (Eigen::Index r = 0; r < x.rows(); ++r) {
    sij += (x(r, i) - mi) * (x(r, j) - mj);
    sii += (x(r, i) - mi) * (x(r, i) - mi);
    sjj += (x(r, j) - mj) * (x(r, j) - mj);
  }
  return static_cast<double>(sij / std::sqrt(sii * sjj));
}

}  // namespace

TEST(ClusterMappingLq, HandValuesOnTradedAndLocalBases) {
  const Eigen::MatrixXd lq = cm::location_quotients(table(), local);
  // LQ = (e_ri/E_r)/(E_i/E) on the industry's base, as exact fractions:
  EXPECT_NEAR(lq(0, 0), 13.0 / 8.0, 1e-12);   // (10/16)/(20/52) = 520/320
  EXPECT_NEAR(lq(1, 1), 26.0 / 11.0, 1e-12);  // (4/11)/(8/52) = 208/88
  EXPECT_NEAR(lq(2, 3), 36.0 / 19.0, 1e-12);  // (9/19)/(13/52) = 468/247
  EXPECT_NEAR(lq(4, 0), 13.0 / 5.0, 1e-12);   // (2/2)/(20/52)
  EXPECT_NEAR(lq(0, 4), 69.0 / 56.0, 1e-12);  // local: (3/4)/(14/23)
  EXPECT_NEAR(lq(3, 5), 23.0 / 54.0, 1e-12);  // local: (2/12)/(9/23)
  EXPECT_NEAR(lq(4, 5), 23.0 / 9.0, 1e-12);   // local: (5/5)/(9/23)
  EXPECT_EQ(lq(2, 4), 0.0);                   // r3 has no local employment: CMP writes 0
  EXPECT_EQ(lq(0, 1), 0.0);                   // zero employment
  // Without the local mask every industry is traded: E_r1 = 20, E = 75.
  EXPECT_NEAR(cm::location_quotients(table())(0, 0), 15.0 / 8.0, 1e-12);  // (10/20)/(20/75)
}

TEST(ClusterMappingLq, UndefinedForAnIndustryWithNoEmployment) {
  Eigen::MatrixXd e = table();
  e.col(2).setZero();
  const Eigen::MatrixXd lq = cm::location_quotients(e, local);
  EXPECT_TRUE(std::isnan(lq(0, 2)));
  EXPECT_FALSE(std::isnan(lq(0, 0)));
}

TEST(ClusterMappingLq, SharesUseTheIndustrysBase) {
  const Eigen::MatrixXd s = cm::base_shares(table(), local);
  EXPECT_NEAR(s(0, 0), 10.0 / 16.0, 1e-15);
  EXPECT_NEAR(s(3, 4), 10.0 / 12.0, 1e-15);
  EXPECT_EQ(s(2, 5), 0.0);
  EXPECT_THROW(cm::base_shares(table(), cm::LocalMask{true}), clustertrade::InvalidParameter);
}

TEST(ClusterMappingCorrelation, HandValue) {
  // Employment of a = (10,0,7,1,2), b = (0,4,3,1,0): means 4 and 1.6, Σ(a-ā)(b-b̄) = -10,
  // Σ(a-ā)² = 74, Σ(b-b̄)² = 13.2, so ρ = -10/√(74·13.2) = -10/√976.8.
  const Eigen::MatrixXd c = cm::locational_correlation(table());
  EXPECT_NEAR(c(0, 1), -10.0 / std::sqrt(976.8), 1e-12);
  EXPECT_EQ(c(1, 0), c(0, 1));
  EXPECT_EQ(c(3, 3), 1.0);
}

TEST(ClusterMappingCorrelation, MatchesTwoPassPearsonForEveryMeasure) {
  for (auto measure : {cm::Measure::employment, cm::Measure::share, cm::Measure::lq}) {
    const Eigen::MatrixXd x = cm::measure_matrix(table(), measure, local);
    const Eigen::MatrixXd c = cm::locational_correlation(x);
    for (Eigen::Index i = 0; i < 6; ++i)
      for (Eigen::Index j = 0; j < 6; ++j)
        EXPECT_NEAR(c(i, j), i == j ? 1.0 : pearson(x, i, j), 1e-10) << cm::to_string(measure) << " " << i << "," << j;
  }
}

TEST(ClusterMappingCorrelation, RandomTableAgainstTwoPassPearson) {
  clustertrade::DrawRng rng(7, 0);
  Eigen::MatrixXd x(57, 23);
  for (Eigen::Index r = 0; r < x.rows(); ++r)
    for (Eigen::Index i = 0; i < x.cols(); ++i) x(r, i) = rng.bernoulli(0.3) ? 0.0 : std::exp(rng.uniform(0.0, 8.0));
  const Eigen::MatrixXd c = cm::locational_correlation(x);
  for (Eigen::Index i = 0; i < x.cols(); ++i)
    for (Eigen::Index j = 0; j < i; ++j) EXPECT_NEAR(c(i, j), pearson(x, i, j), 1e-10);
}

TEST(ClusterMappingCorrelation, ConstantColumnsAndTooFewRegions) {
  Eigen::MatrixXd x = table();
  x.col(3).setConstant(2.0);
  EXPECT_THROW(cm::locational_correlation(x), clustertrade::InvalidParameter);
  const Eigen::MatrixXd c = cm::locational_correlation(x, cm::ConstantColumns::zero);
  EXPECT_EQ(c(3, 0), 0.0);
  EXPECT_EQ(c(3, 3), 1.0);
  EXPECT_EQ(cm::first_constant_column(x), 3);
  EXPECT_THROW(cm::locational_correlation(table().topRows(2)), clustertrade::InvalidParameter);
}

TEST(ClusterMappingCorrelation, SameBitsForOneAndTwoThreads) {
  clustertrade::DrawRng rng(11, 0);
  Eigen::MatrixXd x(300, 120);
  for (Eigen::Index r = 0; r < x.rows(); ++r)
    for (Eigen::Index i = 0; i < x.cols(); ++i) x(r, i) = rng.uniform(0.0, 100.0);
  Eigen::setNbThreads(1);
  const Eigen::MatrixXd one = cm::locational_correlation(x);
  Eigen::setNbThreads(2);
  const Eigen::MatrixXd two = cm::locational_correlation(x);
  Eigen::setNbThreads(0);
  EXPECT_TRUE((one.array() == two.array()).all());
}
