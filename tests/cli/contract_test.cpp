// The input/output contract of `clustertrade` (issue 12): every input gives a finite result with
// exit 0, or one line on stderr naming the flag (or file:line) and the rule, exit 2, with nothing
// on stdout and no output file.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/run_command.hpp"

using clustertrade::testing::make_temp_dir;
using clustertrade::testing::run_clustertrade;
namespace fs = std::filesystem;

namespace {

std::string write_file(const std::string& name, const std::string& text) {
  const std::string path = make_temp_dir() + "/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

// A 2 x 2 learning matrix (row j sends, column i receives).
const std::string kTau = "0,0.1\n0.2,0\n";
const std::string kEconomy = " --home 1,2 --foreign 2,1 --sigma 2";

std::string simulate(const std::string& tau_path, const std::string& extra) {
  return "trade-growth simulate --tau '" + tau_path + "'" + kEconomy + " " + extra;
}

void expect_usage_error(const std::string& args, const std::string& must_mention) {
  std::string cwd;
  const auto r = run_clustertrade(args, &cwd);
  EXPECT_EQ(r.status, 2) << args << "\n" << r.err;
  EXPECT_TRUE(r.out.empty()) << args;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_NE(r.err.find(must_mention), std::string::npos) << "stderr: " << r.err << " should mention " << must_mention;
  // Nothing but the captured streams in the working folder: no output, no temporary file.
  std::size_t files = 0;
  for (const auto& entry : fs::directory_iterator(cwd)) files += entry.path().filename().string()[0] != '.';
  EXPECT_EQ(files, 0u) << args;
  fs::remove_all(cwd);
}

}  // namespace

TEST(CliContract, UnknownCommandSuggestsTheNearestOne) {
  expect_usage_error("trade-growth simulat", "unknown command 'simulat'; did you mean 'simulate'?");
  expect_usage_error("trade-grwoth simulate", "did you mean 'trade-growth'?");
  expect_usage_error("bogus", "unknown command 'bogus'");
}

TEST(CliContract, EmptyValueIsAnError) {
  const std::string tau = write_file("tau.csv", kTau);
  expect_usage_error(simulate(tau, "--horizon ''"), "--horizon: empty value");
  expect_usage_error(simulate(tau, "--horizon 2 --step="), "--step: empty value");
  expect_usage_error("trade-growth simulate --tau '' --horizon 1" + kEconomy, "--tau: empty value");
}

TEST(CliContract, VersionNamesVersionAndCommit) {
  const auto r = run_clustertrade("--version");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out.rfind("clustertrade 0.", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("commit"), std::string::npos);
}

TEST(CliContract, RowLimitIsCheckedBeforeComputing) {
  const std::string tau = write_file("tau.csv", kTau);
  // 10 / 1e-6 + 1 = 10,000,001 rows > 10^6: refused at once with the count.
  expect_usage_error(simulate(tau, "--horizon 10 --step 1e-6"), "10000001 output rows");
  expect_usage_error(simulate(tau, "--horizon 1e9 --step 1e8"), "--horizon");
  expect_usage_error("dynamic-spillovers simulate --g 0.02 --epsilon 0.05 --a0 0.5 --horizon 100 --step 1e-5",
                     "--step");
}

TEST(CliContract, FirmsAreRangeChecked) {
  expect_usage_error("cluster-model coordination --firms 2147483647", "--firms: must lie in [0, 1000000]");
  expect_usage_error("cluster-model coordination --firms -1", "--firms");
  expect_usage_error("cluster-model coordination --firms 99999999999999999999", "--firms");
  // N = 10^6 (the limit) runs: each of the N + 1 shares is checked once.
  const auto r = run_clustertrade("cluster-model coordination --firms 1000000");
  EXPECT_EQ(r.status, 0) << r.err;
}

TEST(CliContract, HugeInputsBlameTheirOwnFlag) {
  // --lbar 1e308 used to be reported under --labor-south (its default is 2 lbar = inf).
  expect_usage_error("infant-industry equilibria --lambda-south 1,1 --lambda-north 1,1 --alpha 1 --lbar 1e308",
                     "--lbar");
  expect_usage_error("cluster-model equilibria --lambda-south 1e308,1 --lambda-north 1,1 --theta 2,2",
                     "--lambda-south (entry 1)");
  expect_usage_error("dynamic-spillovers simulate --g 100 --epsilon 200 --a0 0.5 --horizon 10", "--horizon");
  expect_usage_error("dynamic-spillovers simulate --g 0.1 --epsilon 1e300 --a0 0.5 --horizon 10", "--epsilon");
}

TEST(CliContract, LongDynamicHorizonRunsOrIsRefusedNeverAnInternalError) {
  // 2 x 10^7 used to end in "step limit reached" (exit 1); now beyond the stated limit 10^6.
  expect_usage_error("dynamic-spillovers simulate --g 1e-9 --epsilon 1e-8 --a0 0.5 --horizon 2e7 --step 1e6",
                     "--horizon");
  const auto r = run_clustertrade(
      "dynamic-spillovers simulate --g 1e-6 --epsilon 1e-5 --a0 0.5 --horizon 1e6 "
      "--step 1e5");
  ASSERT_EQ(r.status, 0) << r.err;
  // North grows at g exactly (clustered throughout, the leader): A_N(1e6) = e^{1e-6 * 1e6} = e.
  const auto last = r.out.substr(r.out.rfind('\n', r.out.size() - 2) + 1);
  EXPECT_NEAR(std::stod(last.substr(last.find(',') + 1)), std::exp(1.0), 1e-6 * std::exp(1.0)) << last;
}

TEST(CliContract, OutRefusesNonRegularTargets) {
  const std::string tau = write_file("tau.csv", kTau);
  expect_usage_error(simulate(tau, "--horizon 1 --out /dev/null"), "--out: '/dev/null' exists and is not a regular");
  const std::string dir = make_temp_dir();
  expect_usage_error(simulate(tau, "--horizon 1 --out '" + dir + "'"), "--out");
  const std::string target = dir + "/real.csv";
  std::ofstream(target) << "keep me\n";
  fs::create_symlink(target, dir + "/link.csv");
  expect_usage_error(simulate(tau, "--horizon 1 --out '" + dir + "/link.csv'"), "symbolic link");
  std::ifstream in(target);
  std::string kept;
  std::getline(in, kept);
  EXPECT_EQ(kept, "keep me");
  EXPECT_TRUE(fs::is_symlink(dir + "/link.csv"));
  fs::remove_all(dir);
}

TEST(CliContract, UnwritableOutIsAUsageErrorNamingOut) {
  const std::string tau = write_file("tau.csv", kTau);
  expect_usage_error(simulate(tau, "--horizon 1 --out /proc/no/such/file.csv"), "--out");
  const auto r = run_clustertrade(simulate(tau, "--horizon 1 --out /proc/version"));
  EXPECT_EQ(r.status, 2);                                    // a regular file we may not replace
  EXPECT_EQ(r.err.find("tmp"), std::string::npos) << r.err;  // never a temporary file's name
}

TEST(CliContract, FailedWriteToStdoutIsAnError) {
  const std::string tau = write_file("tau.csv", kTau);
  const std::string command = "'" CLUSTERTRADE_BIN "' " + simulate(tau, "--horizon 1") + " >/dev/full 2>/dev/null";
  const int raw = std::system(command.c_str());
  ASSERT_TRUE(WIFEXITED(raw));
  EXPECT_EQ(WEXITSTATUS(raw), 2);
}

TEST(CliContract, DashIsStdoutForOutAndStdinForTau) {
  const std::string tau = write_file("tau.csv", kTau);
  const auto from_file = run_clustertrade(simulate(tau, "--horizon 2 --out -"));
  ASSERT_EQ(from_file.status, 0) << from_file.err;
  const std::string command =
      "'" CLUSTERTRADE_BIN "' trade-growth simulate --tau -" + kEconomy + " --horizon 2 < '" + tau + "'";
  FILE* pipe = ::popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string out;
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  EXPECT_EQ(::pclose(pipe), 0);
  EXPECT_EQ(out, from_file.out);
}

TEST(CliContract, TauFileSizeIsLimited) {
  // /dev/zero never ends: reading stops at the 64 MiB limit, which the message states.
  expect_usage_error("trade-growth simulate --tau /dev/zero --horizon 1" + kEconomy, "67108864 bytes");
  expect_usage_error("trade-growth simulate --tau /tmp --horizon 1" + kEconomy, "folder");
}

TEST(CliContract, TauWithBomHeaderAndIndexReadsAsThePlainMatrix) {
  const std::string plain = write_file("tau.csv", kTau);
  const auto expected = run_clustertrade(simulate(plain, "--horizon 3"));
  ASSERT_EQ(expected.status, 0) << expected.err;
  // pandas DataFrame.to_csv(): header ",0,1" and the index 0, 1; with a byte-order mark.
  const std::string pandas = write_file("pandas.csv", "\xEF\xBB\xBF,0,1\n0,0.0,0.1\n1,0.2,0.0\n");
  // R write.csv(): quoted names, row names "1", "2"; CRLF line ends.
  const std::string r_csv = write_file("r.csv", "\"\",\"V1\",\"V2\"\r\n\"1\",0,0.1\r\n\"2\",0.2,0\r\n");
  // pandas to_csv(header=False): index column only (n x (n+1), first column 0..n-1).
  const std::string index_only = write_file("index.csv", "0,0,0.1\n1,0.2,0\n");
  for (const auto& path : {pandas, r_csv, index_only}) {
    const auto r = run_clustertrade(simulate(path, "--horizon 3"));
    EXPECT_EQ(r.status, 0) << path << ": " << r.err;
    EXPECT_EQ(r.out, expected.out) << path;
  }
}

TEST(CliContract, JsonCarriesMetaAndCsvMetaLinesAreComments) {
  const std::string tau = write_file("tau.csv", kTau);
  const auto json = run_clustertrade(simulate(tau, "--horizon 1 --json"));
  ASSERT_EQ(json.status, 0) << json.err;
  const auto doc = nlohmann::json::parse(json.out);
  EXPECT_FALSE(doc["meta"]["version"].get<std::string>().empty());
  EXPECT_FALSE(doc["meta"]["commit"].get<std::string>().empty());
  EXPECT_NE(doc["meta"]["command"].get<std::string>().find("--horizon 1 --json"), std::string::npos);
  EXPECT_EQ(doc["meta"]["argv"].back(), "--json");
  EXPECT_EQ(doc["rows"].size(), 2u);
  // --meta: the CSV equals the plain CSV once the lines starting with '#' are dropped, which is
  // what pandas.read_csv(f, comment='#') and read.csv(f, comment.char='#') do.
  const auto plain = run_clustertrade(simulate(tau, "--horizon 1"));
  const auto with_meta = run_clustertrade(simulate(tau, "--horizon 1 --meta"));
  ASSERT_EQ(with_meta.status, 0);
  std::string stripped, line;
  std::istringstream in(with_meta.out);
  std::size_t comments = 0;
  while (std::getline(in, line)) {
    if (line.rfind("#", 0) == 0) {
      ++comments;
      EXPECT_EQ(line.find(','), line.find("--home") == std::string::npos ? std::string::npos : line.find(','));
      continue;
    }
    stripped += line + "\n";
  }
  EXPECT_EQ(comments, 3u);  // command, commit, version
  EXPECT_EQ(stripped, plain.out);
  EXPECT_EQ(plain.out.find('#'), std::string::npos);
}

TEST(CliContract, TidyOutputHasOneRowPerValue) {
  const std::string tau = write_file("tau.csv", kTau);
  const auto wide = run_clustertrade(simulate(tau, "--horizon 1"));
  const auto tidy = run_clustertrade(simulate(tau, "--horizon 1 --tidy"));
  ASSERT_EQ(tidy.status, 0) << tidy.err;
  EXPECT_EQ(tidy.out.rfind("t,variable,value\n0,income_home,", 0), 0u) << tidy.out;
  // Wide: 2 rows x 12 columns (t + 11 values); tidy: 2 x 11 rows plus the header.
  EXPECT_EQ(std::count(wide.out.begin(), wide.out.end(), '\n'), 3);
  EXPECT_EQ(std::count(tidy.out.begin(), tidy.out.end(), '\n'), 23);
}

TEST(CliContract, ScenarioFileRunsLikeTheSameFlags) {
  const std::string tau = write_file("tau.csv", kTau);
  const auto typed = run_clustertrade(simulate(tau, "--horizon 2 --regime autarky"));
  ASSERT_EQ(typed.status, 0) << typed.err;
  const std::string scenario = write_file("run.json", R"({"command": "trade-growth simulate", "description": "test",
         "flags": {"home": [1, 2], "foreign": "2,1", "sigma": 2, "tau": [[0, 0.1], [0.2, 0]],
                   "horizon": 5, "regime": "autarky", "json": false}})");
  // A flag typed on the command line wins over the scenario's (--horizon 2 over 5).
  const auto r = run_clustertrade("--scenario '" + scenario + "' --horizon 2");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, typed.out);
  const std::string bad = write_file("bad.json", R"({"command": "trade-growth simulate", "flags": {"sigma": null}})");
  expect_usage_error("--scenario '" + bad + "'", "--scenario");
  expect_usage_error("--scenario /no/such/file.json", "--scenario");
  const std::string broken = write_file("broken.json", "{\"command\": ");
  expect_usage_error("--scenario '" + broken + "'", "not valid JSON");
}

