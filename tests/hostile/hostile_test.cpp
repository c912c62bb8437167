// The hostile suite: programs that try to escape, hog or damage, each run
// through the sandbox with the verdict it must get and a check that nothing
// escaped — no process left, no file written, no secret read, the runner
// alive. It refuses to run outside the cage made by tests/hostile/run-caged
// (there it is pid 1 of its own pid namespace, with its own /proc).
#include <dirent.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "sandbox/sandbox.h"
#include "util/files.h"
#include "util/temp_dir.h"
#include "verdict/verdict.h"

namespace fs = std::filesystem;

namespace {

struct Case {
  std::string name;              // test name
  std::string program;           // tests/programs/<program>.cpp
  std::vector<std::string> args;  // {secret} {secret_rel} {home} {home_file} {tests_dir} {tmp_marker} {marker}
  std::string verdict;           // AC-like "OK" (ran clean), or TLE, MLE, OLE, RE
  std::string message;           // part of the verdict message, or of stdout for "OK"
  int processes = 1;
  bool cwd_in_problem = false;
  // Programs that spin get a wall limit well above their CPU limit, so that
  // on a loaded machine the CPU limit is still the one that fires.
  int wall_ms = 2000;
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

std::vector<Case> cases() {
  return {
      // CPU (with a cgroup counting every process) or wall clock (without one).
      {"fork_bomb", "hostile_fork_bomb", {}, "TLE", "", 8},
      {"thread_bomb", "hostile_thread_bomb", {}, "TLE", "CPU", 8, false, 6000},
      {"memory_bomb", "hostile_memory_bomb", {}, "MLE", "memory"},
      {"stack_overflow", "hostile_stack_overflow", {}, "MLE", "memory"},
      {"infinite_loop", "hostile_infinite_loop", {}, "TLE", "CPU", 1, false, 6000},
      {"sleep_forever", "hostile_sleep_forever", {}, "TLE", "wall-clock"},
      {"busy_child_left_behind", "hostile_busy_child", {}, "OK", "done\n", 8},
      {"kill_minus_one", "hostile_kill_all", {}, "OK", "still here"},
      {"tcp_socket_to_localhost", "hostile_tcp_connect", {}, "RE", "forbidden syscall socket"},
      {"read_secret_absolute", "hostile_read_file", {"{secret}"}, "OK", "denied\n"},
      {"read_secret_relative", "hostile_read_file", {"{secret_rel}"}, "OK", "denied\n", 1, true},
      {"list_tests_folder", "hostile_list_dir", {"{tests_dir}"}, "OK", "denied\n"},
      {"read_home_file", "hostile_read_file", {"{home_file}"}, "OK", "denied\n"},
      {"list_home", "hostile_list_dir", {"{home}"}, "OK", "denied\n"},
      {"write_in_tmp", "hostile_write_file", {"{tmp_marker}"}, "OK", "denied\n"},
      {"write_in_working_dir", "hostile_write_file", {"escape.txt"}, "OK", "denied\n", 1, true},
      {"climb_out_of_working_dir", "hostile_chdir_up", {}, "OK", "denied\n", 1, true},
      {"huge_output", "hostile_huge_output", {}, "OLE", "output"},
      {"close_stdout_and_spin", "hostile_close_stdout_spin", {}, "TLE", "CPU", 1, false, 6000},
      {"exec_shell", "hostile_exec_shell", {"{marker}"}, "OK", "denied\n"},
      {"ptrace_parent", "hostile_ptrace", {}, "RE", "forbidden syscall ptrace"},
      {"mount_tmpfs", "hostile_mount", {}, "RE", "forbidden syscall mount"},
      {"setuid_root", "hostile_setuid", {}, "RE", "forbidden syscall setuid"},
      {"set_clock", "hostile_set_clock", {}, "RE", "forbidden syscall clock_settime"},
      {"raise_rlimit", "hostile_raise_rlimit", {}, "RE", "forbidden syscall prlimit64"},
      {"walk_proc_and_kill", "hostile_proc_kill", {}, "OK", "denied\n"},
      {"pipe_filling_deadlock", "hostile_pipe_deadlock", {}, "TLE", "wall-clock"},
      {"ten_thousand_fds", "hostile_fd_loop", {}, "OK", "opened 61\n"},
      {"fork_and_parent_exits", "hostile_fork_parent_exits", {}, "OK", "", 8},
      {"setsid_child_escapes_group", "hostile_setsid_escape", {}, "OK", "", 8},
      {"new_namespaces", "hostile_unshare", {}, "RE", "forbidden syscall unshare"},
      {"io_uring_bypass", "hostile_io_uring", {}, "RE", "forbidden syscall io_uring_setup"},
      {"32_bit_syscall", "hostile_int80", {}, "RE", "SIGSYS"},
      {"signal_parent_and_init", "hostile_signal_parent", {}, "OK", "kill parent"},
  };
}

std::string programs_dir() {
  const char* dir = std::getenv("JUDGE_TEST_PROGRAMS");
  return dir && *dir ? dir : TEST_PROGRAMS_DIR;
}

// Every process of the cage but this one, after reaping what was orphaned
// onto it (it is the cage's init).
std::vector<std::string> other_processes() {
  while (::waitpid(-1, nullptr, WNOHANG) > 0) {}
  std::vector<std::string> found;
  for (const auto& e : fs::directory_iterator("/proc")) {
    std::string name = e.path().filename();
    if (name.find_first_not_of("0123456789") != std::string::npos || std::stoi(name) == ::getpid()) continue;
    std::ifstream st(e.path() / "stat");
    std::string stat;
    std::getline(st, stat);
    if (!stat.empty() && stat.find(") Z ") == std::string::npos) found.push_back(stat.substr(0, 60));
  }
  return found;
}

class Hostile : public ::testing::TestWithParam<Case> {
 protected:
  static void SetUpTestSuite() {
    // A world the hostile programs aim at: hidden tests, a home with notes.
    world_ = new judge::TempDir;
    fs::path base = world_->path();
    fs::create_directories(base / "problem" / "tests" / "secret");
    fs::create_directories(base / "home");
    judge::write_file_atomic(base / "problem" / "tests" / "secret" / "1.ans", kSecret);
    judge::write_file_atomic(base / "home" / "notes.txt", kSecret);
    fs::permissions(base, fs::perms::all);  // nothing but the sandbox stands in the way
  }
  static void TearDownTestSuite() {
    delete world_;
    world_ = nullptr;
  }

