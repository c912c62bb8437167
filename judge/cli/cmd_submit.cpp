// judge submit: the solution on every hidden test, one verdict.
#include <fmt/format.h>

#include "cli/history_hooks.h"
#include "cli/options.h"
#include "judging/judge_solution.h"
#include "judging/package_tests.h"
#include "report/judgement_report.h"
#include "util/errors.h"
#include "util/files.h"

namespace judge {

namespace {

struct SubmitOptions {
  std::string slug;
  std::string file;
  bool json = false;
  bool show_failing = false;
};

int run_submit(const GlobalOptions& global, const SubmitOptions& o) {
  Problem problem = load_named_problem(global, o.slug);
  std::string source = read_solution(o.file);
  Reveal reveal = o.show_failing ? Reveal::FirstFailing : Reveal::Public;
  if (interview_mode_for(problem)) {
    if (o.show_failing) fmt::print(stderr, "judge: interview mode: failing inputs stay hidden, only verdict counts are shown\n");
    reveal = Reveal::Nothing;
  }
  Workbench bench = open_workbench(std::move(problem));
  SolutionVerdict v = judge_solution(bench, source, o.file, submission_tests);
  save_counters(bench);
  record_judgement(bench.problem, "submit", v, source);
  warn_if_sandbox_degraded();
  if (o.json) {
    auto j = submission_json(bench.problem, v, reveal);
    j["sandbox_layers_off"] = sandbox_layers_off();
    print_json(j);
  }
  else print_submission(stdout, style_for(stdout), bench.problem, v, reveal);
  return exit_code_for(v.verdict);
}

}  // namespace

Command make_submit_command(CLI::App& root, const GlobalOptions& global) {
  auto options = std::make_shared<SubmitOptions>();
  CLI::App* app = root.add_subcommand("submit", "Judge a solution on all hidden tests");
  app->add_option("problem", options->slug, "Problem slug (e.g. two-sum)")->required();
  app->add_option("file", options->file, "Your solution (.cpp)")->required();
  app->add_flag("--json", options->json, "Print one JSON object");
  app->add_flag("--show-failing", options->show_failing, "Print the first failing hidden test (input, expected, got)");
  return {app, [&global, options] { return run_submit(global, *options); }};
}

}  // namespace judge
