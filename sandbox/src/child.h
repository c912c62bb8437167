// What the child does between fork and exec. Everything it needs is prepared
// before the fork (ChildPlan), because after a fork in a possibly threaded
// parent only async-signal-safe calls are allowed: no allocation, no locks.
#pragma once

#include <sys/resource.h>

#include <string>
#include <vector>

#include "sandbox/sandbox.h"

namespace sandbox {

struct RlimitSetting {
  int resource;
  rlimit value;
};

struct ChildPlan {
  std::vector<std::string> argv_storage, env_storage;
  std::vector<char*> argv, envp;  // null-terminated, pointing into the storage
  int stdin_fd = -1, stdout_fd = -1, stderr_fd = -1;
  int error_fd = -1;               // close-on-exec pipe: a failure before exec is written here
  std::string cwd;
  std::vector<RlimitSetting> rlimits;
};

ChildPlan make_child_plan(const Spec& spec);

// Failure report written to error_fd: which step failed and errno.
struct ChildFailure {
  int step;
  int error;
};
const char* child_step_name(int step);
bool child_step_is_exec(int step);

[[noreturn]] void run_child(const ChildPlan& plan);

}  // namespace sandbox
