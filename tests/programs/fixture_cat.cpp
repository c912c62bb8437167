// Copies stdin to stdout.
#include <unistd.h>
int main() {
  char buf[1 << 16];
  ssize_t n;
  while ((n = read(0, buf, sizeof buf)) > 0)
    if (write(1, buf, static_cast<size_t>(n)) != n) return 1;
  return 0;
}
