// The parent side of a sandboxed run: start the child, watch its output,
// CPU and wall time, stop it at the first limit, reap it and measure it.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <string>

#include "child.h"
#include "cpu_clock.h"
#include "sandbox/sandbox.h"

namespace sandbox {

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::string system_error(const std::string& what) { return what + ": " + std::strerror(errno); }

// Closes on scope exit; fds are the only resource a run owns.
struct Fd {
  int fd = -1;
  Fd() = default;
  explicit Fd(int f) : fd(f) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() { reset(); }
  void reset() {
    if (fd >= 0) ::close(fd);
    fd = -1;
  }
};

bool make_pipe(Fd& read_end, Fd& write_end) {
  int p[2];
  if (::pipe2(p, O_CLOEXEC) != 0) return false;
  read_end.fd = p[0];
  write_end.fd = p[1];
  return true;
}

// stdin is a file descriptor the child reads at its own pace: the given file,
// or an anonymous memory file holding the bytes. No writer thread, no deadlock.
bool open_stdin(const Spec& spec, Fd& fd, std::string& error) {
  if (!spec.stdin_path.empty()) {
    fd.fd = ::open(spec.stdin_path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd.fd < 0) error = system_error("open " + spec.stdin_path);
    return fd.fd >= 0;
  }
  fd.fd = ::memfd_create("sandbox-stdin", MFD_CLOEXEC);
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

void kill_group(pid_t pgid) {
  // ESRCH (nothing left) is the normal case once the program is done.
  if (::kill(-pgid, SIGKILL) != 0 && errno != ESRCH) ::kill(pgid, SIGKILL);
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

}  // namespace

Result run(const Spec& spec) {
  Result result;
  if (spec.argv.empty()) {
    result.error = "no program to run";
    return result;
  }
  Fd stdin_fd, out_read, out_write, err_read, err_write, fail_read, fail_write;
  if (!open_stdin(spec, stdin_fd, result.error)) return result;
  if (!make_pipe(out_read, out_write) || !make_pipe(err_read, err_write) ||
      !make_pipe(fail_read, fail_write)) {
    result.error = system_error("pipe2");
    return result;
  }
  ChildPlan plan = make_child_plan(spec);
  plan.stdin_fd = stdin_fd.fd;
  plan.stdout_fd = out_write.fd;
  plan.stderr_fd = err_write.fd;
  plan.error_fd = fail_write.fd;

  Clock::time_point start = Clock::now();
  pid_t pid = ::fork();
  if (pid < 0) {
    result.error = system_error("fork");
    return result;
  }
  if (pid == 0) run_child(plan);

  // Also set from this side: the kill below must find the group even if the
  // child has not run its own setpgid yet (EACCES after exec is harmless).
  ::setpgid(pid, pid);
  out_write.reset();
  err_write.reset();
  fail_write.reset();
  stdin_fd.reset();

  ChildFailure failure{};
  ssize_t got;
  do got = ::read(fail_read.fd, &failure, sizeof failure);
  while (got < 0 && errno == EINTR);
  if (got == static_cast<ssize_t>(sizeof failure)) {
    int status;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    errno = failure.error;
    result.error = system_error(std::string(child_step_name(failure.step)) +
                                (child_step_is_exec(failure.step) ? " " + spec.argv[0] : ""));
    return result;
  }

  // A pidfd tells the poll loop the moment the child exits, even when a
  // grandchild still holds the output pipes open.
  Fd pidfd(static_cast<int>(::syscall(SYS_pidfd_open, pid, 0)));
  for (int fd : {out_read.fd, err_read.fd})
    if (::fcntl(fd, F_SETFL, O_NONBLOCK) != 0) { /* reads just block a little */ }

  const Limits& limits = spec.limits;
  bool out_open = true, err_open = true, exited = false;
  long total_output = 0;
  double next_cpu_check = std::min(limits.cpu_ms, limits.wall_ms);
  for (;;) {
    double elapsed = ms_since(start);
    if (elapsed >= limits.wall_ms) {
      result.limit = Limit::Wall;
      break;
    }
    if (elapsed >= next_cpu_check) {
      double cpu = process_cpu_ms(pid);
      if (cpu > limits.cpu_ms) {
        result.limit = Limit::Cpu;
        break;
      }
      // CPU time cannot grow faster than wall time per thread: the earliest
      // moment the limit can be crossed is that far away (at least 5 ms).
      next_cpu_check = elapsed + std::max(5.0, (limits.cpu_ms - std::max(cpu, 0.0)) / 2);
    }
    pollfd fds[3];
    int n = 0;
    if (out_open) fds[n++] = {out_read.fd, POLLIN, 0};
    if (err_open) fds[n++] = {err_read.fd, POLLIN, 0};
    if (pidfd.fd >= 0) fds[n++] = {pidfd.fd, POLLIN, 0};
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
      if (fds[i].fd == out_read.fd) {
        out_open = drain(out_read.fd, &result.stdout_data, limits.output_bytes + 1, total_output);
        if (!out_open) out_read.reset();
      } else if (fds[i].fd == err_read.fd) {
        err_open = drain(err_read.fd, &result.stderr_data, spec.stderr_keep_bytes, total_output);
        if (!err_open) err_read.reset();
      } else {
        exited = true;
      }
    }
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

  // The child is not reaped yet, so its pid still names the group: killing
  // the group now cannot hit an unrelated process that reused the number.
  kill_group(pid);
  // What the program wrote before it ended is still in the pipes.
  Clock::time_point drain_start = Clock::now();
  while ((out_open || err_open) && ms_since(drain_start) < 200) {
    pollfd fds[2];
    int n = 0;
    if (out_open) fds[n++] = {out_read.fd, POLLIN, 0};
    if (err_open) fds[n++] = {err_read.fd, POLLIN, 0};
    if (::poll(fds, static_cast<nfds_t>(n), 50) <= 0) break;
    for (int i = 0; i < n; ++i) {
      if (!fds[i].revents) continue;
      if (fds[i].fd == out_read.fd) out_open = drain(out_read.fd, &result.stdout_data, limits.output_bytes + 1, total_output);
      else err_open = drain(err_read.fd, &result.stderr_data, spec.stderr_keep_bytes, total_output);
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
  result.peak_kb = usage.ru_maxrss;
  result.output_bytes = total_output;
  if (static_cast<long>(result.stdout_data.size()) > limits.output_bytes)
    result.stdout_data.resize(static_cast<size_t>(limits.output_bytes));

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
  // A limit that was crossed decides, whatever the program did after it.
  if (result.limit != Limit::None) result.status = Status::LimitKilled;
  return result;
}

}  // namespace sandbox
