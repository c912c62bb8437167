// generator N SEED MODE: prices in cents; found (a pair sums to the target),
// missing (none does), large-found / large-near (amounts near 10^6, the
// target one cent away from a pair's sum in -near).
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    bool large = mode.rfind("large", 0) == 0;
    auto pick = [&](long long a, long long b) { return uniform_int_distribution<long long>(a, b)(rng); };
    vector<long long> c(n);
    for (auto& x : c) x = large ? pick(49000000, 50000000) : pick(0, 100000);
    int i = pick(0, n - 1), j = pick(0, n - 2);
    if (j >= i) ++j;
    long long target = c[i] + c[j];
    if (mode == "large-near") target += 1;
    if (mode == "missing") {
        // Odd target, every price even: no pair can reach it.
        for (auto& x : c) x -= x % 2;
        target = 2 * pick(0, 100000) + 1;
    }
    if (mode == "large-near") {
        // Keep exactly one pair one cent away; make sure nothing hits the target.
        set<long long> s(c.begin(), c.end());
        for (auto& x : c) if (s.count(target - x) && &x != &c[i] && &x != &c[j]) x += 2;
    }
    printf("[");
    for (int k = 0; k < n; ++k) printf("%s%lld.%02lld", k ? "," : "", c[k] / 100, c[k] % 100);
    printf("]\n%lld.%02lld\n", target / 100, target % 100);
}
