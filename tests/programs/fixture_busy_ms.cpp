// Burns argv[1] milliseconds of CPU, then exits: for timing accuracy checks.
#include <time.h>
#include <cstdlib>
int main(int argc, char** argv) {
  double target = argc > 1 ? std::atof(argv[1]) : 200;
  volatile unsigned long x = 0;
  timespec t{};
  do {
    for (int i = 0; i < 100000; ++i) ++x;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  } while (t.tv_sec * 1000.0 + t.tv_nsec / 1e6 < target);
  return 0;
}
