// Recurses without end.
static int depth(int n) {
  volatile char frame[512];
  frame[0] = static_cast<char>(n);
  return depth(n + 1) + frame[0];
}
int main() { return depth(0); }
