// Tries to create the file argv[1] (in /tmp, in the working folder).
#include <fcntl.h>
#include <unistd.h>
#include <cstdio>
int main(int argc, char** argv) {
  if (argc < 2) return 2;
  int fd = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) {
    std::printf("denied\n");
    return 0;
  }
  std::printf(write(fd, "escaped\n", 8) == 8 ? "written\n" : "created\n");
  return 0;
}
