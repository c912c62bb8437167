// Tries to list the folder argv[1] (the user's home, the tests folder).
#include <dirent.h>
#include <cstdio>
int main(int argc, char** argv) {
  if (argc < 2) return 2;
  DIR* d = opendir(argv[1]);
  if (!d) {
    std::printf("denied\n");
    return 0;
  }
  while (dirent* e = readdir(d)) std::printf("%s\n", e->d_name);
  return 0;
}
