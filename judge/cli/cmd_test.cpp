// judge test: the solution on the samples and the user's own tests, each
// shown in full (input, expected, got, diff), answers from the reference.
#include <system_error>

#include <fmt/format.h>

#include "cli/history_hooks.h"
#include "cli/options.h"
#include "fix/starter.h"
#include "judging/judge_solution.h"
#include "judging/package_tests.h"
#include "report/judgement_report.h"
#include "util/errors.h"
#include "util/files.h"

namespace judge {

namespace {

std::vector<TestCase> user_tests(const Problem& p, const TestOptions& o, std::string& tests_label) {
  if (!o.input.empty()) {
    tests_label = "--input";
    return parse_user_tests(p, o.input, "--input");
  }
  fs::path path = o.tests_file;
  if (path.empty()) {
    path = fs::path(o.file).replace_extension(".tests");
    std::error_code ec;
    if (!fs::exists(path, ec)) return {};
  }
  std::string text;
  try {
    text = read_file(path);
  } catch (const std::runtime_error& e) {
    throw UsageError(e.what());
  }
  tests_label = display_path(path);
  return parse_user_tests(p, text, tests_label);
}

void print_results(const Problem& p, const SolutionVerdict& v, const std::string& tests_label, bool interview) {
  Style s = style_for(stdout);
  if (!v.judgement) {
    print_submission(stdout, s, p, v, interview ? Reveal::Nothing : Reveal::Public);
    return;
  }
  const Judgement& j = *v.judgement;
  size_t samples = 0;
  for (const TestResult& r : j.results) samples += r.test.group == "sample";
  fmt::print("{} · {} sample{}{}\n", s.bold(p.slug), samples, samples == 1 ? "" : "s",
             j.results.size() > samples ? fmt::format(" + {} from {}", j.results.size() - samples, tests_label) : "");
  for (const TestResult& r : j.results) {
    bool ok = r.solution.verdict == Verdict::AC;
    std::string where = r.test.group == "user" ? s.dim(" (" + r.test.origin + ")") : "";
    std::string verdict = ok ? "" : " " + s.red(verdict_code(r.solution.verdict));
    fmt::print("{} {}{}{}  {}\n", ok ? s.green("✔") : s.red("✘"), test_name(r), where, verdict,
               s.dim(format_ms(r.solution.cpu_ms)));
    // In an interview, as in a real one, only pass or fail is shown.
    if (interview) continue;
    if (!ok && !r.solution.message.empty()) fmt::print("    {}\n", r.solution.message);
    print_test_details(stdout, s, p, r);
  }
  bool all = j.passed == j.results.size();
  std::string summary = fmt::format("{}/{} passed", j.passed, j.results.size());
  fmt::print("{} {}\n", all ? s.green("✔") : s.red("✘"), all ? s.green(summary) : s.red(summary));
}

nlohmann::ordered_json results_json(const Problem& p, const SolutionVerdict& v, bool interview) {
  nlohmann::ordered_json j = submission_json(p, v, interview ? Reveal::Nothing : Reveal::Public);
  if (!v.judgement || interview) return j;
  // Samples and the user's tests are public: each is reported in full.
  for (size_t i = 0; i < v.judgement->results.size(); ++i) {
    const TestResult& r = v.judgement->results[i];
    nlohmann::ordered_json& t = j["tests"][i];
    t["origin"] = r.test.origin;
    t["input"] = r.test.input;
    t["expected"] = r.test.answer ? nlohmann::ordered_json(*r.test.answer) : nlohmann::ordered_json(nullptr);
    t["got"] = r.solution.ran_clean ? nlohmann::ordered_json(r.solution.output) : nlohmann::ordered_json(nullptr);
    if (!r.solution.prints.empty()) t["printed"] = r.solution.prints;
  }
  j.erase("failing_case");
  return j;
}

}  // namespace

int run_test_command(const GlobalOptions& global, const TestOptions& o) {
  Problem problem = load_named_problem(global, o.slug);
  std::string source = read_solution(o.file);
  std::string tests_label;
  std::vector<TestCase> mine = user_tests(problem, o, tests_label);
  Workbench bench = open_workbench(std::move(problem));
  auto tests = [&](Workbench& b) {
    std::vector<TestCase> all = o.input.empty() ? sample_tests(b) : std::vector<TestCase>{};
    all.insert(all.end(), mine.begin(), mine.end());
    return all;
  };
  SolutionVerdict v = judge_solution(bench, source, o.file, tests);
  // A fix round: which samples the starting code fails, as an interviewer
  // would say when handing it over.
  std::optional<std::vector<std::string>> starter_fails;
  if (bench.problem.fix.enabled) {
    std::vector<TestCase> samples = sample_tests(bench);
    starter_fails = failing_tests(judge_starter(bench, samples));
  }
  save_counters(bench);
  record_judgement(bench.problem, "test", v, source);
  bool interview = interview_mode_for(bench.problem);
  warn_if_sandbox_degraded();
  if (o.json) {
    auto j = results_json(bench.problem, v, interview);
    if (starter_fails) j["starter_fails"] = *starter_fails;
    j["sandbox_layers_off"] = sandbox_layers_off();
    print_json(j);
  }
  else {
    print_results(bench.problem, v, tests_label, interview);
    if (starter_fails)
      fmt::print("{}\n", starter_fails->empty()
                              ? std::string("the starting code passes every sample: the bug shows only in hidden tests")
                              : fmt::format("the starting code fails {}", fmt::join(*starter_fails, ", ")));
  }
  return exit_code_for(v.verdict);
}

Command make_test_command(CLI::App& root, const GlobalOptions& global) {
  auto options = std::make_shared<TestOptions>();
  CLI::App* app = root.add_subcommand("test", "Run a solution on the samples and your own tests, showing each");
  app->add_option("problem", options->slug, "Problem slug (e.g. two-sum)")->required();
  app->add_option("file", options->file, "Your solution (.cpp)")->required();
  app->add_option("--tests", options->tests_file, "Your tests file (default: FILE with .tests, if it exists)");
  app->add_option("--input", options->input, "Run just this input (one literal per argument)");
  app->add_flag("--json", options->json, "Print JSON");
  return {app, [&global, options] { return run_test_command(global, *options); }};
}

}  // namespace judge
