// Bad input of every kind gets one clear line naming the file (and line) and
// the documented exit code: 2 for the user's mistakes, 3 for a broken pack.
#include <filesystem>

#include <gtest/gtest.h>

#include "e2e_support.h"
#include "util/files.h"
#include "util/temp_dir.h"

namespace fs = std::filesystem;
using e2e::contains;
using e2e::run_judge;

namespace {

bool one_line(const std::string& s) { return !s.empty() && s.find('\n') == s.size() - 1; }

// A private copy of the two-sum package, to break at will.
struct BrokenBank {
  judge::TempDir tmp;
  fs::path pkg = tmp.path() / "neetcode" / "two-sum";
  BrokenBank() {
    fs::create_directories(pkg.parent_path());
    fs::copy(e2e::package("neetcode/two-sum"), pkg, fs::copy_options::recursive);
  }
  e2e::Output submit(const fs::path& solution) {
    return run_judge({"--problems", tmp.path().string(), "submit", "two-sum", solution.string()});
  }
};

}  // namespace

TEST(BadInput, UnknownProblemSuggests) {
  e2e::Output o = run_judge({"submit", "two-summ", "x.cpp"});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_EQ(o.err, "judge: unknown problem 'two-summ' (did you mean two-sum?)\n");
}

TEST(BadInput, MissingFile) {
  e2e::Output o = run_judge({"submit", "two-sum", "/nonexistent/sol.cpp"});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_EQ(o.err, "judge: /nonexistent/sol.cpp: No such file or directory\n");
}

TEST(BadInput, EmptyFile) {
  judge::TempDir tmp;
  judge::write_file_atomic(tmp.path() / "e.cpp", "  \n");
  e2e::Output o = run_judge({"submit", "two-sum", (tmp.path() / "e.cpp").string()});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_TRUE(contains(o.err, "e.cpp: the file is empty")) << o.err;
  EXPECT_TRUE(one_line(o.err));
}

TEST(BadInput, BinaryGarbage) {
  judge::TempDir tmp;
  std::string garbage("\x7f" "ELF\x02\x01\x01\0\0\0\xff\xfe", 13);
  judge::write_file_atomic(tmp.path() / "a.out", garbage);
  e2e::Output o = run_judge({"submit", "two-sum", (tmp.path() / "a.out").string()});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_TRUE(contains(o.err, "not a C++ source text (binary data at byte 7)")) << o.err;
  EXPECT_TRUE(one_line(o.err));
}

TEST(BadInput, CompileErrorPointsIntoTheUsersFile) {
  judge::TempDir tmp;
  fs::path sol = tmp.path() / "bad.cpp";
  judge::write_file_atomic(sol, "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) { return nums.sizee(); }\n};\n");
  e2e::Output o = run_judge({"submit", "two-sum", sol.string()});
  EXPECT_EQ(o.exit_code, 1);
  EXPECT_TRUE(contains(o.out, "✘ Compile Error · two-sum")) << o.out;
  EXPECT_TRUE(contains(o.out, sol.string() + ":3:")) << o.out;
  EXPECT_FALSE(contains(o.out, "judge-harness")) << o.out;
  nlohmann::json j = run_judge({"submit", "two-sum", sol.string(), "--json"}).json();
  EXPECT_EQ(j["verdict"], "CE");
  EXPECT_TRUE(contains(j["message"].get<std::string>(), sol.string() + ":3:"));
}

TEST(BadInput, WrongSignatureSaysWhatWasExpected) {
  judge::TempDir tmp;
  fs::path sol = tmp.path() / "sig.cpp";
  judge::write_file_atomic(sol, "class Solution {\npublic:\n    vector<int> twoSums(vector<int>& nums, int target) { return {}; }\n};\n");
  e2e::Output o = run_judge({"submit", "two-sum", sol.string(), "--json"});
  EXPECT_EQ(o.exit_code, 1);
  std::string message = o.json()["message"];
  EXPECT_TRUE(contains(message, sol.string() + ": does not match the signature: expected class Solution with "
                                               "`vector<int> twoSum(vector<int>& nums, int target)`"))
      << message;
}

TEST(BadInput, MissingClass) {
  judge::TempDir tmp;
  fs::path sol = tmp.path() / "nothing.cpp";
  judge::write_file_atomic(sol, "int helper() { return 1; }\n");
  nlohmann::json j = run_judge({"submit", "two-sum", sol.string(), "--json"}).json();
  EXPECT_EQ(j["verdict"], "CE");
  EXPECT_TRUE(contains(j["message"].get<std::string>(), "does not match the signature")) << j["message"];
}

