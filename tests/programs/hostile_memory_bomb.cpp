// Allocates and touches memory without end.
#include <cstdlib>
#include <cstring>
int main() {
  for (;;) {
    char* p = static_cast<char*>(std::malloc(1 << 20));
    if (!p) return 3;
    std::memset(p, 7, 1 << 20);
  }
}
