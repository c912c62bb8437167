// Top K Frequent tests with a unique answer: generator N SEED D K ORDER.
// D distinct values from [-10^4, 10^4] (extremes: the ones closest to +-10^4),
// the K chosen ones each occur more often than every other value, counts sum to N.
// ORDER: shuffled | sorted | reversed | runs (each value's copies in one block,
// blocks in random order) | extremes (shuffled, values near the range ends).
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    int d = atoi(argv[3]), k = atoi(argv[4]);
    string order = argv[5];
    auto draw = [&](long long a, long long b) { return (int)uniform_int_distribution<long long>(a, b)(rng); };
    // The value pool.
    vector<int> pool;
    if (order == "extremes") {
        for (int i = 0; i < d; ++i) pool.push_back(i % 2 ? 10000 - i / 2 : -10000 + i / 2);
    } else {
        for (int x = -10000; x <= 10000; ++x) pool.push_back(x);
        shuffle(pool.begin(), pool.end(), rng);
        pool.resize(d);
    }
    shuffle(pool.begin(), pool.end(), rng);
    // Counts: the others get 1..a, the top K get a+1 at least, the rest of N goes to the top K.
    int a = k == d ? 0 : max(1, (n - k) / d);
    if (a > 1) a = draw(max(1, a / 2), a);
    vector<long long> cnt(d);
    long long sum = 0;
    for (int i = 0; i < d; ++i) sum += cnt[i] = i < k ? a + 1 : draw(1, a);
    if (sum > n) { fprintf(stderr, "counts do not fit\n"); return 1; }
    for (long long left = n - sum; left > 0;) {
        long long give = min<long long>(left, draw(1, max<long long>(1, 2 * (n - sum) / k)));
        cnt[draw(0, k - 1)] += give;
        left -= give;
    }
    vector<int> v;
    vector<int> ids(d);
    iota(ids.begin(), ids.end(), 0);
    shuffle(ids.begin(), ids.end(), rng);
    for (int i : ids) v.insert(v.end(), cnt[i], pool[i]);
    if (order == "shuffled" || order == "extremes") shuffle(v.begin(), v.end(), rng);
    if (order == "sorted") sort(v.begin(), v.end());
    if (order == "reversed") sort(v.rbegin(), v.rend());
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n%d\n", w.str().c_str(), k);
}
