// Does nothing: the unit of the sandbox overhead benchmark.
int main() { return 0; }
