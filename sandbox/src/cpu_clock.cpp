#include "cpu_clock.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace sandbox {

double process_cpu_ms(pid_t pid) {
  char path[64];
  std::snprintf(path, sizeof path, "/proc/%d/stat", static_cast<int>(pid));
  int fd = ::open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  char buf[1024];
  ssize_t n = ::read(fd, buf, sizeof buf - 1);
  ::close(fd);
  if (n <= 0) return -1;
  buf[n] = '\0';
  // The command name (field 2) may contain spaces and parentheses: the
  // numeric fields start after its last ')'.
  char* p = std::strrchr(buf, ')');
  if (!p) return -1;
  p += 2;  // ") "
  // Fields from 3 on; utime, stime, cutime, cstime are fields 14-17.
  for (int field = 3; field < 14; ++field) {
    p = std::strchr(p, ' ');
    if (!p) return -1;
    ++p;
  }
  char* end = nullptr;
  long long ticks = 0;
  for (int i = 0; i < 4; ++i) {
    ticks += std::strtoll(p, &end, 10);
    if (end == p) return -1;
    p = end;
  }
  static const long ticks_per_second = ::sysconf(_SC_CLK_TCK);
  return static_cast<double>(ticks) * 1000.0 / static_cast<double>(ticks_per_second);
}

}  // namespace sandbox
