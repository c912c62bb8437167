// The parent side of a sandboxed run: prepare every layer, start the child,
// watch its output, CPU, wall time and forbidden calls, stop it at the first
// limit, kill whatever it left behind, reap it and measure it.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <memory>
#include <string>

#include "cgroup.h"
#include "child.h"
#include "cpu_clock.h"
#include "environment.h"
#include "landlock.h"
#include "sandbox/sandbox.h"
#include "seccomp_policy.h"

namespace sandbox {

namespace {

using Clock = std::chrono::steady_clock;

// Headroom of the cgroup memory limit over the run's limit: the stack limit
// equals the memory limit, and a runaway recursion must end as a stack
// overflow (RE), not as an OOM kill (MLE), as it does on LeetCode.
constexpr long kCgroupHeadroomKb = 16 * 1024;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::string system_error(const std::string& what) { return what + ": " + std::strerror(errno); }

// Closes on scope exit; descriptors are most of what a run owns.
struct Fd {
  int fd = -1;
  Fd() = default;
  explicit Fd(int f) : fd(f) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() { reset(); }
  void reset(int to = -1) {
    if (fd >= 0) ::close(fd);
    fd = to;
  }
};

bool make_pipe(Fd& read_end, Fd& write_end) {
  int p[2];
  if (::pipe2(p, O_CLOEXEC) != 0) return false;
  read_end.reset(p[0]);
  write_end.reset(p[1]);
  return true;
}

// stdin is a file descriptor the child reads at its own pace: the given file,
// or an anonymous memory file holding the bytes. No writer thread, no deadlock.
bool open_stdin(const Spec& spec, Fd& fd, std::string& error) {
  if (!spec.stdin_path.empty()) {
    fd.reset(::open(spec.stdin_path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.fd < 0) error = system_error("open " + spec.stdin_path);
    return fd.fd >= 0;
  }
  fd.reset(::memfd_create("sandbox-stdin", MFD_CLOEXEC));
  if (fd.fd < 0) {
    error = system_error("memfd_create");
    return false;
  }
  size_t done = 0;
  while (done < spec.stdin_data.size()) {
    ssize_t n = ::write(fd.fd, spec.stdin_data.data() + done, spec.stdin_data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      error = system_error("write stdin memfd");
      return false;
    }
    done += static_cast<size_t>(n);
  }
  if (::lseek(fd.fd, 0, SEEK_SET) != 0) {
    error = system_error("lseek stdin memfd");
    return false;
  }
  return true;
}

int receive_fd(int socket) {
  char token;
  iovec io{&token, 1};
  alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))];
  msghdr msg{};
  msg.msg_iov = &io;
  msg.msg_iovlen = 1;
  msg.msg_control = control;
  msg.msg_controllen = sizeof control;
  if (::recvmsg(socket, &msg, MSG_DONTWAIT | MSG_CMSG_CLOEXEC) != 1) return -1;
  cmsghdr* c = CMSG_FIRSTHDR(&msg);
  if (!c || c->cmsg_type != SCM_RIGHTS) return -1;
  int fd;
  std::memcpy(&fd, CMSG_DATA(c), sizeof fd);
  return fd;
}

// Reads what is available; returns false at EOF or error.
bool drain(int fd, std::string* keep, long keep_limit, long& total) {
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && errno == EAGAIN) return true;
    if (n <= 0) return false;
    total += n;
    if (keep && static_cast<long>(keep->size()) < keep_limit)
      keep->append(buf, static_cast<size_t>(std::min<long>(n, keep_limit - static_cast<long>(keep->size()))));
    if (n < static_cast<ssize_t>(sizeof buf)) return true;
  }
}

// Everything a run prepares before its child starts.
struct Prepared {
  ChildPlan plan;
  Fd stdin_fd, out_read, out_write, err_read, err_write, notify_parent, notify_child, exec_fd, error_read, error_write;
  LandlockRuleset landlock;
  std::unique_ptr<CgroupLease> cgroup;
  unsigned long clone_flags = 0;
  bool share_memory = false;  // see child.h: only where a cgroup measures the peak
};