TEST(CliContract, UnknownPresetListsTheNames) { expect_usage_error("--preset h12-fig99", "h12-fig3"); }

TEST(CliContract, SeedIsAnUnsignedSixtyFourBitInteger) {
  expect_usage_error("prove --list --seed -1", "--seed: must be an integer in [0, 18446744073709551615]");
  expect_usage_error("prove --list --seed 18446744073709551616", "--seed");
  expect_usage_error("prove --list --seed=0x10", "--seed");
  EXPECT_EQ(run_clustertrade("prove --list --seed 18446744073709551615").status, 0);
}

TEST(CliContract, HelpShowsDefaultsUnitsEquationAndOrientation) {
  const auto r = run_clustertrade("trade-growth simulate --help");
  ASSERT_EQ(r.status, 0);
  for (const char* text : {"eq. (9)", "row j SENDS", "column i RECEIVES", "Only industries that employ labour",
                           "rel_wage", "income_home", "--period", "[1e-9, 1e12]"})
    EXPECT_NE(r.out.find(text), std::string::npos) << text;
  const auto c = run_clustertrade("cluster-model coordination --help");
  EXPECT_NE(c.out.find("--modern-productivity"), std::string::npos);
  EXPECT_NE(c.out.find("3"), std::string::npos);  // the default of A
}

