// The reproducers of issue 20 §1-§4 (generic command line, merge parts, trade-growth, output
// targets), each pinned as what a user sees: exit status, the one line on stderr naming the flag
// (or file and field), nothing on stdout and no file left behind; or a correct result with exit 0.
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/run_command.hpp"

using clustertrade::testing::CommandResult;
using clustertrade::testing::make_temp_dir;
using clustertrade::testing::run_clustertrade;
namespace fs = std::filesystem;

namespace {

std::string write_file(const std::string& dir, const std::string& name, const std::string& text) {
  const std::string path = dir + "/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::size_t files_in(const std::string& dir) {
  std::size_t files = 0;
  for (const auto& entry : fs::directory_iterator(dir)) files += entry.path().filename().string()[0] != '.';
  return files;
}

// Exit 2, one line on stderr mentioning every string of `mentions`, nothing on stdout, and nothing
// written in the working folder.
void expect_refused(const std::string& args, const std::vector<std::string>& mentions) {
  std::string cwd;
  const CommandResult r = run_clustertrade(args, &cwd);
  EXPECT_EQ(r.status, 2) << args << "\n" << r.err;
  EXPECT_TRUE(r.out.empty()) << args << "\n" << r.out.substr(0, 200);
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << args << "\n" << r.err;
  for (const auto& m : mentions)
    EXPECT_NE(r.err.find(m), std::string::npos) << args << "\nstderr: " << r.err << "should mention: " << m;
  EXPECT_EQ(files_in(cwd), 0u) << args;
  fs::remove_all(cwd);
}

const std::string kEconomy = "--home 1,2 --foreign 2,1 --sigma 2";

}  // namespace

// §1/§4: no unsigned flag takes a minus sign (it used to wrap to 2^64 - 1 and abort), nor a value
// beyond 64 bits (it used to saturate), nor a non-decimal spelling.
TEST(HostileInput, UnsignedFlagsRefuseSignsHexAndOverflowNamingTheFlag) {
  for (const std::string value : {"-1", "-2147483649", "18446744073709551616", "0x10", "+5", "1e3"})
    expect_refused("cluster-mapping simulate --local " + value, {"--local: must be a whole number >= 0"});
  expect_refused("cluster-mapping simulate --local=-34", {"--local: "});
  expect_refused("cluster-mapping simulate --regions -3", {"--regions: "});
  expect_refused("cluster-mapping simulate --seed -1", {"--seed: "});
  expect_refused("cluster-mapping simulate --periods -1", {"--periods: "});
  expect_refused("cluster-model coordination --firms -1", {"--firms: "});
  expect_refused("cluster-mapping define --employment x.csv --clusters -2", {"--clusters: "});
  // 2^64 - 1 is the largest seed and is accepted by the parser (the run itself is checked below).
  expect_refused("cluster-mapping simulate --seed 18446744073709551616", {"--seed: ", "64 bits"});
}

// §4: a leading zero is decimal (010 is ten, not octal eight), for every integer flag.
TEST(HostileInput, LeadingZerosAreDecimal) {
  const std::string run = "cluster-mapping simulate --blocks 2,2 --local 1 --periods 2 ";
  const auto ten = run_clustertrade(run + "--regions 10 --seed 10");
  const auto zero_ten = run_clustertrade(run + "--regions 010 --seed 010");
  const auto eight = run_clustertrade(run + "--regions 8 --seed 8");
  ASSERT_EQ(ten.status, 0) << ten.err;
  ASSERT_EQ(zero_ten.status, 0) << zero_ten.err;
  EXPECT_EQ(ten.out, zero_ten.out);
  EXPECT_NE(eight.out, zero_ten.out);
  EXPECT_NE(ten.out.find("\n10,"), std::string::npos) << ten.out;  // the regions column
  const auto inline_form = run_clustertrade(run + "--regions=010 --seed=010");
  EXPECT_EQ(inline_form.out, ten.out);
}

