#include "seccomp_policy.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>

#include <seccomp.h>

namespace sandbox {

namespace {

// Denied outright: what a LeetCode solution never needs and an escape would.
const char* const kDenied[] = {
    // network
    "socket", "socketpair", "connect", "bind", "listen", "accept", "accept4",
    // other processes and the kernel
    "ptrace", "process_vm_readv", "process_vm_writev", "kcmp", "pidfd_getfd", "pidfd_open",
    "mount", "umount2", "pivot_root", "chroot", "move_mount", "open_tree", "fsopen", "fsmount", "fsconfig",
    "fspick", "mount_setattr",
    "kexec_load", "kexec_file_load", "reboot", "init_module", "finit_module", "delete_module",
    "bpf", "perf_event_open", "userfaultfd", "io_uring_setup", "io_uring_enter", "io_uring_register",
    "keyctl", "add_key", "request_key",
    "unshare", "setns",
    "settimeofday", "clock_settime", "clock_adjtime", "adjtimex",
    "personality", "acct", "swapon", "swapoff", "quotactl", "syslog", "iopl", "ioperm",
    "name_to_handle_at", "open_by_handle_at", "lookup_dcookie", "vhangup", "sethostname", "setdomainname",
    // identity and limits: a sandboxed program keeps the ones it was given
    "setuid", "setgid", "setreuid", "setregid", "setresuid", "setresgid", "setfsuid", "setfsgid",
    "setgroups", "capset", "setrlimit",
};

// The seccomp filter cannot read clone3's argument struct, so clone3 answers
// ENOSYS and glibc falls back to clone, whose flags the filter can see.
constexpr unsigned long kNamespaceFlags[] = {CLONE_NEWNS, CLONE_NEWUTS, CLONE_NEWIPC, CLONE_NEWUSER,
                                             CLONE_NEWPID, CLONE_NEWNET, CLONE_NEWCGROUP};

SeccompProgram build(bool notify) {
  SeccompProgram program;
  scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
  if (!ctx) {
    program.error = "seccomp_init failed";
    return program;
  }
  uint32_t deny = notify ? SCMP_ACT_NOTIFY : SCMP_ACT_KILL_PROCESS;
  auto fail = [&](const std::string& what, int rc) {
    program.error = what + ": " + std::strerror(-rc);
    seccomp_release(ctx);
    return program;
  };
  // 32-bit system calls from a 64-bit program would bypass a native-only
  // filter: any other architecture kills the process.
  if (int rc = seccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS); rc < 0)
    return fail("seccomp_attr_set", rc);
  for (const char* name : kDenied) {
    int nr = seccomp_syscall_resolve_name(name);
    if (nr == __NR_SCMP_ERROR) continue;  // not on this architecture
    if (int rc = seccomp_rule_add(ctx, deny, nr, 0); rc < 0) return fail(std::string("rule ") + name, rc);
  }
  // prlimit64 with a new limit raises or lowers limits; reading them is fine.
  if (int rc = seccomp_rule_add(ctx, deny, SCMP_SYS(prlimit64), 1, SCMP_A2(SCMP_CMP_NE, 0)); rc < 0)
    return fail("rule prlimit64", rc);
  for (unsigned long flag : kNamespaceFlags)
    if (int rc = seccomp_rule_add(ctx, deny, SCMP_SYS(clone), 1, SCMP_A0(SCMP_CMP_MASKED_EQ, flag, flag)); rc < 0)
      return fail("rule clone", rc);
  if (int rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(clone3), 0); rc < 0)
    return fail("rule clone3", rc);

  // libseccomp 2.5 exports BPF only to a file descriptor.
  int fd = ::memfd_create("seccomp-bpf", MFD_CLOEXEC);
  if (fd < 0) return fail("memfd_create", -errno);
  if (int rc = seccomp_export_bpf(ctx, fd); rc < 0) {
    ::close(fd);
    return fail("seccomp_export_bpf", rc);
  }
  off_t size = ::lseek(fd, 0, SEEK_END);
  if (size <= 0 || size % sizeof(sock_filter) != 0 || ::lseek(fd, 0, SEEK_SET) != 0) {
    ::close(fd);
    return fail("exported filter", -EINVAL);
  }
  program.code.resize(static_cast<size_t>(size) / sizeof(sock_filter));
  ssize_t got = ::read(fd, program.code.data(), static_cast<size_t>(size));
  ::close(fd);
  if (got != size) {
    program.code.clear();
    return fail("reading the exported filter", -EIO);
  }
  program.notify = notify;
  seccomp_release(ctx);
  return program;
}

}  // namespace

const SeccompProgram& seccomp_program(bool notify) {
  static std::once_flag once[2];
  static SeccompProgram programs[2];
  std::call_once(once[notify], [notify] { programs[notify] = build(notify); });
  return programs[notify];
}

std::string syscall_name(int nr) {
  char* name = seccomp_syscall_resolve_num_arch(SCMP_ARCH_NATIVE, nr);
  if (!name) return "syscall " + std::to_string(nr);
  std::string out = name;
  std::free(name);
  return out;
}

std::string take_notification(int listener) {
  seccomp_notif request;
  std::memset(&request, 0, sizeof request);
  if (::ioctl(listener, SECCOMP_IOCTL_NOTIF_RECV, &request) != 0) return "";
  seccomp_notif_resp response;
  std::memset(&response, 0, sizeof response);
  response.id = request.id;
  response.error = -EPERM;
  // The caller may already be gone (killed with its group): ENOENT is fine.
  ::ioctl(listener, SECCOMP_IOCTL_NOTIF_SEND, &response);
  return syscall_name(request.data.nr);
}

}  // namespace sandbox
