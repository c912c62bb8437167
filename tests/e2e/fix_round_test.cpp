// Fix rounds (kind: fix) end to end on the bank's fixbug/insert-position:
// init hands out the buggy starter, test says which samples it fails,
// submit counts changed lines (FX over the budget), check verifies the
// starter and the reference.
#include <filesystem>

#include <gtest/gtest.h>

#include "e2e_support.h"
#include "util/files.h"
#include "util/temp_dir.h"

namespace fs = std::filesystem;
using e2e::contains;
using e2e::run_judge;

namespace {

const char* kSlug = "insert-position";
fs::path pkg() { return e2e::package("fixbug/insert-position"); }

// A private copy of the package in a one-problem bank, to break on purpose.
fs::path copy_package(const judge::TempDir& tmp) {
  fs::path dst = tmp.path() / "bank" / "fixbug" / kSlug;
  fs::create_directories(dst.parent_path());
  fs::copy(pkg(), dst, fs::copy_options::recursive);
  return dst;
}

}  // namespace

TEST(FixRound, InitWritesTheStarterAndShowSaysItIsAFixRound) {
  judge::TempDir tmp;
  e2e::Output o = run_judge({"init", kSlug, tmp.path().string()});
  ASSERT_EQ(o.exit_code, 0) << o.err;
  EXPECT_EQ(judge::read_file(tmp.path() / "insert-position.cpp"), judge::read_file(pkg() / "starter.cpp"));
  e2e::Output show = run_judge({"show", kSlug});
  EXPECT_TRUE(contains(show.out, "change at most 2 lines")) << show.out;
  nlohmann::json j = run_judge({"show", kSlug, "--json"}).json();
  EXPECT_EQ(j["fix"]["line_budget"], 2);
  EXPECT_EQ(j["fix"]["bugs"], 1);
}

TEST(FixRound, TestReportsWhatTheStarterFails) {
  judge::TempDir tmp;
  ASSERT_EQ(run_judge({"init", kSlug, tmp.path().string()}).exit_code, 0);
  e2e::Output passes = run_judge({"test", kSlug, "insert-position.cpp"}, tmp.path());
  EXPECT_EQ(passes.exit_code, 0) << passes.out << passes.err;
  EXPECT_TRUE(contains(passes.out, "the starting code passes every sample")) << passes.out;
  // A user test that shows the bug: the starter fails it, and test says so.
  judge::write_file_atomic(tmp.path() / "insert-position.tests", "[1,3,5]\n9\n");
  e2e::Output fails = run_judge({"test", kSlug, "insert-position.cpp", "--json"}, tmp.path());
  nlohmann::json j = fails.json();
  EXPECT_EQ(j["verdict"], "WA");
  EXPECT_EQ(j["starter_fails"], nlohmann::json::array());  // only samples are reported

  // A package whose sample shows the bug: test names it, as an interviewer would.
  judge::TempDir bank;
  fs::path dst = copy_package(bank);
  judge::write_file_atomic(dst / "tests" / "sample" / "3.in", "[10,20,30]\n40\n");
  judge::write_file_atomic(dst / "tests" / "sample" / "3.ans", "3\n");
  e2e::Output shown = run_judge({"--problems", (bank.path() / "bank").string(), "test", kSlug, "insert-position.cpp"},
                                tmp.path());
  EXPECT_TRUE(contains(shown.out, "the starting code fails sample 3 (WA)")) << shown.out;
}

TEST(FixRound, SubmitCountsChangedLinesAndRefusesRewrites) {
  e2e::Output starter = run_judge({"submit", kSlug, (pkg() / "starter.cpp").string(), "--json"});
  EXPECT_EQ(starter.exit_code, 1);
  EXPECT_EQ(starter.json()["verdict"], "WA");
  EXPECT_EQ(starter.json()["changed_lines"], 0);

  e2e::Output fixed = run_judge({"submit", kSlug, (pkg() / "reference.cpp").string(), "--json"});
  EXPECT_EQ(fixed.exit_code, 0) << fixed.out;
  EXPECT_EQ(fixed.json()["verdict"], "AC");
  EXPECT_EQ(fixed.json()["changed_lines"], 1);
  EXPECT_EQ(fixed.json()["line_budget"], 2);

  fs::path rewrite = pkg() / "submissions" / "fix_too_large" / "linear-rewrite.cpp";
  e2e::Output fx = run_judge({"submit", kSlug, rewrite.string()});
  EXPECT_EQ(fx.exit_code, 1);
  EXPECT_TRUE(contains(fx.out, "Fix Too Large")) << fx.out;
  EXPECT_TRUE(contains(fx.out, "fix too large: 7 lines changed, budget 2")) << fx.out;
  EXPECT_EQ(run_judge({"submit", kSlug, rewrite.string(), "--json"}).json()["verdict"], "FX");
}

TEST(FixRound, CheckVerifiesStarterAndBudget) {
  judge::TempDir tmp;
  fs::path dst = copy_package(tmp);
  fs::path bank = tmp.path() / "bank";
  EXPECT_EQ(run_judge({"check", bank.string(), "-j", "1"}).exit_code, 0);

  // A starter that is already right: nothing for the hidden tests to catch.
  std::string good = judge::read_file(dst / "submissions" / "accepted" / "adjust-the-result.cpp");
  std::string original = judge::read_file(dst / "starter.cpp");
  judge::write_file_atomic(dst / "starter.cpp", good);
  e2e::Output no_bug = run_judge({"check", bank.string(), "-j", "1"});
  EXPECT_EQ(no_bug.exit_code, 1);
  EXPECT_TRUE(contains(no_bug.out, "passes every hidden test: the bug is never caught")) << no_bug.out;

  // samples_pass: a starter that fails a sample gives the bug away.
  judge::write_file_atomic(dst / "starter.cpp",
                           judge::read_file(dst / "submissions" / "wrong_answer" / "also-skips-equal-values.cpp"));
  e2e::Output shown = run_judge({"check", bank.string(), "-j", "1"});
  EXPECT_EQ(shown.exit_code, 1);
  EXPECT_TRUE(contains(shown.out, "fails tests/sample/1.in")) << shown.out;

  // A reference that rewrites the starter is not a minimal fix.
  judge::write_file_atomic(dst / "starter.cpp", original);
  judge::write_file_atomic(dst / "reference.cpp",
                           judge::read_file(dst / "submissions" / "fix_too_large" / "linear-rewrite.cpp"));
  e2e::Output big = run_judge({"check", bank.string(), "-j", "1"});
  EXPECT_EQ(big.exit_code, 1);
  EXPECT_TRUE(contains(big.out, "over the budget of 2")) << big.out;

  // kind: fix without its starter.
  fs::remove(dst / "starter.cpp");
  e2e::Output missing = run_judge({"check", bank.string(), "-j", "1"});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_TRUE(contains(missing.out, "starter.cpp is missing")) << missing.out;
}
