// Writes to stdout until stopped.
#include <unistd.h>
int main() {
  static char buf[1 << 16];
  for (int i = 0; i < (int)sizeof buf; ++i) buf[i] = 'y';
  for (;;)
    if (write(1, buf, sizeof buf) < 0) return 1;
}
