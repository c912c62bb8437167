// Tries io_uring, whose operations would bypass the system-call filter.
#include <linux/io_uring.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <cstdio>
int main() {
  io_uring_params p{};
  long fd = syscall(__NR_io_uring_setup, 8, &p);
  std::printf(fd >= 0 ? "io_uring\n" : "denied\n");
  return 0;
}
