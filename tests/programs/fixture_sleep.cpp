// Sleeps until stopped.
#include <unistd.h>
int main() {
  for (;;) pause();
}
