// Signals every process it may: kill(-1, SIGKILL).
#include <signal.h>
#include <cstdio>
int main() {
  int rc = kill(-1, SIGKILL);
  std::printf("still here (kill returned %d)\n", rc);
  return 0;
}
