// Each package of the bank meets its quality bar. (That every program a
// package ships gets the verdict its folder names is `judge check`'s job: the
// bank_check test runs it on the whole bank.)
#include <algorithm>
#include <filesystem>

#include <gtest/gtest.h>

#include "e2e_support.h"
#include "problem/problem_loader.h"

namespace fs = std::filesystem;

namespace {

class Package : public ::testing::TestWithParam<std::string> {};

size_t count_files(const fs::path& dir, const std::string& ext) {
  size_t n = 0;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) n += it->path().extension() == ext;
  return n;
}

}  // namespace

// The bar every package of the bank meets (issue: first slice).
TEST_P(Package, MeetsTheQualityBar) {
  fs::path dir = e2e::package(GetParam());
  EXPECT_TRUE(fs::exists(dir / "statement.md"));
  size_t samples = count_files(dir / "tests" / "sample", ".in");
  EXPECT_GE(samples, 2u) << "samples";
  EXPECT_LE(samples, 3u) << "samples";
  // Secret tests: files plus generated ones. (That the reference passes them
  // all is bank_check's job; running it here again would double the CI time.)
  judge::Problem problem = judge::load_problem(dir);
  size_t secret = count_files(dir / "tests" / "secret", ".in") + problem.generated.size();
  if (!problem.exhaustive_tests) {
    EXPECT_GE(secret, 20u) << "secret tests";
  }
  EXPECT_GE(count_files(dir / "submissions" / "accepted", ".cpp"), 1u) << "accepted submissions besides the reference";
  if (!problem.fix.enabled) {
    EXPECT_GE(count_files(dir / "submissions" / "wrong_answer", ".cpp"), 2u) << "wrong_answer submissions";
    return;
  }
  // A fix round: the buggy starter, the starter itself and a plausible wrong
  // fix among the failing programs (whatever verdict the bug gives), and a
  // correct rewrite that is over the line budget.
  EXPECT_TRUE(fs::exists(dir / "starter.cpp"));
  size_t failing = 0;
  for (const char* folder : {"wrong_answer", "runtime_error", "time_limit_exceeded", "memory_limit_exceeded"})
    failing += count_files(dir / "submissions" / folder, ".cpp");
  EXPECT_GE(failing, 2u) << "failing submissions (the starter and a wrong fix)";
  EXPECT_GE(count_files(dir / "submissions" / "fix_too_large", ".cpp"), 1u) << "fix_too_large submissions";
}

INSTANTIATE_TEST_SUITE_P(Bank, Package, ::testing::ValuesIn(e2e::all_packages()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string n = info.param;
                           for (char& c : n)
                             if (!isalnum(static_cast<unsigned char>(c))) c = '_';
                           return n;
                         });
