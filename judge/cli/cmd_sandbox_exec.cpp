// judge sandbox-exec: any program under the sandbox, as `isolate --run` or
// nsjail do — for debugging a verdict, and for the sandbox benchmark
// (--repeat N reports the median, min and max wall time per run, measured
// from just before the spawn to just after the reap).
#include <algorithm>
#include <cstdio>

#include <fmt/format.h>

#include "cli/options.h"
#include "sandbox/sandbox.h"
#include "util/errors.h"
#include "util/files.h"
#include "util/subprocess.h"

namespace judge {

namespace {

struct ExecOptions {
  int cpu_ms = 1000;
  int wall_ms = 5000;
  long mem_mb = 256;
  int processes = 1;
  std::vector<std::string> allow_read;
  std::string stdin_file;
  int repeat = 1;
  bool json = false;
  bool bare = false;
  std::vector<std::string> command;
};

const char* status_name(sandbox::Status s) {
  switch (s) {
    case sandbox::Status::Exited: return "exited";
    case sandbox::Status::Signaled: return "signaled";
    case sandbox::Status::LimitKilled: return "limit";
    case sandbox::Status::Forbidden: return "forbidden";
    case sandbox::Status::SetupFailed: return "setup-failed";
  }
  return "?";
}

std::string describe(const sandbox::Result& r) {
  switch (r.status) {
    case sandbox::Status::Exited: return fmt::format("exited {}", r.exit_code);
    case sandbox::Status::Signaled: return "killed by " + sandbox::signal_name(r.signal);
    case sandbox::Status::LimitKilled: return fmt::format("stopped: {} limit", sandbox::limit_name(r.limit));
    case sandbox::Status::Forbidden:
      return "stopped: forbidden syscall " + (r.forbidden_syscall.empty() ? std::string("(unnamed)") : r.forbidden_syscall);
    case sandbox::Status::SetupFailed: return "sandbox setup failed: " + r.error;
  }
  return "?";
}

double percentile(std::vector<double> v, double q) {
  std::sort(v.begin(), v.end());
  return v[static_cast<size_t>(q * static_cast<double>(v.size() - 1) + 0.5)];
}

int run_exec(const ExecOptions& o) {
  if (o.command.empty()) throw UsageError("sandbox-exec: no program given (judge sandbox-exec [options] -- PROGRAM ARGS...)");
  if (o.repeat < 1) throw UsageError("--repeat must be at least 1");
  sandbox::Spec spec;
  spec.argv = o.command;
  if (spec.argv[0].find('/') == std::string::npos) {
    fs::path found = find_program(spec.argv[0]);
    if (found.empty()) throw UsageError(fmt::format("{}: not found on PATH", spec.argv[0]));
    spec.argv[0] = found.string();
  }
  spec.argv[0] = fs::absolute(spec.argv[0]).string();
  spec.limits.cpu_ms = o.cpu_ms;
  spec.limits.wall_ms = o.wall_ms;
  spec.limits.memory_kb = o.mem_mb * 1024;
  spec.limits.processes = o.processes;
  spec.allow_read = o.allow_read;
  spec.stdin_path = o.stdin_file;
  spec.bare = o.bare;
  std::vector<double> walls, cpus;
  sandbox::Result last;
  for (int i = 0; i < o.repeat; ++i) {
    last = sandbox::run(spec);
    if (last.status == sandbox::Status::SetupFailed) break;
    walls.push_back(last.wall_ms);
    cpus.push_back(last.cpu_ms);
  }
  int code = last.status == sandbox::Status::SetupFailed ? kExitJudgeError
             : (last.status == sandbox::Status::Exited && last.exit_code == 0) ? kExitAccepted
                                                                                : kExitNotAccepted;
  if (o.json) {
    nlohmann::ordered_json j;
    j["status"] = status_name(last.status);
    j["exit_code"] = last.exit_code;
    j["signal"] = last.signal ? nlohmann::ordered_json(sandbox::signal_name(last.signal)) : nlohmann::ordered_json(nullptr);
    j["limit"] = sandbox::limit_name(last.limit);
    j["forbidden_syscall"] = last.forbidden_syscall;
    j["error"] = last.error;
    j["cpu_ms"] = last.cpu_ms;
    j["wall_ms"] = last.wall_ms;
    j["peak_kb"] = last.peak_kb;
    j["stdout"] = last.stdout_data;
    j["stderr"] = last.stderr_data;
    j["runs"] = walls.size();
    if (!walls.empty()) {
      j["wall_ms_median"] = percentile(walls, 0.5);
      j["wall_ms_min"] = percentile(walls, 0);
      j["wall_ms_max"] = percentile(walls, 1);
      j["cpu_ms_median"] = percentile(cpus, 0.5);
    }
    nlohmann::ordered_json layers = nlohmann::ordered_json::array();
    if (!o.bare)
      for (const sandbox::Layer& l : sandbox::layers())
        layers.push_back({{"name", l.name}, {"active", l.active}, {"detail", l.detail}});
    j["layers"] = std::move(layers);
    print_json(j);
    return code;
  }
  std::fwrite(last.stdout_data.data(), 1, last.stdout_data.size(), stdout);
  std::fflush(stdout);
  std::fwrite(last.stderr_data.data(), 1, last.stderr_data.size(), stderr);
  fmt::print(stderr, "sandbox: {} · cpu {:.1f} ms · wall {:.1f} ms · peak {} KB\n", describe(last), last.cpu_ms,
             last.wall_ms, last.peak_kb);
  if (o.repeat > 1 && !walls.empty())
    fmt::print(stderr, "sandbox: {} runs · wall per run median {:.3f} ms, min {:.3f}, max {:.3f}\n", walls.size(),
               percentile(walls, 0.5), percentile(walls, 0), percentile(walls, 1));
  return code;
}

}  // namespace

Command make_sandbox_exec_command(CLI::App& root, const GlobalOptions&) {
  auto o = std::make_shared<ExecOptions>();
  CLI::App* app = root.add_subcommand("sandbox-exec", "Run any program under the sandbox (judge sandbox-exec [options] -- PROGRAM ARGS...)");
  app->add_option("--cpu-ms", o->cpu_ms, "CPU time limit (default 1000)");
  app->add_option("--wall-ms", o->wall_ms, "Wall-clock limit (default 5000)");
  app->add_option("--mem-mb", o->mem_mb, "Memory limit (default 256)");
  app->add_option("--processes", o->processes, "Tasks the program may have at once (default 1)");
  app->add_option("--allow-read", o->allow_read, "A path the program may read (repeatable)");
  app->add_option("--stdin", o->stdin_file, "A file to give as stdin (default: empty)");
  app->add_option("--repeat", o->repeat, "Run N times and report the wall time per run");
  app->add_flag("--bare", o->bare, "No isolation: a plain fork+exec+wait (the benchmark's baseline)");
  app->add_flag("--json", o->json, "Print JSON");
  app->add_option("command", o->command, "PROGRAM ARGS...")->required();
  return {app, [o] { return run_exec(*o); }};
}

}  // namespace judge
