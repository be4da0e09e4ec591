// Tests of split_csv_record and is_valid_utf8 (core/csv.hpp): the CSV dialect the cluster-mapping
// readers share with the --tau reader, and the UTF-8 check that keeps names printable as JSON.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/csv.hpp"
#include "core/errors.hpp"

using clustertrade::is_valid_utf8;
using clustertrade::split_csv_record;
using Cells = std::vector<std::string>;

TEST(SplitCsvRecord, CellsQuotesAndSpaces) {
  EXPECT_EQ(split_csv_record("a,b,c"), (Cells{"a", "b", "c"}));
  EXPECT_EQ(split_csv_record(" a , b\t,c "), (Cells{"a", "b", "c"}));
  EXPECT_EQ(split_csv_record("a,,"), (Cells{"a", "", ""}));
  EXPECT_EQ(split_csv_record(""), (Cells{""}));
  // Python's csv module and R's write.csv: commas inside quotes, quotes doubled.
  EXPECT_EQ(split_csv_record("1,\"Soil Preparation, Planting\",x"), (Cells{"1", "Soil Preparation, Planting", "x"}));
  EXPECT_EQ(split_csv_record("\"say \"\"hi\"\"\",2"), (Cells{"say \"hi\"", "2"}));
  EXPECT_EQ(split_csv_record("\"region\" ,\"\""), (Cells{"region", ""}));
}

TEST(SplitCsvRecord, RejectsBrokenQuotes) {
  for (const char* line : {"\"open", "a,\"b", "\"a\"b,c"}) {
    try {
      split_csv_record(line);
      ADD_FAILURE() << line;
    } catch (const clustertrade::InvalidParameter& error) {
      EXPECT_EQ(error.field(), "cell");
    }
  }
}

TEST(IsValidUtf8, AcceptsUtf8AndRejectsTheRest) {
  EXPECT_TRUE(is_valid_utf8("plain ASCII"));
  EXPECT_TRUE(is_valid_utf8("caf\xc3\xa9"));        // é, two bytes
  EXPECT_TRUE(is_valid_utf8("\xef\xbf\xbd"));       // U+FFFD (in the definitions file)
  EXPECT_TRUE(is_valid_utf8("\xf0\x9f\x98\x80"));   // U+1F600, four bytes
  EXPECT_FALSE(is_valid_utf8("\xff"));              // never a UTF-8 byte
  EXPECT_FALSE(is_valid_utf8("caf\xe9"));           // Latin-1 é
  EXPECT_FALSE(is_valid_utf8("\xc3"));              // truncated
  EXPECT_FALSE(is_valid_utf8("\xe2\x82"));          // truncated three-byte
  EXPECT_FALSE(is_valid_utf8("\xc3\x28"));          // bad continuation
  EXPECT_FALSE(is_valid_utf8("\xc0\xaf"));          // overlong '/'
  EXPECT_FALSE(is_valid_utf8("\xed\xa0\x80"));      // surrogate U+D800
  EXPECT_FALSE(is_valid_utf8("\xf4\x90\x80\x80"));  // U+110000, past the last code point
}
