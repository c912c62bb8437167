// Tries to set the system clock.
#include <time.h>
#include <cstdio>
int main() {
  timespec t{};
  t.tv_sec = 1000000000;
  std::printf(clock_settime(CLOCK_REALTIME, &t) == 0 ? "clock set\n" : "denied\n");
  return 0;
}
