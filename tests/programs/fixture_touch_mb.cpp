// Allocates and touches argv[1] megabytes, then exits: for memory accuracy checks.
#include <cstdlib>
#include <cstring>
int main(int argc, char** argv) {
  size_t mb = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 100;
  char* p = static_cast<char*>(std::malloc(mb << 20));
  if (!p) return 3;
  std::memset(p, 1, mb << 20);
  return p[mb] == 1 ? 0 : 4;
}
