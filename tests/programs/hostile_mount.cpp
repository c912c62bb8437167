// Tries to mount a tmpfs over /tmp.
#include <sys/mount.h>
#include <cstdio>
int main() {
  std::printf(mount("none", "/tmp", "tmpfs", 0, nullptr) == 0 ? "mounted\n" : "denied\n");
  return 0;
}
