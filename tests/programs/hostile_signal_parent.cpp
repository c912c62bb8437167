// Sends SIGKILL to its parent and to its process group's parent.
#include <signal.h>
#include <unistd.h>
#include <cstdio>
int main() {
  int a = kill(getppid(), SIGKILL);
  int b = kill(1, SIGKILL);
  std::printf("kill parent %d, kill 1 %d\n", a, b);
  return 0;
}
