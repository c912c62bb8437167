// One program on one test: the sandboxed run, the verdict the run decides by
// itself, and otherwise the checker's verdict on its output.
#pragma once

#include <filesystem>
#include <string>

#include "checker/checker.h"
#include "problem/problem.h"
#include "problem/test_set.h"
#include "sandbox/sandbox.h"
#include "verdict/verdict.h"

namespace judge {

struct TestRun {
  Verdict verdict = Verdict::AC;
  std::string message;
  double cpu_ms = 0;
  double wall_ms = 0;
  long mem_kb = 0;
  std::string output;  // the answer the program printed (one literal)
  std::string prints;  // what the program itself printed (its debugging output)
  CheckOutcome check;
  bool ran_clean = false;  // ended normally, output is an answer to check
  bool harness_rejected_input = false;  // the harness could not read the test input
};

// The sandbox limits and files of a run of `binary` on `test`.
sandbox::Spec test_spec(const Limits& limits, const std::filesystem::path& binary, const TestCase& test);

// Runs the program; verdict from the run alone, or pending a check (ran_clean).
TestRun execute(const Limits& limits, const std::filesystem::path& binary, const TestCase& test);

// Checks a clean run's output against test.answer and sets the verdict.
void check_run(const Problem& problem, const CheckerContext& checker, const TestCase& test, TestRun& run);

}  // namespace judge
