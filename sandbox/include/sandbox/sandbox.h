// sandbox: run one untrusted program with explicit limits and measure it from
// the outside. The caller states every limit; the result says what the program
// did (exit status or signal), what it cost (CPU, wall, peak memory) and which
// limit, if any, stopped it. Nothing here knows about problems or verdicts.
#pragma once

#include <string>
#include <vector>

namespace sandbox {

struct Limits {
  int cpu_ms = 1000;              // CPU time (user + system) before the kill
  int wall_ms = 5000;             // elapsed time before the kill (sleeping, blocking)
  long memory_kb = 256 * 1024;    // address space (or cgroup memory where one is usable)
  long stack_kb = 0;              // 0 = same as memory_kb, so deep recursion works as on LeetCode
  long output_bytes = 64 << 20;   // stdout + stderr together
  long file_size_bytes = 0;       // largest file the program may write (0 = none)
  int open_files = 64;            // RLIMIT_NOFILE
  int processes = 1;              // tasks the program may have at once, itself included
};

struct Spec {
  std::vector<std::string> argv;  // argv[0] is the path to execute (no PATH search)
  std::vector<std::string> env;   // the whole environment; empty by default
  std::string stdin_path;         // file to read as stdin, or
  std::string stdin_data;         // bytes to feed as stdin (used when stdin_path is empty)
  std::string cwd = "/";          // working directory of the program
  Limits limits;
  long stderr_keep_bytes = 64 << 10;  // stderr beyond this counts toward the limit but is not kept
  // Paths the program may read besides its own binary and the system
  // libraries (Landlock layer); it may write nowhere.
  std::vector<std::string> allow_read;
  // No isolation at all: a plain fork + exec + wait. Only the benchmark's
  // baseline uses it.
  bool bare = false;
};

enum class Status {
  Exited,       // ran to the end; see exit_code
  Signaled,     // killed by a signal it raised or got; see signal
  LimitKilled,  // stopped by the sandbox; see limit
  Forbidden,    // made a system call the sandbox denies; see forbidden_syscall
  SetupFailed,  // the sandbox could not start it; see error
};

enum class Limit { None, Cpu, Wall, Memory, Output, Processes };

struct Result {
  Status status = Status::SetupFailed;
  int exit_code = 0;
  int signal = 0;
  Limit limit = Limit::None;  // also set when a limit fired but the program died by itself
  double cpu_ms = 0;
  double wall_ms = 0;
  long peak_kb = 0;           // peak resident memory
  std::string stdout_data;
  std::string stderr_data;   // first stderr_keep_bytes of it
  long output_bytes = 0;     // everything written to stdout and stderr
  std::string forbidden_syscall;  // Forbidden: its name ("socket"), or "" if the kernel could not say
  std::string error;         // SetupFailed: what failed, with the system's reason
};

// Runs the program to completion or until a limit fires. Never throws for
// anything the program does; a failure of the sandbox itself comes back as
// Status::SetupFailed with `error` set.
Result run(const Spec& spec);

const char* limit_name(Limit limit);

// One isolation layer as this machine runs it, for `judge doctor`.
struct Layer {
  std::string name;
  bool active = false;
  std::string detail;  // what it does here, or why it is off
};
// Every layer, in the order a run applies them. Detected once per process.
std::vector<Layer> layers();
// "SIGSEGV" for 11 and so on; "signal N" for unnamed ones.
std::string signal_name(int signal);

}  // namespace sandbox
