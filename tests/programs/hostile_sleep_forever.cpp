// Sleeps forever: only the wall clock can stop it.
#include <unistd.h>
int main() {
  for (;;) sleep(1000);
}
