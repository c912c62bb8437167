#include "child.h"

#include <fcntl.h>
#include <linux/close_range.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace sandbox {

namespace {

enum Step {
  kSignals = 1, kProcessGroup, kDeathSignal, kCgroup, kNetwork, kStdio, kCloseFds, kChdir, kRlimit, kIdentity,
  kNoNewPrivs, kLandlock, kSeccomp, kSeccompHandoff, kExec,
};

// Records where the child gave up and exits; the parent reads it after the
// vfork-style clone returns.
[[noreturn]] void fail(ChildPlan& plan, int step) {
  int report[2] = {step, errno};
  plan.failed_errno = errno;
  plan.failed_step = step;
  if (plan.error_fd >= 0) {
    ssize_t ignored = ::write(plan.error_fd, report, sizeof report);
    (void)ignored;
  }
  _exit(127);
}

// Sends the seccomp listener to the parent over the notify socket.
bool send_fd(int socket, int fd) {
  char token = 'L';
  iovec io{&token, 1};
  alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))];
  std::memset(control, 0, sizeof control);
  msghdr msg{};
  msg.msg_iov = &io;
  msg.msg_iovlen = 1;
  msg.msg_control = control;
  msg.msg_controllen = sizeof control;
  cmsghdr* c = CMSG_FIRSTHDR(&msg);
  c->cmsg_level = SOL_SOCKET;
  c->cmsg_type = SCM_RIGHTS;
  c->cmsg_len = CMSG_LEN(sizeof(int));
  std::memcpy(CMSG_DATA(c), &fd, sizeof(int));
  return ::sendmsg(socket, &msg, MSG_NOSIGNAL) == 1;
}

int child_main(void* arg) {
  ChildPlan& plan = *static_cast<ChildPlan*>(arg);
  // Handlers are the judge's; the program starts with the defaults. The
  // parent blocked every signal around the clone; the mask is cleared last.
  for (int sig = 1; sig < NSIG; ++sig) {
    struct sigaction dfl {};
    dfl.sa_handler = SIG_DFL;
    // 32 and 33 are glibc's own (thread cancellation, set*id broadcast):
    // its sigaction refuses them, and they are never the program's.
    if (sig != SIGKILL && sig != SIGSTOP && sig != 32 && sig != 33) ::sigaction(sig, &dfl, nullptr);
  }
  // Its own process group, so the parent can kill everything it spawns at once.
  if (::setpgid(0, 0) != 0) fail(plan, kProcessGroup);
  if (::prctl(PR_SET_PDEATHSIG, SIGKILL) != 0) fail(plan, kDeathSignal);
  for (int fd : plan.cgroup_fds)
    if (::write(fd, "0", 1) != 1) fail(plan, kCgroup);
  if (plan.netns_fd >= 0 && ::setns(plan.netns_fd, CLONE_NEWNET) != 0) fail(plan, kNetwork);
  if (::dup2(plan.stdin_fd, 0) < 0 || ::dup2(plan.stdout_fd, 1) < 0 || ::dup2(plan.stderr_fd, 2) < 0)
    fail(plan, kStdio);
  // Nothing else of the judge's is inherited. CLOEXEC rather than close: the
  // descriptors still needed (exec, Landlock, the notify socket) go at exec.
  if (::syscall(SYS_close_range, 3U, ~0U, CLOSE_RANGE_CLOEXEC) != 0) fail(plan, kCloseFds);
  if (::chdir(plan.cwd.c_str()) != 0) fail(plan, kChdir);
  for (const RlimitSetting& r : plan.rlimits)
    if (::syscall(SYS_prlimit64, 0, r.resource, &r.value, nullptr) != 0) fail(plan, kRlimit);
  // Raw system calls: glibc's set*id would signal every thread of the
  // process, and this child shares the judge's memory and thread list.
  if (plan.drop_identity &&
      (::syscall(SYS_setgroups, 0, nullptr) != 0 || ::syscall(SYS_setresgid, plan.gid, plan.gid, plan.gid) != 0 ||
       ::syscall(SYS_setresuid, plan.uid, plan.uid, plan.uid) != 0))
    fail(plan, kIdentity);
  if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) fail(plan, kNoNewPrivs);
  if (plan.landlock_fd >= 0 && ::syscall(SYS_landlock_restrict_self, plan.landlock_fd, 0) != 0) fail(plan, kLandlock);
  if (plan.seccomp_code) {
    sock_fprog prog{plan.seccomp_length, const_cast<sock_filter*>(plan.seccomp_code)};
    long listener = ::syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER,
                              plan.seccomp_notify ? SECCOMP_FILTER_FLAG_NEW_LISTENER : 0, &prog);
    if (listener < 0) fail(plan, kSeccomp);
    if (plan.seccomp_notify) {
      if (!send_fd(plan.notify_socket, static_cast<int>(listener))) fail(plan, kSeccompHandoff);
      ::close(static_cast<int>(listener));
    }
  }
  sigset_t none;
  sigemptyset(&none);
  if (::sigprocmask(SIG_SETMASK, &none, nullptr) != 0) fail(plan, kSignals);
  if (plan.exec_fd >= 0)
    ::syscall(SYS_execveat, plan.exec_fd, "", plan.argv.data(), plan.envp.data(), AT_EMPTY_PATH);
  else
    ::execve(plan.argv[0], plan.argv.data(), plan.envp.data());
  fail(plan, kExec);
}

