#include "judging/package_tests.h"

#include <unistd.h>

#include <sstream>
#include <system_error>

#include <fmt/format.h>

#include "judging/test_run.h"
#include "util/errors.h"
#include "util/files.h"
#include "util/hash.h"
#include "util/subprocess.h"

namespace judge {

void validate_tests(const Problem& p, const std::vector<TestCase>& tests) {
  for (const TestCase& t : tests) {
    std::string e = check_test_input(p, t.input);
    if (!e.empty()) {
      // "line N: what" -> "file:N: what"
      std::string where = display_path(t.input_path);
      if (e.rfind("line ", 0) == 0) e = e.substr(5);
      throw JudgeError(fmt::format("{}:{}", where, e));
    }
    if (t.answer && p.checker.kind != CheckerKind::Program) {
      std::string a = check_test_answer(p, *t.answer);
      if (!a.empty()) {
        if (a.rfind("line ", 0) == 0) a = a.substr(5);
        std::filesystem::path ans = t.input_path;
        ans.replace_extension(".ans");
        throw JudgeError(fmt::format("{}:{}", display_path(ans), a));
      }
    }
  }
}

std::vector<std::string> generator_args(const GeneratedTest& test) {
  std::istringstream in(test.args);
  std::vector<std::string> out;
  std::string word;
  while (in >> word) out.push_back(word);
  return out;
}

std::vector<TestCase> sample_tests(const Workbench& bench) {
  std::vector<TestCase> samples = load_test_dir(bench.problem, "sample");
  validate_tests(bench.problem, samples);
  return samples;
}

std::vector<TestCase> generated_tests(Workbench& bench) {
  const Problem& p = bench.problem;
  std::vector<TestCase> tests;
  if (p.generated.empty()) return tests;
  build_package(bench);
  // A generated test is kept under the generator's code and the reference's
  // binary: compiling the generator is needed only when a test is missing.
  std::string source;
  try {
    source = read_package_file(p.generator_path());
  } catch (const JudgeError& e) {
    throw JudgeError(fmt::format("{} (problem.yaml lists generated tests)", e.what()));
  }
  std::filesystem::path generator;
  for (const GeneratedTest& g : p.generated) {
    Hasher h;
    h.add("generated-v2").add(source).add(g.args).add(bench.reference.filename().string());
    h.add(p.limits.derived ? "derived" : std::to_string(p.limits.time_ms)).add(std::to_string(p.limits.memory_mb));
    std::filesystem::path dir = generated_dir(bench.cache) / h.hex();
    TestCase t;
    t.name = g.name;
    t.group = "generated";
    t.origin = fmt::format("generator.cpp {}", g.args);
    t.input_path = dir / "input";
    std::error_code ec;
    if (std::filesystem::exists(dir / "answer", ec)) {
      t.input = read_file(dir / "input");
      t.answer = read_file(dir / "answer");
      ++bench.counters.generated_hits;
      tests.push_back(std::move(t));
      continue;
    }
    if (generator.empty()) generator = compile_package_file(bench, UnitKind::Tool, p.generator_path(), source, bench.counters);
    ToolRun run = run_tool(generator, generator_args(g), "", 120000);
    if (run.exit_code != 0)
      throw JudgeError(fmt::format("{}: generated test '{}' ({}) failed: {}", display_path(p.generator_path()), g.name,
                                   run.timed_out ? "timed out" : fmt::format("exit {}", run.exit_code),
                                   run.err.substr(0, run.err.find('\n'))));
    t.input = std::move(run.out);
    std::string e = check_test_input(p, t.input);
    if (!e.empty())
      throw JudgeError(fmt::format("{}: generated test '{}' is not a valid input: {}", display_path(p.generator_path()), g.name, e));
    TestCase in_memory = t;
    in_memory.input_path.clear();
    // A derived limit is not known before the tests exist: generous here.
    Limits limits = p.limits;
    if (limits.derived) limits.time_ms = 10000;
    TestRun ref = execute(limits, bench.reference, in_memory);
    if (!ref.ran_clean)
      throw JudgeError(fmt::format("{}: the reference gets {} on generated test '{}': {}", display_path(p.reference_path()),
                                   verdict_code(ref.verdict), g.name, ref.message));
    t.answer = ref.output;
    // Published as a whole folder: a reader finds both files or neither.
    std::filesystem::path tmp = dir;
    tmp += fmt::format(".tmp-{}", ::getpid());
    make_dirs(tmp);
    write_file_atomic(tmp / "input", t.input);
    write_file_atomic(tmp / "answer", *t.answer);
    std::filesystem::rename(tmp, dir, ec);
    if (ec) std::filesystem::remove_all(tmp, ec);  // another judge published it first
    ++bench.counters.generated_misses;
    tests.push_back(std::move(t));
  }
  return tests;
}

std::vector<TestCase> submission_tests(Workbench& bench) { return submission_tests_with(bench, generated_tests(bench)); }

std::vector<TestCase> submission_tests_with(Workbench& bench, std::vector<TestCase> generated) {
  std::vector<TestCase> tests = sample_tests(bench);
  std::vector<TestCase> secret = load_test_dir(bench.problem, "secret");
  validate_tests(bench.problem, secret);
  for (TestCase& t : secret) tests.push_back(std::move(t));
  for (TestCase& t : generated) tests.push_back(std::move(t));
  if (tests.empty()) throw JudgeError(fmt::format("{}: the package has no tests", display_path(bench.problem.dir)));
  return tests;
}

}  // namespace judge
