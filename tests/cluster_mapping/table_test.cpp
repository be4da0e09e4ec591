// Tests of the employment-table and definitions readers (cluster_mapping/table.hpp,
// definitions.hpp): wide and long tables, both definitions formats, the alignment, and one test
// per rejected rule (InvalidInput naming source:line[:column] and the rule).
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "cluster_mapping/definitions.hpp"
#include "cluster_mapping/table.hpp"
#include "core/errors.hpp"

namespace cm = clustertrade::cluster_mapping;
using clustertrade::InvalidInput;

namespace {

// Expects parsing to fail at `where` with a message containing `rule`.
template <class F>
void expect_fault(F&& parse, const std::string& where, const std::string& rule) {
  try {
    parse();
    ADD_FAILURE() << "no error; expected " << where << ": " << rule;
  } catch (const InvalidInput& error) {
    EXPECT_EQ(error.where(), where) << error.what();
    EXPECT_NE(std::string(error.what()).find(rule), std::string::npos) << error.what();
  }
}

}  // namespace

TEST(LongTable, ReadsNamedColumnsKeepsCodesAndZeroFillsAbsentCells) {
  // Rows out of order; an extra column (estab) ignored; industry 000123 keeps its zeros.
  const std::string text =
      "cbsa_code,naics2017,emp,estab\n"
      "20,000123,5,1\n"
      "10,000123,7,2\n"
      "10,00,40,9\n";
  const auto t = cm::parse_employment_table(text, "cbp.csv", {cm::LongColumns{"cbsa_code", "naics2017", "emp"}});
  ASSERT_EQ(t.regions, (std::vector<std::string>{"10", "20"}));
  ASSERT_EQ(t.industries, (std::vector<std::string>{"00", "000123"}));
  EXPECT_EQ(t.employment(0, 0), 40.0);
  EXPECT_EQ(t.employment(0, 1), 7.0);
  EXPECT_EQ(t.employment(1, 0), 0.0);  // absent: suppressed by CBP
  EXPECT_EQ(t.employment(1, 1), 5.0);
  EXPECT_EQ(t.lines, (std::vector<std::size_t>{3, 2}));
}

TEST(LongTable, ExactHeaderNeedsNoColumnsAndQuotedHeaderIsRead) {
  const auto t = cm::parse_employment_table("region,industry,employment\nr1,a,1\nr1,b,2\n", "x");
  EXPECT_EQ(t.industries.size(), 2u);
  const auto w = cm::parse_employment_table("\"region\",\"a\"\n\"r1\",3\n", "x");
  EXPECT_EQ(w.regions[0], "r1");
  EXPECT_EQ(w.industries[0], "a");
}

TEST(LongTable, RejectsDuplicatedPairNamingBothLines) {
  expect_fault([] { cm::parse_employment_table("region,industry,employment\nr1,a,1\nr2,a,1\nr1,a,2\n", "t.csv"); },
               "t.csv:4", "line 2");
}

TEST(Definitions, ReadsClusterMappingFormat) {
  const std::string text =
      "naics2017,cluster_code,cluster_name,type,naics_title\n"
      "111,20,Forestry,traded,\"Logging, timber\"\n"
      "112,51,Local Food,local,x\n"
      "113,20,Forestry,traded,y\n";
  const auto d = cm::parse_definitions(text, "d.csv");
  EXPECT_EQ(d.format, cm::DefinitionsFormat::cluster_mapping);
  EXPECT_EQ(d.industries, (std::vector<std::string>{"111", "112", "113"}));
  EXPECT_EQ(d.cluster_names[0], "Forestry");
  EXPECT_EQ(d.local, (cm::LocalMask{false, true, false}));
  const auto t = cm::parse_employment_table("region,00,113,112,999\nr1,9,1,2,3\n", "e.csv");
  const auto a = cm::align_with_definitions(t, d);
  EXPECT_EQ(a.table.industries, (std::vector<std::string>{"113", "112"}));
  EXPECT_EQ(a.labels, (std::vector<int>{1, 0}));
  EXPECT_EQ(a.local, (cm::LocalMask{false, true}));
  EXPECT_EQ(a.cluster_codes, (std::vector<std::string>{"20"}));
  EXPECT_EQ(a.left_out, (std::vector<std::string>{"00", "999"}));
  EXPECT_EQ(cm::left_out_note(a, "d.csv"), "note: 2 industries of e.csv are not in d.csv and are left out: 00, 999");
}

