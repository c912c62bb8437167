// Opens 10,000 descriptors (dup of stdin) and reports how many it got.
#include <unistd.h>
#include <cstdio>
int main() {
  int opened = 0;
  for (int i = 0; i < 10000; ++i)
    if (dup(0) >= 0) ++opened;
  std::printf("opened %d\n", opened);
  return 0;
}
