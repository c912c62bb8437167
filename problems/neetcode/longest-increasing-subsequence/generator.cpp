// Longest Increasing Subsequence tests: generator N SEED MODE, values in [-10^4, 10^4].
// random: uniform; increasing / decreasing: strictly, distinct values; equal: one value;
// nondecreasing: sorted with many repeats; fewvalues: only -3..3; sawtooth: runs that climb and
// drop back; noisy: an increasing trend with random noise.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<int> v(n);
    if (mode == "random") for (int& x : v) x = draw(-10000, 10000);
    else if (mode == "increasing" || mode == "decreasing") {
        vector<int> all(20001);
        iota(all.begin(), all.end(), -10000);
        shuffle(all.begin(), all.end(), rng);
        v.assign(all.begin(), all.begin() + n);
        sort(v.begin(), v.end());
        if (mode == "decreasing") reverse(v.begin(), v.end());
    } else if (mode == "equal") { int x = draw(-10000, 10000); for (int& y : v) y = x; }
    else if (mode == "nondecreasing") { for (int& x : v) x = draw(-300, 300); sort(v.begin(), v.end()); }
    else if (mode == "fewvalues") for (int& x : v) x = draw(-3, 3);
    else if (mode == "sawtooth") {
        int len = draw(30, 60);
        for (int i = 0; i < n; ++i) v[i] = -10000 + (i % len) * 300 + i / len;
    } else if (mode == "noisy") {
        for (int i = 0; i < n; ++i) v[i] = max(-10000, min(10000, -10000 + i * 8 + draw(-400, 400)));
    }
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
