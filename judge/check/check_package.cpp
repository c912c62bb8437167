#include "check/check_package.h"

#include <algorithm>
#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <system_error>

#include <fmt/format.h>

#include "fix/starter.h"
#include "harness/runtime/judge_rt.h"
#include "judging/judge_tests.h"
#include "judging/package_tests.h"
#include "judging/time_limit.h"
#include "judging/workbench.h"
#include "problem/problem_loader.h"
#include "util/errors.h"
#include "util/files.h"
#include "util/hash.h"
#include "util/subprocess.h"

namespace judge {

namespace {

namespace fs = std::filesystem;

// The verdict each folder of submissions/ stands for.
const std::pair<const char*, Verdict> kVerdictFolders[] = {
    {"accepted", Verdict::AC},
    {"wrong_answer", Verdict::WA},
    {"time_limit_exceeded", Verdict::TLE},
    {"runtime_error", Verdict::RE},
    {"memory_limit_exceeded", Verdict::MLE},
    {"fix_too_large", Verdict::FX},  // fix rounds: a rewrite, over the line budget
};

std::string without_space(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != ' ' && c != '\n' && c != '\t' && c != '\r') out += c;
  return out;
}

std::vector<fs::path> cpp_files(const fs::path& dir) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".cpp") files.push_back(it->path());
  std::sort(files.begin(), files.end());
  return files;
}

class Checker {
 public:
  Checker(const fs::path& dir, const CheckOptions& options) : options_(options) {
    report_.dir = dir;
    report_.id = dir.parent_path().filename().string() + "/" + dir.filename().string();
  }

  PackageReport run() {
    auto start = std::chrono::steady_clock::now();
    run_checks();
    report_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return std::move(report_);
  }

 private:
  // Runs one check; an exception is its failure, with the exception's message.
  bool item(const std::string& name, const std::function<void(CheckItem&)>& body) {
    CheckItem it;
    it.name = name;
    it.ok = true;
    auto start = std::chrono::steady_clock::now();
    try {
      body(it);
    } catch (const std::exception& e) {
      it.ok = false;
      it.message = e.what();
    }
    it.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    report_.items.push_back(it);
    return it.ok;
  }

  [[noreturn]] static void fail(const std::string& message) { throw JudgeError(message); }

  void run_checks() {
    if (!item("schema", [&](CheckItem& it) {
          problem_ = load_problem(report_.dir);
          it.message = fmt::format("{} · {} · {}", problem_->title, difficulty_name(problem_->difficulty),
                                   problem_->signature.is_design ? "class " + problem_->signature.class_name
                                                                 : problem_->signature.function().text);
        }))
      return;
    const Problem& p = *problem_;
    bool files_ok = item("files", [&](CheckItem& it) { check_files(p, it); });
    item("statement", [&](CheckItem& it) { check_statement(p, it); });
    bool tests_ok = item("tests", [&](CheckItem& it) { check_test_files(p, it); });
    if (options_.scope == CheckScope::Schema || !files_ok || !tests_ok) return;

    if (!item("toolchain", [&](CheckItem& it) {
          bench_.emplace(open_workbench(p));
          it.message = bench_->toolchain.cxx.string();
        }))
      return;
    Workbench& bench = *bench_;
    if (!p.generated.empty() && !item("generator", [&](CheckItem& it) { check_generator(bench, it); })) return;
    if (!item("all tests", [&](CheckItem& it) {
          tests_ = submission_tests_with(bench, std::move(generated_));
          check_duplicates(tests_);
          Hasher h;
          for (const TestCase& t : tests_) h.add(t.input).add(t.answer.value_or(""));
          tests_key_ = h.hex();
          it.message = fmt::format("{} tests ({} generated)", tests_.size(), p.generated.size());
        }))
      return;
    std::error_code ec;
    if (fs::exists(p.validator_path(), ec) && !item("validator", [&](CheckItem& it) { check_validator(bench, it); }))
      return;
    if (!item("reference", [&](CheckItem& it) { check_reference(bench, it); })) return;
    if (!item("time limit", [&](CheckItem& it) { check_time_limit(bench, it); })) return;
    if (p.fix.enabled) {
      if (!item("fix budget", [&](CheckItem& it) { check_fix_budget(p, it); })) return;
      if (!item("starter", [&](CheckItem& it) { check_starter(bench, it); })) return;
    }
    if (options_.scope == CheckScope::Reference) return;
    check_submissions(bench);
    save_counters(bench);
  }

