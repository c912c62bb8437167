#include "environment.h"

#include <fcntl.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <functional>
#include <mutex>
#include <sstream>

#include "cgroup.h"
#include "landlock.h"
#include "seccomp_policy.h"

namespace sandbox {

namespace {

// Runs `step` in a child created with `flags` and returns the errno it
// reported (0: the step worked). The child shares our memory until it
// exits, as a real run's child does until its exec.
struct Probe {
  const std::function<int()>* step;
  int result;
};

int probe_child(void* arg) {
  auto* p = static_cast<Probe*>(arg);
  p->result = (*p->step)();
  _exit(0);
}

int probe(unsigned long flags, const std::function<int()>& step) {
  alignas(16) static char stack[64 * 1024];
  static std::mutex stack_mutex;
  std::lock_guard<std::mutex> lock(stack_mutex);
  Probe p{&step, -1};
  pid_t pid = ::clone(probe_child, stack + sizeof stack, static_cast<int>(flags | CLONE_VM | CLONE_VFORK | SIGCHLD), &p);
  if (pid < 0) return errno;
  int status;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  return p.result;
}

bool uid_mapped(uid_t uid) {
  std::ifstream in("/proc/self/uid_map");
  unsigned long inside, outside, count;
  while (in >> inside >> outside >> count)
    if (uid >= inside && uid < inside + count) return true;
  return false;
}

std::string why(int err) { return std::strerror(err); }

Environment detect() {
  Environment env;
  bool euid_root = ::geteuid() == 0;
  // Real root can switch runs to an unprivileged uid. Root inside a user
  // namespace (only uid 0 mapped) cannot: runs get a user namespace instead.
  if (euid_root && uid_mapped(env.run_uid)) {
    int err = probe(0, [&] {
      if (::syscall(SYS_setgroups, 0, nullptr) != 0 || ::syscall(SYS_setresgid, env.run_gid, env.run_gid, env.run_gid) != 0 ||
          ::syscall(SYS_setresuid, env.run_uid, env.run_uid, env.run_uid) != 0)
        return errno;
      return 0;
    });
    env.drop_identity = err == 0;
    if (err) env.notes.push_back("identity: cannot switch to uid 65534 (" + why(err) + ")");
  }

  unsigned long wanted = CLONE_NEWPID | CLONE_NEWIPC | CLONE_NEWUTS | (env.drop_identity ? 0 : CLONE_NEWUSER);
  int err = probe(wanted, [] { return 0; });
  if (err == 0) {
    env.clone_flags = wanted;
  } else {
    env.notes.push_back("namespaces: pid/ipc/uts" + std::string(env.drop_identity ? "" : "/user") +
                        " namespaces refused (" + why(err) + "): runs share the judge's");
  }
  if (!env.drop_identity && !(env.clone_flags & CLONE_NEWUSER))
    env.notes.push_back("identity: runs keep the invoking user's identity (no user namespace)");

  // One empty network namespace, made once and joined by every run: a new
  // one per run costs milliseconds. Joining needs real privileges.
  if (env.drop_identity) {
    int saved = ::open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
    if (saved >= 0 && ::unshare(CLONE_NEWNET) == 0) {
      env.netns_fd = ::open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
      if (::setns(saved, CLONE_NEWNET) != 0) {
        env.notes.push_back(std::string("network namespace: cannot return to the host namespace: ") + std::strerror(errno));
      }
    } else {
      env.notes.push_back("network namespace: " + why(errno) + " (sockets are still denied by seccomp)");
    }
    if (saved >= 0) ::close(saved);
    int netns = env.netns_fd;
    err = netns < 0 ? 0 : probe(env.clone_flags, [netns] { return ::setns(netns, CLONE_NEWNET) == 0 ? 0 : errno; });
    if (err) {
      env.notes.push_back("network namespace: runs cannot join it (" + why(err) + ")");
      ::close(env.netns_fd);
      env.netns_fd = -1;
    }
  } else {
    env.notes.push_back("network namespace: off without root (sockets are denied by seccomp instead)");
  }

  env.landlock_abi = landlock_abi();
  if (env.landlock_abi > 0) {
    LandlockRuleset r = make_ruleset("/proc/self/exe", {});
    int fd = r.fd;
    err = fd < 0 ? EINVAL : probe(env.clone_flags, [fd] {
      if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) return errno;
      return ::syscall(SYS_landlock_restrict_self, fd, 0) == 0 ? 0 : errno;
    });
    if (err) {
      env.notes.push_back("landlock: " + (r.error.empty() ? why(err) : r.error) + ": files are not restricted");
      env.landlock_abi = 0;
    } else {
      if (env.landlock_abi < 4) env.notes.push_back("landlock: ABI " + std::to_string(env.landlock_abi) + " has no TCP rules");
      if (env.landlock_abi < 6) env.notes.push_back("landlock: ABI " + std::to_string(env.landlock_abi) + " has no signal scoping");
    }
  } else {
    env.notes.push_back("landlock: not available in this kernel (Linux >= 5.13): files are not restricted");
  }

  for (bool notify : {true, false}) {
    const SeccompProgram& program = seccomp_program(notify);
    if (program.code.empty()) {
      env.notes.push_back("seccomp: " + program.error);
      break;
    }
    sock_fprog fprog{static_cast<unsigned short>(program.code.size()), const_cast<sock_filter*>(program.code.data())};
    unsigned long flags = notify ? SECCOMP_FILTER_FLAG_NEW_LISTENER : 0;
    err = probe(env.clone_flags, [&] {
      if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) return errno;
      long fd = ::syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, flags, &fprog);
      if (fd < 0) return errno;
      if (notify) ::close(static_cast<int>(fd));
      return 0;
    });
    if (err == 0) {
      env.seccomp = true;
      env.seccomp_notify = notify;
      if (!notify) env.notes.push_back("seccomp: no user notifications: a forbidden call kills with SIGSYS, unnamed");
      break;
    }
    if (!notify) env.notes.push_back("seccomp: cannot install the filter (" + why(err) + ")");
  }

  const CgroupSetup& cg = cgroup_setup();
  if (cg.mode == CgroupMode::None)
    env.notes.push_back(cg.detail + ": memory is limited by address space, processes by RLIMIT_NPROC");
  return env;
}

}  // namespace

const Environment& environment() {
  static std::once_flag once;
  static Environment env;
  std::call_once(once, [] { env = detect(); });
  return env;
}

}  // namespace sandbox
