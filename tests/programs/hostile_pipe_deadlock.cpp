// Fills a pipe nobody reads and blocks on it forever.
#include <unistd.h>
int main() {
  int p[2];
  if (pipe(p) != 0) return 1;
  static char buf[4096];
  for (;;)
    if (write(p[1], buf, sizeof buf) < 0) return 1;
}
