// CPU time of a live process, read from /proc: lets the parent stop a busy
// program at its millisecond CPU limit instead of the kernel's whole-second one.
#pragma once

#include <sys/types.h>

namespace sandbox {

// User + system CPU of the process (all its threads, and children it has
// reaped) in milliseconds, or -1 if it cannot be read (already reaped).
double process_cpu_ms(pid_t pid);

}  // namespace sandbox