TEST(CliContract, DeprecatedAliasesStillWork) {
  const auto old_name = run_clustertrade(
      "cluster-model north --lambda-north 1,1 --beta 0.5 --alpha 2 --lbar 1,1 "
      "--shares 0.5,0.5 --labour 4");
  const auto new_name = run_clustertrade(
      "cluster-model north --lambda-north 1,1 --beta 0.5 --alpha 2 --lbar 1,1 "
      "--shares 0.5,0.5 --labor 4");
  ASSERT_EQ(new_name.status, 0) << new_name.err;
  EXPECT_EQ(old_name.out, new_name.out);
}

TEST(CliContract, ClosedPipeIsAWriteErrorNotASignal) {
  // About 6 MB of CSV into a reader that stops after one byte: the write fails with EPIPE, which
  // must end in exit status 2 with a message, not a death by SIGPIPE (status 141 in the shell).
  const std::string dir = make_temp_dir();
  const std::string script = dir + "/pipe.sh";
  std::ofstream(script) << "'" CLUSTERTRADE_BIN "' trade-growth simulate --tau-matrix '0,0.1;0.2,0'" << kEconomy
                        << " --horizon 100000 --step 1 2>'" << dir << "/err' | head -c 1 >/dev/null\n"
                        << "echo ${PIPESTATUS[0]} >'" << dir << "/status'\n";
  ASSERT_EQ(std::system(("bash '" + script + "'").c_str()), 0);
  std::ifstream status_file(dir + "/status");
  int status = -1;
  status_file >> status;
  EXPECT_EQ(status, 2);
  std::ifstream err_file(dir + "/err");
  std::string err;
  std::getline(err_file, err);
  EXPECT_NE(err.find("stdout: write failed"), std::string::npos) << err;
  fs::remove_all(dir);
}

