// Climbs out of its working folder and lists what is there.
#include <dirent.h>
#include <unistd.h>
#include <cstdio>
int main() {
  if (chdir("../..") != 0) {
    std::printf("denied\n");
    return 0;
  }
  DIR* d = opendir(".");
  if (!d) {
    std::printf("denied\n");
    return 0;
  }
  while (dirent* e = readdir(d)) std::printf("%s\n", e->d_name);
  return 0;
}
