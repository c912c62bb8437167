// The commands a user types, on the real bank: list, show, init, test,
// submit, cache — output, JSON twins and exit codes.
#include <filesystem>

#include <gtest/gtest.h>

#include "e2e_support.h"
#include "util/files.h"
#include "util/subprocess.h"
#include "util/temp_dir.h"

namespace fs = std::filesystem;
using e2e::contains;
using e2e::run_judge;

namespace {

std::string reference_of(const std::string& pkg) { return judge::read_file(e2e::package(pkg) / "reference.cpp"); }

const char* kWrongTwoSum = R"(class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        for (int i = 0; i + 1 < (int)nums.size(); ++i)
            if (nums[i] + nums[i + 1] == target) return {i, i + 1};
        return {0, 1};
    }
};
)";

}  // namespace

TEST(List, ShowsAndFilters) {
  e2e::Output all = run_judge({"list"});
  EXPECT_EQ(all.exit_code, 0) << all.err;
  EXPECT_TRUE(contains(all.out, "two-sum"));
  EXPECT_TRUE(contains(all.out, "PROBLEM"));
  e2e::Output hard = run_judge({"list", "--difficulty", "hard"});
  EXPECT_FALSE(contains(hard.out, "two-sum "));
  e2e::Output json = run_judge({"list", "--pack", "neetcode", "--json"});
  nlohmann::json j = json.json();
  ASSERT_TRUE(j.is_array());
  bool found = false;
  for (const auto& p : j) {
    EXPECT_EQ(p["pack"], "neetcode");
    if (p["slug"] == "two-sum") {
      found = true;
      EXPECT_EQ(p["leetcode"], 1);
      EXPECT_EQ(p["difficulty"], "easy");
    }
  }
  EXPECT_TRUE(found);
  // Grouped by NeetCode category in roadmap order: Arrays & Hashing first, Two Pointers next.
  e2e::Output neetcode = run_judge({"list", "--pack", "neetcode"});
  size_t arrays = neetcode.out.find("neetcode · Arrays & Hashing ·"), pointers = neetcode.out.find("neetcode · Two Pointers ·");
  EXPECT_NE(arrays, std::string::npos) << neetcode.out;
  EXPECT_LT(arrays, pointers);
  EXPECT_LT(neetcode.out.find("two-sum"), pointers);
  EXPECT_EQ(j[0]["category"], "arrays-hashing");
  e2e::Output topic = run_judge({"list", "--topic", "hash-table", "--json"});
  EXPECT_TRUE(contains(topic.out, "\"two-sum\""));
}

TEST(List, UnknownFilterValues) {
  e2e::Output o = run_judge({"list", "--pack", "neetcod"});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_TRUE(contains(o.err, "no pack 'neetcod' (did you mean neetcode?)")) << o.err;
  EXPECT_EQ(run_judge({"list", "--difficulty", "insane"}).exit_code, 2);
}

TEST(Show, StatementSignatureLimits) {
  e2e::Output o = run_judge({"show", "two-sum"});
  EXPECT_EQ(o.exit_code, 0) << o.err;
  EXPECT_TRUE(contains(o.out, "Two Sum"));
  EXPECT_TRUE(contains(o.out, "vector<int> twoSum(vector<int>& nums, int target)"));
  EXPECT_TRUE(contains(o.out, "Constraints"));
  EXPECT_TRUE(contains(o.out, "1 s CPU per test"));
  nlohmann::json j = run_judge({"show", "two-sum", "--json"}).json();
  EXPECT_EQ(j["signature"], "vector<int> twoSum(vector<int>& nums, int target)");
  EXPECT_EQ(j["samples"].size(), 3u);
  EXPECT_EQ(j["samples"][0]["answer"], "[0,1]");
}

