// Prints an answer and exits, leaving a busy child behind.
#include <unistd.h>
#include <cstdio>
int main() {
  if (fork() == 0) {
    volatile unsigned long x = 0;
    for (;;) ++x;
  }
  std::printf("done\n");
  return 0;
}
