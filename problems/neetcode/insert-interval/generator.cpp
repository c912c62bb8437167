// Insert Interval tests: generator N SEED MODE.
// The N intervals are sorted and pairwise disjoint (random ones come from 2N distinct sorted
// coordinates, paired up, about a fifth collapsed to points).
// random: a random new interval; cover-all: [0, 10^5]; after-all / before-all: the new interval
// lies after / before every interval without touching; touch-chain: [3i, 3i+1] for every i and
// a new interval touching an endpoint on both sides; points: point intervals, the new one equal
// to one of them; gap: the new interval strictly inside a gap; wide: from inside interval 100 to
// inside interval N-100.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    const int MAXV = 100000;
    auto draw = [&](long long a, long long b) { return (int)uniform_int_distribution<long long>(a, b)(rng); };
    auto disjoint = [&](int lo, int hi, int count, int pointEvery) {  // count intervals inside [lo, hi]
        set<int> pts;
        while ((int)pts.size() < 2 * count) pts.insert(draw(lo, hi));
        vector<int> p(pts.begin(), pts.end());
        vector<vector<int>> v;
        for (int i = 0; i < count; ++i) {
            int s = p[2 * i], e = p[2 * i + 1];
            if (pointEvery && draw(0, pointEvery - 1) == 0) e = s;
            v.push_back({s, e});
        }
        return v;
    };
    vector<vector<int>> iv;
    vector<int> nw(2);
    if (mode == "random") {
        iv = disjoint(0, MAXV, n, 5);
        nw[0] = draw(0, MAXV);
        nw[1] = min(MAXV, nw[0] + draw(0, 3000));
    } else if (mode == "cover-all") {
        iv = disjoint(0, MAXV, n, 5);
        nw = {0, MAXV};
    } else if (mode == "after-all") {
        iv = disjoint(0, 90000, n, 5);
        nw[0] = draw(iv.back()[1] + 1, 99000);
        nw[1] = draw(nw[0], MAXV);
    } else if (mode == "before-all") {
        iv = disjoint(10000, MAXV, n, 5);
        nw[0] = draw(0, 5000);
        nw[1] = draw(nw[0], iv[0][0] - 1);
    } else if (mode == "touch-chain") {
        for (int i = 0; i < n; ++i) iv.push_back({3 * i, 3 * i + 1});
        int a = draw(0, n / 2), b = draw(a, n - 2);
        nw = {3 * a + 1, 3 * (b + 1)};
    } else if (mode == "points") {
        iv = disjoint(0, MAXV, n, 1);
        nw = iv[draw(n / 4, 3 * n / 4)];
    } else if (mode == "gap") {
        iv = disjoint(0, MAXV, n, 5);
        for (;;) {
            int k = draw(0, n - 2);
            int gs = iv[k][1] + 1, ge = iv[k + 1][0] - 1;  // free coordinates strictly between
            if (ge - gs < 2) continue;
            nw[0] = draw(gs + 1, ge - 1);
            nw[1] = draw(nw[0], ge - 1);
            break;
        }
    } else {  // wide
        iv = disjoint(0, MAXV, n, 0);
        int a = 100, b = n - 100;
        nw = {(iv[a][0] + iv[a][1]) / 2, (iv[b][0] + iv[b][1]) / 2};
    }
    judge_rt::Writer w;
    judge_rt::write(w, iv);
    w.raw('\n');
    judge_rt::write(w, nw);
    printf("%s\n", w.str().c_str());
}
