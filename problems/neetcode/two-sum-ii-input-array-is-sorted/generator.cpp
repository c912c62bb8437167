// Two Sum II tests: generator N SEED MODE prints a sorted array of N values in
// [-1000, 1000] and a target with exactly one answer pair.
// random: pair anywhere; ends: pair is the smallest and largest value; middle: pair
// near target/2 with other values on both sides; last / first: the pair is the last /
// first two positions; equal: the pair is two equal values; dups: few distinct values,
// long runs of equal values.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    int t, a, b, lo = -1000, hi = 1000;  // other values are drawn from [lo, hi]
    if (mode == "ends") {
        a = draw(-1000, -900), b = draw(900, 1000), t = a + b;
        lo = a + 1, hi = b - 1;
    } else if (mode == "middle") {
        t = draw(-200, 200);
        a = t / 2 - draw(1, 5), b = t - a;
    } else if (mode == "last") {
        t = draw(900, 1000);
        a = t / 2 - 1, b = t - a;
        hi = a - 1;
    } else if (mode == "first") {
        t = draw(-1000, -900);
        b = t / 2 + 1, a = t - b;
        lo = b + 1;
    } else if (mode == "equal") {
        a = b = draw(-500, 500), t = 2 * a;
    } else {
        t = draw(-1000, 1000);
        int amin = max(-1000, t - 1000), amax = min(1000, t + 1000);
        do { a = draw(amin, amax), b = t - a; } while (a == b);
        if (a > b) swap(a, b);
    }
    // Allowed other values: never a or b, never half the target, and never a value
    // whose complement is allowed too (or is a or b).
    vector<int> cand;
    for (int v = lo; v <= hi; ++v) cand.push_back(v);
    shuffle(cand.begin(), cand.end(), rng);
    set<int> allowed;
    for (int v : cand) {
        if (v == a || v == b || 2 * v == t || v == t - a || v == t - b) continue;
        if (allowed.count(t - v)) continue;
        allowed.insert(v);
    }
    vector<int> pool(allowed.begin(), allowed.end());
    if (mode == "dups") {
        shuffle(pool.begin(), pool.end(), rng);
        pool.resize(min<size_t>(pool.size(), 6));
    }
    vector<int> v = {a, b};
    for (int k = 2; k < n; ++k) v.push_back(pool[draw(0, (int)pool.size() - 1)]);
    sort(v.begin(), v.end());
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n%d\n", w.str().c_str(), t);
}