bool prepare(const Spec& spec, Prepared& p, std::string& error) {
  if (!open_stdin(spec, p.stdin_fd, error)) return false;
  if (!make_pipe(p.out_read, p.out_write) || !make_pipe(p.err_read, p.err_write)) {
    error = system_error("pipe2");
    return false;
  }
  ChildPlan& plan = p.plan;
  plan.argv_storage = spec.argv;
  plan.env_storage = spec.env;
  for (auto& a : plan.argv_storage) plan.argv.push_back(a.data());
  plan.argv.push_back(nullptr);
  for (auto& e : plan.env_storage) plan.envp.push_back(e.data());
  plan.envp.push_back(nullptr);
  plan.cwd = spec.cwd;
  plan.stdin_fd = p.stdin_fd.fd;
  plan.stdout_fd = p.out_write.fd;
  plan.stderr_fd = p.err_write.fd;
  if (spec.bare) return true;

  const Environment& env = environment();
  p.clone_flags = env.clone_flags;
  if (cgroup_setup().mode != CgroupMode::None) {
    p.cgroup = lease_cgroup(error);
    if (!p.cgroup) return false;
    if (!p.cgroup->set_limits(spec.limits.memory_kb + kCgroupHeadroomKb, spec.limits.processes, error)) return false;
    plan.cgroup_fds = p.cgroup->procs_fds();
  }
  p.share_memory = p.cgroup != nullptr;
  if (!p.share_memory) {
    if (!make_pipe(p.error_read, p.error_write)) {
      error = system_error("pipe2");
      return false;
    }
    plan.error_fd = p.error_write.fd;
  }
  plan.netns_fd = env.netns_fd;
  plan.rlimits = run_rlimits(spec.limits, p.cgroup != nullptr, p.cgroup != nullptr,
                             (env.clone_flags & CLONE_NEWUSER) != 0);
  if (env.drop_identity) {
    plan.drop_identity = true;
    plan.uid = env.run_uid;
    plan.gid = env.run_gid;
    // Exec by descriptor: uid 65534 may not traverse the folders above the
    // binary (root's home is 0700), though it may run the binary itself.
    p.exec_fd.reset(::open(spec.argv[0].c_str(), O_PATH | O_CLOEXEC));
    if (p.exec_fd.fd < 0) {
      error = system_error("open " + spec.argv[0]);
      return false;
    }
    plan.exec_fd = p.exec_fd.fd;
  }
  if (env.landlock_abi > 0) {
    p.landlock = make_ruleset(spec.argv[0], spec.allow_read);
    if (p.landlock.fd < 0) {
      error = "landlock: " + p.landlock.error;
      return false;
    }
    plan.landlock_fd = p.landlock.fd;
  }
  if (env.seccomp) {
    const SeccompProgram& program = seccomp_program(env.seccomp_notify);
    plan.seccomp_code = program.code.data();
    plan.seccomp_length = static_cast<unsigned short>(program.code.size());
    plan.seccomp_notify = env.seccomp_notify;
    if (env.seccomp_notify) {
      int sv[2];
      if (::socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0, sv) != 0) {
        error = system_error("socketpair");
        return false;
      }
      p.notify_parent.reset(sv[0]);
      p.notify_child.reset(sv[1]);
      plan.notify_socket = sv[1];
    }
  }
  return true;
}

void kill_tree(pid_t pid, CgroupLease* cgroup) {
  // The child is not reaped yet, so its pid still names its group: this
  // cannot hit an unrelated process that reused the number. In a pid
  // namespace the child is its init, and its death takes everything with it.
  ::kill(-pid, SIGKILL);
  ::kill(pid, SIGKILL);
  if (cgroup) cgroup->kill_all();
}

}  // namespace