TEST(BadInput, BrokenProblemYamlIsAJudgeErrorWithItsLine) {
  BrokenBank bank;
  std::string yaml = judge::read_file(bank.pkg / "problem.yaml");
  judge::write_file_atomic(bank.pkg / "problem.yaml", yaml + "checkr: exact\n");
  e2e::Output o = bank.submit(bank.pkg / "reference.cpp");
  EXPECT_EQ(o.exit_code, 3);
  EXPECT_TRUE(contains(o.err, "two-sum/problem.yaml:")) << o.err;
  EXPECT_TRUE(contains(o.err, ": unknown key 'checkr'")) << o.err;
  EXPECT_TRUE(one_line(o.err)) << o.err;
  // judge list shows the rest and still reports the broken one.
  e2e::Output list = run_judge({"--problems", bank.tmp.path().string(), "list"});
  EXPECT_EQ(list.exit_code, 3);
  EXPECT_TRUE(contains(list.err, "unknown key 'checkr'"));
}

TEST(BadInput, YamlSyntaxError) {
  BrokenBank bank;
  judge::write_file_atomic(bank.pkg / "problem.yaml", "title: Two Sum\ndifficulty: [easy\n");
  e2e::Output o = bank.submit(bank.pkg / "reference.cpp");
  EXPECT_EQ(o.exit_code, 3);
  EXPECT_TRUE(contains(o.err, "problem.yaml:")) << o.err;
  EXPECT_TRUE(one_line(o.err)) << o.err;
}

TEST(BadInput, BadLiteralInAPackageTest) {
  BrokenBank bank;
  judge::write_file_atomic(bank.pkg / "tests" / "secret" / "99-broken.in", "[1,2]\n\"nine\"\n");
  judge::write_file_atomic(bank.pkg / "tests" / "secret" / "99-broken.ans", "[0,1]\n");
  e2e::Output o = bank.submit(bank.pkg / "reference.cpp");
  EXPECT_EQ(o.exit_code, 3);
  EXPECT_TRUE(contains(o.err, "tests/secret/99-broken.in:2: argument target: expected int")) << o.err;
  EXPECT_TRUE(one_line(o.err)) << o.err;
}

TEST(BadInput, AnswerThatTheReferenceDisagreesWith) {
  BrokenBank bank;
  judge::write_file_atomic(bank.pkg / "tests" / "secret" / "01-minimal.ans", "[0,0]\n");
  e2e::Output o = run_judge({"--problems", bank.tmp.path().string(), "submit", "two-sum", (bank.pkg / "reference.cpp").string(), "--json"});
  EXPECT_EQ(o.exit_code, 3);
  nlohmann::json j = o.json();
  EXPECT_EQ(j["verdict"], "JE");
  EXPECT_TRUE(contains(j["message"].get<std::string>(), "the reference gets WA on tests/secret/01-minimal.in")) << j["message"];
}

TEST(BadInput, MissingReference) {
  BrokenBank bank;
  fs::remove(bank.pkg / "reference.cpp");
  judge::TempDir tmp;
  judge::write_file_atomic(tmp.path() / "s.cpp", judge::read_file(e2e::package("neetcode/two-sum") / "reference.cpp"));
  e2e::Output o = bank.submit(tmp.path() / "s.cpp");
  EXPECT_EQ(o.exit_code, 3);
  EXPECT_TRUE(contains(o.err, "reference.cpp: No such file or directory")) << o.err;
}

TEST(BadInput, ReferenceThatDoesNotCompile) {
  BrokenBank bank;
  judge::write_file_atomic(bank.pkg / "reference.cpp", "class Solution { oops };\n");
  e2e::Output o = bank.submit(bank.pkg / "reference.cpp");
  EXPECT_EQ(o.exit_code, 3);
  EXPECT_TRUE(contains(o.err, "reference.cpp: does not compile: ")) << o.err;
  EXPECT_TRUE(one_line(o.err)) << o.err;
}

TEST(BadInput, BadLiteralInTheUsersTests) {
  judge::TempDir tmp;
  fs::path sol = tmp.path() / "two-sum.cpp";
  judge::write_file_atomic(sol, judge::read_file(e2e::package("neetcode/two-sum") / "reference.cpp"));
  judge::write_file_atomic(tmp.path() / "two-sum.tests", "[1,2]\n3\n\n[1,2,\n3\n");
  e2e::Output o = run_judge({"test", "two-sum", sol.string()});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_TRUE(contains(o.err, "two-sum.tests:4: this list is never closed")) << o.err;
  EXPECT_TRUE(one_line(o.err)) << o.err;
  e2e::Output arity = run_judge({"test", "two-sum", sol.string(), "--input", "[1,2]"});
  EXPECT_EQ(arity.exit_code, 2);
  EXPECT_TRUE(contains(arity.err, "--input:1: the last test has 1 of the 2 literals")) << arity.err;
}

TEST(BadInput, InputOutsideTheConstraintsBlamesTheInputNotTheSolution) {
  judge::TempDir tmp;
  fs::path sol = tmp.path() / "two-sum.cpp";
  judge::write_file_atomic(sol, judge::read_file(e2e::package("neetcode/two-sum") / "reference.cpp"));
  // No pair sums to 100: the reference returns [], which is what we compare against.
  e2e::Output o = run_judge({"test", "two-sum", sol.string(), "--input", "[1,2] 100"});
  EXPECT_EQ(o.exit_code, 0) << o.out << o.err;
}
