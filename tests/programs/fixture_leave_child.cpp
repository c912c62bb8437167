// Leaves a sleeping child behind and exits at once. argv[1] marks the child's
// command line so a test can look for it in /proc afterwards.
#include <unistd.h>
int main(int, char** argv) {
  if (fork() == 0) {
    for (;;) pause();
  }
  (void)argv;
  return 0;
}
