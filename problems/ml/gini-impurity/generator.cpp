// Gini-impurity tests: generator N SEED MODE.
// few: 2..6 classes with random frequencies; distinct: every label different (worst case for a
// scan per distinct label); equal: one label; halves: two classes of n/2 (c*c overflows int);
// wide: labels anywhere in [-10^9, 10^9], many repeated; dominant: one class holds ~99.9%;
// blocks: 20 classes written in sorted runs.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto pick = [&](long long a, long long b) { return uniform_int_distribution<long long>(a, b)(rng); };
    vector<int> v(n);
    if (mode == "few") {
        int k = pick(2, 6);
        vector<int> names(k);
        vector<double> w(k);
        for (int j = 0; j < k; ++j) names[j] = pick(-50, 50), w[j] = pick(1, 100);
        discrete_distribution<int> d(w.begin(), w.end());
        for (int& x : v) x = names[d(rng)];
    } else if (mode == "distinct") {
        for (int i = 0; i < n; ++i) v[i] = i * 7 - 300000;
        shuffle(v.begin(), v.end(), rng);
    } else if (mode == "equal") {
        for (int& x : v) x = -1000000000;
    } else if (mode == "halves") {
        for (int i = 0; i < n; ++i) v[i] = i < n / 2 ? 3 : 1000000000;
        shuffle(v.begin(), v.end(), rng);
    } else if (mode == "wide") {
        vector<int> pool(5000);
        for (int& x : pool) x = pick(-1000000000, 1000000000);
        for (int& x : v) x = pool[pick(0, pool.size() - 1)];
    } else if (mode == "dominant") {
        for (int& x : v) x = pick(0, 999) == 0 ? pick(1, 20) : 0;
    } else {  // blocks
        for (int i = 0; i < n; ++i) v[i] = (long long)i * 20 / n - 10;
    }
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
