// Closes stdout, so nothing more comes through the pipe, and spins.
#include <unistd.h>
int main() {
  close(1);
  close(2);
  volatile unsigned long x = 0;
  for (;;) ++x;
}
