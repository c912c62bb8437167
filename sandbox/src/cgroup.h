// The cgroup layer: each run in a cgroup of its own, so memory is limited
// and measured for the whole process tree (exact MLE from the OOM count),
// processes are capped (a fork bomb stops at pids.max), CPU time covers every
// thread and child, and whatever is left at the end is killed.
//
// Three kinds of machines: cgroup v1 controllers writable by root (memory,
// pids, cpuacct), a cgroup v2 subtree delegated to the user, or nothing
// writable — then runs go without, and `judge doctor` says so.
#pragma once

#include <sys/types.h>

#include <memory>
#include <string>
#include <vector>

namespace sandbox {

enum class CgroupMode { None, V1, V2 };

struct CgroupCounters {
  double cpu_ms = 0;
  long oom_kills = 0;
  long pids_denied = 0;  // forks refused at pids.max
  long peak_kb = 0;      // highest memory use since the lease's last reset
};

// A run's cgroup, leased from a pool and returned to it when done. The child
// joins it by writing "0" to each of `procs_fds` (one per hierarchy) before exec.
class CgroupLease {
 public:
  ~CgroupLease();
  CgroupLease(const CgroupLease&) = delete;
  CgroupLease& operator=(const CgroupLease&) = delete;

  const std::vector<int>& procs_fds() const { return procs_fds_; }
  // Limits for the coming run: memory in KB (0 = none) and tasks; also
  // starts the run's peak-memory count afresh.
  bool set_limits(long memory_kb, int processes, std::string& error);
  CgroupCounters read() const;
  // Kills every task left in the cgroup; true when it is empty afterwards.
  bool kill_all();

 private:
  friend class CgroupPool;
  CgroupLease() = default;
  std::vector<std::string> dirs_;  // memory, pids, cpu (v1: three hierarchies; v2: one dir)
  std::vector<int> procs_fds_;
  long memory_kb_ = -1;
  int processes_ = -1;
  long start_usage_kb_ = 0;  // v1: charged before the run began (see set_limits)
  bool reusable_ = true;
};

struct CgroupSetup {
  CgroupMode mode = CgroupMode::None;
  std::string detail;  // where, or why not
};

// Detected once per process; creates the judge's own cgroup on first use.
const CgroupSetup& cgroup_setup();

// A cgroup for one run, or nullptr when the layer is off (or failing: then
// `error` says why).
std::unique_ptr<CgroupLease> lease_cgroup(std::string& error);

// For tests and `judge doctor`: parse /proc/self/cgroup and mountinfo text.
struct CgroupPaths {
  std::string v2_mount, v2_path;
  std::string memory_mount, memory_path, pids_mount, pids_path, cpuacct_mount, cpuacct_path;
};
CgroupPaths parse_cgroup_paths(const std::string& proc_cgroup, const std::string& mountinfo);

}  // namespace sandbox
