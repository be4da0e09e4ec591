// Input formats of the numeric CSV reader (core/csv.hpp): byte-order mark, pandas/R headers and
// index columns, quotes, and the regressions found by the libFuzzer harness tests/fuzz/fuzz_csv_matrix.
#include <gtest/gtest.h>

#include "core/csv.hpp"
#include "core/errors.hpp"

using clustertrade::InvalidInput;
using clustertrade::parse_numeric_csv;

TEST(CsvInput, PandasAndRLayoutsReadAsThePlainMatrix) {
  Eigen::MatrixXd expected(2, 2);
  expected << 0.0, 0.1, 0.2, 0.0;
  EXPECT_EQ(parse_numeric_csv("0,0.1\n0.2,0\n", "plain"), expected);
  EXPECT_EQ(parse_numeric_csv("\xEF\xBB\xBF"
                              "0,0.1\n0.2,0\n",
                              "bom"),
            expected);
  EXPECT_EQ(parse_numeric_csv(",0,1\n0,0.0,0.1\n1,0.2,0.0\n", "pandas"), expected);
  EXPECT_EQ(parse_numeric_csv("\"\",\"V1\",\"V2\"\r\n\"1\",0,0.1\r\n\"2\",0.2,0\r\n", "r"), expected);
  EXPECT_EQ(parse_numeric_csv("1,0,0.1\n2,0.2,0\n", "index-only"), expected);  // n x (n+1), index 1..n
  // A header without an index column (first cell not empty): only the header is dropped.
  EXPECT_EQ(parse_numeric_csv("a,b\n0,0.1\n0.2,0\n", "header"), expected);
}

TEST(CsvInput, ANonSquareTableKeepsAFirstColumnThatIsNotAnIndex) {
  // 2 x 3 whose first column is 5, 6 (not 0..1 or 1..2): kept, so a 2 x 3 matrix.
  EXPECT_EQ(parse_numeric_csv("5,0,0.1\n6,0.2,0\n", "x").cols(), 3);
}

TEST(CsvInput, IndexColumnWithoutDataIsAnError) {
  // Found by fuzz_csv_matrix: an R header and a row holding only its name gave a 1 x 0 matrix.
  EXPECT_THROW(parse_numeric_csv("\"\",\"V1\",\"V2\"\r\n\"1\"\r\n", "r.csv"), InvalidInput);
  try {
    parse_numeric_csv(",0\n0\n", "p.csv");
    FAIL() << "expected InvalidInput";
  } catch (const InvalidInput& error) {
    EXPECT_EQ(error.where(), "p.csv:2");
  }
}

TEST(CsvInput, ErrorsNameLineAndColumn) {
  try {
    parse_numeric_csv("# note\n0,0.1\n0.2,x\n", "tau.csv");
    FAIL() << "expected InvalidInput";
  } catch (const InvalidInput& error) {
    EXPECT_EQ(error.where(), "tau.csv:3:2");
  }
  EXPECT_THROW(parse_numeric_csv("# only comments\n\n", "c.csv"), InvalidInput);
  EXPECT_THROW(parse_numeric_csv("0,0.1\n0.2\n", "ragged.csv"), InvalidInput);
}
