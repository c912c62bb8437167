// The layer report behind `judge doctor` and `judge sandbox-exec --json`.
#include <sched.h>

#include "cgroup.h"
#include "environment.h"
#include "landlock.h"
#include "sandbox/sandbox.h"

namespace sandbox {

std::vector<Layer> layers() {
  const Environment& env = environment();
  const CgroupSetup& cg = cgroup_setup();
  std::vector<Layer> out;
  out.push_back({"rlimits", true,
                 std::string("CPU (backstop), ") + (cg.mode == CgroupMode::None ? "address space, " : "") +
                     "stack, file size 0, 64 open files, no core dumps" +
                     (cg.mode == CgroupMode::None ? ", process count" : "")});
  out.push_back({"cgroup", cg.mode != CgroupMode::None,
                 cg.mode == CgroupMode::None ? cg.detail
                                             : cg.detail + ": memory (exact MLE), pids, CPU of the whole tree"});
  if (env.seccomp)
    out.push_back({"seccomp", true,
                   env.seccomp_notify ? "sockets, ptrace, mount, kexec, bpf, perf, keyctl, namespaces, module loading, "
                                        "clock setting, process_vm, identity and limit changes denied; the call is named"
                                      : "denied calls kill the program with SIGSYS (no user notification here)"});
  else
    out.push_back({"seccomp", false, "no filter could be installed"});
  if (env.landlock_abi > 0) {
    std::string d = "ABI " + std::to_string(env.landlock_abi) + ": read only the binary and system libraries, write nothing";
    if (env.landlock_abi >= 4) d += ", no TCP";
    if (env.landlock_abi >= 6) d += ", no signals or abstract sockets outside the run";
    out.push_back({"landlock", true, d});
  } else {
    out.push_back({"landlock", false, "not available in this kernel (needs Linux 5.13)"});
  }
  std::string ns;
  auto add = [&](unsigned long flag, const char* name) {
    if (env.clone_flags & flag) ns += (ns.empty() ? "" : ", ") + std::string(name);
  };
  add(CLONE_NEWUSER, "user");
  add(CLONE_NEWPID, "pid (the program is pid 1 of its own tree)");
  add(CLONE_NEWIPC, "ipc");
  add(CLONE_NEWUTS, "uts");
  if (env.netns_fd >= 0) ns += (ns.empty() ? "" : ", ") + std::string("net (an empty one, shared by runs)");
  out.push_back({"namespaces", env.clone_flags != 0,
                 ns.empty() ? "none: the kernel refused them" : ns + "; mount: not used, Landlock restricts files"});
  if (env.drop_identity)
    out.push_back({"identity", true, "runs as uid/gid 65534, no supplementary groups"});
  else if (env.clone_flags & CLONE_NEWUSER)
    out.push_back({"identity", true, "runs in a user namespace of its own, with no uid mapped (never root)"});
  else
    out.push_back({"identity", false, "runs as the invoking user"});
  out.push_back({"kill and reap", true, "wall-clock limit, process-group kill, every child reaped"});
  out.push_back({"output and files", true, "stdout/stderr capped, stdin from a file, no other descriptor inherited"});
  return out;
}

}  // namespace sandbox
