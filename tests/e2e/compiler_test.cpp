// The compiler behind every verdict: clang by default (LeetCode's), g++ on
// request, a precompiled prelude that goes stale (new headers, a touched
// file) rebuilt on the spot instead of failing every compile, and a
// problem's driver compiled once for all its solutions.
#include <chrono>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "e2e_support.h"
#include "util/files.h"
#include "util/temp_dir.h"

namespace fs = std::filesystem;
using e2e::contains;
using e2e::run_judge;

namespace {

std::string reference(const std::string& pack_slug) { return (e2e::package(pack_slug) / "reference.cpp").string(); }

}  // namespace

TEST(Compiler, ClangByDefaultWithThePreludeIncluded) {
  e2e::Output o = run_judge({"harness", "two-sum", "--command"}, {}, {"JUDGE_CXX="});
  ASSERT_EQ(o.exit_code, 0) << o.err;
  EXPECT_TRUE(contains(o.out, "clang")) << o.out;
  EXPECT_TRUE(contains(o.out, "-include ")) << o.out;  // how clang applies a PCH
}

TEST(Compiler, GccStillJudgesWhenAskedFor) {
  e2e::Output cmd = run_judge({"harness", "two-sum", "--command"}, {}, {"JUDGE_CXX=g++"});
  ASSERT_EQ(cmd.exit_code, 0) << cmd.err;
  EXPECT_TRUE(contains(cmd.out, "g++")) << cmd.out;
  e2e::Output o = run_judge({"submit", "two-sum", reference("neetcode/two-sum"), "--json"}, {}, {"JUDGE_CXX=g++"});
  ASSERT_EQ(o.exit_code, 0) << o.out << o.err;
  EXPECT_EQ(o.json()["verdict"], "AC");
}

TEST(Compiler, MissingCompilerIsOneLineNamingIt) {
  e2e::Output o = run_judge({"submit", "two-sum", reference("neetcode/two-sum")}, {}, {"JUDGE_CXX=/nowhere/clang++"});
  EXPECT_EQ(o.exit_code, 3) << o.err;
  EXPECT_TRUE(contains(o.err, "/nowhere/clang++")) << o.err;
  EXPECT_EQ(o.err.find('\n'), o.err.size() - 1) << o.err;
}

TEST(Compiler, StalePrecompiledPreludeIsRebuilt) {
  judge::TempDir cache;
  std::vector<std::string> env = {"JUDGE_CACHE_DIR=" + cache.path().string()};
  e2e::Output first = run_judge({"submit", "two-sum", reference("neetcode/two-sum"), "--json"}, {}, env);
  ASSERT_EQ(first.exit_code, 0) << first.out << first.err;
  // As after a libstdc++ update: a file the PCH was built from is newer.
  std::vector<fs::path> preludes;
  for (const auto& e : fs::directory_iterator(cache.path() / "runtime"))
    if (fs::exists(e.path() / "prelude.h")) preludes.push_back(e.path() / "prelude.h");
  ASSERT_EQ(preludes.size(), 1u);
  fs::last_write_time(preludes[0], fs::last_write_time(preludes[0]) + std::chrono::hours(1));
  judge::TempDir work;
  fs::path changed = work.path() / "changed.cpp";
  judge::write_file_atomic(changed, judge::read_file(reference("neetcode/two-sum")) + "// a new cache key\n");
  e2e::Output second = run_judge({"submit", "two-sum", changed.string(), "--json"}, {}, env);
  ASSERT_EQ(second.exit_code, 0) << second.out << second.err;
  EXPECT_EQ(second.json()["verdict"], "AC");
}

// The problem's driver (its generated main) is compiled once: every later
// solution of the problem links the cached object.
TEST(Compiler, DriverIsCompiledOncePerProblem) {
  judge::TempDir cache, work;
  std::vector<std::string> env = {"JUDGE_CACHE_DIR=" + cache.path().string()};
  for (int i = 0; i < 2; ++i) {
    fs::path copy = work.path() / fmt::format("copy{}.cpp", i);
    judge::write_file_atomic(copy, judge::read_file(reference("neetcode/lru-cache")) + fmt::format("// copy {}\n", i));
    e2e::Output o = run_judge({"submit", "lru-cache", copy.string(), "--json"}, {}, env);
    ASSERT_EQ(o.exit_code, 0) << o.out << o.err;
    EXPECT_EQ(o.json()["verdict"], "AC");
    // The reference, the copies so far, the generator: each its own binary.
    nlohmann::json stats = run_judge({"cache", "stats", "--json"}, {}, env).json();
    EXPECT_EQ(stats["binaries"], 3 + i) << stats.dump();
    EXPECT_EQ(stats["drivers"], 1) << stats.dump();
  }
}

// LeetCode's code has no main of its own: one that brings it fails to
// compile, with the compiler's word for it, and does not reach the linker.
TEST(Compiler, SolutionWithItsOwnMainIsACompileError) {
  judge::TempDir work;
  fs::path sol = work.path() / "with-main.cpp";
  judge::write_file_atomic(sol, judge::read_file(reference("neetcode/two-sum")) + "int main() { return 0; }\n");
  e2e::Output o = run_judge({"submit", "two-sum", sol.string(), "--json"});
  EXPECT_EQ(o.json()["verdict"], "CE") << o.out;
  EXPECT_TRUE(contains(o.out, "redefinition of 'main'")) << o.out;
}
