// Cluster strength and Porter's regional statistics against hand values.
#include <vector>

#include <gtest/gtest.h>

#include "cluster_mapping/strength.hpp"

namespace cm = clustertrade::cluster_mapping;

TEST(ClusterMappingStrength, HandValues) {
  // Industries a,b,c,d,l (l local, label 0); clusters X = {a, d}, Y = {b, c}.
  Eigen::MatrixXd e(5, 5);
  e << 10, 0, 5, 1, 3,  //
      0, 4, 5, 2, 1,    //
      7, 3, 0, 9, 0,    //
      1, 1, 1, 1, 10,   //
      2, 0, 0, 0, 0;
  const auto s = cm::cluster_strength(e, {1, 2, 2, 1, 0});
  // X: r1 11, nation 33; Y: r2 9, nation 19; traded E = 52; E_r1 = 16, E_r2 = 11, E_r5 = 2.
  EXPECT_DOUBLE_EQ(s.employment(0, 0), 11.0);
  EXPECT_NEAR(s.lq(0, 0), 13.0 / 12.0, 1e-12);    // (11/16)/(33/52) = 572/528
  EXPECT_NEAR(s.lq(1, 1), 468.0 / 209.0, 1e-12);  // (9/11)/(19/52)
  EXPECT_NEAR(s.lq(4, 0), 52.0 / 33.0, 1e-12);    // (2/2)/(33/52) ≈ 1.576: strong at 1.5
  EXPECT_DOUBLE_EQ(s.traded[3], 4.0);             // the local industry is left out
  const auto sum = cm::region_summaries(s, 1.5);
  EXPECT_EQ(sum[4].strong_clusters, 1u);
  EXPECT_EQ(sum[1].strong_clusters, 1u);     // Y: 468/209 ≈ 2.24; X: (2/11)/(33/52) ≈ 0.29
  EXPECT_EQ(sum[0].strong_clusters, 0u);     // 13/12 and (5/16)/(19/52) ≈ 0.86
  EXPECT_DOUBLE_EQ(sum[0].top5_share, 1.0);  // only two clusters
}

TEST(ClusterMappingStrength, TopFiveOfSeven) {
  // One region employing 1..7 in seven one-industry clusters (and a second region so that the
  // nation differs): top five = (3+4+5+6+7)/28 = 25/28.
  Eigen::MatrixXd e(2, 7);
  e << 1, 2, 3, 4, 5, 6, 7,  //
      7, 1, 1, 1, 1, 1, 1;
  const auto sum = cm::region_summaries(cm::cluster_strength(e, {1, 2, 3, 4, 5, 6, 7}));
  EXPECT_NEAR(sum[0].top5_share, 25.0 / 28.0, 1e-15);
  EXPECT_NEAR(sum[1].top5_share, 11.0 / 13.0, 1e-15);  // 7+1+1+1+1 of 13
  // Region 2's LQ in cluster 1: (7/13)/(8/41) = 287/104 ≈ 2.76 → strong; clusters 2-7: (1/13)/(k+1)/41 < 1.
  EXPECT_EQ(sum[1].strong_clusters, 1u);
}

TEST(ClusterMappingStrength, RegionWithoutTradedEmployment) {
  Eigen::MatrixXd e(2, 2);
  e << 0, 5,  //
      3, 1;
  const auto s = cm::cluster_strength(e, {1, 0});
  EXPECT_EQ(s.lq(0, 0), 0.0);  // CMP: a non-finite quotient is written as 0
  EXPECT_EQ(cm::region_summaries(s)[0].top5_share, 0.0);
}
