// Longest Consecutive Sequence tests: generator N SEED MODE, values in [-10^9, 10^9].
// random: N distinct values anywhere (short runs); run: one run of N values from a random
// start, shuffled; run-top / run-bottom: the run ends at 10^9 / starts at -10^9;
// run-zero: a run of N values around 0; dense: values in [0, N/2] (many duplicates);
// sorted / reversed: runs of random lengths with gaps, ascending / descending;
// runs: many runs of random lengths with gaps, shuffled; all-equal: one value N times;
// run-dup: a run of N/2 values, each written twice.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    const long long LIM = 1000000000;
    auto draw = [&](long long a, long long b) { return uniform_int_distribution<long long>(a, b)(rng); };
    vector<long long> v;
    if (mode == "random") {
        unordered_set<long long> used;
        while ((int)v.size() < n) {
            long long x = draw(-LIM, LIM);
            if (used.insert(x).second) v.push_back(x);
        }
    } else if (mode == "run" || mode == "run-top" || mode == "run-bottom" || mode == "run-zero") {
        long long start = mode == "run-top" ? LIM - n + 1 : mode == "run-bottom" ? -LIM
                        : mode == "run-zero" ? -n / 2 : draw(-LIM, LIM - n + 1);
        for (int i = 0; i < n; ++i) v.push_back(start + i);
        shuffle(v.begin(), v.end(), rng);
    } else if (mode == "dense") {
        for (int i = 0; i < n; ++i) v.push_back(draw(0, n / 2));
    } else if (mode == "all-equal") {
        v.assign(n, draw(-LIM, LIM));
    } else if (mode == "run-dup") {
        long long start = draw(-LIM, 0);
        for (int i = 0; i < n / 2; ++i) v.push_back(start + i), v.push_back(start + i);
        shuffle(v.begin(), v.end(), rng);
    } else {
        // Runs of random lengths separated by gaps of at least 2, from near -10^9 upwards.
        long long x = -LIM + draw(0, 1000);
        while ((int)v.size() < n) {
            int len = (int)min<long long>(draw(1, 300), n - (long long)v.size());
            for (int i = 0; i < len; ++i) v.push_back(x++);
            x += draw(2, 15000);
        }
        if (mode == "reversed") reverse(v.begin(), v.end());
        if (mode == "runs") shuffle(v.begin(), v.end(), rng);
    }
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
