// Two Sum tests with exactly one answer pair: generator N SEED MODE.
// random: values anywhere; ends: the pair sits at the first and last index;
// negative: all values negative; extremes: values near +-10^9.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    long long lo = -1000000000, hi = 1000000000;
    if (mode == "negative") hi = -1;
    auto draw = [&](long long a, long long b) { return uniform_int_distribution<long long>(a, b)(rng); };
    int i = draw(0, n - 1), j = draw(0, n - 2);
    if (j >= i) ++j;
    if (mode == "ends") i = 0, j = n - 1;
    // Pair values chosen so the target stays within [-10^9, 10^9].
    long long a, b;
    if (mode == "extremes") { a = draw(999000000, 1000000000); b = -draw(999000000, 1000000000); }
    else if (mode == "negative") { a = draw(-500000000, -1); b = draw(-500000000, -1); }
    else { a = draw(-500000000, 500000000); b = draw(-500000000, 500000000); }
    long long target = a + b;
    vector<long long> v(n);
    unordered_set<long long> used;
    v[i] = a, v[j] = b;
    used.insert(a), used.insert(b);
    // Every other value must not pair up with anything to the target.
    for (int k = 0; k < n; ++k) {
        if (k == i || k == j) continue;
        for (;;) {
            long long x = mode == "extremes" ? (draw(0, 1) ? draw(990000000, hi) : draw(lo, -990000000)) : draw(lo, hi);
            if (used.count(x) || used.count(target - x) || 2 * x == target) continue;
            v[k] = x;
            used.insert(x);
            break;
        }
    }
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n%lld\n", w.str().c_str(), target);
}
