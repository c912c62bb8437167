// Boost.Process lives in this one file: it is heavy to compile, and nothing
// else needs to know how tools are spawned.
//
// The tool's stdin, stdout and stderr are temporary files, not pipes: when
// several tools start at once from different threads (the solution, the
// reference and the checker compile side by side), a child may inherit
// another child's descriptors, and an inherited pipe end would keep its
// reader from ever seeing EOF. An inherited file descriptor blocks nothing.
#include "util/subprocess.h"

#include <poll.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <stdexcept>

#include <boost/process.hpp>
#include <fmt/format.h>

#include "util/files.h"
#include "util/temp_dir.h"

namespace judge {

namespace bp = boost::process;

namespace {

// Reaps `pid` if it exits within `timeout_ms`; false on timeout.
bool wait_with_timeout(pid_t pid, int timeout_ms, int& status) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  int pidfd = static_cast<int>(::syscall(SYS_pidfd_open, pid, 0));
  for (;;) {
    pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0 && errno != EINTR) break;  // already reaped: nothing to wait for
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      if (pidfd >= 0) ::close(pidfd);
      return false;
    }
    if (pidfd >= 0) {
      pollfd p{pidfd, POLLIN, 0};
      ::poll(&p, 1, static_cast<int>(left.count()));
    } else {
      ::usleep(2000);  // kernels before 5.3 have no pidfd
    }
  }
  if (pidfd >= 0) ::close(pidfd);
  return true;
}

}  // namespace

ToolRun run_tool(const std::filesystem::path& program, const std::vector<std::string>& args,
                 const std::string& stdin_data, int timeout_ms, const std::filesystem::path& workdir) {
  ToolRun run;
  auto start = std::chrono::steady_clock::now();
  TempDir files;
  std::filesystem::path in = files.path() / "stdin", out = files.path() / "stdout", err = files.path() / "stderr";
  write_file_atomic(in, stdin_data);
  // A group, so a timeout kills the compiler driver and cc1plus/as/ld alike.
  bp::group group;
  std::error_code ec;
  bp::child child;
  std::string dir = workdir.empty() ? std::filesystem::current_path().string() : workdir.string();
  try {
    child = bp::child(program.string(), bp::args(args), bp::std_in < in.string(), bp::std_out > out.string(),
                      bp::std_err > err.string(), group, bp::start_dir(dir), ec);
  } catch (const std::exception& e) {
    throw std::runtime_error(fmt::format("{}: cannot start: {}", program.string(), e.what()));
  }
  if (ec) throw std::runtime_error(fmt::format("{}: cannot start: {}", program.string(), ec.message()));
  // Boost 1.74's wait_for spins forever when another thread reaps a child
  // at the same time, so the waiting is done here: poll a pidfd, then reap.
  pid_t pid = child.id();
  child.detach();
  int status = 0;
  if (!wait_with_timeout(pid, timeout_ms, status)) {
    run.timed_out = true;
    group.terminate(ec);
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  }
  group.detach();
  run.out = read_file(out);
  run.err = read_file(err);
  if (!run.timed_out && WIFEXITED(status)) run.exit_code = WEXITSTATUS(status);
  run.wall_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return run;
}

std::filesystem::path find_program(const std::string& name) {
  boost::filesystem::path p = bp::search_path(name);
  return p.empty() ? std::filesystem::path() : std::filesystem::path(p.string());
}

}  // namespace judge