TEST(Init, WritesStubTestsAndEditorSetup) {
  judge::TempDir tmp;
  e2e::Output o = run_judge({"init", "two-sum", tmp.path().string()});
  ASSERT_EQ(o.exit_code, 0) << o.err;
  std::string stub = judge::read_file(tmp.path() / "two-sum.cpp");
  EXPECT_EQ(stub, "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n        \n    }\n};\n");
  std::string tests = judge::read_file(tmp.path() / "two-sum.tests");
  EXPECT_TRUE(contains(tests, "[2,7,11,15]\n9\n"));
  nlohmann::json db = nlohmann::json::parse(judge::read_file(tmp.path() / "compile_commands.json"));
  ASSERT_EQ(db.size(), 1u);
  EXPECT_EQ(db[0]["file"], (tmp.path() / "two-sum.cpp").string());
  // The editor setup really compiles the stub: run its command with -fsyntax-only.
  std::vector<std::string> args;
  for (size_t i = 1; i < db[0]["arguments"].size(); ++i) args.push_back(db[0]["arguments"][i]);
  args.push_back("-fsyntax-only");
  args.push_back("-w");
  judge::ToolRun cc = judge::run_tool(db[0]["arguments"][0].get<std::string>(), args, "", 120000, tmp.path());
  EXPECT_EQ(cc.exit_code, 0) << cc.err;
  // A second init refuses to overwrite the solution.
  e2e::Output again = run_judge({"init", "two-sum", tmp.path().string()});
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_TRUE(contains(again.err, "already exists (use --force"));
}

TEST(Init, LinkedListStubShowsTheStructAndCompiles) {
  judge::TempDir tmp;
  ASSERT_EQ(run_judge({"init", "reverse-linked-list", tmp.path().string()}).exit_code, 0);
  std::string stub = judge::read_file(tmp.path() / "reverse-linked-list.cpp");
  EXPECT_TRUE(contains(stub, " * struct ListNode {\n"));
  EXPECT_TRUE(contains(stub, "ListNode *reverseList(ListNode *head) {"));
}

TEST(TestCommand, SamplesAndOwnTestsWithDetails) {
  judge::TempDir tmp;
  fs::path sol = tmp.path() / "two-sum.cpp";
  judge::write_file_atomic(sol, reference_of("neetcode/two-sum"));
  judge::write_file_atomic(tmp.path() / "two-sum.tests", "# mine\n[1,5,9]\n14\n");
  e2e::Output o = run_judge({"test", "two-sum", sol.string()});
  EXPECT_EQ(o.exit_code, 0) << o.out << o.err;
  EXPECT_TRUE(contains(o.out, "✔ sample 1")) << o.out;
  EXPECT_TRUE(contains(o.out, "✔ user 1 (" + (tmp.path() / "two-sum.tests").string() + ":2)")) << o.out;
  EXPECT_TRUE(contains(o.out, "nums = [1,5,9]"));
  EXPECT_TRUE(contains(o.out, "expected  [1,2]"));  // from the reference
  EXPECT_TRUE(contains(o.out, "4/4 passed"));
}

TEST(TestCommand, FailingTestShowsDiffAndExitsOne) {
  judge::TempDir tmp;
  fs::path sol = tmp.path() / "wrong.cpp";
  judge::write_file_atomic(sol, kWrongTwoSum);
  e2e::Output o = run_judge({"test", "two-sum", sol.string(), "--input", "[3,9,4]\n7"});
  EXPECT_EQ(o.exit_code, 1);
  EXPECT_TRUE(contains(o.out, "✘ user 1 (--input:1) WA")) << o.out;
  EXPECT_TRUE(contains(o.out, "expected  [0,2]"));
  EXPECT_TRUE(contains(o.out, "got       [0,1]"));
  EXPECT_TRUE(contains(o.out, "0/1 passed"));
  nlohmann::json j = run_judge({"test", "two-sum", sol.string(), "--input", "[3,9,4] 7", "--json"}).json();
  EXPECT_EQ(j["verdict"], "WA");
  EXPECT_EQ(j["tests"][0]["expected"], "[0,2]");
  EXPECT_EQ(j["tests"][0]["got"], "[0,1]");
}

TEST(TestCommand, ProgramPrintsAreShownApartFromTheAnswer) {
  judge::TempDir tmp;
  fs::path sol = tmp.path() / "chatty.cpp";
  std::string source = reference_of("neetcode/two-sum");
  source.replace(source.find("unordered_map"), 0, "cout << \"debug: starting\" << endl;\n        ");
  judge::write_file_atomic(sol, source);
  e2e::Output o = run_judge({"test", "two-sum", sol.string()});
  EXPECT_EQ(o.exit_code, 0) << o.out;
  EXPECT_TRUE(contains(o.out, "printed   debug: starting")) << o.out;
}

