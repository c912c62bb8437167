// Dies of SIGSEGV (a fault the kernel forces, even on a pid-namespace init).
int main() {
  volatile int* p = nullptr;
  *p = 1;
  return 0;
}