Result run(const Spec& spec) {
  Result result;
  if (spec.argv.empty()) {
    result.error = "no program to run";
    return result;
  }
  Prepared p;
  if (!prepare(spec, p, result.error)) return result;
  CgroupCounters before = p.cgroup ? p.cgroup->read() : CgroupCounters{};

  // Every signal blocked around the clone: a handler of the judge's must
  // never run in the child, which shares the judge's memory until exec.
  sigset_t all, saved;
  sigfillset(&all);
  pthread_sigmask(SIG_SETMASK, &all, &saved);
  Clock::time_point start = Clock::now();
  pid_t pid = spec.bare ? start_bare(p.plan) : start_child(p.plan, p.clone_flags, p.share_memory);
  int clone_errno = errno;
  pthread_sigmask(SIG_SETMASK, &saved, nullptr);
  if (pid < 0) {
    errno = clone_errno;
    result.error = system_error(spec.bare ? "fork" : "clone");
    return result;
  }
  p.out_write.reset();
  p.err_write.reset();
  p.notify_child.reset();
  p.stdin_fd.reset();
  p.error_write.reset();
  if (p.error_read.fd >= 0) {
    // Blocks until the exec closes the pipe, or the child reports a failure.
    int report[2] = {0, 0};
    ssize_t n;
    do n = ::read(p.error_read.fd, report, sizeof report);
    while (n < 0 && errno == EINTR);
    if (n == static_cast<ssize_t>(sizeof report)) {
      p.plan.failed_step = report[0];
      p.plan.failed_errno = report[1];
    }
  }
  if (p.plan.failed_step) {
    int status;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    errno = p.plan.failed_errno;
    std::string step = child_step_name(p.plan.failed_step);
    result.error = system_error(step == "execve" ? step + " " + spec.argv[0] : step);
    return result;
  }
  Fd listener(p.notify_parent.fd >= 0 ? receive_fd(p.notify_parent.fd) : -1);

  // A pidfd tells the poll loop the moment the child exits, even when a
  // grandchild still holds the output pipes open.
  Fd pidfd(static_cast<int>(::syscall(SYS_pidfd_open, pid, 0)));
  for (int fd : {p.out_read.fd, p.err_read.fd}) ::fcntl(fd, F_SETFL, O_NONBLOCK);

  const Limits& limits = spec.limits;
  bool out_open = true, err_open = true, exited = false;
  long total_output = 0;
  auto cpu_now = [&] {
    return p.cgroup ? p.cgroup->read().cpu_ms - before.cpu_ms : process_cpu_ms(pid);
  };
  double next_cpu_check = std::min(limits.cpu_ms, limits.wall_ms);
  for (;;) {
    double elapsed = ms_since(start);
    if (elapsed >= limits.wall_ms) {
      result.limit = Limit::Wall;
      break;
    }
    if (elapsed >= next_cpu_check) {
      double cpu = cpu_now();
      if (cpu > limits.cpu_ms) {
        result.limit = Limit::Cpu;
        break;
      }
      // CPU time cannot grow faster than wall time per thread: the earliest
      // moment the limit can be crossed is that far away (at least 5 ms).
      next_cpu_check = elapsed + std::max(5.0, (limits.cpu_ms - std::max(cpu, 0.0)) / 2);
    }
    pollfd fds[4];
    int n = 0;
    if (out_open) fds[n++] = {p.out_read.fd, POLLIN, 0};
    if (err_open) fds[n++] = {p.err_read.fd, POLLIN, 0};
    if (pidfd.fd >= 0) fds[n++] = {pidfd.fd, POLLIN, 0};
    if (listener.fd >= 0) fds[n++] = {listener.fd, POLLIN, 0};
    double wait = std::min<double>(limits.wall_ms - elapsed, next_cpu_check - elapsed);
    if (pidfd.fd < 0) wait = std::min(wait, 10.0);  // no pidfd: poll for the exit
    int timeout = std::max(1, static_cast<int>(wait + 0.999));
    int ready = ::poll(fds, static_cast<nfds_t>(n), timeout);
    if (ready < 0 && errno != EINTR) {
      result.error = system_error("poll");
      break;
    }
    for (int i = 0; i < n && ready > 0; ++i) {
      if (!fds[i].revents) continue;
      if (fds[i].fd == p.out_read.fd) {
        out_open = drain(p.out_read.fd, &result.stdout_data, limits.output_bytes + 1, total_output);
        if (!out_open) p.out_read.reset();
      } else if (fds[i].fd == p.err_read.fd) {
        err_open = drain(p.err_read.fd, &result.stderr_data, spec.stderr_keep_bytes, total_output);
        if (!err_open) p.err_read.reset();
      } else if (fds[i].fd == listener.fd) {
        if (fds[i].revents & POLLIN) result.forbidden_syscall = take_notification(listener.fd);
        if (!result.forbidden_syscall.empty() || (fds[i].revents & (POLLHUP | POLLERR))) listener.reset();
      } else {
        exited = true;
      }
    }
    if (!result.forbidden_syscall.empty()) break;
    if (total_output > limits.output_bytes) {
      result.limit = Limit::Output;
      break;
    }
    if (exited || (pidfd.fd < 0 && !out_open && !err_open)) break;
    if (pidfd.fd < 0) {
      siginfo_t info{};
      if (::waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == pid)
        break;
    }
  }

  kill_tree(pid, p.cgroup.get());
  // What the program wrote before it ended is still in the pipes.
  Clock::time_point drain_start = Clock::now();
  while ((out_open || err_open) && ms_since(drain_start) < 200) {
    pollfd fds[2];
    int n = 0;
    if (out_open) fds[n++] = {p.out_read.fd, POLLIN, 0};
    if (err_open) fds[n++] = {p.err_read.fd, POLLIN, 0};
    if (::poll(fds, static_cast<nfds_t>(n), 50) <= 0) break;
    for (int i = 0; i < n; ++i) {
      if (!fds[i].revents) continue;
      if (fds[i].fd == p.out_read.fd)
        out_open = drain(p.out_read.fd, &result.stdout_data, limits.output_bytes + 1, total_output);
      else
        err_open = drain(p.err_read.fd, &result.stderr_data, spec.stderr_keep_bytes, total_output);
    }
  }

  int status = 0;
  rusage usage{};
  while (::wait4(pid, &status, 0, &usage) < 0) {
    if (errno != EINTR) {
      result.error = system_error("wait4");
      result.status = Status::SetupFailed;
      return result;
    }
  }
  result.wall_ms = ms_since(start);
  result.cpu_ms = usage.ru_utime.tv_sec * 1000.0 + usage.ru_utime.tv_usec / 1000.0 +
                  usage.ru_stime.tv_sec * 1000.0 + usage.ru_stime.tv_usec / 1000.0;
  result.peak_kb = usage.ru_maxrss;  // replaced by the cgroup's peak below, where there is one
  result.output_bytes = total_output;
  if (static_cast<long>(result.stdout_data.size()) > limits.output_bytes)
    result.stdout_data.resize(static_cast<size_t>(limits.output_bytes));

  bool clean_exit = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  if (p.cgroup) {
    CgroupCounters after = p.cgroup->read();
    // The cgroup sees every thread and child; rusage only what was reaped.
    result.cpu_ms = std::max(result.cpu_ms, after.cpu_ms - before.cpu_ms);
    result.peak_kb = after.peak_kb;
    if (result.limit == Limit::None && after.oom_kills > before.oom_kills) result.limit = Limit::Memory;
    if (result.limit == Limit::None && !clean_exit && after.pids_denied > before.pids_denied)
      result.limit = Limit::Processes;
  }
  if (result.limit == Limit::None && total_output > limits.output_bytes) result.limit = Limit::Output;
  // Over the CPU limit between two checks, or stopped by the kernel backstop.
  if (result.limit == Limit::None &&
      (result.cpu_ms > limits.cpu_ms || (WIFSIGNALED(status) && WTERMSIG(status) == SIGXCPU)))
    result.limit = Limit::Cpu;

  if (WIFEXITED(status)) {
    result.status = Status::Exited;
    result.exit_code = WEXITSTATUS(status);
  } else if (WIFSIGNALED(status)) {
    result.status = Status::Signaled;
    result.signal = WTERMSIG(status);
  }
  // Without notifications a forbidden call is a SIGSYS kill, unnamed.
  if (WIFSIGNALED(status) && WTERMSIG(status) == SIGSYS && !environment().seccomp_notify && !spec.bare)
    result.status = Status::Forbidden;
  // A limit that was crossed or a forbidden call decides, whatever the
  // program did after it.
  if (!result.forbidden_syscall.empty()) result.status = Status::Forbidden;
  else if (result.limit != Limit::None) result.status = Status::LimitKilled;
  return result;
}

}  // namespace sandbox
