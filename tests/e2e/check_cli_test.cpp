// judge check's interface (shards, JUnit, --only, --submission, usage
// errors) and judge new, on small banks made for the test.
#include <filesystem>
#include <set>

#include <gtest/gtest.h>

#include "e2e_support.h"
#include "util/files.h"
#include "util/temp_dir.h"

namespace fs = std::filesystem;
using e2e::contains;
using e2e::run_judge;

namespace {

// A bank of `n` skeleton packages made by judge new.
void make_bank(const fs::path& root, int n) {
  for (int i = 0; i < n; ++i) {
    e2e::Output o = run_judge({"--problems", root.string(), "new", "demo/p" + std::to_string(i), "--signature",
                               "int add(int a, int b)"});
    ASSERT_EQ(o.exit_code, 0) << o.err;
  }
}

std::set<std::string> checked(const e2e::Output& o) {
  std::set<std::string> ids;
  nlohmann::json j = o.json();  // kept: a range-for over a temporary's member would dangle
  for (const auto& p : j["problems"]) ids.insert(p["problem"].get<std::string>());
  return ids;
}

}  // namespace

TEST(JudgeNew, SkeletonsPassTheCheck) {
  judge::TempDir tmp;
  for (const char* sig : {"int maxArea(vector<int>& height)", "void rotate(vector<vector<int>>& matrix)",
                          "ListNode* reverseList(ListNode* head)", "MinStack ; MinStack() ; void push(int val) ; int getMin()",
                          "TimeMap ; TimeMap() ; void set(string key, string value, int timestamp) ; string get(string key, int timestamp)",
                          "bool isValid(string s)", "double median(vector<double>& xs)"}) {
    std::string slug = "s" + std::to_string(std::hash<std::string>()(sig) % 100000);
    e2e::Output made = run_judge({"--problems", tmp.path().string(), "new", "demo/" + slug, "--signature", sig});
    ASSERT_EQ(made.exit_code, 0) << sig << ": " << made.err;
  }
  e2e::Output o = run_judge({"check", tmp.path().string(), "--json"});
  EXPECT_EQ(o.exit_code, 0) << o.out;
  EXPECT_EQ(o.json()["summary"]["problems"], 7);
}

