// A user's solution from file to verdict: compile it (cached) beside the
// package's programs, run it on the tests, and sum it up.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "judging/judge_tests.h"
#include "judging/workbench.h"

namespace judge {

struct SolutionVerdict {
  Verdict verdict = Verdict::AC;
  std::string message;       // the deciding test's message, or the compile error line
  std::string diagnostics;   // the compiler's output for CE
  std::optional<Judgement> judgement;  // absent for CE
  double compile_ms = 0;
  bool cached = false;
  std::optional<int> changed_lines;  // fix rounds: lines changed from the starter
};

using TestSource = std::function<std::vector<TestCase>(Workbench&)>;

SolutionVerdict judge_solution(Workbench& bench, const std::string& source, const std::string& label,
                               const TestSource& tests);

// A fix round's budget, applied to a judged solution: over it, the verdict is
// FX whatever the tests said (a rewrite is not a fix). A no-op elsewhere.
void apply_fix_budget(const Problem& problem, const std::string& source, SolutionVerdict& verdict);

}  // namespace judge
