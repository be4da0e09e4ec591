// Porter's statistics on a small real slice of County Business Patterns 2019 (tests/data/us-slice:
// three CBSAs x twelve six-digit industries, the U.S. Cluster Mapping definitions of those codes),
// through the command line, against values worked out by hand below from the slice's rows.
//
// The slice (employment; '-' = absent, i.e. suppressed, read as 0):
//   code    cluster            45380 10940 47980
//   237990  9  Construction      24    29     -
//   323111  39 Printing           -    67    40
//   423820  10 Distribution     117   101    98
//   424510  18 Food              90     -    87
//   424910  10 Distribution     120    53    80
//   484121  45 Transportation    32    59    15
//   484230  45 Transportation     9    41    15
//   523920  16 Financial         16     8    24
//   721110  22 Hospitality        7     -   184
//   522110  local 107           204   196   229
//   713940  local 111             -     6    41
//   722513  local 111           435   483   462
//   00      (all industries: left out, not in the definitions)
// Traded employment E_r: 45380: 24+117+90+120+32+9+16+7 = 415; 10940: 29+67+101+53+59+41+8 = 358;
// 47980: 40+98+87+80+15+15+24+184 = 543; E = 1316. Local: 639, 685, 732; total 2056.
// Clusters, in order of first appearance in the definitions: 9, 39, 10, 18, 45, 16, 22.
//   45380: 24, 0, 237, 90, 41, 16, 7     10940: 29, 67, 154, 0, 100, 8, 0
//   47980: 0, 40, 178, 87, 30, 24, 184   nation: 53, 107, 569, 177, 171, 48, 191 (sum 1316)
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/run_command.hpp"

using clustertrade::testing::run_clustertrade;

namespace {

const std::string kDir = std::string(CLUSTERTRADE_TEST_DATA_DIR) + "/us-slice/";
const std::string kInput = "--employment '" + kDir + "cbp2019_three_cbsas.csv' --columns cbsa_code,naics2017,emp " +
                           "--definitions '" + kDir + "uscmp_definitions_slice.csv'";

std::vector<std::vector<std::string>> rows(const std::string& csv) {
  std::vector<std::vector<std::string>> out;
  std::istringstream in(csv);
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> cells;
    std::istringstream cell_in(line);
    for (std::string cell; std::getline(cell_in, cell, ',');) cells.push_back(cell);
    out.push_back(cells);
  }
  return out;
}

}  // namespace

TEST(UsSlice, SummaryTop5ShareAndStrongCount) {
  const auto r = run_clustertrade("cluster-mapping summary " + kInput);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "note: 1 industry of " + kDir + "cbp2019_three_cbsas.csv is not in " + kDir +
                       "uscmp_definitions_slice.csv and is left out: 00\n");
  const auto t = rows(r.out);
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[0], (std::vector<std::string>{"region", "traded_employment", "strong_clusters", "top5_share"}));
  // Regions sorted by code. Top five: 10940 has five non-zero clusters (all of 358);
  // 45380 drops 7 and 0 (237+90+41+24+16 = 408); 47980 drops 24 and 0 (184+178+87+40+30 = 519).
  // Strong (LQ = e_rc E / (E_r E_c) >= 1.5): 10940: cluster 9 29*1316/(358*53) = 2.01, 39
  // 67*1316/(358*107) = 2.30, 45 100*1316/(358*171) = 2.15 (10: 0.995, 16: 0.61) -> 3;
  // 45380: only 18, 90*1316/(415*177) = 1.61 (9: 1.44, 10: 1.32) -> 1; 47980: only 22,
  // 184*1316/(543*191) = 2.33 (16: 1.21, 18: 1.19) -> 1.
  EXPECT_EQ(t[1][0], "10940");
  EXPECT_DOUBLE_EQ(std::stod(t[1][1]), 358.0);
  EXPECT_EQ(t[1][2], "3");
  EXPECT_DOUBLE_EQ(std::stod(t[1][3]), 1.0);
  EXPECT_EQ(t[2][0], "45380");
  EXPECT_DOUBLE_EQ(std::stod(t[2][1]), 415.0);
  EXPECT_EQ(t[2][2], "1");
  EXPECT_NEAR(std::stod(t[2][3]), 408.0 / 415.0, 1e-15);
  EXPECT_EQ(t[3][0], "47980");
  EXPECT_DOUBLE_EQ(std::stod(t[3][1]), 543.0);
  EXPECT_EQ(t[3][2], "1");
  EXPECT_NEAR(std::stod(t[3][3]), 519.0 / 543.0, 1e-15);
}

