// Output files stay all-or-nothing under signals and multi-file writes (issue 20 §3), and the one
// CSV dialect's cell splitter (issue 20 §4).
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "core/csv.hpp"
#include "core/errors.hpp"
#include "core/io.hpp"
#include "support/run_command.hpp"

namespace ct = clustertrade;
namespace fs = std::filesystem;

// A registered temporary file is removed when SIGINT, SIGTERM or SIGHUP ends the program, which
// then dies of that signal (not a plain exit).
TEST(TempFileGuard, SignalRemovesTheTemporaryFileAndStillKills) {
  for (const int signal_number : {SIGINT, SIGTERM, SIGHUP}) {
    const std::string dir = ct::testing::make_temp_dir();
    const std::string tmp = dir + "/F.tmp.abcdef";
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      std::ofstream(tmp) << "partial";
      const ct::TempFileGuard guard(tmp);
      ::raise(signal_number);
      ::_exit(0);  // not reached
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    EXPECT_TRUE(WIFSIGNALED(status)) << signal_number;
    if (WIFSIGNALED(status)) {
      EXPECT_EQ(WTERMSIG(status), signal_number);
    }
    EXPECT_FALSE(fs::exists(tmp)) << signal_number;
    fs::remove_all(dir);
  }
}

// After the guard is gone the file is no longer its business (a renamed output is never removed).
TEST(TempFileGuard, UnregisteredFilesAreKept) {
  const std::string dir = ct::testing::make_temp_dir();
  const std::string kept = dir + "/kept";
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    std::ofstream(kept) << "whole";
    { const ct::TempFileGuard guard(kept); }
    ::raise(SIGTERM);
    ::_exit(0);
  }
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  EXPECT_TRUE(WIFSIGNALED(status));
  EXPECT_TRUE(fs::exists(kept));
  fs::remove_all(dir);
}

// Several files: a target that cannot be written leaves none of them written, and no temporary.
TEST(AtomicWrite, SeveralFilesAllOrNothing) {
  const std::string dir = ct::testing::make_temp_dir();
  fs::create_directories(dir + "/c.txt");  // a folder where a file is to go
  EXPECT_THROW(ct::write_files_atomic({{dir + "/a.txt", "A"}, {dir + "/b.txt", "B"}, {dir + "/c.txt", "C"}}),
               ct::OutputError);
  EXPECT_FALSE(fs::exists(dir + "/a.txt"));
  EXPECT_FALSE(fs::exists(dir + "/b.txt"));
  ASSERT_EQ(::mkfifo((dir + "/f").c_str(), 0600), 0);
  EXPECT_THROW(ct::write_files_atomic({{dir + "/a.txt", "A"}, {dir + "/f", "F"}}), ct::OutputError);
  EXPECT_FALSE(fs::exists(dir + "/a.txt"));
  // A target in an unwritable place (/proc) fails at its temporary file; the earlier one is removed.
  EXPECT_THROW(ct::write_files_atomic({{dir + "/a.txt", "A"}, {"/proc/x.json", "X"}}), ct::OutputError);
  EXPECT_FALSE(fs::exists(dir + "/a.txt"));
  std::size_t left = 0;
  for (const auto& entry : fs::directory_iterator(dir))
    left += entry.path().filename().string().find(".tmp.") != std::string::npos;
  EXPECT_EQ(left, 0u);
  ct::write_files_atomic({{dir + "/a.txt", "A"}, {dir + "/sub/b.txt", "B"}});
  std::string a, b;
  std::ifstream(dir + "/a.txt") >> a;
  std::ifstream(dir + "/sub/b.txt") >> b;
  EXPECT_EQ(a + b, "AB");
  fs::remove_all(dir);
}

// The probe finds what access() does not (/proc), refuses non-files, and creates nothing.
TEST(AtomicWrite, ProbeChecksWithoutCreating) {
  const std::string dir = ct::testing::make_temp_dir();
  EXPECT_THROW(ct::probe_output_file("/proc/x.json"), ct::OutputError);
  EXPECT_THROW(ct::probe_output_file("/dev/null"), ct::OutputError);
  EXPECT_THROW(ct::probe_output_file(dir), ct::OutputError);
  EXPECT_NO_THROW(ct::probe_output_file(dir + "/new/deeper/file.json"));
  EXPECT_FALSE(fs::exists(dir + "/new"));
  EXPECT_NO_THROW(ct::probe_output_file(dir + "/file.json"));
  EXPECT_TRUE(fs::is_empty(dir));
  fs::remove_all(dir);
}

TEST(CsvCells, QuotedCellsAsRWritesThem) {
  using V = std::vector<std::string>;
  EXPECT_EQ(ct::split_csv_record("\"region\",\"a\",b"), (V{"region", "a", "b"}));
  EXPECT_EQ(ct::split_csv_record(" x , \"y, z\" ,\"say \"\"hi\"\"\"\r"), (V{"x", "y, z", "say \"hi\""}));
  EXPECT_EQ(ct::split_csv_record("a,,"), (V{"a", "", ""}));
  EXPECT_EQ(ct::split_csv_record(""), (V{""}));
  EXPECT_THROW(ct::split_csv_record("\"open,1"), ct::InvalidParameter);
  EXPECT_THROW(ct::split_csv_record("\"a\"b,1"), ct::InvalidParameter);
}
