#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/figures.hpp"
#include "core/io.hpp"
#include "support/run_command.hpp"

namespace ct = clustertrade;
namespace fs = std::filesystem;

namespace {

void write_demo(ct::FigureOutput& out) {
  ct::CsvTable table({"x", "y"});
  table.add_row({0.0, 1.0});
  out.write_csv("demo-fig", "part", std::move(table), "a demo curve");
  out.numbers().add("demoValue", 0.5, "a demo number");
}

}  // namespace

TEST(FigureOutput, WritesTheCsvWithProvenanceComments) {
  const fs::path dir = ct::testing::make_temp_dir();
  ct::FigureOutput out(dir, "figures-demo");
  write_demo(out);
  const std::string text = ct::read_text_file(dir / "demo-fig-part.csv");
  EXPECT_EQ(text.rfind("# figure demo-fig: a demo curve\n", 0), 0u);
  EXPECT_NE(text.find("written by figures-demo, write_demo"), std::string::npos);
  EXPECT_NE(text.find("x,y\n0,1\n"), std::string::npos);
  ASSERT_EQ(out.traces().size(), 1u);
  EXPECT_EQ(out.traces()[0].source, "tests/core/figures_test.cpp");
  fs::remove_all(dir);
}

TEST(FigureProgramMain, WritesTracesAndNumbersAndRejectsUnknownArguments) {
  const fs::path dir = ct::testing::make_temp_dir();
  const std::string figs = (dir / "figs").string(), results = (dir / "results").string();
  std::vector<std::string> args{"prog", "--figures-dir", figs, "--results-dir", results};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  EXPECT_EQ(ct::figure_program_main(static_cast<int>(argv.size()), argv.data(), "figures-demo", write_demo), 0);
  const auto numbers = nlohmann::json::parse(ct::read_text_file(dir / "results" / "figures-demo.numbers.json"));
  EXPECT_EQ(numbers[0]["name"], "demoValue");
  const auto figures = nlohmann::json::parse(ct::read_text_file(dir / "results" / "figures-demo.figures.json"));
  EXPECT_EQ(figures[0]["file"], "demo-fig-part.csv");
  std::string bad = "--bogus";
  char* bad_argv[] = {args[0].data(), bad.data()};
  EXPECT_EQ(ct::figure_program_main(2, bad_argv, "figures-demo", write_demo), 2);
  auto failing = [](ct::FigureOutput&) { throw std::runtime_error("no data"); };
  EXPECT_EQ(ct::figure_program_main(static_cast<int>(argv.size()), argv.data(), "figures-fail", failing), 1);
  EXPECT_FALSE(fs::exists(dir / "results" / "figures-fail.numbers.json"));
  fs::remove_all(dir);
}
