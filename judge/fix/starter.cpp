#include "fix/starter.h"

#include <fmt/format.h>

#include "fix/line_diff.h"

namespace judge {

std::string read_starter(const Problem& problem) { return read_package_file(problem.starter_path()); }

int changed_from_starter(const Problem& problem, const std::string& source) {
  return changed_lines(read_starter(problem), source);
}

std::filesystem::path compile_starter(Workbench& bench) {
  return compile_package_file(bench, UnitKind::Solution, bench.problem.starter_path(), read_starter(bench.problem),
                              bench.counters, "does not compile (the bugs must be found by tests, not by the compiler)");
}

Judgement judge_starter(Workbench& bench, const std::vector<TestCase>& tests) {
  JudgeOptions alone;
  alone.alongside_reference = false;
  return judge_tests(bench, compile_starter(bench), tests, alone);
}

std::vector<std::string> failing_tests(const Judgement& j) {
  std::vector<std::string> out;
  for (const TestResult& r : j.results)
    if (r.solution.verdict != Verdict::AC)
      out.push_back(fmt::format("{} {} ({})", r.test.group, r.test.name, verdict_code(r.solution.verdict)));
  return out;
}

}  // namespace judge
