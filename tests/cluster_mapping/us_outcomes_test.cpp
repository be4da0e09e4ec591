// The ACS and USPTO readers (us_outcomes.hpp) on small texts in the files' own layout (quoted CBSA
// names with commas, `NA`), and their refusals naming file:line.
#include <cmath>
#include <string>

#include <gtest/gtest.h>

#include "cluster_mapping/us_outcomes.hpp"
#include "core/errors.hpp"

namespace cm = clustertrade::cluster_mapping;

TEST(ClusterMappingUsOutcomes, ReadsAcsRows) {
  const std::string text =
      "cbsa_code,cbsa_name,pop_total,med_hh_inc_total,med_earnings_total\n"
      "10180,\"Abilene, TX Metro Area\",170009,49945,32516\n"
      "10100,\"Aberdeen, SD Micro Area\",42780,NA,38582\n";
  const auto acs = cm::parse_acs_csv(text, "acs.csv");
  ASSERT_EQ(acs.size(), 2u);
  EXPECT_TRUE(acs.at("10180").metropolitan);
  EXPECT_FALSE(acs.at("10100").metropolitan);
  EXPECT_EQ(acs.at("10180").median_household_income, 49945.0);
  EXPECT_EQ(acs.at("10180").median_earnings, 32516.0);
  EXPECT_TRUE(std::isnan(acs.at("10100").median_household_income));
}

TEST(ClusterMappingUsOutcomes, RefusesBadAcsRowsNamingTheLine) {
  const std::string head = "cbsa_code,cbsa_name,med_hh_inc_total,med_earnings_total\n";
  const auto where = [](const std::string& text) {
    try {
      cm::parse_acs_csv(text, "acs.csv");
    } catch (const clustertrade::InvalidInput& e) {
      return e.where();
    }
    return std::string("accepted");
  };
  EXPECT_EQ(where(head + "1,\"A, B Metro Area\",5,x\n"), "acs.csv:2");                       // not a number
  EXPECT_EQ(where(head + "1,\"A Metro Area\",5,6\n1,\"A Metro Area\",5,6\n"), "acs.csv:3");  // repeated CBSA
  EXPECT_EQ(where(head + "1,A,5\n"), "acs.csv:2");                                           // ragged
  EXPECT_EQ(where("cbsa_code,cbsa_name,med_earnings_total\n"), "acs.csv:1");
  EXPECT_EQ(where(head + "1,\"A Metro Area,5,6\n"),
            "acs.csv:2");  // unterminated quote                 // a column missing
}

TEST(ClusterMappingUsOutcomes, SumsPatentsOverTheWindow) {
  const std::string text =
      "cbsa_code,cbsa_name,year,patents_issued\n"
      "41940,\"San Jose, CA\",2010,7\n"
      "41940,\"San Jose, CA\",2011,5\n"
      "41940,\"San Jose, CA\",2015,3\n"
      "10180,\"Abilene, TX\",2016,9\n";
  const auto p = cm::parse_patents_csv(text, "uspto.csv", 2011, 2015);
  EXPECT_EQ(p.at("41940"), 8.0);    // 5 + 3: 2010 is before the window
  EXPECT_EQ(p.count("10180"), 0u);  // only a year after the window
  EXPECT_THROW(cm::parse_patents_csv(text + "41940,\"San Jose, CA\",2011,1\n", "uspto.csv", 2011, 2015),
               clustertrade::InvalidInput);
  EXPECT_THROW(cm::parse_patents_csv("cbsa_code,cbsa_name,year,patents_issued\n1,a,2012,-1\n", "uspto.csv", 2011, 2015),
               clustertrade::InvalidInput);
}
