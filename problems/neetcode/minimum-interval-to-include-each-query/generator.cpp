// Minimum Interval tests: generator N Q SEED MODE (N intervals, Q queries, values in [1, 10^7]).
// random: random ends and queries everywhere; wide: long intervals that all overlap the middle, so
// every query is covered by tens of thousands of intervals (worst case for the per-query scan);
// nested: intervals nested around the centre with distinct sizes, queries near the centre;
// short: short intervals scattered widely, many queries uncovered (-1); equal: every interval the
// same, queries inside and outside it; expiring: the smallest intervals end just before the queries
// they are meant to trap (ends equal to / one less than queries); unit: one-point intervals, queries
// on and next to them.
int main(int argc, char** argv) {
    int n = atoi(argv[1]), q = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    const int M = 10000000;
    auto draw = [&](long long a, long long b) { return (int)uniform_int_distribution<long long>(a, b)(rng); };
    vector<vector<int>> iv(n);
    vector<int> qs(q);
    if (mode == "random") {
        for (auto& p : iv) { int a = draw(1, M), b = draw(1, M); p = {min(a, b), max(a, b)}; }
        for (int& x : qs) x = draw(1, M);
    } else if (mode == "wide") {
        for (auto& p : iv) p = {draw(1, M / 2 - 1000), draw(M / 2 + 1000, M)};
        for (int& x : qs) x = draw(M / 2 - 1000, M / 2 + 1000);
    } else if (mode == "nested") {
        vector<int> sizes(n);
        for (int i = 0; i < n; ++i) sizes[i] = 2 * (i + 1) + 1;  // odd sizes 3..2n+1, centred
        shuffle(sizes.begin(), sizes.end(), rng);
        int c = M / 2;
        for (int i = 0; i < n; ++i) { int h = sizes[i] / 2; iv[i] = {c - h, c + h}; }
        for (int& x : qs) x = draw(c - n - 5, c + n + 5);
    } else if (mode == "short") {
        for (auto& p : iv) { int a = draw(1, M - 20); p = {a, a + draw(0, 20)}; }
        for (int& x : qs) x = draw(1, M);
    } else if (mode == "equal") {
        int a = draw(1000, M / 2), b = draw(M / 2, M - 1000);
        for (auto& p : iv) p = {a, b};
        for (int& x : qs) x = draw(0, 3) == 0 ? (draw(0, 1) ? draw(1, a - 1) : draw(b + 1, M)) : draw(a - 1, b + 1);
    } else if (mode == "expiring") {
        // Big covering intervals plus tiny ones that end at a query or one before it.
        for (int& x : qs) x = draw(100, M - 100);
        for (int i = 0; i < n; ++i) {
            if (i % 4 == 0) { iv[i] = {draw(1, 50), draw(M - 50, M)}; continue; }
            int x = qs[draw(0, q - 1)];
            int len = draw(0, 30);
            if (i % 4 == 1) iv[i] = {x - len, x};          // ends exactly at the query: counts
            else if (i % 4 == 2) iv[i] = {x - 1 - len, x - 1};  // ends just before: must not count
            else iv[i] = {x + 1, x + 1 + len};            // starts just after: must not count
        }
    } else {  // unit
        for (auto& p : iv) { int a = draw(1, M); p = {a, a}; }
        for (int& x : qs) {
            if (draw(0, 1)) x = iv[draw(0, n - 1)][0];
            else x = min(M, max(1, iv[draw(0, n - 1)][0] + (draw(0, 1) ? 1 : -1)));
        }
    }
    shuffle(iv.begin(), iv.end(), rng);
    judge_rt::Writer w;
    judge_rt::write(w, iv);
    judge_rt::Writer w2;
    judge_rt::write(w2, qs);
    printf("%s\n%s\n", w.str().c_str(), w2.str().c_str());
}
