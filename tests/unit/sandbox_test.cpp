// The sandbox on benign fixture programs (tests/programs/fixture_*): exit
// codes, signals, limits, pipes, descriptors, timing. Everything that could
// escape is in tests/hostile and runs inside a cage.
#include <fcntl.h>
#include <sys/stat.h>
#include <signal.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "sandbox/sandbox.h"

using namespace sandbox;

namespace {

std::string program(const std::string& name) {
  const char* dir = std::getenv("JUDGE_TEST_PROGRAMS");
  return std::string(dir && *dir ? dir : TEST_PROGRAMS_DIR) + "/" + name;
}

Spec spec(const std::string& name, std::vector<std::string> args = {}) {
  Spec s;
  s.argv = {program(name)};
  s.argv.insert(s.argv.end(), args.begin(), args.end());
  s.limits.cpu_ms = 2000;
  s.limits.wall_ms = 5000;
  return s;
}

// Processes whose command line holds `marker`, wherever they are.
int processes_with(const std::string& marker) {
  int found = 0;
  for (const auto& e : std::filesystem::directory_iterator("/proc")) {
    std::ifstream f(e.path() / "cmdline");
    std::string cmdline((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    for (char& c : cmdline)
      if (c == '\0') c = ' ';
    std::ifstream st(e.path() / "stat");
    std::string stat;
    std::getline(st, stat);
    bool zombie = stat.find(") Z ") != std::string::npos;
    if (!zombie && cmdline.find(marker) != std::string::npos) ++found;
  }
  return found;
}

}  // namespace

TEST(Sandbox, ExitCodeAndOutput) {
  Result r = run(spec("fixture_exit_code", {"3"}));
  EXPECT_EQ(r.status, Status::Exited) << r.error;
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.stdout_data, "out\n");
  EXPECT_EQ(r.stderr_data, "err\n");
  EXPECT_EQ(r.limit, Limit::None);
  EXPECT_GT(r.peak_kb, 0);
}

TEST(Sandbox, StdinFromBytesAndFromFile) {
  Spec s = spec("fixture_cat");
  s.stdin_data = std::string(1 << 20, 'x');  // more than a pipe buffer
  EXPECT_EQ(run(s).stdout_data.size(), 1u << 20);
  s.stdin_data.clear();
  // A file the program itself could not open: it gets the descriptor.
  s.stdin_path = "/etc/passwd";
  std::ifstream f("/etc/passwd");
  std::string expected((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  EXPECT_EQ(run(s).stdout_data, expected);
}

TEST(Sandbox, Signal) {
  Result r = run(spec("fixture_segv"));
  EXPECT_EQ(r.status, Status::Signaled);
  EXPECT_EQ(r.signal, SIGSEGV);
  EXPECT_EQ(signal_name(r.signal), "SIGSEGV");
}

TEST(Sandbox, CpuLimitStopsABusyLoopAtTheLimit) {
  Spec s = spec("fixture_spin");
  s.limits.cpu_ms = 300;
  Result r = run(s);
  EXPECT_EQ(r.status, Status::LimitKilled);
  EXPECT_EQ(r.limit, Limit::Cpu);
  EXPECT_GE(r.cpu_ms, 300);
  EXPECT_LT(r.wall_ms, 4000);  // the parent's watch, not the whole-second kernel limit
}

TEST(Sandbox, WallLimitStopsASleeper) {
  Spec s = spec("fixture_sleep");
  s.limits.wall_ms = 300;
  Result r = run(s);
  EXPECT_EQ(r.limit, Limit::Wall);
  EXPECT_LT(r.wall_ms, 3000);
  EXPECT_LT(r.cpu_ms, 100);
}

TEST(Sandbox, OutputLimit) {
  Spec s = spec("fixture_flood");
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
  EXPECT_NE(r.error.find("/nonexistent/program: No such file or directory"), std::string::npos) << r.error;
}

TEST(Sandbox, OnlyStdinStdoutStderrAreInherited) {
  int leaked = ::dup(2);  // deliberately without close-on-exec
  Result r = run(spec("fixture_fds"));
  ::close(leaked);
  EXPECT_EQ(r.stdout_data, "0\n1\n2\n");
}

TEST(Sandbox, LeftoverChildrenAreKilled) {
  Spec s = spec("fixture_leave_child", {"marker-leave-child-test"});
  s.limits.processes = 4;
  Result r = run(s);
  ASSERT_EQ(r.status, Status::Exited) << r.error;
  for (int i = 0; i < 200 && processes_with("marker-leave-child-test") > 0; ++i) ::usleep(5000);
  EXPECT_EQ(processes_with("marker-leave-child-test"), 0);
}

TEST(Sandbox, EnvironmentIsOnlyWhatIsGiven) {
  Spec s = spec("fixture_env");
  s.env = {"JUDGE_X=1"};
  EXPECT_EQ(run(s).stdout_data, "JUDGE_X=1\n");
}

TEST(Sandbox, BareRunHasNoLayersButTheSameMeasurement) {
  Spec s = spec("fixture_exit_code", {"0"});
  s.bare = true;
  Result r = run(s);
  EXPECT_EQ(r.status, Status::Exited) << r.error;
  EXPECT_EQ(r.stdout_data, "out\n");
}

TEST(Sandbox, CpuTimeOfABusyProgram) {
  Result r = run(spec("fixture_busy_ms", {"150"}));
  ASSERT_EQ(r.status, Status::Exited) << r.error;
  EXPECT_GE(r.cpu_ms, 150);
  EXPECT_LT(r.cpu_ms, 400);
}

TEST(Sandbox, PeakMemoryOfATouchingProgram) {
  Result r = run(spec("fixture_touch_mb", {"64"}));
  ASSERT_EQ(r.status, Status::Exited) << r.error;
  EXPECT_GE(r.peak_kb, 64 * 1024);
  EXPECT_LT(r.peak_kb, 80 * 1024);
}

TEST(Sandbox, MemoryLimit) {
  Spec s = spec("fixture_touch_mb", {"200"});
  s.limits.memory_kb = 64 * 1024;
  Result r = run(s);
  // A cgroup kills at the limit (MLE); without one the allocation fails (exit 3).
  EXPECT_TRUE(r.limit == Limit::Memory || (r.status == Status::Exited && r.exit_code == 3))
      << "status " << static_cast<int>(r.status) << " limit " << limit_name(r.limit);
}

TEST(Sandbox, LayersAreReported) {
  std::vector<Layer> all = layers();
  ASSERT_GE(all.size(), 7u);
  EXPECT_EQ(all[0].name, "rlimits");
  for (const Layer& l : all) EXPECT_FALSE(l.detail.empty()) << l.name;
}

// Runs reuse cgroups (cgroup.cpp). A binary that is not in the page cache
// is read in by its run and those pages stay charged to the run's cgroup
// after it ends: in a long `judge check` each reused cgroup filled up to its
// limit with such cache, every run then reported a peak at the limit (a crash
// "near the limit" became MLE) and paid in its CPU time for reclaiming cache
// that was never its own. Here: binaries dropped from the cache, run in turn.
TEST(Sandbox, PeakIsTheRunsOwnAfterManyRuns) {
  char pattern[] = "/tmp/judge-peak-XXXXXX";
  ASSERT_NE(::mkdtemp(pattern), nullptr);
  std::filesystem::path dir = pattern;
  ::chmod(pattern, 0755);  // the run's unprivileged user must reach the copies
  long worst = 0;
  std::string peaks;
  for (int i = 0; i < 80; ++i) {
    std::filesystem::path copy = dir / ("trivial-" + std::to_string(i));
    std::filesystem::copy_file(program("fixture_trivial"), copy);
    ::chmod(copy.c_str(), 0755);
    int fd = ::open(copy.c_str(), O_RDONLY | O_CLOEXEC);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(::fdatasync(fd), 0);
    ASSERT_EQ(::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED), 0);
    ::close(fd);
    Spec s = spec("fixture_trivial");
    s.argv = {copy.string()};
    s.limits.memory_kb = 32 * 1024;
    Result r = run(s);
    ASSERT_EQ(r.status, Status::Exited) << r.error;
    if (i >= 60) worst = std::max(worst, r.peak_kb);
    if (i % 10 == 0) peaks += std::to_string(r.peak_kb) + " ";
  }
  std::filesystem::remove_all(dir);
  EXPECT_LT(worst, 8 * 1024) << "peaks (KB) every 10 runs: " << peaks;
}
