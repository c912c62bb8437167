// Prints to both streams and exits with argv[1].
#include <cstdio>
#include <cstdlib>
int main(int argc, char** argv) {
  std::printf("out\n");
  std::fprintf(stderr, "err\n");
  return argc > 1 ? std::atoi(argv[1]) : 0;
}
