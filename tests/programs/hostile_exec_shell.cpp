// Tries to start a shell that would create the file argv[1].
#include <unistd.h>
#include <cstdio>
#include <string>
int main(int argc, char** argv) {
  if (argc < 2) return 2;
  std::string command = std::string("echo escaped > ") + argv[1];
  char* args[] = {const_cast<char*>("sh"), const_cast<char*>("-c"), const_cast<char*>(command.c_str()), nullptr};
  execv("/bin/sh", args);
  std::printf("denied\n");
  return 0;
}