TEST(LongTable, RejectsEveryMalformedTable) {
  const cm::ReadOptions cbp{cm::LongColumns{"cbsa_code", "naics2017", "emp"}};
  const cm::ReadOptions tidy{};
  const std::string head = "region,industry,employment\n";
  struct Case {
    std::string text;
    cm::ReadOptions options;
    std::string where, rule;
  };
  // 6000 regions x 6000 industries in 6000 rows: 3.6e7 cells, refused before allocating 288 MB.
  std::string sparse = head;
  for (int k = 0; k < 6000; ++k) sparse += fmt::format("r{},i{},1\n", k, k);
  const std::vector<Case> cases = {
      {"cbsa_code,naics,emp\n1,2,3\n", cbp, "t.csv:1", "no industry column 'naics2017'"},
      {"cbsa_code,naics2017,emp,emp\n1,2,3,4\n", cbp, "t.csv:1:4", "employment column 'emp' appears twice"},
      {head + "r1,a,1\nr2,b\n", tidy, "t.csv:3", "ragged row: 2 cells where the header has 3"},
      {head + ",a,1\n", tidy, "t.csv:2:1", "empty region code"},
      {head + "r1,,1\n", tidy, "t.csv:2:2", "empty industry code"},
      {head + "r1,a,x\n", tidy, "t.csv:2:3", "employment must be a number"},
      {head + "r1,a,\n", tidy, "t.csv:2:3", "empty cell"},
      {head + "r1,a,-1\n", tidy, "t.csv:2:3", ">= 0"},
      {head + "r1,a,inf\n", tidy, "t.csv:2:3", "finite"},
      {head + "r1,a,1e-320\n", tidy, "t.csv:2:3", "0 or at least 1e-100"},
      {head + "r1,a,6e99\nr2,a,6e99\n", tidy, "t.csv:1", "at most 1e+100"},
      {head, tidy, "t.csv:2", "no rows after the header"},
      {head + "r1,\"a,1\n", tidy, "t.csv:2", "unterminated double quote"},
      {head + "r1,\"a\"b,1\n", tidy, "t.csv:2", "text after a closing double quote"},
      {head + "r\xff,a,1\n", tidy, "t.csv:2:1", "region code 'r\\xFF' is not valid UTF-8"},
      {head + "r1,\xc3\x28,1\n", tidy, "t.csv:2:2", "not valid UTF-8"},
      {sparse, tidy, "t.csv:1", "6000 regions x 6000 industries is more than 3.2e+07 cells"},
      {"", tidy, "t.csv:1", "empty table"},
      {"# only a comment\n", tidy, "t.csv:1", "empty table"},
      {"industry,region,employment\n", tidy, "t.csv:1:1", "first header cell must be 'region'"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text.substr(0, 60));
    expect_fault([&] { cm::parse_employment_table(c.text, "t.csv", c.options); }, c.where, c.rule);
  }
}

