#include "judging/judge_solution.h"

#include "compiler/diagnostics.h"
#include "fix/starter.h"
#include "judging/time_limit.h"

#include <fmt/format.h>

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
  apply_fix_budget(bench.problem, source, v);
  return v;
}

void apply_fix_budget(const Problem& problem, const std::string& source, SolutionVerdict& v) {
  if (!problem.fix.enabled) return;
  v.changed_lines = changed_from_starter(problem, source);
  if (*v.changed_lines > problem.fix.line_budget && v.verdict != Verdict::CE && v.verdict != Verdict::JE) {
    v.verdict = Verdict::FX;
    v.message = fmt::format("fix too large: {} lines changed, budget {}", *v.changed_lines, problem.fix.line_budget);
  }
}

}  // namespace judge