TEST(Submit, AcceptedJsonHasEveryField) {
  judge::TempDir tmp;
  fs::path sol = tmp.path() / "s.cpp";
  judge::write_file_atomic(sol, reference_of("neetcode/two-sum") + "\n// fresh\n");
  e2e::Output first = run_judge({"submit", "two-sum", sol.string(), "--json"});
  EXPECT_EQ(first.exit_code, 0) << first.err;
  nlohmann::json j = first.json();
  for (const char* key : {"problem", "verdict", "passed", "total", "tests", "reference_cpu_ms", "compile_ms", "cached", "message"})
    EXPECT_TRUE(j.contains(key)) << key;
  EXPECT_EQ(j["problem"], "two-sum");
  EXPECT_EQ(j["verdict"], "AC");
  EXPECT_EQ(j["passed"], j["total"]);
  EXPECT_FALSE(j["cached"].get<bool>());
  for (const auto& t : j["tests"])
    for (const char* key : {"name", "verdict", "cpu_ms", "wall_ms", "mem_kb"}) EXPECT_TRUE(t.contains(key)) << key;
  nlohmann::json again = run_judge({"submit", "two-sum", sol.string(), "--json"}).json();
  EXPECT_TRUE(again["cached"].get<bool>());
  e2e::Output text = run_judge({"submit", "two-sum", sol.string()});
  EXPECT_TRUE(contains(text.out, "✔ Accepted · two-sum")) << text.out;
  EXPECT_TRUE(contains(text.out, "the reference"));
}

TEST(Submit, HiddenTestsStayHiddenUnlessAsked) {
  judge::TempDir tmp;
  fs::path sol = tmp.path() / "w.cpp";
  // Right on the samples, wrong on a hidden test: only the hidden one fails.
  judge::write_file_atomic(sol, R"(class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        unordered_map<int, int> seen;
        for (int i = 0; i < (int)nums.size(); ++i) {
            auto it = seen.find(target - nums[i]);
            if (it != seen.end() && nums.size() < 5) return {it->second, i};
            if (it != seen.end()) return {i, i};
            seen[nums[i]] = i;
        }
        return {};
    }
};
)");
  e2e::Output hidden = run_judge({"submit", "two-sum", sol.string()});
  EXPECT_EQ(hidden.exit_code, 1);
  EXPECT_TRUE(contains(hidden.out, "Wrong Answer")) << hidden.out;
  EXPECT_TRUE(contains(hidden.out, "first failing: test")) << hidden.out;
  EXPECT_TRUE(contains(hidden.out, "--show-failing"));
  EXPECT_FALSE(contains(hidden.out, "input ")) << hidden.out;
  EXPECT_FALSE(run_judge({"submit", "two-sum", sol.string(), "--json"}).json().contains("failing_case"));
  e2e::Output shown = run_judge({"submit", "two-sum", sol.string(), "--show-failing"});
  EXPECT_TRUE(contains(shown.out, "input     nums = [")) << shown.out;
  EXPECT_TRUE(contains(shown.out, "expected"));
  nlohmann::json j = run_judge({"submit", "two-sum", sol.string(), "--json", "--show-failing"}).json();
  EXPECT_TRUE(j.contains("failing_case"));
}

TEST(Cache, StatsAndClear) {
  e2e::Output o = run_judge({"cache", "stats"});
  EXPECT_EQ(o.exit_code, 0);
  EXPECT_TRUE(contains(o.out, "compile hits"));
  nlohmann::json j = run_judge({"cache", "stats", "--json"}).json();
  EXPECT_TRUE(j.contains("binaries"));
  EXPECT_EQ(run_judge({"cache"}).exit_code, 2);
}

TEST(Cli, HelpAndVersion) {
  e2e::Output help = run_judge({"--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_TRUE(contains(help.out, "submit"));
  EXPECT_TRUE(contains(help.out, "Exit codes"));
  EXPECT_EQ(run_judge({}).exit_code, 2);
  EXPECT_EQ(run_judge({"frobnicate"}).exit_code, 2);
}
