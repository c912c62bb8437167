// Unique Paths tests: generator M SEED MODE. Every test keeps C(m + n - 2, m - 1) <= 2*10^9.
// widest: m = M rows and the largest n <= 100 allowed, in a random orientation;
// big: a random allowed grid whose answer exceeds 10^9; any: a random allowed grid.
int main(int argc, char** argv) {
    int M = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto paths = [](int m, int n) {  // C(m + n - 2, m - 1), capped above 2*10^9
        long long r = 1;
        int k = min(m, n) - 1, N = m + n - 2;
        for (int i = 1; i <= k; ++i) {
            r = r * (N - k + i) / i;
            if (r > 4000000000LL) return 4000000000LL;
        }
        return r;
    };
    const long long LIMIT = 2000000000LL;
    vector<pair<int, int>> ok;
    for (int m = 1; m <= 100; ++m)
        for (int n = 1; n <= 100; ++n)
            if (paths(m, n) <= LIMIT && (mode != "big" || paths(m, n) > 1000000000LL)) ok.push_back({m, n});
    int m = 1, n = 1;
    if (mode == "widest") {
        m = M;
        while (n < 100 && paths(m, n + 1) <= LIMIT) ++n;
        if (rng() & 1) swap(m, n);
    } else {
        auto p = ok[uniform_int_distribution<size_t>(0, ok.size() - 1)(rng)];
        m = p.first, n = p.second;
    }
    printf("%d\n%d\n", m, n);
}
