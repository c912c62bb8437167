// A 32-bit system call (int 0x80) from a 64-bit program: getuid32 there.
#include <cstdio>
int main() {
  long rc;
  asm volatile("int $0x80" : "=a"(rc) : "a"(199) : "memory");
  std::printf("int 0x80 returned %ld\n", rc);
  return 0;
}
