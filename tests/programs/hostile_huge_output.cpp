// Writes 1 GB to stdout.
#include <unistd.h>
int main() {
  static char buf[1 << 20];
  for (int i = 0; i < (int)sizeof buf; ++i) buf[i] = 'x';
  for (int i = 0; i < 1024; ++i)
    if (write(1, buf, sizeof buf) < 0) return 1;
  return 0;
}
