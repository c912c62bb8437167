// Tries to read argv[1] (a hidden answer, the user's home...) and prints it.
#include <cstdio>
int main(int argc, char** argv) {
  if (argc < 2) return 2;
  std::FILE* f = std::fopen(argv[1], "r");
  if (!f) {
    std::printf("denied\n");
    return 0;
  }
  char buf[4096];
  size_t n = std::fread(buf, 1, sizeof buf, f);
  std::fwrite(buf, 1, n, stdout);
  return 0;
}