  static inline judge::TempDir* world_ = nullptr;
  static constexpr const char* kSecret = "SECRET-ANSWER-7f3a9c\n";
};

}  // namespace

TEST_P(Hostile, IsContainedAndGetsItsVerdict) {
  ASSERT_EQ(::getpid(), 1) << "the hostile suite runs only inside its cage: tests/hostile/run-caged";
  const Case& c = GetParam();
  fs::path base = world_->path();
  std::string tmp_marker = "/tmp/judge-hostile-" + c.name;
  std::string marker = (base / ("marker-" + c.name)).string();
  fs::remove(tmp_marker);
  auto expand = [&](const std::string& a) -> std::string {
    if (a == "{secret}") return (base / "problem" / "tests" / "secret" / "1.ans").string();
    if (a == "{secret_rel}") return "tests/secret/1.ans";
    if (a == "{tests_dir}") return (base / "problem" / "tests").string();
    if (a == "{home}") return (base / "home").string();
    if (a == "{home_file}") return (base / "home" / "notes.txt").string();
    if (a == "{tmp_marker}") return tmp_marker;
    if (a == "{marker}") return marker;
    return a;
  };
  sandbox::Spec spec;
  spec.argv = {programs_dir() + "/" + c.program};
  for (const std::string& a : c.args) spec.argv.push_back(expand(a));
  spec.limits.cpu_ms = 1000;
  spec.limits.wall_ms = c.wall_ms;
  spec.limits.memory_kb = 128 * 1024;
  spec.limits.output_bytes = 16 << 20;
  spec.limits.processes = c.processes;
  if (c.cwd_in_problem) spec.cwd = (base / "problem").string();

  sandbox::Result r = sandbox::run(spec);
  ASSERT_NE(r.status, sandbox::Status::SetupFailed) << r.error;
  judge::Limits limits;
  limits.time_ms = spec.limits.cpu_ms;
  limits.memory_mb = 128;
  auto decided = judge::classify_run(r, limits);
  std::string verdict = decided ? judge::verdict_code(decided->verdict) : "OK";
  std::string message = decided ? decided->message : r.stdout_data;
  EXPECT_EQ(verdict, c.verdict) << "message: " << message << "\nstdout: " << r.stdout_data.substr(0, 200)
                                << "\nstderr: " << r.stderr_data.substr(0, 200);
  if (c.verdict == "OK" && !c.message.empty() && c.message.back() == '\n')
    EXPECT_EQ(r.stdout_data, c.message);
  else
    EXPECT_NE(message.find(c.message), std::string::npos) << message;

  // Nothing escaped.
  EXPECT_EQ(r.stdout_data.find("SECRET-ANSWER"), std::string::npos);
  EXPECT_EQ(r.stderr_data.find("SECRET-ANSWER"), std::string::npos);
  EXPECT_FALSE(fs::exists(tmp_marker)) << tmp_marker;
  EXPECT_FALSE(fs::exists(marker)) << marker;
  EXPECT_FALSE(fs::exists(base / "problem" / "escape.txt"));
  std::vector<std::string> left;
  for (int i = 0; i < 200; ++i) {
    left = other_processes();
    if (left.empty()) break;
    ::usleep(5000);
  }
  EXPECT_TRUE(left.empty()) << left.size() << " process(es) outlived the run, first: " << (left.empty() ? "" : left[0]);
}

INSTANTIATE_TEST_SUITE_P(Suite, Hostile, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

// What the sandbox could use in this cage, printed for the log.
TEST(HostileEnvironment, ReportsItsLayers) {
  for (const sandbox::Layer& l : sandbox::layers())
    std::printf("  %-16s %-4s %s\n", l.name.c_str(), l.active ? "on" : "off", l.detail.c_str());
  EXPECT_FALSE(sandbox::layers().empty());
}
