// K Closest Points tests: generator N SEED MODE K. The k-th and (k+1)-th smallest squared
// distances always differ (K is moved to the nearest such cut), so the answer is unique.
// random: coordinates in [-10^4, 10^4]; grid: coordinates in [-6, 6] (many equal distances and
// duplicate points); corners: coordinates within 50 of +-10^4; sorted / reversed: random points
// listed by increasing / decreasing distance; trap: half the points on the axes, half on the
// diagonals, so Manhattan order disagrees with Euclidean order; near: coordinates in [-100, 100].
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    int k = atoi(argv[4]);
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    auto sq = [](const vector<int>& p) { return (long long)p[0] * p[0] + (long long)p[1] * p[1]; };
    vector<vector<int>> pts;
    for (int i = 0; i < n; ++i) {
        int x, y;
        if (mode == "grid") x = draw(-6, 6), y = draw(-6, 6);
        else if (mode == "near") x = draw(-100, 100), y = draw(-100, 100);
        else if (mode == "corners") {
            x = draw(9950, 10000) * (draw(0, 1) ? 1 : -1);
            y = draw(9950, 10000) * (draw(0, 1) ? 1 : -1);
        } else if (mode == "trap") {
            int r = draw(1, 7000), s1 = draw(0, 1) ? 1 : -1, s2 = draw(0, 1) ? 1 : -1;
            if (i % 2) { x = r * s1; y = 0; if (draw(0, 1)) swap(x, y); }
            else { x = r * s1; y = r * s2; }
        } else x = draw(-10000, 10000), y = draw(-10000, 10000);
        pts.push_back({x, y});
    }
    if (mode == "sorted" || mode == "reversed")
        sort(pts.begin(), pts.end(), [&](const vector<int>& a, const vector<int>& b) { return sq(a) < sq(b); });
    if (mode == "reversed") reverse(pts.begin(), pts.end());
    vector<long long> d;
    for (auto& p : pts) d.push_back(sq(p));
    sort(d.begin(), d.end());
    // Move k to the nearest cut where d[k-1] < d[k] (k == n is always a valid cut).
    auto ok = [&](int kk) { return kk >= 1 && kk <= n && (kk == n || d[kk - 1] < d[kk]); };
    for (int delta = 0;; ++delta) {
        if (ok(k - delta)) { k -= delta; break; }
        if (ok(k + delta)) { k += delta; break; }
    }
    judge_rt::Writer w;
    judge_rt::write(w, pts);
    printf("%s\n%d\n", w.str().c_str(), k);
}
