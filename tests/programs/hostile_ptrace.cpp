// Tries to trace its parent.
#include <sys/ptrace.h>
#include <unistd.h>
#include <cstdio>
int main() {
  long rc = ptrace(PTRACE_ATTACH, getppid(), nullptr, nullptr);
  std::printf(rc == 0 ? "attached\n" : "denied\n");
  return 0;
}
