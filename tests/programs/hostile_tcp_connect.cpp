// Opens a TCP connection to 127.0.0.1.
#include <arpa/inet.h>
#include <sys/socket.h>
#include <unistd.h>
#include <cstdio>
int main() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) {
    std::printf("denied\n");
    return 0;
  }
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(22);
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  std::printf(connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 ? "connected\n" : "socket but no connection\n");
  return 0;
}
