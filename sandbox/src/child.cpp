#include "child.h"

#include <fcntl.h>
#include <linux/close_range.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>

namespace sandbox {

namespace {

enum Step { kSetpgid = 1, kDeathSignal, kDup, kCloseFds, kChdir, kRlimit, kSignals, kExec };

// Writes the failure and exits; only async-signal-safe calls.
[[noreturn]] void fail(const ChildPlan& plan, int step) {
  ChildFailure failure{step, errno};
  ssize_t ignored = ::write(plan.error_fd, &failure, sizeof failure);
  (void)ignored;
  _exit(127);
}

rlimit both(rlim_t v) { return rlimit{v, v}; }

}  // namespace

const char* child_step_name(int step) {
  switch (step) {
    case kSetpgid: return "setpgid";
    case kDeathSignal: return "prctl(PR_SET_PDEATHSIG)";
    case kDup: return "dup2 of stdin/stdout/stderr";
    case kCloseFds: return "close_range";
    case kChdir: return "chdir";
    case kRlimit: return "setrlimit";
    case kSignals: return "signal reset";
    case kExec: return "execve";
  }
  return "setup";
}

bool child_step_is_exec(int step) { return step == kExec; }

ChildPlan make_child_plan(const Spec& spec) {
  ChildPlan plan;
  plan.argv_storage = spec.argv;
  plan.env_storage = spec.env;
  for (auto& a : plan.argv_storage) plan.argv.push_back(a.data());
  plan.argv.push_back(nullptr);
  for (auto& e : plan.env_storage) plan.envp.push_back(e.data());
  plan.envp.push_back(nullptr);
  plan.cwd = spec.cwd;

  const Limits& l = spec.limits;
  // The kernel's CPU limit is whole seconds: it is only the backstop behind
  // the parent's millisecond watch (SIGXCPU first, SIGKILL a second later).
  rlim_t cpu_seconds = static_cast<rlim_t>(l.cpu_ms / 1000 + 1);
  plan.rlimits.push_back({RLIMIT_CPU, rlimit{cpu_seconds, cpu_seconds + 1}});
  plan.rlimits.push_back({RLIMIT_AS, both(static_cast<rlim_t>(l.memory_kb) * 1024)});
  long stack_kb = l.stack_kb > 0 ? l.stack_kb : l.memory_kb;
  plan.rlimits.push_back({RLIMIT_STACK, both(static_cast<rlim_t>(stack_kb) * 1024)});
  plan.rlimits.push_back({RLIMIT_FSIZE, both(static_cast<rlim_t>(l.file_size_bytes))});
  plan.rlimits.push_back({RLIMIT_NOFILE, both(static_cast<rlim_t>(l.open_files))});
  plan.rlimits.push_back({RLIMIT_CORE, both(0)});
  plan.rlimits.push_back({RLIMIT_MEMLOCK, both(0)});
  plan.rlimits.push_back({RLIMIT_MSGQUEUE, both(0)});
  // Counted per user, and root is exempt: the process-count layer proper is
  // the pid namespace / cgroup; this keeps an unprivileged run from forking.
  if (::geteuid() != 0)
    plan.rlimits.push_back({RLIMIT_NPROC, both(static_cast<rlim_t>(l.processes))});
  return plan;
}

void run_child(const ChildPlan& plan) {
  // Its own process group, so the parent can kill everything it spawns at once.
  if (::setpgid(0, 0) != 0) fail(plan, kSetpgid);
  if (::prctl(PR_SET_PDEATHSIG, SIGKILL) != 0) fail(plan, kDeathSignal);
  if (::dup2(plan.stdin_fd, 0) < 0 || ::dup2(plan.stdout_fd, 1) < 0 || ::dup2(plan.stderr_fd, 2) < 0)
    fail(plan, kDup);
  // Nothing else of the judge's is inherited. CLOEXEC rather than close, so
  // the error pipe stays usable until the exec itself succeeds.
  if (::syscall(SYS_close_range, 3U, ~0U, CLOSE_RANGE_CLOEXEC) != 0) fail(plan, kCloseFds);
  if (::chdir(plan.cwd.c_str()) != 0) fail(plan, kChdir);
  sigset_t none;
  sigemptyset(&none);
  if (::sigprocmask(SIG_SETMASK, &none, nullptr) != 0) fail(plan, kSignals);
  for (int sig : {SIGPIPE, SIGXCPU, SIGXFSZ, SIGINT, SIGTERM, SIGHUP})
    if (::signal(sig, SIG_DFL) == SIG_ERR) fail(plan, kSignals);
  for (const RlimitSetting& r : plan.rlimits)
    if (::setrlimit(r.resource, &r.value) != 0) fail(plan, kRlimit);
  ::execve(plan.argv[0], plan.argv.data(), plan.envp.data());
  fail(plan, kExec);
}

}  // namespace sandbox
