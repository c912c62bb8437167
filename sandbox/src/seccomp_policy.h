// The seccomp layer: system calls no solution needs, denied. The filter is
// compiled once (libseccomp -> BPF) and installed by each run's child just
// before exec. A denied call reaches the parent as a user notification, so
// the verdict can name it ("forbidden syscall socket"); where the kernel has
// no notifications the process is killed with SIGSYS instead.
#pragma once

#include <linux/filter.h>

#include <string>
#include <vector>

namespace sandbox {

struct SeccompProgram {
  std::vector<sock_filter> code;  // empty: seccomp unavailable
  bool notify = false;            // denied calls notify the supervisor (else kill)
  std::string error;              // why it is unavailable
};

// Built on first use; `notify` asks for the notification form.
const SeccompProgram& seccomp_program(bool notify);

// "socket" for the number of socket(2) on this architecture.
std::string syscall_name(int nr);

// Answers one pending notification on `listener` with EPERM and returns the
// syscall's name (empty if nothing could be read).
std::string take_notification(int listener);

}  // namespace sandbox
