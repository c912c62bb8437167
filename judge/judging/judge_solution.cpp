#include "judging/judge_solution.h"

#include "compiler/diagnostics.h"
#include "judging/time_limit.h"

namespace judge {

SolutionVerdict judge_solution(Workbench& bench, const std::string& source, const std::string& label,
                               const TestSource& tests) {
  SolutionVerdict v;
  Builds builds = build(bench, source, label);
  v.cached = builds.solution.cached;
  v.compile_ms = builds.solution.compile_ms;
  if (!builds.solution.ok) {
    v.verdict = Verdict::CE;
    v.message = solution_compile_summary(builds.solution.diagnostics, bench.problem, label);
    v.diagnostics = builds.solution.diagnostics;
    return v;
  }
  resolve_time_limit(bench);
  Judgement j = judge_tests(bench, builds.solution.binary, tests(bench));
  v.verdict = j.verdict;
  v.message = j.message;
  v.judgement = std::move(j);
  return v;
}

}  // namespace judge
