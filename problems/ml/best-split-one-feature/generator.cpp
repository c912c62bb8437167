// Best-split tests: generator N SEED MODE.
// planted: distinct x in [0, 10^6] (3 decimals), labels follow a planted threshold with 25% noise
// over 2..4 classes; dup: integer x in [0, 200] (heavy duplicates); sorted / descending: planted
// data written in increasing / decreasing x; multi: 101 classes in bands of x; constant: every x
// equal (no split, the sentinel); pure: a single label (every candidate ties at 0, the smallest
// threshold wins).
// Except for pure, the data are redrawn until the best candidate is unique and every other one is
// worse by at least 2e-9 (twice the statement's promise), decided with exact integer arithmetic.
static bool robust(const vector<double>& x, const vector<int>& y) {
    int n = x.size();
    vector<int> idx(n);
    iota(idx.begin(), idx.end(), 0);
    sort(idx.begin(), idx.end(), [&](int a, int b) { return x[a] < x[b]; });
    long long cl[101] = {0}, cr[101] = {0};
    for (int v : y) ++cr[v];
    long long sqL = 0, sqR = 0;
    for (long long c : cr) sqR += c * c;
    // score = sqL/k + sqR/(n-k) = num/den, larger is better; weighted gini = 1 - score/n
    vector<pair<__int128, __int128>> s;
    for (int k = 1; k < n; ++k) {
        int c = y[idx[k - 1]];
        sqL += 2 * cl[c] + 1, ++cl[c];
        sqR -= 2 * cr[c] - 1, --cr[c];
        if (x[idx[k - 1]] == x[idx[k]]) continue;
        s.push_back({(__int128)sqL * (n - k) + (__int128)sqR * k, (__int128)k * (n - k)});
    }
    if (s.size() < 2) return true;
    auto better = [](const pair<__int128, __int128>& a, const pair<__int128, __int128>& b) {
        return a.first * b.second > b.first * a.second;
    };
    int b1 = 0;
    for (int i = 1; i < (int)s.size(); ++i)
        if (better(s[i], s[b1])) b1 = i;
    int b2 = -1;
    for (int i = 0; i < (int)s.size(); ++i)
        if (i != b1 && (b2 < 0 || better(s[i], s[b2]))) b2 = i;
    if (!better(s[b1], s[b2])) return false;  // exact tie
    long double gap = ((long double)s[b1].first / s[b1].second - (long double)s[b2].first / s[b2].second) / n;
    return gap >= 2e-9L;
}

int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto uni = [&](double a, double b) { return uniform_real_distribution<double>(a, b)(rng); };
    auto pick = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<double> x(n);
    vector<int> y(n);
    for (int attempt = 0;; ++attempt) {
        if (mode == "constant") {
            for (int i = 0; i < n; ++i) x[i] = 123456.789, y[i] = pick(0, 6);
        } else if (mode == "pure") {
            for (int i = 0; i < n; ++i) x[i] = pick(0, 1000000), y[i] = 42;
        } else if (mode == "multi") {
            for (int i = 0; i < n; ++i) {
                x[i] = round(uni(0, 1e6) * 1000) / 1000;
                int band = min(100, (int)(x[i] / 1e4));
                y[i] = pick(0, 3) == 0 ? pick(0, 100) : band;
            }
        } else {
            int k = pick(2, 4);
            double t = uni(2e5, 8e5);
            int a = pick(0, k - 1), b = (a + pick(1, k - 1)) % k;
            for (int i = 0; i < n; ++i) {
                x[i] = mode == "dup" ? pick(0, 200) * 5000 : round(uni(0, 1e6) * 1000) / 1000;
                y[i] = pick(0, 3) == 0 ? pick(0, k - 1) : (x[i] <= t ? a : b);
            }
            if (mode == "sorted" || mode == "descending") {
                vector<int> idx(n);
                iota(idx.begin(), idx.end(), 0);
                sort(idx.begin(), idx.end(), [&](int p, int q) { return x[p] < x[q]; });
                if (mode == "descending") reverse(idx.begin(), idx.end());
                vector<double> x2(n);
                vector<int> y2(n);
                for (int i = 0; i < n; ++i) x2[i] = x[idx[i]], y2[i] = y[idx[i]];
                x = x2, y = y2;
            }
        }
        if (mode == "pure" || robust(x, y)) break;
        if (attempt > 200) return 1;
    }
    judge_rt::Writer w1, w2;
    judge_rt::write(w1, x);
    judge_rt::write(w2, y);
    printf("%s\n%s\n", w1.str().c_str(), w2.str().c_str());
}
