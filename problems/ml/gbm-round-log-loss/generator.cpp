// gbm-round-log-loss tests: generator N D SEED MODE NU.
// Labels are drawn as Bernoulli(sigmoid(step on one feature + F/2)) so the residuals carry a
// signal. random: features in [-1000, 1000] (3 decimals), F in [-3, 3]; dup: integer features in
// [0, 9]; extreme: F near +-10 (residuals and Hessians near 0 and 1); zero: every F = 0
// (residuals +-1/2); constant: every feature constant (one leaf).
// The data are redrawn until the best split beats every split that partitions the samples
// differently by at least 2e-9 * sum(r^2) (twice the statement's promise).
typedef long double ld;
int main(int argc, char** argv) {
    int n = atoi(argv[1]), d = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    double nu = atof(argv[5]);
    auto uni = [&](double a, double b) { return uniform_real_distribution<double>(a, b)(rng); };
    auto pick = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    auto r3 = [](double v) { return round(v * 1000) / 1000; };
    vector<unsigned long long> key(n);
    for (auto& k : key) k = rng();
    vector<vector<double>> X(n, vector<double>(d));
    vector<int> y(n);
    vector<double> F(n);
    for (int attempt = 0;; ++attempt) {
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < d; ++j)
                X[i][j] = mode == "dup" ? pick(0, 9) : mode == "constant" ? 2.5 * j - 7 : r3(uni(-1000, 1000));
        int js = pick(0, d - 1);
        double t = X[pick(0, n - 1)][js], a = uni(-3, 3), b = uni(-3, 3);
        for (int i = 0; i < n; ++i) {
            if (mode == "zero") F[i] = 0;
            else if (mode == "extreme") F[i] = r3(pick(0, 1) ? uni(8, 10) : uni(-10, -8));
            else F[i] = r3(uni(-3, 3));
            double z = (X[i][js] <= t ? a : b) + F[i] / 2;
            y[i] = uni(0, 1) < 1 / (1 + exp(-z)) ? 1 : 0;
        }
        // robustness of the split choice
        vector<ld> r(n);
        ld S = 0, Q = 0;
        for (int i = 0; i < n; ++i) r[i] = y[i] - 1 / (1 + expl(-(ld)F[i])), S += r[i];
        ld mean = S / n, tot = 0, sq = 0, raw = 0;
        vector<ld> c(n);
        for (int i = 0; i < n; ++i) c[i] = r[i] - mean, tot += c[i], sq += c[i] * c[i], raw += r[i] * r[i];
        unsigned long long all = 0;
        for (auto k : key) all += k;
        struct Cand { ld err; unsigned long long lk; };
        vector<Cand> cands;
        vector<int> idx(n);
        for (int j = 0; j < d; ++j) {
            iota(idx.begin(), idx.end(), 0);
            sort(idx.begin(), idx.end(), [&](int p, int q) { return X[p][j] < X[q][j]; });
            ld left = 0;
            unsigned long long lk = 0;
            for (int k = 1; k < n; ++k) {
                left += c[idx[k - 1]], lk += key[idx[k - 1]];
                if (X[idx[k - 1]][j] == X[idx[k]][j]) continue;
                ld right = tot - left;
                cands.push_back({sq - left * left / k - right * right / (n - k), lk});
            }
        }
        bool ok = true;
        if (!cands.empty()) {
            int b = 0;
            for (int i = 1; i < (int)cands.size(); ++i)
                if (cands[i].err < cands[b].err) b = i;
            for (auto& cd : cands)
                if (cd.lk != cands[b].lk && cd.lk != all - cands[b].lk && cd.err - cands[b].err < 2e-9L * raw) ok = false;
        }
        if (ok) break;
        if (attempt > 300) return 1;
    }
    judge_rt::Writer w1, w2, w3, w4;
    judge_rt::write(w1, X);
    judge_rt::write(w2, y);
    judge_rt::write(w3, F);
    judge_rt::write(w4, nu);
    printf("%s\n%s\n%s\n%s\n", w1.str().c_str(), w2.str().c_str(), w3.str().c_str(), w4.str().c_str());
}