// Regression cases of tests/fuzz/known_failures.txt (each was an internal error, exit 1).
// (1) LearningRhs lost the exporter: productivity 1e-9 next to 10 at sigma = 0.01 (spread 1e10).
// (3) regime_at's slacks negative by rounding: 1e-50 next to 10 (spread 1e51).
// Both lie outside simulate's stated domain max/min of the initial productivities <= 1e6.
TEST(CliContract, ProductivitySpreadBeyondTheDomainBlamesTheFlag) {
  expect_usage_error(
      "trade-growth simulate --home 1e-9,10 --foreign 1,3 --sigma 0.01 --tau-matrix '0,0.5;0.5,0' "
      "--horizon 5",
      "--home: the largest initial productivity");
  expect_usage_error(
      "trade-growth simulate --home 1,10 --foreign 1e-50,3 --sigma 0.01 --tau-matrix '0,0.5;0.5,0' "
      "--horizon 5",
      "--foreign: the largest initial productivity");
  // Just past the bound (10 / 1e-6 = 1e7 > 1e6) is refused; exactly at it (1 / 1e-6) runs.
  expect_usage_error(
      "trade-growth simulate --home 1e-6,10 --foreign 1,3 --sigma 2 --tau-matrix '0,0.5;0.5,0' "
      "--horizon 1",
      "at most 1e6 times the smallest");
  // sigma = 500 with the spread 1e6 (NaN productivities before the rule): 499 x 6 = 2994 digits > 300.
  expect_usage_error(
      "trade-growth simulate --home 1e-6,1 --foreign 0.5,1 --sigma 500 --tau-matrix '0,0.5;0.5,0' "
      "--horizon 5",
      "--home: with --sigma 500 the productivity spread");
  const auto r = run_clustertrade(
      "trade-growth simulate --home 1e-6,1 --foreign 1,0.5 --sigma 0.01 --tau-matrix '0,0.5;0.5,0' --horizon 5");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.find("nan"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("inf"), std::string::npos) << r.out;
}

