// Tools are started with posix_spawn, which glibc runs as clone(CLONE_VM |
// CLONE_VFORK): the judge's memory is shared until the exec, not copied.
// A fork (all Boost.Process 1.74 can do: its use_vfork does not link) copies
// the page tables of a judge that holds a package's tests in memory, and
// makes every later write of its other threads fault: measured with 300 MB
// resident and a busy thread, 11.2 ms per start against 3.7 ms, and a
// cold `judge check` starts some 15,000 tools. Boost.Process still finds
// programs on PATH.
//
// The tool's stdin, stdout and stderr are temporary files, not pipes: when
// several tools start at once from different threads (the solution, the
// reference and the checker compile side by side), a child may inherit
// another child's descriptors, and an inherited pipe end would keep its
// reader from ever seeing EOF. An inherited file descriptor blocks nothing.
#include "util/subprocess.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <stdexcept>

#include <boost/process/search_path.hpp>
#include <fmt/format.h>

#include "util/files.h"
#include "util/temp_dir.h"

namespace judge {

namespace bp = boost::process;

extern "C" char** environ;

namespace {

// posix_spawn's two kinds of settings, freed however the start goes.
struct SpawnSettings {
  posix_spawn_file_actions_t actions;
  posix_spawnattr_t attributes;
  SpawnSettings() {
    posix_spawn_file_actions_init(&actions);
    posix_spawnattr_init(&attributes);
  }
  ~SpawnSettings() {
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
  }
  SpawnSettings(const SpawnSettings&) = delete;
  SpawnSettings& operator=(const SpawnSettings&) = delete;
};

// Starts `program` in a process group of its own (so that a timeout kills
// the compiler driver and what it started alike), in `dir`, with the three
// standard streams on the files given.
pid_t spawn(const std::filesystem::path& program, const std::vector<std::string>& args, const std::string& dir,
            const std::filesystem::path& in, const std::filesystem::path& out, const std::filesystem::path& err) {
  SpawnSettings s;
  auto check = [&](int rc, const char* what) {
    if (rc != 0) throw std::runtime_error(fmt::format("{}: cannot start: {}: {}", program.string(), what, std::strerror(rc)));
  };
  check(posix_spawn_file_actions_addopen(&s.actions, 0, in.c_str(), O_RDONLY, 0), "stdin");
  check(posix_spawn_file_actions_addopen(&s.actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644), "stdout");
  check(posix_spawn_file_actions_addopen(&s.actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644), "stderr");
  check(posix_spawn_file_actions_addchdir_np(&s.actions, dir.c_str()), "working directory");
  // The judge's threads may block signals; a tool starts with none blocked.
  sigset_t none;
  sigemptyset(&none);
  check(posix_spawnattr_setsigmask(&s.attributes, &none), "signal mask");
  check(posix_spawnattr_setpgroup(&s.attributes, 0), "process group");
  check(posix_spawnattr_setflags(&s.attributes, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK), "flags");
  // After the chdir a relative path would mean another file.
  std::string path = std::filesystem::absolute(program).string();
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(path.c_str()));
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  check(posix_spawn(&pid, path.c_str(), &s.actions, &s.attributes, argv.data(), environ), "posix_spawn");
  return pid;
}

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
  std::string dir = workdir.empty() ? std::filesystem::current_path().string() : workdir.string();
  pid_t pid = spawn(program, args, dir, in, out, err);
  int status = 0;
  if (!wait_with_timeout(pid, timeout_ms, status)) {
    run.timed_out = true;
    ::kill(-pid, SIGKILL);
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  }
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