int bare_main(void* arg) {
  ChildPlan& plan = *static_cast<ChildPlan*>(arg);
  if (::dup2(plan.stdin_fd, 0) < 0 || ::dup2(plan.stdout_fd, 1) < 0 || ::dup2(plan.stderr_fd, 2) < 0)
    fail(plan, kStdio);
  ::execve(plan.argv[0], plan.argv.data(), plan.envp.data());
  fail(plan, kExec);
}

rlimit both(rlim_t v) { return rlimit{v, v}; }

}  // namespace

const char* child_step_name(int step) {
  switch (step) {
    case kSignals: return "signal setup";
    case kProcessGroup: return "setpgid";
    case kDeathSignal: return "prctl(PR_SET_PDEATHSIG)";
    case kCgroup: return "joining the run's cgroup";
    case kNetwork: return "setns(network)";
    case kStdio: return "dup2 of stdin/stdout/stderr";
    case kCloseFds: return "close_range";
    case kChdir: return "chdir";
    case kRlimit: return "setrlimit";
    case kIdentity: return "switching to the unprivileged uid";
    case kNoNewPrivs: return "prctl(PR_SET_NO_NEW_PRIVS)";
    case kLandlock: return "landlock_restrict_self";
    case kSeccomp: return "installing the seccomp filter";
    case kSeccompHandoff: return "handing the seccomp listener to the judge";
    case kExec: return "execve";
  }
  return "setup";
}

std::vector<RlimitSetting> run_rlimits(const Limits& l, bool memory_by_cgroup, bool processes_by_cgroup,
                                       bool own_user_namespace) {
  std::vector<RlimitSetting> r;
  // The kernel's CPU limit is whole seconds: it is only the backstop behind
  // the parent's millisecond watch (SIGXCPU first, SIGKILL a second later).
  rlim_t cpu_seconds = static_cast<rlim_t>(l.cpu_ms / 1000 + 1);
  r.push_back({RLIMIT_CPU, rlimit{cpu_seconds, cpu_seconds + 1}});
  // With a cgroup the memory limit is exact there (and the OOM count says
  // MLE); the address-space limit is only the fallback, as virtual size
  // overstates what a program uses.
  if (!memory_by_cgroup) r.push_back({RLIMIT_AS, both(static_cast<rlim_t>(l.memory_kb) * 1024)});
  long stack_kb = l.stack_kb > 0 ? l.stack_kb : l.memory_kb;
  r.push_back({RLIMIT_STACK, both(static_cast<rlim_t>(stack_kb) * 1024)});
  r.push_back({RLIMIT_FSIZE, both(static_cast<rlim_t>(l.file_size_bytes))});
  r.push_back({RLIMIT_NOFILE, both(static_cast<rlim_t>(l.open_files))});
  r.push_back({RLIMIT_CORE, both(0)});
  r.push_back({RLIMIT_MEMLOCK, both(0)});
  r.push_back({RLIMIT_MSGQUEUE, both(0)});
  // RLIMIT_NPROC counts every process of the uid (per user namespace since
  // Linux 5.14), and root ignores it. In a run's own user namespace it is
  // exact; for the shared uid 65534 it only bounds a fork bomb, loosely
  // enough that concurrent runs never trip each other.
  if (!processes_by_cgroup)
    r.push_back({RLIMIT_NPROC, both(static_cast<rlim_t>(own_user_namespace ? l.processes : l.processes + 256))});
  return r;
}

pid_t start_child(ChildPlan& plan, unsigned long clone_flags, bool share_memory) {
  // With CLONE_VFORK the calling thread waits until the child execs or
  // exits; without CLONE_VM the child has its own copy. Either way one stack
  // per thread is enough.
  alignas(16) static thread_local char stack[64 * 1024];
  unsigned long flags = clone_flags | SIGCHLD | (share_memory ? CLONE_VM | CLONE_VFORK : 0);
  return ::clone(child_main, stack + sizeof stack, static_cast<int>(flags), &plan);
}

pid_t start_bare(ChildPlan& plan) {
  pid_t pid = ::fork();
  if (pid == 0) bare_main(&plan);
  return pid;
}

}  // namespace sandbox