// (2) integrate_switching's switch guard: home's two industries tie in comparative advantage
// (0.5/1 = 0.5/1) and the cross spillovers (tau_21 = 1, tau_12 = 0.5) exceed the own ones (0.1),
// so whichever industry home employs teaches the other past it: the pattern chatters. The
// sliding path is outside simulate's domain; the refusal names --tau, never an internal error.
// A path that used to be refused (exit 2, "--tau: the trade pattern switches more often than the
// engine's switch limit"): at σ = 500 the two home goods reach one relative productivity and the
// static solver's tie-break picked, at the located switch, the regime that had just ended; now the
// engine continues in the regime the motion enters. It must run (exit 0) and agree with the
// discrete-period model at h = 10⁻³, an independent reading that has no switches to locate (first-order
// convergence: the difference is O(h) times the learning rates, below 2e-3 here).
TEST(CliContract, TiePathThatUsedToChatterRunsAndMatchesFinePeriods) {
  const std::string economy =
      "trade-growth simulate --home 0.5,0.5 --foreign 1,1 --sigma 500 --tau-matrix '0.1,0.5;1,0.1' --horizon 5 "
      "--step 5";
  const auto continuous = run_clustertrade(economy);
  const auto discrete = run_clustertrade(economy + " --time discrete --period 0.001");
  ASSERT_EQ(continuous.status, 0) << continuous.err;
  ASSERT_EQ(discrete.status, 0) << discrete.err;
  auto last_row = [](const std::string& csv) {
    std::vector<double> row;
    std::string line = csv.substr(csv.rfind('\n', csv.size() - 2) + 1);
    std::size_t at = 0;
    while (at < line.size()) {
      const std::size_t comma = std::min(line.find(',', at), line.size());
      const std::string cell = line.substr(at, comma - at);
      row.push_back(cell.empty() ? 0.0 : std::stod(cell));
      at = comma + 1;
    }
    return row;
  };
  const std::vector<double> c = last_row(continuous.out), d = last_row(discrete.out);
  ASSERT_EQ(c.size(), 12u);  // t, two incomes, ω, A (2), A* (2), L (2), L* (2)
  ASSERT_EQ(d.size(), 12u);
  EXPECT_EQ(c[0], 5.0);
  for (std::size_t k = 4; k < 8; ++k) EXPECT_NEAR(c[k], d[k], 2e-3) << "column " << k;
}

// Productivities that grow apart under free migration at sigma = 200 (initial spread 2 passes the
// initial rule: 199 x log10(2) = 60 digits) overflow (A_i/A_j)^(sigma - 1) during the run; the engine's
// re-validation met NaN and used to blame --home. Now: --sigma and the rule. A NaN typed by the user
// is still blamed on its own flag.
TEST(CliContract, PathLeavingTheRepresentableRangeBlamesSigma) {
  expect_usage_error(
      "trade-growth simulate --home 1,2 --foreign 1,1 --sigma 200 --tau-matrix '0,0.5;0.5,0' "
      "--horizon 20 --mobility",
      "--sigma: with --sigma 200 the productivities grew apart");
  expect_usage_error(
      "trade-growth simulate --home nan,2 --foreign 1,1 --sigma 2 --tau-matrix '0,0.5;0.5,0' "
      "--horizon 20",
      "--home (entry 1): must be a finite number (got nan)");
}
