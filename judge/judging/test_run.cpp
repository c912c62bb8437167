#include "judging/test_run.h"

#include <algorithm>
#include <cstdlib>
#include <thread>

#include "harness/runtime/judge_rt.h"

namespace judge {

namespace {

// More runnable processes than cores starve a busy solution of CPU: the wall
// limit stretches by the load per core (1 to 10x), read once per judge run, so
// that only sleeping programs — not starved ones — meet it.
double busy_machine_factor() {
  static const double factor = [] {
    double load[1];
    unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    if (getloadavg(load, 1) != 1) return 1.0;
    return std::clamp(load[0] / cores, 1.0, 10.0);
  }();
  return factor;
}

}  // namespace

sandbox::Spec test_spec(const Limits& limits, const std::filesystem::path& binary, const TestCase& test) {
  sandbox::Spec spec;
  spec.argv = {binary.string()};
  if (!test.input_path.empty()) spec.stdin_path = test.input_path.string();
  else spec.stdin_data = test.input;
  sandbox::Limits& l = spec.limits;
  l.cpu_ms = limits.time_ms;
  // Wall time is only there to stop sleeping or blocked programs; a busy one
  // meets the CPU limit first.
  l.wall_ms = static_cast<long>((limits.time_ms * 2 + 1000) * busy_machine_factor());
  l.memory_kb = static_cast<long>(limits.memory_mb) * 1024;
  l.output_bytes = 32L << 20;
  return spec;
}

TestRun execute(const Limits& limits, const std::filesystem::path& binary, const TestCase& test) {
  sandbox::Result r = sandbox::run(test_spec(limits, binary, test));
  TestRun run;
  run.cpu_ms = r.cpu_ms;
  run.wall_ms = r.wall_ms;
  run.mem_kb = r.peak_kb;
  run.output = std::move(r.stdout_data);
  while (!run.output.empty() && (run.output.back() == '\n' || run.output.back() == '\r')) run.output.pop_back();
  run.prints = r.stderr_data;
  // The harness's own notes are for the verdict, not the user's prints.
  size_t note = run.prints.rfind("judge-harness: ");
  if (note != std::string::npos) run.prints.erase(note);
  run.harness_rejected_input = r.status == sandbox::Status::Exited && r.exit_code == judge_rt::kExitBadInput;
  if (auto decided = classify_run(r, limits)) {
    run.verdict = decided->verdict;
    run.message = decided->message;
  } else {
    run.ran_clean = true;
  }
  return run;
}

void check_run(const Problem& problem, const CheckerContext& checker, const TestCase& test, TestRun& run) {
  if (!run.ran_clean) return;
  run.check = check_output(problem, checker, test, run.output);
  if (run.check.judge_error) {
    run.verdict = Verdict::JE;
  } else {
    run.verdict = run.check.accepted ? Verdict::AC : Verdict::WA;
  }
  run.message = run.check.message;
}

}  // namespace judge