TEST(UsSlice, StrengthNamesClustersAndMarksStrongOnes) {
  const auto r = run_clustertrade("cluster-mapping strength " + kInput);
  ASSERT_EQ(r.status, 0) << r.err;
  const auto t = rows(r.out);
  ASSERT_EQ(t.size(), 1u + 3 * 7);
  EXPECT_EQ(t[0], (std::vector<std::string>{"region", "cluster", "cluster_name", "employment", "lq", "strong"}));
  // Row 1 + 7 + 3: region 45380 (second), cluster 18 (fourth).
  const auto& food = t[1 + 7 + 3];
  EXPECT_EQ(food[0], "45380");
  EXPECT_EQ(food[1], "18");
  EXPECT_EQ(food[2], "Food Processing and Manufacturing");
  EXPECT_EQ(food[3], "90");
  EXPECT_NEAR(std::stod(food[4]), 90.0 * 1316.0 / (415.0 * 177.0), 1e-13);
  EXPECT_EQ(food[5], "yes");
  // 45380, cluster 9 (first): 24*1316/(415*53) = 1.436, not strong.
  EXPECT_NEAR(std::stod(t[8][4]), 24.0 * 1316.0 / (415.0 * 53.0), 1e-13);
  EXPECT_EQ(t[8][5], "no");
}

TEST(UsSlice, LocationQuotientsOnTheTradedAndLocalBases) {
  const auto r = run_clustertrade("cluster-mapping lq " + kInput);
  ASSERT_EQ(r.status, 0) << r.err;
  const auto t = rows(r.out);
  ASSERT_EQ(t.size(), 1u + 3 * 12);
  EXPECT_EQ(t[0], (std::vector<std::string>{"region", "industry", "cluster", "cluster_name", "employment", "lq"}));
  // Industries sorted by code: 237990 323111 423820 424510 424910 484121 484230 522110 523920
  // 713940 721110 722513. Region 45380 is the second block of twelve rows.
  const auto& dist = t[1 + 12 + 2];  // 45380, 423820 (traded): (117/415)/((117+101+98)/1316)
  EXPECT_EQ(dist[1], "423820");
  EXPECT_EQ(dist[2], "10");
  EXPECT_NEAR(std::stod(dist[5]), (117.0 / 415.0) / (316.0 / 1316.0), 1e-13);
  const auto& food = t[1 + 12 + 11];  // 45380, 722513 (local): (435/639)/((435+483+462)/2056)
  EXPECT_EQ(food[1], "722513");
  EXPECT_EQ(food[3], "Local Hospitality Establishments");
  EXPECT_NEAR(std::stod(food[5]), (435.0 / 639.0) / (1380.0 / 2056.0), 1e-13);
  const auto& gym = t[1 + 12 + 9];  // 45380, 713940: absent (suppressed), employment and LQ 0
  EXPECT_EQ(gym[1], "713940");
  EXPECT_EQ(gym[4], "0");
  EXPECT_EQ(gym[5], "0");
}

TEST(UsSlice, StrictRefusesTheLeftOutTotals) {
  const auto r = run_clustertrade("cluster-mapping summary --strict " + kInput);
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(r.out.empty());
  EXPECT_NE(r.err.find("--strict: 1 industry of"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(": 00\n"), std::string::npos) << r.err;
}
