// Starts threads without end, each spinning.
#include <pthread.h>
static void* spin(void*) {
  volatile unsigned long x = 0;
  for (;;) ++x;
}
int main() {
  for (;;) {
    pthread_t t;
    pthread_create(&t, nullptr, spin, nullptr);
  }
}
