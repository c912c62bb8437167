// The sandbox on benign programs: exit codes, signals, limits, pipes, fds.
// Anything hostile (fork bombs, kill(-1)...) lives in tests/hostile, inside a cage.
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "sandbox/sandbox.h"

using namespace sandbox;

namespace {

Spec shell(const std::string& script) {
  Spec s;
  s.argv = {"/bin/sh", "-c", script};
  s.limits.cpu_ms = 2000;
  s.limits.wall_ms = 5000;
  s.limits.processes = 64;
  return s;
}

bool process_gone(pid_t pid) {
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  if (!stat) return true;
  std::string line;
  std::getline(stat, line);
  size_t close = line.rfind(')');
  return close != std::string::npos && close + 2 < line.size() && line[close + 2] == 'Z';
}

}  // namespace

TEST(Sandbox, ExitCodeAndOutput) {
  Result r = run(shell("echo out; echo err >&2; exit 3"));
  EXPECT_EQ(r.status, Status::Exited);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.stdout_data, "out\n");
  EXPECT_EQ(r.stderr_data, "err\n");
  EXPECT_EQ(r.limit, Limit::None);
  EXPECT_GT(r.peak_kb, 0);
}

TEST(Sandbox, StdinFromBytesAndFromFile) {
  Spec s = shell("/bin/cat");
  s.stdin_data = std::string(1 << 20, 'x');  // more than a pipe buffer
  Result r = run(s);
  EXPECT_EQ(r.stdout_data.size(), 1u << 20);
  s.stdin_data.clear();
  s.stdin_path = "/etc/hostname";
  std::ifstream f("/etc/hostname");
  std::string expected((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  EXPECT_EQ(run(s).stdout_data, expected);
}

TEST(Sandbox, Signal) {
  Result r = run(shell("kill -SEGV $$"));
  EXPECT_EQ(r.status, Status::Signaled);
  EXPECT_EQ(r.signal, SIGSEGV);
  EXPECT_EQ(signal_name(r.signal), "SIGSEGV");
}

TEST(Sandbox, CpuLimitStopsABusyLoopAtTheLimit) {
  Spec s = shell("while :; do :; done");
  s.limits.cpu_ms = 300;
  Result r = run(s);
  EXPECT_EQ(r.status, Status::LimitKilled);
  EXPECT_EQ(r.limit, Limit::Cpu);
  EXPECT_GE(r.cpu_ms, 300);
  EXPECT_LT(r.wall_ms, 4000);  // the parent's watch, not the whole-second kernel limit
}

TEST(Sandbox, WallLimitStopsASleeper) {
  Spec s = shell("/bin/sleep 30");
  s.limits.wall_ms = 300;
  Result r = run(s);
  EXPECT_EQ(r.limit, Limit::Wall);
  EXPECT_LT(r.wall_ms, 3000);
}

TEST(Sandbox, OutputLimit) {
  Spec s = shell("/usr/bin/yes");
  s.limits.output_bytes = 1 << 20;
  Result r = run(s);
  EXPECT_EQ(r.limit, Limit::Output);
  EXPECT_LE(r.stdout_data.size(), 1u << 20);
}

TEST(Sandbox, ExecFailureIsASetupError) {
  Spec s;
  s.argv = {"/nonexistent/program"};
  Result r = run(s);
  EXPECT_EQ(r.status, Status::SetupFailed);
  EXPECT_EQ(r.error, "execve /nonexistent/program: No such file or directory");
}

TEST(Sandbox, NoDescriptorOfTheParentIsInherited) {
  int leaked = ::open("/etc/hostname", O_RDONLY);  // deliberately without O_CLOEXEC
  ASSERT_GE(leaked, 0);
  Result r = run(shell("ls /proc/self/fd"));
  ::close(leaked);
  // 0, 1, 2 and the one descriptor ls opens to list the folder: nothing else.
  EXPECT_EQ(r.stdout_data, "0\n1\n2\n3\n");
}

TEST(Sandbox, LeftoverChildrenAreKilled) {
  Result r = run(shell("/bin/sleep 100 & echo $!"));
  ASSERT_EQ(r.status, Status::Exited);
  pid_t pid = std::stoi(r.stdout_data);
  for (int i = 0; i < 100 && !process_gone(pid); ++i) ::usleep(10000);
  EXPECT_TRUE(process_gone(pid)) << "sleep " << pid << " survived its run";
}

TEST(Sandbox, EnvironmentIsOnlyWhatIsGiven) {
  Spec s = shell("echo \"[$HOME][$JUDGE_X]\"");
  s.env = {"JUDGE_X=1"};
  EXPECT_EQ(run(s).stdout_data, "[][1]\n");
}