TEST(Definitions, RejectsEveryMalformedFile) {
  const std::string head = "naics2017,cluster_code,cluster_name,type\n";
  const std::vector<std::tuple<std::string, std::string, std::string>> cases = {
      {"", "d.csv:1", "empty definitions"},
      {"code,cluster\n1,2\n", "d.csv:1", "header must start with 'industry,cluster' or name an industry column"},
      {"naics2017,cluster_code,type\n", "d.csv:2", "empty definitions: no rows"},
      {"naics2017,naics2012,cluster_code,type\n1,1,2,traded\n", "d.csv:1:2", "two industry columns"},
      {"naics2017,cluster_code,cluster_name\n1,2,x\n", "d.csv:1", "cluster_code, type"},
      {head + "1,2,A,Traded\n", "d.csv:2:4", "type must be 'traded' or 'local' (got 'Traded')"},
      {head + "1,2,A,traded\n1,2,A,traded\n", "d.csv:3:1", "duplicate industry '1' (first at line 2)"},
      {head + "1,2,A,traded\n3,2,B,traded\n", "d.csv:3:3", "cluster '2' is named 'B' here and 'A' at line 2"},
      {head + "1,2,A,traded\n3,2,A,local\n", "d.csv:3:4", "cluster '2' is local here and traded at line 2"},
      {head + "1,,A,traded\n", "d.csv:2:2", "empty cluster code"},
      {head + ",2,A,traded\n", "d.csv:2:1", "empty industry code"},
      {head + "1,2,\xe2\x82,traded\n", "d.csv:2:3", "cluster name '\\xE2\\x82' is not valid UTF-8"},
      {head + "1,2,A\n", "d.csv:2", "ragged row: 3 cells where the header has 4"},
      {"industry,cluster\na\n", "d.csv:2", "ragged row"},
      {"industry,cluster\na,\n", "d.csv:2:2", "empty cluster code"},
  };
  for (const auto& [text, where, rule] : cases) {
    SCOPED_TRACE(text);
    expect_fault([&] { cm::parse_definitions(text, "d.csv"); }, where, rule);
  }
}

TEST(Definitions, AlignmentFaults) {
  const auto t = cm::parse_employment_table("region,a,b\nr1,1,2\n", "e.csv");
  // Simple format: written by `define` for this table, so an unknown industry is a fault.
  expect_fault([&] { cm::align_with_definitions(t, cm::parse_definitions("industry,cluster\na,1\nzz,2\n", "d.csv")); },
               "d.csv:3", "industry 'zz' is not a column of e.csv");
  // Cluster Mapping format: a benchmark may list industries the table lacks, but not only those.
  expect_fault(
      [&] {
        cm::align_with_definitions(t, cm::parse_definitions("industry,cluster_code,type\nzz,1,traded\n", "d.csv"));
      },
      "d.csv", "no industry of e.csv is in the definitions");
}

TEST(Definitions, SimpleFormatIsAllTradedWithoutNames) {
  const auto d = cm::parse_definitions("industry,cluster,subcluster\nb,2,2.1\na,1,1.1\nc,2,2.2\n", "d.csv");
  EXPECT_EQ(d.format, cm::DefinitionsFormat::simple);
  EXPECT_EQ(d.local, (cm::LocalMask{false, false, false}));
  EXPECT_EQ(d.cluster_names, (std::vector<std::string>{"", "", ""}));
  const auto t = cm::parse_employment_table("region,a,b,c\nr1,1,2,3\n", "e.csv");
  const auto a = cm::align_with_definitions(t, d);
  EXPECT_EQ(a.cluster_codes, (std::vector<std::string>{"2", "1"}));  // first appearance in the file
  EXPECT_EQ(a.labels, (std::vector<int>{2, 1, 1}));
  EXPECT_TRUE(a.left_out.empty());
  EXPECT_EQ(cm::left_out_note(a, "d.csv"), "");
}

TEST(LongColumns, ParsesTheFlag) {
  const auto c = cm::parse_long_columns("cbsa_code, naics2017 ,emp");
  EXPECT_EQ(c.region, "cbsa_code");
  EXPECT_EQ(c.industry, "naics2017");
  EXPECT_EQ(c.employment, "emp");
  for (const auto& [text, rule] :
       std::vector<std::pair<std::string, std::string>>{{"a,b", "must name three columns"},
                                                        {"a,b,c,d", "must name three columns"},
                                                        {"a,,c", "entry 2 is empty"},
                                                        {"a,b,a", "entries 1 and 3 name the same column 'a'"}}) {
    try {
      cm::parse_long_columns(text);
      ADD_FAILURE() << text;
    } catch (const clustertrade::InvalidParameter& error) {
      EXPECT_EQ(error.field(), "columns");
      EXPECT_NE(error.rule().find(rule), std::string::npos) << error.rule();
    }
  }
}
