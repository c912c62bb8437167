#include "fix/starter.h"

#include <fmt/format.h>

#include "compiler/diagnostics.h"
#include "fix/line_diff.h"
#include "harness/translation_unit.h"
#include "util/errors.h"
#include "util/files.h"

namespace judge {

std::string read_starter(const Problem& problem) {
  try {
    return read_file(problem.starter_path());
  } catch (const std::runtime_error& e) {
    throw JudgeError(e.what());
  }
}

int changed_from_starter(const Problem& problem, const std::string& source) {
  return changed_lines(read_starter(problem), source);
}

Judgement judge_starter(Workbench& bench, const std::vector<TestCase>& tests) {
  const Problem& p = bench.problem;
  std::string source = read_starter(p);
  CompileOutcome out = compile_unit(bench.toolchain, bench.runtime, bench.cache,
                                    solution_unit(p, source, display_path(p.starter_path())), bench.counters);
  if (!out.ok)
    throw JudgeError(fmt::format("{}: does not compile (the bugs must be found by tests, not by the compiler): {}",
                                 display_path(p.starter_path()), first_error(out.diagnostics, display_path(p.starter_path()))));
  JudgeOptions alone;
  alone.alongside_reference = false;
  return judge_tests(bench, out.binary, tests, alone);
}

std::vector<std::string> failing_tests(const Judgement& j) {
  std::vector<std::string> out;
  for (const TestResult& r : j.results)
    if (r.solution.verdict != Verdict::AC)
      out.push_back(fmt::format("{} {} ({})", r.test.group, r.test.name, verdict_code(r.solution.verdict)));
  return out;
}

}  // namespace judge
