#include "judging/judge_tests.h"

#include <algorithm>
#include <chrono>
#include <future>

#include <fmt/format.h>

namespace judge {

namespace {

// The reference's verdict on one test: it must be accepted where the test
// has an answer, and otherwise its output becomes the answer. Returns a
// message when the reference fails, which makes the test a judge error.
std::string settle_reference(Workbench& bench, TestResult& r) {
  const Problem& p = bench.problem;
  if (!r.reference.ran_clean)
    return fmt::format("the reference gets {} on {} ({}){}", verdict_code(r.reference.verdict), r.test.origin,
                       r.reference.message, r.test.group == "user" ? "; is the input within the constraints?" : "");
  if (!r.test.answer) {
    r.test.answer = r.reference.output;
    r.reference.verdict = Verdict::AC;
    return "";
  }
  check_run(p, bench.checker, r.test, r.reference);
  if (r.reference.verdict != Verdict::AC)
    return fmt::format("the reference gets {} on {}: {}", verdict_code(r.reference.verdict), r.test.origin,
                       r.reference.message);
  return "";
}

}  // namespace

Judgement judge_tests(Workbench& bench, const std::filesystem::path& program, std::vector<TestCase> tests,
                      const JudgeOptions& options) {
  Judgement j;
  build_package(bench);
  Limits limits = bench.problem.limits;
  if (options.time_limit_ms > 0) limits.time_ms = options.time_limit_ms;
  auto start = std::chrono::steady_clock::now();
  for (TestCase& test : tests) {
    TestResult r;
    r.test = std::move(test);
    if (options.alongside_reference) {
      // Reference and program run side by side, one test at a time: both see
      // the same machine at the same moment, so the time ratio stays fair on
      // a noisy machine, and the wall time of a submit is halved on two cores.
      auto reference = std::async(std::launch::async,
                                  [&] { return execute(bench.problem.limits, bench.reference, r.test); });
      r.solution = execute(limits, program, r.test);
      r.reference = reference.get();
    } else {
      r.solution = execute(limits, program, r.test);
      r.reference.ran_clean = true;  // the test's own answer stands in for it
      r.reference.output = r.test.answer.value_or("");
    }
    // The same harness read the same input cleanly for the reference: if it
    // "could not read" it for the program, the program's undefined behaviour
    // corrupted it — the program's fault, not the package's.
    if (r.solution.harness_rejected_input && r.reference.ran_clean) {
      r.solution.verdict = Verdict::RE;
      r.solution.message = "the solution broke the test harness (undefined behaviour, or an exit with code 120)";
    }
    std::string reference_failure = options.alongside_reference ? settle_reference(bench, r) : "";
    if (!options.alongside_reference && !r.test.answer) reference_failure = r.test.origin + ": the test has no answer";
    if (!reference_failure.empty()) {
      r.solution.verdict = Verdict::JE;
      r.solution.message = reference_failure;
    } else {
      check_run(bench.problem, bench.checker, r.test, r.solution);
    }
    j.solution_cpu_ms += r.solution.cpu_ms;
    j.reference_cpu_ms += r.reference.cpu_ms;
    j.max_cpu_ms = std::max(j.max_cpu_ms, r.solution.cpu_ms);
    j.max_wall_ms = std::max(j.max_wall_ms, r.solution.wall_ms);
    j.peak_kb = std::max(j.peak_kb, r.solution.mem_kb);
    if (r.solution.verdict == Verdict::AC) {
      ++j.passed;
    } else {
      if (j.first_failing < 0) j.first_failing = static_cast<int>(j.results.size());
      if (outranks(r.solution.verdict, j.verdict)) {
        j.verdict = r.solution.verdict;
        j.message = r.solution.message;
      }
    }
    bool failed = r.solution.verdict != Verdict::AC;
    j.results.push_back(std::move(r));
    if (failed && options.stop_at_first_failure) break;
  }
  j.tests_wall_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return j;
}

}  // namespace judge
