#include <cstdlib>

#include <gtest/gtest.h>

#include "core/provenance.hpp"

using namespace clustertrade;

TEST(Provenance, RecordsCommandLineAsStringAndArray) {
  const char* argv[] = {"clustertrade", "trade-growth", "simulate", "--home", "1,2", "--note", "it's here", ""};
  const auto meta = run_meta(8, argv);
  ASSERT_TRUE(meta["argv"].is_array());
  EXPECT_EQ(meta["argv"].size(), 8u);
  EXPECT_EQ(meta["argv"][6], "it's here");
  // Plain words stay bare; a space or quote forces single quotes; the empty argument is ''.
  EXPECT_EQ(meta["command"], "clustertrade trade-growth simulate --home 1,2 --note 'it'\\''s here' ''");
  EXPECT_FALSE(meta["version"].get<std::string>().empty());
}

TEST(Provenance, EnvironmentCommitWinsOverCompiledOne) {
  ::setenv("CLUSTERTRADE_COMMIT", "abc1234-test", 1);
  EXPECT_EQ(run_commit(), "abc1234-test");
  const char* argv[] = {"clustertrade"};
  EXPECT_EQ(run_meta(1, argv)["commit"], "abc1234-test");
  ::setenv("CLUSTERTRADE_COMMIT", "", 1);  // empty counts as unset
  EXPECT_NE(run_commit(), "");
  EXPECT_NE(run_commit(), "abc1234-test");
  ::unsetenv("CLUSTERTRADE_COMMIT");
}

TEST(Provenance, InvalidUtf8ArgumentDoesNotThrow) {
  const char* argv[] = {"clustertrade", "\xff\xfe"};
  EXPECT_NO_THROW((void)run_meta(2, argv).dump());
}
