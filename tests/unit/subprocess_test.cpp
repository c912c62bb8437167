// run_tool: how the judge starts its trusted tools (compilers, linkers,
// generators, validators, checkers): streams, working folder, exit code,
// and a timeout that stops the whole process group.
#include <signal.h>

#include <cerrno>
#include <chrono>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "util/files.h"
#include "util/subprocess.h"
#include "util/temp_dir.h"

using judge::run_tool;

TEST(RunTool, StreamsFolderAndExitCode) {
  judge::TempDir dir;
  judge::ToolRun r = run_tool("/bin/sh", {"-c", "cat; pwd; echo oops >&2; exit 3"}, "from stdin\n", 10000, dir.path());
  EXPECT_FALSE(r.timed_out);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.out, "from stdin\n" + dir.path().string() + "\n");
  EXPECT_EQ(r.err, "oops\n");
}

TEST(RunTool, KilledBySignalIsNotAnExitCode) {
  judge::ToolRun r = run_tool("/bin/sh", {"-c", "kill -9 $$"}, "", 10000);
  EXPECT_FALSE(r.timed_out);
  EXPECT_EQ(r.exit_code, -1);
}

// A compiler driver that times out takes what it started with it.
TEST(RunTool, TimeoutStopsTheWholeGroup) {
  judge::TempDir dir;
  auto start = std::chrono::steady_clock::now();
  judge::ToolRun r = run_tool("/bin/sh", {"-c", "sleep 60 & echo $! > child.pid; wait"}, "", 300, dir.path());
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_TRUE(r.timed_out);
  EXPECT_LT(seconds, 10);
  pid_t child = std::stoi(judge::read_file(dir.path() / "child.pid"));
  // The grandchild was killed: gone, or a zombie until whatever is pid 1
  // reaps it.
  auto dead = [](pid_t pid) {
    if (::kill(pid, 0) != 0 && errno == ESRCH) return true;
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    size_t paren = text.rfind(')');
    return paren != std::string::npos && paren + 2 < text.size() && text[paren + 2] == 'Z';
  };
  bool gone = false;
  for (int i = 0; i < 500 && !gone; ++i) {
    gone = dead(child);
    if (!gone) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_TRUE(gone) << "pid " << child << " outlived the timeout";
}

TEST(RunTool, MissingProgramSaysWhich) {
  try {
    run_tool("/nowhere/cc", {}, "", 1000);
    FAIL() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("/nowhere/cc: cannot start"), std::string::npos) << e.what();
  }
}
