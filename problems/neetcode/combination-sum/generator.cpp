// Combination Sum tests: generator N TARGET SEED MODE. N = 0 draws the size in [1, 30], TARGET = 0 draws
// the target in [1, 40]. Distinct candidates from [2, 40] are redrawn until the number of combinations
// fits the mode (always fewer than 150, the problem's guarantee):
// any: 1..149 combinations; many: 100..149; none: 0; withtwo: 2 is a candidate (long combinations),
// 1..149; descending: like any, listed from largest to smallest.
int main(int argc, char** argv) {
    int fixedN = atoi(argv[1]), fixedT = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    auto count = [](const vector<int>& c, int t) {
        vector<long long> ways(t + 1, 0);
        ways[0] = 1;
        for (int x : c)
            for (int s = x; s <= t; ++s) ways[s] += ways[s - x];
        return ways[t];
    };
    long long lo = mode == "many" ? 100 : mode == "none" ? 0 : 1, hi = mode == "none" ? 0 : 149;
    vector<int> pool(39);
    iota(pool.begin(), pool.end(), 2);
    vector<int> c;
    int t;
    for (;;) {
        int n = fixedN ? fixedN : draw(1, 30);
        t = fixedT ? fixedT : draw(1, 40);
        shuffle(pool.begin(), pool.end(), rng);
        c.assign(pool.begin(), pool.begin() + n);
        if (mode == "withtwo" && find(c.begin(), c.end(), 2) == c.end()) c[0] = 2;
        long long k = count(c, t);
        if (lo <= k && k <= hi) break;
    }
    if (mode == "descending") sort(c.rbegin(), c.rend());
    judge_rt::Writer w;
    judge_rt::write(w, c);
    printf("%s\n%d\n", w.str().c_str(), t);
}
