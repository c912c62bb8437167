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

Judgement judge_tests(Workbench& bench, const std::filesystem::path& solution, std::vector<TestCase> tests);

}  // namespace judge
