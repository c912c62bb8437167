// Prints its environment, one variable per line.
#include <cstdio>
extern char** environ;
int main() {
  for (char** e = environ; *e; ++e) std::printf("%s\n", *e);
  return 0;
}
