// The vendored U.S. data (data/us/, the project's own copy; never ../shared): every file listed in
// data/us/SHA256SUMS has that SHA-256, so a changed byte fails; and the preset's loader reads them.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "cluster_mapping/us_data.hpp"
#include "core/io.hpp"
#include "support/sha256.hpp"

namespace cm = clustertrade::cluster_mapping;
using clustertrade::testing::sha256_hex;

TEST(Sha256, MatchesTheStandardsExamples) {
  // FIPS 180-2, appendix B.1 and B.2, and the digest of the empty message.
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(UsData, EveryFileMatchesItsChecksum) {
  const std::filesystem::path folder = std::filesystem::path(CLUSTERTRADE_SOURCE_DIR) / "data" / "us";
  std::istringstream sums(clustertrade::read_text_file(folder / "SHA256SUMS"));
  int files = 0;
  for (std::string line; std::getline(sums, line);) {
    const auto space = line.find("  ");
    ASSERT_NE(space, std::string::npos) << line;
    const std::string expected = line.substr(0, space), name = line.substr(space + 2);
    EXPECT_EQ(sha256_hex(clustertrade::read_text_file(folder / name)), expected) << name << " changed";
    ++files;
  }
  EXPECT_EQ(files, 5);
}

TEST(UsData, VendoredPathsAndTheEnvironmentOverride) {
  EXPECT_EQ(cm::vendored_us_data(cm::us_cbp2019_file),
            std::filesystem::path(CLUSTERTRADE_SOURCE_DIR) / "data" / "us" / "cbp2019_cbsa_naics6.csv");
  ::setenv(cm::us_data_environment_variable, "/elsewhere", 1);
  EXPECT_EQ(cm::vendored_us_data(cm::us_acs2018_file), std::filesystem::path("/elsewhere/acs5_2018_cbsa.csv"));
  ::setenv(cm::us_data_environment_variable, "", 1);  // empty: the repository's folder
  EXPECT_EQ(cm::vendored_us_data(cm::us_acs2018_file).parent_path(),
            std::filesystem::path(CLUSTERTRADE_SOURCE_DIR) / "data" / "us");
  ::unsetenv(cm::us_data_environment_variable);
}

TEST(UsData, PresetReadsTheWholeCbpTable) {
  // Counts from PROVENANCE.md: 933 CBSAs, 961 six-digit industries plus the "00" totals.
  const auto a = cm::load_us_cbp2019();
  EXPECT_EQ(a.table.regions.size(), 933u);
  EXPECT_EQ(a.table.industries.size(), 961u);
  EXPECT_EQ(a.left_out, (std::vector<std::string>{"00"}));
  EXPECT_EQ(a.cluster_codes.size(), 51u);  // the benchmark's traded clusters
}
