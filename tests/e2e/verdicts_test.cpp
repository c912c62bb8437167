// Each verdict a solution can earn, decided through the real judge on one
// two-sum input: limits, crashes, forbidden calls, and the hidden tests out
// of the solution's reach (rule 7: it cannot read its problem's folder).
#include <gtest/gtest.h>

#include "e2e_support.h"
#include "util/files.h"
#include "util/temp_dir.h"

using e2e::contains;
using e2e::run_judge;

namespace {

// The verdict and message of `body` as twoSum's body, on one input.
std::pair<std::string, std::string> verdict_of(const std::string& body, const std::string& prelude = "") {
  judge::TempDir tmp;
  std::string source = prelude + "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n" +
                       body + "\n    }\n};\n";
  judge::write_file_atomic(tmp.path() / "s.cpp", source);
  e2e::Output o = run_judge({"test", "two-sum", (tmp.path() / "s.cpp").string(), "--input", "[2,7,11,15] 9", "--json"});
  nlohmann::json j = o.json();
  if (!j.is_object()) return {"?", o.err};
  std::string message = j["tests"].empty() ? j.value("message", "") : j["tests"][0].value("message", "");
  return {j.value("verdict", "?"), message};
}

const char* kCorrect = "        for (int i = 0; i < (int)nums.size(); ++i) for (int j = i + 1; j < (int)nums.size(); ++j)\n"
                       "            if (nums[i] + nums[j] == target) return {i, j};\n        return {};";

}  // namespace

TEST(Verdicts, HiddenAnswersCannotBeRead) {
  std::string answer = (e2e::package("neetcode/two-sum") / "tests" / "secret" / "01-minimal.ans").string();
  // If the file could be opened the solution would say so with an exception.
  auto [v, m] = verdict_of("        if (ifstream(\"" + answer + "\")) throw runtime_error(\"read the hidden answers\");\n" +
                           "        if (ifstream(\"/etc/passwd\")) throw runtime_error(\"read /etc/passwd\");\n" + kCorrect);
  EXPECT_EQ(v, "AC") << m;
}

TEST(Verdicts, ForbiddenSyscallIsNamed) {
  auto [v, m] = verdict_of("        socket(2, 1, 0);\n" + std::string(kCorrect), "#include <sys/socket.h>\n");
  EXPECT_EQ(v, "RE");
  EXPECT_EQ(m, "forbidden syscall socket");
}

TEST(Verdicts, ForkIsRefused) {
  auto [v, m] = verdict_of("        if (fork() < 0) throw runtime_error(\"fork refused\");\n" + std::string(kCorrect));
  EXPECT_EQ(v, "RE");
  // The pids cgroup names the cause; without one fork fails and the program says so.
  EXPECT_TRUE(contains(m, "more processes or threads than allowed") || contains(m, "fork refused")) << m;
}

TEST(Verdicts, TimeLimit) {
  auto [v, m] = verdict_of("        volatile long x = 0; while (true) x++;\n        return {};");
  EXPECT_EQ(v, "TLE");
  EXPECT_TRUE(contains(m, "CPU time over the 1000 ms limit")) << m;
}

TEST(Verdicts, MemoryLimit) {
  auto [v, m] = verdict_of("        vector<vector<char>> hog; while (true) hog.emplace_back(1 << 20, 'x');\n        return {};");
  EXPECT_EQ(v, "MLE") << m;
}

TEST(Verdicts, AbortKeepsItsNameAndMessage) {
  auto [v, m] = verdict_of("        assert(nums.size() > 100);\n        return {};");
  EXPECT_EQ(v, "RE");
  EXPECT_TRUE(contains(m, "SIGABRT")) << m;
  EXPECT_TRUE(contains(m, "Assertion")) << m;
}

TEST(Verdicts, SegfaultAndExitCode) {
  auto [segv, m1] = verdict_of("        int* p = nullptr; *(volatile int*)p = 1;\n        return {};");
  EXPECT_EQ(segv, "RE");
  EXPECT_TRUE(contains(m1, "SIGSEGV")) << m1;
  auto [code, m2] = verdict_of("        exit(3);");
  EXPECT_EQ(code, "RE");
  EXPECT_EQ(m2, "exit code 3");
}

TEST(Verdicts, OutputLimit) {
  auto [v, m] = verdict_of("        string s(1 << 20, 'x'); while (true) cout << s;\n        return {};");
  EXPECT_EQ(v, "OLE") << m;
}

TEST(Verdicts, DeepRecursionWithinTheMemoryLimitWorks) {
  // LeetCode-sized recursion depth (10^6 frames) must not be a stack overflow.
  auto [v, m] = verdict_of("        function<int(int)> f = [&](int n) { return n == 0 ? 0 : 1 + f(n - 1); };\n"
                           "        if (f(1000000) != 1000000) return {};\n" + std::string(kCorrect));
  EXPECT_EQ(v, "AC") << m;
}

TEST(Verdicts, BreakingTheHarnessIsTheSolutionsFault) {
  // Exit code 120 is the harness's "cannot read the test"; the reference read
  // the same test with the same harness, so the package is not to blame.
  auto [v, m] = verdict_of("        exit(120);");
  EXPECT_EQ(v, "RE");
  EXPECT_TRUE(contains(m, "broke the test harness")) << m;
}
