// A child leaves the process group (setsid) and spins; the parent exits.
#include <unistd.h>
int main() {
  if (fork() == 0) {
    setsid();
    volatile unsigned long x = 0;
    for (;;) ++x;
  }
  return 0;
}
