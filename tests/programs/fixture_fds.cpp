// Lists its open file descriptors, one per line.
#include <fcntl.h>
#include <cstdio>
int main() {
  for (int fd = 0; fd < 4096; ++fd)
    if (fcntl(fd, F_GETFD) != -1) std::printf("%d\n", fd);
  return 0;
}
