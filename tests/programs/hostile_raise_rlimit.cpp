// Tries to lift its CPU limit.
#include <sys/resource.h>
#include <cstdio>
int main() {
  rlimit r{RLIM_INFINITY, RLIM_INFINITY};
  std::printf(setrlimit(RLIMIT_CPU, &r) == 0 ? "raised\n" : "denied\n");
  return 0;
}
