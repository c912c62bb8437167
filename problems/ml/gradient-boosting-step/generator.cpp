// Gradient-boosting-step tests: generator N D SEED MODE NU.
// The residuals r = y - F follow a planted step on one feature plus small noise, and the data are
// redrawn until the best split beats every other candidate by at least 2e-6 * sum((r - mean r)^2),
// twice the margin the statement promises.
// step: features uniform in [-1000, 1000] (3 decimals); dup: integer features in [0, 9] (many
// duplicates); offset: residuals near 10^6 with a spread of about 1 (F near -10^6, y near 20, so the answers stay near 20), where
// sum(r^2) - S^2/k cancels catastrophically; negative: all features, targets and predictions
// negative; constant: every feature constant (no split exists).
static long double bestMarginRatio(const vector<vector<double>>& X, const vector<double>& r) {
    int n = X.size(), d = X[0].size();
    long double mean = 0;
    for (double v : r) mean += v;
    mean /= n;
    vector<long double> c(n);
    long double total = 0, sq = 0;
    for (int i = 0; i < n; ++i) c[i] = r[i] - mean, total += c[i], sq += c[i] * c[i];
    long double best = INFINITY, second = INFINITY;
    vector<int> idx(n);
    for (int j = 0; j < d; ++j) {
        iota(idx.begin(), idx.end(), 0);
        sort(idx.begin(), idx.end(), [&](int a, int b) { return X[a][j] < X[b][j]; });
        long double left = 0;
        for (int k = 1; k < n; ++k) {
            left += c[idx[k - 1]];
            if (X[idx[k - 1]][j] == X[idx[k]][j]) continue;
            long double right = total - left;
            long double err = sq - left * left / k - right * right / (n - k);
            if (err < best) second = best, best = err;
            else if (err < second) second = err;
        }
    }
    if (second == INFINITY) return INFINITY;  // at most one candidate
    return (second - best) / sq;
}

int main(int argc, char** argv) {
    int n = atoi(argv[1]), d = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    double nu = atof(argv[5]);
    auto uni = [&](double a, double b) { return uniform_real_distribution<double>(a, b)(rng); };
    auto pick = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    normal_distribution<double> gauss(0.0, 1.0);
    auto r3 = [](double v) { return round(v * 1000) / 1000; };
    vector<vector<double>> X(n, vector<double>(d));
    vector<double> y(n), F(n), r(n);
    for (int attempt = 0;; ++attempt) {
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < d; ++j) {
                if (mode == "dup") X[i][j] = pick(0, 9);
                else if (mode == "negative") X[i][j] = r3(uni(-1e6, -1));
                else if (mode == "constant") X[i][j] = 7 * j - 3;
                else X[i][j] = r3(uni(-1000, 1000));
            }
        int js = pick(0, d - 1);
        // Threshold: the value of a random sample between the 20% and 80% quantiles.
        vector<double> col(n);
        for (int i = 0; i < n; ++i) col[i] = X[i][js];
        sort(col.begin(), col.end());
        double t = col[min(n - 1, (int)(n * uni(0.2, 0.8)))];
        double a, b, noise;
        if (mode == "offset") a = uni(0, 1), b = a + (pick(0, 1) ? 1 : -1), noise = 0.05;
        else a = uni(-50, 50), b = a + (pick(0, 1) ? 1 : -1) * uni(10, 40), noise = 0.1 * fabs(b - a);
        for (int i = 0; i < n; ++i) {
            double step = (X[i][js] <= t ? a : b) + noise * gauss(rng);
            if (mode == "offset") {
                F[i] = r3(-1e6 + uni(5, 6));
                y[i] = r3(step + 20);
            } else if (mode == "negative") {
                F[i] = r3(uni(-999000, -2000));
                y[i] = r3(F[i] - 100 + step);
            } else {
                F[i] = r3(uni(-100, 100));
                y[i] = r3(F[i] + step);
            }
            r[i] = y[i] - F[i];
        }
        if (bestMarginRatio(X, r) >= 2e-6) break;
        if (attempt > 1000) return 1;
    }
    judge_rt::Writer w;
    judge_rt::write(w, X);
    printf("%s\n", w.str().c_str());
    judge_rt::Writer w2;
    judge_rt::write(w2, y);
    printf("%s\n", w2.str().c_str());
    judge_rt::Writer w3;
    judge_rt::write(w3, F);
    printf("%s\n", w3.str().c_str());
    judge_rt::Writer w4;
    judge_rt::write(w4, nu);
    printf("%s\n", w4.str().c_str());
}