  void check_files(const Problem& p, CheckItem& it) {
    std::error_code ec;
    std::vector<std::string> problems;
    if (!fs::exists(p.reference_path(), ec)) problems.push_back("reference.cpp is missing");
    if (p.checker.kind == CheckerKind::Program && !fs::exists(p.checker_path(), ec))
      problems.push_back("checker.cpp is missing (problem.yaml says checker: program)");
    if (p.checker.kind != CheckerKind::Program && fs::exists(p.checker_path(), ec))
      problems.push_back("checker.cpp is never used (problem.yaml does not say checker: program)");
    if (!p.generated.empty() && !fs::exists(p.generator_path(), ec))
      problems.push_back("generator.cpp is missing (problem.yaml lists generated tests)");
    if (p.generated.empty() && fs::exists(p.generator_path(), ec))
      problems.push_back("generator.cpp is never used (problem.yaml lists no generated tests)");
    if (p.fix.enabled && !fs::exists(p.starter_path(), ec))
      problems.push_back("starter.cpp is missing (problem.yaml says kind: fix)");
    if (!p.fix.enabled && fs::exists(p.starter_path(), ec))
      problems.push_back("starter.cpp is never used (problem.yaml does not say kind: fix)");
    size_t programs = 0;
    for (fs::directory_iterator d(p.dir / "submissions", ec), end; !ec && d != end; d.increment(ec)) {
      std::string name = d->path().filename().string();
      bool known = std::any_of(std::begin(kVerdictFolders), std::end(kVerdictFolders),
                               [&](const auto& f) { return name == f.first; });
      if (!known)
        problems.push_back(fmt::format("submissions/{}: not a verdict folder (accepted, wrong_answer, "
                                       "time_limit_exceeded, runtime_error, memory_limit_exceeded, fix_too_large)", name));
      else
        programs += cpp_files(d->path()).size();
    }
    if (!problems.empty())
      fail(display_path(p.dir) + ": " + fmt::format("{}", fmt::join(problems, "; ")));
    it.message = fmt::format("{} submissions", programs);
  }