// §4: a flag whose value is missing does not take the next flag as its value.
TEST(HostileInput, FlagWithoutValueIsAnErrorNamingThatFlag) {
  expect_refused("trade-growth equilibrium " + kEconomy + " --out --json", {"--out: needs a value", "'--json'"});
  expect_refused("cluster-model north --lambda-north 1,1 --shares 0.5,0.5 --lbar --lambda-south 1,1.2",
                 {"--lbar: needs a value"});
  expect_refused("trade-growth equilibrium " + kEconomy + " --openness", {"--openness"});
  // A value that begins with "--" can still be given with '='.
  const std::string dir = make_temp_dir();
  const auto r = run_clustertrade("trade-growth equilibrium " + kEconomy + " '--out=" + dir + "/--x.csv'");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(fs::exists(dir + "/--x.csv"));
  fs::remove_all(dir);
}

TEST(HostileInput, UnknownFlagBeforeTheCommandIsNamed) {
  expect_refused("--bogus", {"unknown flag '--bogus'"});
  expect_refused("--bogus trade-growth simulate", {"unknown flag '--bogus'"});
}

// §3: --help and --version whose text cannot be written are not silent successes.
TEST(HostileInput, HelpAndVersionToAFullOrClosedStdoutFail) {
  const std::string bin = CLUSTERTRADE_BIN;
  for (const std::string args : {"--help", "--version", "trade-growth simulate --help"}) {
    const std::string full = "'" + bin + "' " + args + " >/dev/full 2>/dev/null; echo $?";
    const std::string closed = "'" + bin + "' " + args + " >&- 2>/dev/null; echo $?";
    for (const std::string& command : {full, closed}) {
      FILE* pipe = ::popen(command.c_str(), "r");
      ASSERT_NE(pipe, nullptr);
      char buffer[16] = {};
      ASSERT_NE(std::fgets(buffer, sizeof buffer, pipe), nullptr);
      ::pclose(pipe);
      EXPECT_EQ(std::string(buffer), "2\n") << command;
    }
  }
  // And the message says what failed.
  FILE* pipe = ::popen(("'" + bin + "' --version 2>&1 >/dev/full").c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  char line[256] = {};
  ASSERT_NE(std::fgets(line, sizeof line, pipe), nullptr);
  ::pclose(pipe);
  EXPECT_NE(std::string(line).find("stdout: write failed"), std::string::npos) << line;
}

// §1: a labour ratio the engine cannot resolve is refused by simulate as by equilibrium, naming the
// flag the user moved; the message shows the values, never a 300-digit ratio.
TEST(HostileInput, LaborRatioBeyondTheDomainBlamesTheMovedFlag) {
  expect_refused(
      "trade-growth simulate --tau-matrix '0,0;0,0' --home 2,1 --foreign 1,2 --sigma 2 --horizon 0 "
      "--labor-home 1e-8",
      {"--labor-home: ", "[1e-6, 1e6]"});
  expect_refused("trade-growth simulate --tau-matrix '0,0;0,0' " + kEconomy + " --horizon 1 --labor-foreign 1e-12",
                 {"--labor-foreign: "});
  CommandResult r =
      run_clustertrade("trade-growth equilibrium --home 2,1 --foreign 1,2 --sigma 2 --labor-foreign 1e-12");
  EXPECT_EQ(r.status, 2) << r.err;
  EXPECT_EQ(r.err.rfind("clustertrade: --labor-foreign: ", 0), 0u) << r.err;
  r = run_clustertrade("trade-growth equilibrium --home 2,1 --foreign 1,2 --sigma 2 --labor-foreign 1e-308");
  EXPECT_EQ(r.status, 2) << r.err;
  EXPECT_LT(r.err.size(), 400u) << r.err;
  // Inside the domain: a ratio of 1e6 runs.
  r = run_clustertrade("trade-growth simulate --tau-matrix '0,0;0,0' " + kEconomy + " --horizon 1 --labor-home 1e6");
  EXPECT_EQ(r.status, 0) << r.err;
}

// §1/§4: extreme productivities and weights blame their own flag.
TEST(HostileInput, ExtremeProductivitiesAndWeightsBlameTheirFlag) {
  expect_refused("trade-growth equilibrium --home 1e300,1 --foreign 1e-300,1 --sigma 2", {"--foreign: ", "--sigma 2"});
  expect_refused("trade-growth equilibrium " + kEconomy + " --weights 1,1e308", {"--weights (entry 2): "});
  // Cobb-Douglas (sigma = 1) has no cost ratio to overflow: the same spread is no reason to refuse.
  const auto r = run_clustertrade("trade-growth equilibrium --home 1e10,1 --foreign 1e-10,1 --sigma 1");
  EXPECT_NE(r.status, 1) << r.err;
}

TEST(HostileInput, TauFileErrorsNameTheFlag) {
  expect_refused("trade-growth simulate --tau /dev/zero " + kEconomy + " --horizon 1", {"--tau: /dev/zero"});
}

// §4: the discrete period count is what the engine runs (0.1 / 1e-6 is 100000 periods, the limit).
TEST(HostileInput, DiscretePeriodsAtTheLimitAreNotRoundedUp) {
  const auto r = run_clustertrade("trade-growth simulate --tau-matrix '0,0;0,0' " + kEconomy +
                                  " --horizon 0.1 --step 0.1 --time discrete --period 1e-6");
  EXPECT_EQ(r.status, 0) << r.err;
  expect_refused("trade-growth simulate --tau-matrix '0,0;0,0' " + kEconomy +
                     " --horizon 0.1000011 --step 0.1 --time discrete --period 1e-6",
                 {"--period: ", "100001 periods"});
}

// §4: the default --help shows (inf: never) may be typed.
TEST(HostileInput, ClusterDateInfIsTheDefaultAndMayBeTyped) {
  const std::string run = "dynamic-spillovers simulate --learning-rate 0.02 --epsilon 0.05 --a0 0.5 --horizon 3";
  const auto typed = run_clustertrade(run + " --south-cluster-from inf");
  const auto omitted = run_clustertrade(run);
  ASSERT_EQ(typed.status, 0) << typed.err;
  EXPECT_EQ(typed.out, omitted.out);
  expect_refused(run + " --south-cluster-from -inf", {"--south-cluster-from: "});
  expect_refused(run + " --south-cluster-from nan", {"--south-cluster-from: "});
}

// §4: scenario files name their own faults, and their integers stay exact.
TEST(HostileInput, ScenarioFaultsNameTheScenarioKey) {
  const std::string dir = make_temp_dir();
  auto scenario = [&](const std::string& name, const std::string& text) { return write_file(dir, name, text); };
  const std::string eq =
      R"("command": "trade-growth equilibrium", "flags": {"home": [1, 2], "foreign": [2, 1], "sigma": 2)";
  expect_refused("--scenario " + scenario("json.json", "{" + eq + R"(, "json": "yes"}})"), {"\"json\" is a switch"});
  expect_refused(
      "--scenario " + scenario("home.json", R"({"command": "trade-growth equilibrium", "flags": {"home": true}})"),
      {"\"home\" takes a value"});
  expect_refused("--scenario " + scenario("cmd.json", R"({"command": "", "flags": {}})"), {"\"command\" must name"});
  expect_refused("--scenario " + scenario("model.json", R"({"command": "trade-growth", "flags": {}})"),
                 {"\"command\" must name"});
  expect_refused("--scenario " + scenario("flag.json", "{" + eq + R"(, "bogus": 1}})"),
                 {"\"bogus\" is not a flag of 'trade-growth equilibrium'"});
  fs::remove_all(dir);
}

TEST(HostileInput, ScenarioIntegersStayExact) {
  const std::string dir = make_temp_dir();
  const std::string run = "cluster-mapping simulate --regions 5 --blocks 2,2 --local 1 --periods 2";
  for (const std::string seed : {"9007199254740993", "9223372036854775808", "18446744073709551615"}) {
    const std::string path =
        write_file(dir, "s.json",
                   R"({"command": "cluster-mapping simulate", "flags": {"regions": 5, "blocks": "2,2", )"
                   R"("local": 1, "periods": 2, "seed": )" +
                       seed + "}}");
    const auto from_file = run_clustertrade("--scenario " + path);
    const auto typed = run_clustertrade(run + " --seed " + seed);
    ASSERT_EQ(typed.status, 0) << seed << typed.err;
    ASSERT_EQ(from_file.status, 0) << seed << from_file.err;
    EXPECT_EQ(from_file.out, typed.out) << seed;
  }
  // ... and 2^53 + 1 is not 2^53: the two seeds give different nations.
  const auto a = run_clustertrade(run + " --seed 9007199254740993");
  const auto b = run_clustertrade(run + " --seed 9007199254740992");
  EXPECT_NE(a.out, b.out);
  fs::remove_all(dir);
}

// §3: every output target of prove and merge is checked before any is written.
TEST(HostileInput, ProveChecksEveryTargetBeforeWritingAny) {
  const std::string dir = make_temp_dir();
  const std::string tex = dir + "/tx";
  const std::string run = "prove --draws 2 --claims 'rc07.wage-formula' --tex-dir '" + tex + "'";
  expect_refused(run + " --out /proc/x.json", {"--out: "});
  EXPECT_FALSE(fs::exists(tex));
  ASSERT_EQ(::mkfifo((dir + "/fifo").c_str(), 0600), 0);
  expect_refused(run + " --out '" + dir + "/fifo'", {"--out: ", "FIFO"});
  expect_refused(run + " --out /dev/null", {"--out: "});
  EXPECT_FALSE(fs::exists(tex));
  // A claims file in the tex folder that is not a regular file is found before the run, too.
  fs::create_directories(tex + "/claims.tex");
  expect_refused(run + " --out '" + dir + "/c.json'", {"--tex-dir: "});
  EXPECT_FALSE(fs::exists(dir + "/c.json"));
  fs::remove_all(tex);
  // merge: the same.
  for (int i = 0; i < 2; ++i)
    ASSERT_EQ(run_clustertrade("prove --draws 6 --claims 'rc07.wage-formula' --shard " + std::to_string(i) +
                               "/2 --out '" + dir + "/p" + std::to_string(i) + ".json'")
                  .status,
              0);
  expect_refused("merge '" + dir + "/p0.json' '" + dir + "/p1.json' --tex-dir '" + tex + "' --out /proc/x.json",
                 {"--out: "});
  EXPECT_FALSE(fs::exists(tex));
  const auto ok = run_clustertrade("merge '" + dir + "/p0.json' '" + dir + "/p1.json' --tex-dir '" + tex + "' --out '" +
                                   dir + "/m.json'");
  EXPECT_EQ(ok.status, 0) << ok.err;
  EXPECT_TRUE(fs::exists(tex + "/claims.tex"));
  EXPECT_TRUE(fs::exists(dir + "/m.json"));
  fs::remove_all(dir);
}

// §1: merge parts are untrusted input, checked against prove's schema, each fault named by file and
// field; no stack overflow on deep nesting.
TEST(HostileInput, MergePartsAreCheckedAgainstTheSchema) {
  const std::string dir = make_temp_dir();
  for (int i = 0; i < 2; ++i)
    ASSERT_EQ(run_clustertrade("prove --draws 6 --claims 'rc07.wage-formula' --shard " + std::to_string(i) +
                               "/2 --out '" + dir + "/p" + std::to_string(i) + ".json'")
                  .status,
              0);
  const std::string p0 = dir + "/p0.json";
  const auto good = nlohmann::json::parse(slurp(dir + "/p1.json"));
  auto merge_with = [&](const std::string& text, const std::vector<std::string>& mentions,
                        const std::string& extra = "") {
    const std::string bad = write_file(dir, "bad.json", text);
    expect_refused("merge '" + p0 + "' '" + bad + "' --out '" + dir + "/m.json'" + extra, mentions);
    EXPECT_FALSE(fs::exists(dir + "/m.json"));
  };
  auto tampered = [&](auto&& change) {
    nlohmann::json part = good;
    change(part);
    return part.dump(2);
  };
  // 200,000 nested arrays (400 kB) in meta, draw_caps or a tally record.
  const std::string deep = std::string(200000, '[') + std::string(200000, ']');
  for (const std::string where : {"meta", "draw_caps", "first_in_scope"}) {
    std::string text = good.dump();
    const std::string key = "\"" + where + "\":";
    text.insert(text.find(key) + key.size(), deep + ",\"x\":");  // invalid JSON too, but depth comes first
    merge_with(text, {"bad.json: nested more than 64 levels"});
  }
  // A number beyond doubles is JSON nlohmann refuses with out_of_range, not parse_error (found by fuzz_merge_part).
  merge_with(R"({"claims": [], "meta": 0.0135E5504})", {"bad.json: not JSON", "number overflow"});
  merge_with(tampered([](auto& p) {
               p["claims"][0]["tally"]["worst_in_scope"] = {{"index", 1}, {"margin", "x"}};
             }),
             {"bad.json: claims[0].tally.worst_in_scope.margin: must be a number or null"});
  merge_with(tampered([](auto& p) {
               p["claims"][0]["tally"]["first_outside"] = {{"index", "1"}};
             }),
             {"bad.json: claims[0].tally.first_outside.index: must be a whole number"});
  merge_with(tampered([](auto& p) {
               p["claims"][0]["tally"]["counts"]["errors"] = 1;
               p["claims"][0]["tally"]["first_error"] = {{"index", 1}};
             }),
             {"bad.json: claims[0].tally.first_error.detail: missing"}, " --tex-dir '" + dir + "/tx'");
  merge_with(tampered([](auto& p) { p["claims"][0]["tally"]["counts"]["ties"] = -1; }),
             {"claims[0].tally.counts.ties: must be a whole number >= 0"});
  merge_with(tampered([](auto& p) { p["claims"][0]["tally"]["counts"]["draws_used"] = 7; }),
             {"claims[0].tally.counts.draws_used: must be <= draws_requested (7 > 6)"});
  merge_with(tampered([](auto& p) { p["claims"].push_back(p["claims"][0]); }), {"claims[1].id: ", "given twice"});
  merge_with(tampered([](auto& p) { p["meta"]["seed"] = "5"; }), {"bad.json: meta.seed: must be a whole number"});
  merge_with(tampered([](auto& p) { p["meta"]["shard"]["index"] = 2; }),
             {"bad.json: meta.shard: index must be < count"});
  merge_with(good.dump() + "\n{}", {"bad.json: not JSON"});  // something after the JSON value
  merge_with(good.dump() + std::string("\0\xff", 2), {"bad.json: a NUL byte at offset"});  // the parser stops at NUL
  EXPECT_FALSE(fs::exists(dir + "/tx"));
  fs::remove_all(dir);
}

// §4: one CSV dialect: the employment table takes R's quoted header and names as the --tau reader does.
TEST(HostileInput, EmploymentTablesAcceptRQuotedCells) {
  const std::string dir = make_temp_dir();
  const std::string plain = write_file(dir, "plain.csv", "region,a,b\nr1,1,2\nr2,3,1\nr3,2,2\n");
  const std::string quoted =
      write_file(dir, "quoted.csv", "\"region\",\"a\",\"b\"\r\n\"r1\",1,2\r\n\"r2\",\"3\",1\r\n\"r3\",2,2\r\n");
  const auto a = run_clustertrade("cluster-mapping lq --employment '" + plain + "'");
  const auto b = run_clustertrade("cluster-mapping lq --employment '" + quoted + "'");
  ASSERT_EQ(a.status, 0) << a.err;
  ASSERT_EQ(b.status, 0) << b.err;
  EXPECT_EQ(a.out, b.out);
  const std::string open = write_file(dir, "open.csv", "region,a,b\n\"r1,1,2\n");
  expect_refused("cluster-mapping lq --employment '" + open + "'", {"open.csv:2", "unterminated double quote"});
  fs::remove_all(dir);
}

// §2: --draws is capped at what a run can do (10^7 per claim: about 18 hours for all claims on 2
// threads), not 10^12 (centuries).
TEST(HostileInput, ProveDrawsCapIsWhatARunCanDo) {
  expect_refused("prove --list --draws 10000001", {"--draws: ", "10000000"});
  const auto r = run_clustertrade("prove --list --draws 10000000 --claims 'rc07.wage-formula'");
  EXPECT_EQ(r.status, 0) << r.err;
}
