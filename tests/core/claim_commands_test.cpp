/// \file claim_commands_test.cpp
/// \brief The reproduce-command files of `prove --tex-dir`: names, line width, printf rewriting.
#include <gtest/gtest.h>

#include <sstream>

#include "core/claims.hpp"

namespace ct = clustertrade;

TEST(ClaimCommands, FileNameReplacesEveryDot) {
  EXPECT_EQ(ct::command_file_name("h12.s3.3-fig5"), "h12-s3-3-fig5");
  EXPECT_EQ(ct::command_file_name("plain"), "plain");
}

TEST(ClaimCommands, ShortCommandStaysOnOneLine) {
  EXPECT_EQ(ct::shell_script("clustertrade a b --x 1"), "clustertrade a b --x 1\n");
}

TEST(ClaimCommands, LongCommandWrapsBetweenFlagsWithinWidth) {
  // Hand layout at width 30: "clustertrade m e" (16) + " --alpha 1,2,3" (14) = 30 > 28 (room for " \")
  // so the flag moves to a continuation line indented by two spaces; flag and value stay together.
  const std::string script = ct::shell_script("clustertrade m e --alpha 1,2,3 --beta 4", 30);
  EXPECT_EQ(script, "clustertrade m e \\\n  --alpha 1,2,3 --beta 4\n");
  std::istringstream lines(script);
  for (std::string line; std::getline(lines, line);) EXPECT_LE(line.size(), 30u) << line;
}

TEST(ClaimCommands, PrintfRowsBecomeSeparateArguments) {
  // printf '%s\n' 'r1' 'r2' prints "r1\nr2\n", the same bytes as printf 'r1\nr2\n'.
  const std::string rows = "printf '0.5,0.25,0.125\\n0.75,0.5,0.25\\n' > tau.csv && clustertrade x --tau tau.csv";
  const std::string script = ct::shell_script(rows, 40);
  EXPECT_NE(script.find("printf '%s\\n' '0.5,0.25,0.125'"), std::string::npos) << script;
  EXPECT_NE(script.find("'0.75,0.5,0.25'"), std::string::npos) << script;
  EXPECT_EQ(script.find('\x27' + std::string("0.5,0.25,0.125\\n")), std::string::npos) << script;
  std::istringstream lines(script);
  for (std::string line; std::getline(lines, line);) EXPECT_LE(line.size(), 40u) << line;
}

TEST(ClaimCommands, LongListBreaksAfterACommaWithoutSpaces) {
  // "--shares 0.123456,0.234567,0.345678" is one word for the shell; at width 24 it must break after a
  // comma with a bare backslash-newline (removed by the shell) and continue at column 0. Joining the
  // lines by deleting every "\\\n" gives back the command with the flag on its own line's indentation.
  const std::string script = ct::shell_script("x --shares 0.123456,0.234567,0.345678", 24);
  std::string joined;
  for (std::size_t i = 0; i < script.size(); ++i) {
    if (script[i] == '\\' && i + 1 < script.size() && script[i + 1] == '\n') {
      ++i;
      continue;
    }
    joined += script[i];
  }
  EXPECT_EQ(joined, "x   --shares 0.123456,0.234567,0.345678\n") << script;
  std::istringstream lines(script);
  for (std::string line; std::getline(lines, line);) EXPECT_LE(line.size(), 24u) << line;
}

TEST(ClaimCommands, RunnableCommandNamesTheBuiltProgramAtEveryCommandStart) {
  // Each simple command's program word is rewritten (the start and after &&), nothing else: an argument
  // spelled like the program (a file named clustertrade) and quoted text keep their words.
  EXPECT_EQ(ct::runnable_command("clustertrade a --x 1"), "build/bin/clustertrade a --x 1");
  EXPECT_EQ(ct::runnable_command("printf 'clustertrade 1\\n' > tau.csv && clustertrade m --tau tau.csv && "
                                 "clustertrade m --out clustertrade"),
            "printf 'clustertrade 1\\n' > tau.csv && build/bin/clustertrade m --tau tau.csv && "
            "build/bin/clustertrade m --out clustertrade");
  EXPECT_EQ(ct::runnable_command("echo clustertrade"), "echo clustertrade");
}
