// Counting Bits tests: generator N. The input is the single integer n; the answer (n + 1 counts)
// comes from the reference.
int main(int argc, char** argv) {
    long long n = atoll(argv[1]);
    printf("%lld\n", n);
}
