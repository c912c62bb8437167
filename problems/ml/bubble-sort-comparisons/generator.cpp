// Bubble-sort tests: generator N SEED MODE.
// random: uniform in [-10^9, 10^9]; reversed: strictly decreasing (every pass runs, every
// comparison swaps); sorted: non-decreasing random values (one pass); equal: one value;
// few: values in {-1, 0, 1, 2} (many equal neighbours); nearly: sorted, then ~n/100 random
// adjacent exchanges (few passes); min-last: sorted with the minimum moved to the end
// (n - 1 passes, only n - 1 swaps); max-first: sorted with the maximum moved to the front
// (it sinks in one pass, the second pass finds nothing).
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto pick = [&](long long a, long long b) { return uniform_int_distribution<long long>(a, b)(rng); };
    vector<int> v(n);
    for (int& x : v) x = (int)pick(-1000000000, 1000000000);
    if (mode == "reversed") {
        sort(v.begin(), v.end(), greater<int>());
        v.erase(unique(v.begin(), v.end()), v.end());
        while ((int)v.size() < n) v.push_back(v.back() - 1);
    } else if (mode == "sorted") {
        sort(v.begin(), v.end());
    } else if (mode == "equal") {
        fill(v.begin(), v.end(), (int)pick(-1000000000, 1000000000));
    } else if (mode == "few") {
        for (int& x : v) x = (int)pick(-1, 2);
    } else if (mode == "nearly") {
        sort(v.begin(), v.end());
        for (int k = 0; k < n / 100; ++k) {
            int i = (int)pick(0, n - 2);
            swap(v[i], v[i + 1]);
        }
    } else if (mode == "min-last") {
        sort(v.begin(), v.end());
        rotate(v.begin(), v.begin() + 1, v.end());
    } else if (mode == "max-first") {
        sort(v.begin(), v.end());
        rotate(v.begin(), v.end() - 1, v.end());
    }
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