  void check_statement(const Problem& p, CheckItem& it) {
    std::string text = read_package_file(p.statement_path());
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) fail(display_path(p.statement_path()) + ": empty");
    std::string flat = without_space(text);
    for (const TestCase& t : load_test_dir(p, "sample")) {
      std::vector<judge_rt::Value> values;
      try {
        values = judge_rt::parse_values(t.input);
      } catch (const judge_rt::ParseError&) {
        continue;  // the tests check reports it
      }
      for (size_t i = 0; i < values.size(); ++i) {
        // Either spelling counts: as the test file writes it (0.0) or canonical (0).
        std::string literal = judge_rt::to_literal(values[i]);
        size_t end = i + 1 < values.size() ? values[i + 1].offset : t.input.size();
        std::string as_written = without_space(t.input.substr(values[i].offset, end - values[i].offset));
        if (flat.find(without_space(literal)) == std::string::npos && flat.find(as_written) == std::string::npos)
          fail(fmt::format("{}: does not show sample {} (its input {} is not in the text)", display_path(p.statement_path()),
                           t.name, literal.size() > 60 ? literal.substr(0, 57) + "..." : literal));
      }
    }
    it.message = fmt::format("{} characters", text.size());
  }

  void check_test_files(const Problem& p, CheckItem& it) {
    std::vector<TestCase> samples = load_test_dir(p, "sample");
    std::vector<TestCase> secret = load_test_dir(p, "secret");
    validate_tests(p, samples);
    validate_tests(p, secret);
    if (samples.empty()) fail(display_path(p.dir / "tests" / "sample") + ": no sample tests");
    if (secret.empty() && p.generated.empty()) fail(display_path(p.dir / "tests" / "secret") + ": no secret tests");
    std::vector<TestCase> all = samples;
    all.insert(all.end(), secret.begin(), secret.end());
    check_duplicates(all);
    it.message = fmt::format("{} samples, {} secret files", samples.size(), secret.size());
  }

  // Two inputs are the same when they differ only in white space outside
  // strings; one pass and a hash, as generated inputs run to megabytes.
  static std::string input_fingerprint(std::string_view text) {
    Hasher h;
    std::string chunk;
    bool in_string = false, escaped = false;
    for (char c : text) {
      if (in_string) {
        escaped = !escaped && c == '\\';
        if (c == '"' && !escaped) in_string = false;
      } else if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
        continue;
      } else if (c == '"') {
        in_string = true;
      }
      chunk += c;
      if (chunk.size() >= 1 << 16) {
        h.add(chunk);
        chunk.clear();
      }
    }
    h.add(chunk);
    return h.hex();
  }

  static void check_duplicates(const std::vector<TestCase>& tests) {
    std::map<std::string, std::string> seen;
    for (const TestCase& t : tests) {
      auto [at, fresh] = seen.emplace(input_fingerprint(t.input), t.origin);
      if (!fresh) fail(fmt::format("{}: the same input as {}", t.origin, at->second));
    }
  }

  // Every generated test is made once (and kept, with the reference's
  // answer); one more run of the generator must print the same bytes.
  void check_generator(Workbench& bench, CheckItem& it) {
    const Problem& p = bench.problem;
    generated_ = generated_tests(bench);
    fs::path generator = compile_package_file(bench, UnitKind::Tool, p.generator_path(), bench.counters);
    size_t verified = 0;
    for (size_t i = 0; i < p.generated.size(); ++i) {
      const GeneratedTest& g = p.generated[i];
      std::string key = Hasher().add("deterministic-v2").add(generator.filename().string()).add(g.args).hex();
      if (cached_result(key)) {
        ++verified;
        continue;
      }
      ToolRun again = run_tool(generator, generator_args(g), "", 120000);
      if (again.exit_code != 0)
        fail(fmt::format("{}: test '{}' ({}) failed: {}", display_path(p.generator_path()), g.name,
                         again.timed_out ? "timed out" : fmt::format("exit {}", again.exit_code), again.err.substr(0, 300)));
      if (again.out != generated_[i].input)
        fail(fmt::format("{}: test '{}' is not deterministic: two runs with \"{}\" printed different inputs",
                         display_path(p.generator_path()), g.name, g.args));
      keep_result(key, "deterministic");
    }
    it.message = fmt::format("{} tests, each the same twice{}", p.generated.size(),
                             verified ? fmt::format(" ({} cached)", verified) : "");
  }

  void check_validator(Workbench& bench, CheckItem& it) {
    const Problem& p = bench.problem;
    fs::path validator = compile_package_file(bench, UnitKind::Tool, p.validator_path(), bench.counters);
    std::string key = Hasher().add("valid-v1").add(validator.filename().string()).add(tests_key_).hex();
    if (auto kept = cached_result(key)) {
      it.message = *kept + " (cached)";
      return;
    }
    for (const TestCase& t : tests_) {
      ToolRun run = run_tool(validator, {}, t.input, 60000);
      if (run.exit_code == 42) continue;
      std::string says = run.out.empty() ? run.err : run.out;
      while (!says.empty() && says.back() == '\n') says.pop_back();
      if (run.exit_code == 43) fail(fmt::format("{}: rejected by validator.cpp: {}", t.origin, says));
      fail(fmt::format("validator.cpp failed on {} ({}): {}", t.origin,
                       run.timed_out ? "timed out" : fmt::format("exit {}", run.exit_code), says));
    }
    it.message = fmt::format("{} inputs valid", tests_.size());
    keep_result(key, it.message);
  }

  // A passing result is kept under the hash of everything that decided it
  // (the binary, the tests, the checker, the limits, the expectation), so a
  // warm check only runs what changed. Failures are never kept: they run
  // again, and a flaky pass cannot hide behind the cache.
  std::string result_key(const fs::path& binary, const std::string& expectation) const {
    const Workbench& bench = *bench_;
    Hasher h;
    h.add("check-result-v1").add(binary.filename().string()).add(tests_key_).add(expectation);
    h.add(bench.checker.program.filename().string()).add(std::to_string(bench.problem.limits.time_ms));
    h.add(std::to_string(bench.problem.limits.memory_mb)).add(std::to_string(options_.margin));
    return h.hex();
  }
  std::optional<std::string> cached_result(const std::string& key) const {
    std::error_code ec;
    fs::path f = bench_->cache / "check" / key;
    if (!fs::exists(f, ec)) return std::nullopt;
    return read_file(f);
  }
  void keep_result(const std::string& key, const std::string& message) const {
    make_dirs(bench_->cache / "check");
    write_file_atomic(bench_->cache / "check" / key, message);
  }

  JudgeOptions alone(int time_limit_ms = 0) const {
    JudgeOptions o;
    o.alongside_reference = false;
    o.stop_at_first_failure = true;
    o.time_limit_ms = time_limit_ms;
    return o;
  }

  // CPU time is noisy on a shared machine (a busy sibling core slows a run
  // by a third), and the margin rule is about the program, not the noise: a
  // test over the margin runs once more and the faster of its two runs counts.
  // Once one test stays over, the program fails anyway: no more reruns.
  double settled_max_cpu(Workbench& bench, const fs::path& binary, const Judgement& j) const {
    double allowed = bench.problem.limits.time_ms / options_.margin;
    if (j.max_cpu_ms <= allowed) return j.max_cpu_ms;
    double slowest = 0;
    for (const TestResult& r : j.results) {
      double cpu = r.solution.cpu_ms;
      if (cpu > allowed && slowest <= allowed) {
        Judgement again = judge_tests(bench, binary, {r.test}, alone());
        if (again.verdict == Verdict::AC) cpu = std::min(cpu, again.max_cpu_ms);
      }
      slowest = std::max(slowest, cpu);
    }
    return slowest;
  }

  static std::string failure_text(const Judgement& j) {
    if (j.first_failing < 0) return fmt::format("{}/{} tests passed", j.passed, j.results.size());
    const TestResult& f = j.results[static_cast<size_t>(j.first_failing)];
    return fmt::format("{} on {}{}", verdict_code(f.solution.verdict), f.test.origin,
                       f.solution.message.empty() ? "" : ": " + f.solution.message);
  }

  void check_reference(Workbench& bench, CheckItem& it) {
    // A derived limit is measured over the accepted programs first; the
    // reference is then judged under the limit every submission gets.
    resolve_time_limit(bench);
    build_package(bench);
    std::string key = result_key(bench.reference, "reference");
    if (auto kept = cached_result(key)) {
      reference_max_cpu_ = std::atof(kept->c_str());
      it.message = fmt::format("AC on {} tests, slowest {:.0f} ms (cached)", tests_.size(), reference_max_cpu_);
      return;
    }
    Judgement j = judge_tests(bench, bench.reference, tests_, alone());
    if (j.verdict != Verdict::AC) fail(fmt::format("{}: {}", display_path(bench.problem.reference_path()), failure_text(j)));
    reference_max_cpu_ = settled_max_cpu(bench, bench.reference, j);
    it.message = fmt::format("AC on {} tests, slowest {:.0f} ms", tests_.size(), reference_max_cpu_);
    if (reference_max_cpu_ <= bench.problem.limits.time_ms / options_.margin)
      keep_result(key, std::to_string(reference_max_cpu_));
  }

  void check_time_limit(Workbench& bench, CheckItem& it) {
    const Limits& l = bench.problem.limits;
    double allowed = l.time_ms / options_.margin;
    if (reference_max_cpu_ > allowed)
      fail(fmt::format("the reference's slowest test takes {:.0f} ms, more than the limit {} ms / {:.1f}: "
                       "its verdict could flicker on a slower machine",
                       reference_max_cpu_, l.time_ms, options_.margin));
    it.message = l.derived ? fmt::format("{} ms, derived (slowest accepted test x {:g})", l.time_ms, l.multiplier)
                           : fmt::format("{} ms", l.time_ms);
  }

  // The reference of a fix round is the minimal fix: it changes the starter,
  // within the budget the user gets.
  void check_fix_budget(const Problem& p, CheckItem& it) {
    int changed = changed_from_starter(p, read_package_file(p.reference_path()));
    if (changed == 0) fail(fmt::format("{}: the same code as starter.cpp: there is no bug to fix", display_path(p.reference_path())));
    if (changed > p.fix.line_budget)
      fail(fmt::format("{}: changes {} lines of starter.cpp, over the budget of {}: the minimal fix must fit it",
                       display_path(p.reference_path()), changed, p.fix.line_budget));
    it.message = fmt::format("the reference changes {} line{} (budget {})", changed, changed == 1 ? "" : "s",
                             p.fix.line_budget);
  }

  // The starter must be wrong where it counts: on at least one hidden test,
  // and (samples_pass) on no sample, so the user has to reason about it.
  void check_starter(Workbench& bench, CheckItem& it) {
    const Problem& p = bench.problem;
    fs::path binary = compile_starter(bench);
    std::string key = result_key(binary, fmt::format("starter samples_pass={}", p.fix.samples_pass));
    if (auto kept = cached_result(key)) {
      it.message = *kept + " (cached)";
      return;
    }
    // Each group only up to its first failure: a starter that loops would
    // otherwise sit out the time limit on every test.
    std::vector<TestCase> samples, hidden;
    for (const TestCase& t : tests_) (t.group == "sample" ? samples : hidden).push_back(t);
    if (p.fix.samples_pass) {
      Judgement s = judge_tests(bench, binary, samples, alone());
      if (s.verdict == Verdict::JE) fail(fmt::format("{}: judge error: {}", display_path(p.starter_path()), s.message));
      if (s.first_failing >= 0)
        fail(fmt::format("{}: fails {} (problem.yaml says samples_pass: the samples must not give the bug away)",
                         display_path(p.starter_path()), s.results[static_cast<size_t>(s.first_failing)].test.origin));
    }
    Judgement h = judge_tests(bench, binary, hidden, alone());
    if (h.verdict == Verdict::JE) fail(fmt::format("{}: judge error: {}", display_path(p.starter_path()), h.message));
    if (h.first_failing < 0)
      fail(fmt::format("{}: passes every hidden test: the bug is never caught", display_path(p.starter_path())));
    it.message = "caught: " + failure_text(h);
    keep_result(key, it.message);
  }

  void check_submissions(Workbench& bench) {
    const Problem& p = bench.problem;
    std::vector<std::pair<fs::path, Verdict>> programs;
    for (const auto& [folder, verdict] : kVerdictFolders)
      for (const fs::path& f : cpp_files(p.dir / "submissions" / folder)) programs.emplace_back(f, verdict);
    if (!options_.only_submission.empty()) {
      fs::path wanted = fs::weakly_canonical(options_.only_submission);
      programs.erase(std::remove_if(programs.begin(), programs.end(),
                                    [&](const auto& pv) { return fs::weakly_canonical(pv.first) != wanted; }),
                     programs.end());
      if (programs.empty()) {
        item("submission " + options_.only_submission, [&](CheckItem&) {
          fail(fmt::format("{}: not a program under {}/submissions/<verdict>/", options_.only_submission, display_path(p.dir)));
        });
        return;
      }
    }
    for (const auto& [file, expected] : programs) {
      std::string name = "submission " + file.parent_path().filename().string() + "/" + file.filename().string();
      item(name, [&, file = file, expected = expected](CheckItem& it) { check_submission(bench, file, expected, it); });
    }
  }

  void check_submission(Workbench& bench, const fs::path& file, Verdict expected, CheckItem& it) {
    const Problem& p = bench.problem;
    std::string source = read_package_file(file);
    std::string where = display_path(file);
    if (p.fix.enabled) {
      // judge submit's rule: over the budget is FX whatever the tests say.
      int changed = changed_from_starter(p, source);
      bool over = changed > p.fix.line_budget;
      if (over != (expected == Verdict::FX))
        fail(fmt::format("{}: expected {}, but it changes {} lines of starter.cpp (budget {})", where,
                         verdict_code(expected), changed, p.fix.line_budget));
      if (over) {
        it.message = fmt::format("FX as expected ({} lines changed, budget {})", changed, p.fix.line_budget);
        return;
      }
    }
    fs::path binary = compile_package_file(bench, UnitKind::Solution, file, source, bench.counters);
    std::string key = result_key(binary, verdict_code(expected));
    if (auto kept = cached_result(key)) {
      it.message = *kept + " (cached)";
      return;
    }
    // A TLE program must still time out at the limit times the margin, so
    // that its verdict holds on a faster machine too.
    int limit = expected == Verdict::TLE ? static_cast<int>(p.limits.time_ms * options_.margin) : 0;
    Judgement j = judge_tests(bench, binary, tests_, alone(limit));
    if (j.verdict == Verdict::JE) fail(fmt::format("{}: judge error: {}", where, j.message));
    if (j.verdict != expected)
      fail(fmt::format("{}: expected {}, got {}{}", where, verdict_code(expected), verdict_code(j.verdict),
                       j.verdict == Verdict::AC ? fmt::format(" ({}/{} tests passed)", j.passed, j.results.size())
                                                : " (" + failure_text(j) + ")"));
    double slowest = expected == Verdict::AC ? settled_max_cpu(bench, binary, j) : j.max_cpu_ms;
    if (expected == Verdict::AC && slowest > p.limits.time_ms / options_.margin)
      fail(fmt::format("{}: accepted, but its slowest test takes {:.0f} ms, more than the limit {} ms / {:.1f}: "
                       "it could flicker to TLE on a slower machine",
                       where, slowest, p.limits.time_ms, options_.margin));
    it.message = expected == Verdict::AC ? fmt::format("AC, slowest test {:.0f} ms", slowest)
                                         : fmt::format("{} as expected ({})", verdict_code(j.verdict), failure_text(j));
    keep_result(key, it.message);
  }

  CheckOptions options_;
  PackageReport report_;
  std::optional<Problem> problem_;
  std::optional<Workbench> bench_;
  std::vector<TestCase> generated_;  // made by the generator check, then part of tests_
  std::vector<TestCase> tests_;
  std::string tests_key_;
  double reference_max_cpu_ = 0;
};

}  // namespace

bool PackageReport::ok() const {
  return std::all_of(items.begin(), items.end(), [](const CheckItem& i) { return i.ok; });
}

PackageReport check_package(const fs::path& dir, const CheckOptions& options) { return Checker(dir, options).run(); }

}  // namespace judge