TEST(JudgeNew, RefusesWhatIsThereAndBadSignatures) {
  judge::TempDir tmp;
  make_bank(tmp.path(), 1);
  e2e::Output again = run_judge({"--problems", tmp.path().string(), "new", "demo/p0", "--signature", "int f(int a)"});
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_TRUE(contains(again.err, "already exists")) << again.err;
  e2e::Output bad = run_judge({"--problems", tmp.path().string(), "new", "demo/x", "--signature", "int f(map<int,int> m)"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_TRUE(contains(bad.err, "unsupported type 'map'")) << bad.err;
  EXPECT_FALSE(fs::exists(tmp.path() / "demo" / "x"));
  EXPECT_EQ(run_judge({"--problems", tmp.path().string(), "new", "noslash", "--signature", "int f(int a)"}).exit_code, 2);
}

TEST(JudgeCheck, ShardsCoverTheBankExactlyOnce) {
  judge::TempDir tmp;
  make_bank(tmp.path(), 5);
  std::set<std::string> all = checked(run_judge({"check", tmp.path().string(), "--json"}));
  ASSERT_EQ(all.size(), 5u);
  std::set<std::string> seen;
  size_t total = 0;
  for (int k = 1; k <= 3; ++k) {
    std::set<std::string> part =
        checked(run_judge({"check", tmp.path().string(), "--json", "--shard", std::to_string(k) + "/3"}));
    total += part.size();
    seen.insert(part.begin(), part.end());
  }
  EXPECT_EQ(seen, all);
  EXPECT_EQ(total, 5u);
}

TEST(JudgeCheck, TrailingSlashNamesTheSamePackage) {
  judge::TempDir tmp;
  make_bank(tmp.path(), 2);
  std::string pkg = (tmp.path() / "demo" / "p0").string() + "/";
  std::string pack = (tmp.path() / "demo").string() + "/";
  e2e::Output one = run_judge({"check", pkg, pack, "--json", "--only", "schema"});
  EXPECT_EQ(one.exit_code, 0) << one.out;
  EXPECT_EQ(checked(one), (std::set<std::string>{"demo/p0", "demo/p1"}));
}

TEST(JudgeCheck, JunitReport) {
  judge::TempDir tmp;
  make_bank(tmp.path(), 2);
  judge::write_file_atomic(tmp.path() / "demo" / "p1" / "tests" / "secret" / "1.ans", "12345\n");
  fs::path report = tmp.path() / "report.xml";
  e2e::Output o = run_judge({"check", tmp.path().string(), "--junit", report.string()});
  EXPECT_EQ(o.exit_code, 1);
  std::string xml = judge::read_file(report);
  EXPECT_EQ(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites", 0), 0u);
  EXPECT_TRUE(contains(xml, "<testsuite name=\"demo/p0\""));
  EXPECT_TRUE(contains(xml, "<testcase classname=\"demo/p1\" name=\"reference\""));
  EXPECT_TRUE(contains(xml, "<failure message=\"")) << xml;
  EXPECT_TRUE(contains(o.out, "2 problems: 1 OK, 1 failed")) << o.out;
}

TEST(JudgeCheck, OnlySchemaRunsNoPrograms) {
  judge::TempDir tmp;
  make_bank(tmp.path(), 1);
  judge::write_file_atomic(tmp.path() / "demo" / "p0" / "reference.cpp", "class Solution { broken };\n");
  EXPECT_EQ(run_judge({"check", tmp.path().string(), "--only", "schema"}).exit_code, 0);
  EXPECT_EQ(run_judge({"check", tmp.path().string(), "--only", "reference"}).exit_code, 1);
}

TEST(JudgeCheck, OneSubmission) {
  judge::TempDir tmp;
  make_bank(tmp.path(), 1);
  fs::path pkg = tmp.path() / "demo" / "p0";
  fs::create_directories(pkg / "submissions" / "wrong_answer");
  fs::create_directories(pkg / "submissions" / "accepted");
  judge::write_file_atomic(pkg / "submissions" / "wrong_answer" / "bad.cpp",
                           judge::read_file(pkg / "reference.cpp"));  // passes: a lie
  judge::write_file_atomic(pkg / "submissions" / "accepted" / "same.cpp", judge::read_file(pkg / "reference.cpp"));
  e2e::Output good = run_judge({"check", "--submission", (pkg / "submissions" / "accepted" / "same.cpp").string(), "--json"});
  EXPECT_EQ(good.exit_code, 0) << good.out;
  e2e::Output bad = run_judge({"check", "--submission", (pkg / "submissions" / "wrong_answer" / "bad.cpp").string()});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_TRUE(contains(bad.out, "wrong_answer/bad.cpp: expected WA, got AC")) << bad.out;
}

TEST(JudgeCheck, UsageErrors) {
  judge::TempDir tmp;
  make_bank(tmp.path(), 1);
  EXPECT_EQ(run_judge({"check", tmp.path().string(), "--shard", "3/2"}).exit_code, 2);
  EXPECT_EQ(run_judge({"check", tmp.path().string(), "--shard", "x"}).exit_code, 2);
  EXPECT_EQ(run_judge({"check", tmp.path().string(), "--only", "everything"}).exit_code, 2);
  e2e::Output missing = run_judge({"check", "/nonexistent/bank"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_TRUE(contains(missing.err, "/nonexistent/bank: no such file or directory")) << missing.err;
  EXPECT_EQ(run_judge({"check", "--submission", (tmp.path() / "demo" / "p0" / "reference.cpp").string()}).exit_code, 2);
}

TEST(JudgeCheck, SameSlugInTwoPacks) {
  judge::TempDir tmp;
  make_bank(tmp.path(), 1);
  fs::copy(tmp.path() / "demo", tmp.path() / "other", fs::copy_options::recursive);
  e2e::Output o = run_judge({"check", tmp.path().string()});
  EXPECT_EQ(o.exit_code, 1);
  EXPECT_TRUE(contains(o.out, "slug 'p0' is used by demo/p0 and other/p0")) << o.out;
}

TEST(JudgeCheck, DerivedTimeLimit) {
  judge::TempDir tmp;
  make_bank(tmp.path(), 1);
  fs::path yaml = tmp.path() / "demo" / "p0" / "problem.yaml";
  std::string text = judge::read_file(yaml);
  text.replace(text.find("time_ms: 1000"), 13, "time_ms: derived, multiplier: 4");
  judge::write_file_atomic(yaml, text);
  e2e::Output o = run_judge({"check", tmp.path().string(), "--json"});
  EXPECT_EQ(o.exit_code, 0) << o.out;
  bool found = false;
  nlohmann::json j = o.json();
  for (const auto& c : j["problems"][0]["checks"])
    if (c["name"] == "time limit") found = contains(c["message"].get<std::string>(), "derived");
  EXPECT_TRUE(found) << o.out;
  // A submit uses the same derived limit.
  e2e::Output s = run_judge({"--problems", tmp.path().string(), "submit", "p0",
                             (tmp.path() / "demo" / "p0" / "reference.cpp").string()});
  EXPECT_EQ(s.exit_code, 0) << s.out << s.err;
}
