// Forks; the parent exits at once, the child spins on.
#include <unistd.h>
int main() {
  if (fork() == 0) {
    volatile unsigned long x = 0;
    for (;;) ++x;
  }
  return 0;
}
