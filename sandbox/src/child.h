// What a run's child does between its creation and exec, in order: its own
// process group, the cgroup, the network namespace, stdin/stdout/stderr,
// nothing else inherited, the rlimits, an unprivileged identity, Landlock,
// seccomp, exec. Everything is prepared by the parent (ChildPlan) because the
// child may share the parent's memory until exec (CLONE_VM | CLONE_VFORK, as
// posix_spawn does: no page tables are copied, so starting a run costs the
// same whatever the judge's size), and then may only make raw system calls.
//
// Sharing memory has one price: at exec the kernel counts the judge's own
// peak RSS into the child's maxrss. So a run shares memory only where a
// cgroup measures its peak; elsewhere it is a plain fork, whose maxrss is exact.
#pragma once

#include <linux/filter.h>
#include <sys/resource.h>
#include <sys/types.h>

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
  std::string cwd;
  int stdin_fd = -1, stdout_fd = -1, stderr_fd = -1;
  int exec_fd = -1;               // exec by descriptor (the path may be unreachable after the uid switch)
  std::vector<int> cgroup_fds;    // cgroup.procs of the run's cgroup, one per hierarchy
  int netns_fd = -1;
  std::vector<RlimitSetting> rlimits;
  bool drop_identity = false;
  uid_t uid = 0;
  gid_t gid = 0;
  int landlock_fd = -1;
  const sock_filter* seccomp_code = nullptr;
  unsigned short seccomp_length = 0;
  bool seccomp_notify = false;
  int notify_socket = -1;         // where the seccomp listener is sent to the parent

  // Where the child says why it gave up: these fields when it shares our
  // memory, else the close-on-exec pipe error_fd (nothing read = exec happened).
  volatile int failed_step = 0;
  volatile int failed_errno = 0;
  int error_fd = -1;
};

// The rlimits of a run: CPU (backstop), memory, stack, files, processes.
std::vector<RlimitSetting> run_rlimits(const Limits& limits, bool memory_by_cgroup, bool processes_by_cgroup,
                                       bool own_user_namespace);

const char* child_step_name(int step);

// Starts the child; returns its pid, or -1 with errno. With `share_memory`
// the call returns once the child has exec'd or failed (plan.failed_step);
// without, a failure comes through plan.error_fd.
pid_t start_child(ChildPlan& plan, unsigned long clone_flags, bool share_memory);

// A plain fork + exec with nothing else: the baseline the sandbox's cost is
// measured against.
pid_t start_bare(ChildPlan& plan);

}  // namespace sandbox
