// Tries to make new namespaces (the usual first step of container escapes).
#include <sched.h>
#include <cstdio>
int main() {
  std::printf(unshare(CLONE_NEWUSER | CLONE_NEWNS) == 0 ? "unshared\n" : "denied\n");
  return 0;
}
