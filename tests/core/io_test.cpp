#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "core/csv.hpp"
#include "core/errors.hpp"
#include "core/io.hpp"
#include "support/run_command.hpp"

namespace ct = clustertrade;
namespace fs = std::filesystem;

TEST(CsvTable, WritesCommentsHeaderAndRows) {
  ct::CsvTable table({"name", "value"});
  table.comment("parameters: alpha = 0.5");
  table.add_row({std::string("a,b"), 0.25});
  table.add_row({std::string("plain"), std::nan("")});
  EXPECT_EQ(table.str(), "# parameters: alpha = 0.5\nname,value\n\"a,b\",0.25\nplain,nan\n");
  EXPECT_EQ(table.rows(), 2u);
}

TEST(CsvTable, RejectsRaggedRow) {
  ct::CsvTable table({"x", "y"});
  EXPECT_THROW(table.add_row({1.0}), std::logic_error);
}

TEST(CsvTable, JsonKeepsNumbersAndTurnsNanIntoNull) {
  ct::CsvTable table({"x", "label"});
  table.add_row({2.5, std::string("yes")});
  table.add_row({std::nan(""), std::string("no")});
  const auto json = table.to_json();
  ASSERT_EQ(json.size(), 2u);
  EXPECT_DOUBLE_EQ(json[0]["x"].get<double>(), 2.5);
  EXPECT_TRUE(json[1]["x"].is_null());
  EXPECT_EQ(json[1]["label"], "no");
}

TEST(AtomicWrite, ReplacesTheFileAndLeavesNoTemporary) {
  const fs::path dir = ct::testing::make_temp_dir();
  const fs::path target = dir / "sub" / "out.csv";
  ct::write_file_atomic(target, "first\n");
  ct::write_file_atomic(target, "second\n");
  EXPECT_EQ(ct::read_text_file(target), "second\n");
  std::size_t files = 0;
  for (const auto& entry : fs::directory_iterator(dir / "sub")) files += entry.is_regular_file();
  EXPECT_EQ(files, 1u);
  fs::remove_all(dir);
}

TEST(AtomicWrite, FailureLeavesTheOldFileIntact) {
  const fs::path dir = ct::testing::make_temp_dir();
  const fs::path target = dir / "out.csv";
  ct::write_file_atomic(target, "kept\n");
  fs::create_directory(dir / "blocker.csv");  // a directory where the file should go: rename must fail
  EXPECT_THROW(ct::write_file_atomic(dir / "blocker.csv", "lost\n"), std::runtime_error);
  EXPECT_EQ(ct::read_text_file(target), "kept\n");
  fs::remove_all(dir);
}

TEST(ParseNumberList, AcceptsSpacesAndExponents) {
  const auto values = ct::parse_number_list("--home", " 10, 1e-1 ,5");
  ASSERT_EQ(values.size(), 3u);
  EXPECT_EQ(values[1], 0.1);
}

TEST(ParseNumberList, NamesTheBadEntry) {
  try {
    ct::parse_number_list("--home", "1,x,3");
    FAIL() << "no throw";
  } catch (const ct::InvalidParameter& e) {
    EXPECT_EQ(std::string(e.what()), "--home: entry 2 must be a number in a comma list (got 'x')");
  }
  EXPECT_THROW(ct::parse_number_list("--home", "1,,3"), ct::InvalidParameter);
  EXPECT_THROW(ct::parse_number_list("--home", ""), ct::InvalidParameter);
}

TEST(ParseNumericCsv, ReadsAMatrixSkippingCommentsAndBlankLines) {
  const auto m = ct::parse_numeric_csv("# tau\n0.5,0\n\n0,0.25\n", "tau.csv");
  ASSERT_EQ(m.rows(), 2);
  ASSERT_EQ(m.cols(), 2);
  EXPECT_EQ(m(0, 0), 0.5);
  EXPECT_EQ(m(1, 1), 0.25);
}

TEST(ParseNumericCsv, NamesLineAndColumnOfABadCell) {
  try {
    ct::parse_numeric_csv("0.5,0\n0,abc\n", "tau.csv");
    FAIL() << "no throw";
  } catch (const ct::InvalidInput& e) {
    EXPECT_EQ(e.where(), "tau.csv:2:2");
  }
}

TEST(ParseNumericCsv, RejectsRaggedRowsAndEmptyInput) {
  EXPECT_THROW(ct::parse_numeric_csv("1,2\n3\n", "m.csv"), ct::InvalidInput);
  EXPECT_THROW(ct::parse_numeric_csv("# only a comment\n", "m.csv"), ct::InvalidInput);
  EXPECT_THROW(ct::read_numeric_csv("/nonexistent/tau.csv"), ct::InvalidInput);
}
