// Judging a compiled solution on a list of tests, next to the reference:
// the reference runs on every test too, so its time is measured in the same
// run, and an input without an answer (a user's own test) gets the
// reference's output as the expected answer.
#pragma once

#include <filesystem>
#include <vector>

#include "judging/test_run.h"
#include "judging/workbench.h"

namespace judge {

struct TestResult {
  TestCase test;
  TestRun solution;
  TestRun reference;
};

struct Judgement {
  Verdict verdict = Verdict::AC;
  std::string message;         // the deciding test's message
  size_t passed = 0;
  int first_failing = -1;      // index into results
  std::vector<TestResult> results;
  double solution_cpu_ms = 0;  // sums over all tests
  double reference_cpu_ms = 0;
  double max_cpu_ms = 0;
  double max_wall_ms = 0;
  long peak_kb = 0;
  double tests_wall_ms = 0;    // the whole test phase, start to end
};

struct JudgeOptions {
  // The reference runs beside the program on every test: its time is then
  // measured in the same run, and it supplies the answer of a test without one.
  bool alongside_reference = true;
  // The first test that fails decides (as on LeetCode); the rest is skipped.
  bool stop_at_first_failure = false;
  // The per-test CPU limit, when not the problem's own (judge check runs TLE
  // programs at 1.5x the limit to be sure they time out with a margin).
  int time_limit_ms = 0;
};

Judgement judge_tests(Workbench& bench, const std::filesystem::path& program, std::vector<TestCase> tests,
                      const JudgeOptions& options = {});

}  // namespace judge
