// Tries to become root.
#include <unistd.h>
#include <cstdio>
int main() {
  std::printf(setuid(0) == 0 ? "root\n" : "denied\n");
  return 0;
}
