// Contains Duplicate tests: generator N SEED MODE, values in [-10^9, 10^9].
// distinct / sorted / reversed: N different values (shuffled / ascending / descending);
// pair-ends: distinct, but the last value repeats the first; pair-random: distinct
// except one repeated value at two random positions; pair-extremes: values near
// +-10^9, the repeat is 10^9 or -10^9; all-equal: one value N times; small-range:
// values in [-1000, 1000] (many repeats); plus-minus: distinct values x and -x.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    const long long LIM = 1000000000;
    auto draw = [&](long long a, long long b) { return uniform_int_distribution<long long>(a, b)(rng); };
    vector<long long> v;
    unordered_set<long long> used;
    used.reserve(2 * n);
    auto fresh = [&](long long a, long long b) {
        for (;;) {
            long long x = draw(a, b);
            if (used.insert(x).second) return x;
        }
    };
    if (mode == "all-equal") {
        v.assign(n, draw(-LIM, LIM));
    } else if (mode == "small-range") {
        for (int i = 0; i < n; ++i) v.push_back(draw(-1000, 1000));
    } else if (mode == "plus-minus") {
        used.insert(0);
        while ((int)v.size() + 1 < n) {
            long long x = fresh(1, LIM);
            v.push_back(x), v.push_back(-x);
        }
        if ((int)v.size() < n) v.push_back(0);
        shuffle(v.begin(), v.end(), rng);
    } else if (mode == "pair-extremes") {
        long long rep = draw(0, 1) ? LIM : -LIM;
        used.insert(rep);
        for (int i = 0; i + 2 < n; ++i)
            v.push_back(draw(0, 1) ? fresh(LIM - 200000, LIM) : fresh(-LIM, -LIM + 200000));
        v.push_back(rep), v.push_back(rep);
        shuffle(v.begin(), v.end(), rng);
    } else {
        for (int i = 0; i < n; ++i) v.push_back(fresh(-LIM, LIM));
        if (mode == "sorted") sort(v.begin(), v.end());
        if (mode == "reversed") sort(v.rbegin(), v.rend());
        if (mode == "pair-ends") v[n - 1] = v[0];
        if (mode == "pair-random") {
            int i = draw(0, n - 1), j = draw(0, n - 2);
            if (j >= i) ++j;
            v[j] = v[i];
        }
    }
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
