// Gaussian naive Bayes tests: generator N Q D K SEED MODE.
// blobs: K classes (labels spread over [0, 10^9]) with random means in [-100, 100], per-feature
//   standard deviations in [1, 30] and unequal class sizes;
// zerovar: like blobs, but in every class a third of the features is constant (zero variance);
// far: like blobs, test points 10..40 standard deviations away (densities underflow);
// singletons: many classes have a single training sample;
// integer: small integer features in [-3, 3] (many repeated values).
// Test points whose best score is not ahead of the runner-up by 1e-6 * max(1, |best|) are
// drawn again, so the predictions do not depend on rounding.
int main(int argc, char** argv) {
    int n = atoi(argv[1]), q = atoi(argv[2]), d = atoi(argv[3]), K = atoi(argv[4]);
    mt19937_64 rng(atoll(argv[5]));
    string mode = argv[6];
    auto uni = [&](double a, double b) { return uniform_real_distribution<double>(a, b)(rng); };
    auto pick = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    normal_distribution<double> gauss(0.0, 1.0);
    auto r3 = [](double v) { return max(-1e4, min(1e4, round(v * 1000) / 1000)); };
    vector<int> label(K);
    for (int c = 0; c < K; ++c) label[c] = pick(0, 1000000000);
    vector<vector<double>> mu(K, vector<double>(d)), sd(K, vector<double>(d));
    vector<double> weight(K);
    for (int c = 0; c < K; ++c) {
        weight[c] = uni(0.2, 1.0);
        for (int j = 0; j < d; ++j) {
            mu[c][j] = uni(-100, 100);
            sd[c][j] = mode == "zerovar" && (j + c) % 3 == 0 ? 0.0 : uni(1, 30);
        }
    }
    discrete_distribution<int> classOf(weight.begin(), weight.end());
    vector<vector<double>> TX(n, vector<double>(d));
    vector<int> TY(n), cls(n);
    for (int i = 0; i < n; ++i) {
        int c = i < K ? i : classOf(rng);  // every class occurs
        if (mode == "singletons" && c % 2 == 1 && i >= K) c = c - 1;  // odd classes keep one sample
        cls[i] = c;
        TY[i] = label[c];
        for (int j = 0; j < d; ++j)
            TX[i][j] = mode == "integer" ? pick(-3, 3) : r3(mu[c][j] + sd[c][j] * gauss(rng));
    }
    // The model, in long double, to check the margins of the test points.
    vector<vector<long double>> m(K, vector<long double>(d, 0)), v(K, vector<long double>(d, 0));
    vector<long double> all(d, 0), allv(d, 0);
    vector<int> cnt(K, 0);
    for (int i = 0; i < n; ++i) {
        cnt[cls[i]]++;
        for (int j = 0; j < d; ++j) m[cls[i]][j] += TX[i][j], all[j] += TX[i][j];
    }
    for (int c = 0; c < K; ++c)
        for (int j = 0; j < d; ++j) m[c][j] /= cnt[c];
    for (int j = 0; j < d; ++j) all[j] /= n;
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < d; ++j) {
            v[cls[i]][j] += (TX[i][j] - m[cls[i]][j]) * (TX[i][j] - m[cls[i]][j]);
            allv[j] += (TX[i][j] - all[j]) * (TX[i][j] - all[j]);
        }
    long double eps = 1e-9L * *max_element(allv.begin(), allv.end()) / n;
    vector<long double> base(K);
    for (int c = 0; c < K; ++c) {
        base[c] = logl((long double)cnt[c] / n);
        for (int j = 0; j < d; ++j) {
            v[c][j] = v[c][j] / cnt[c] + eps;
            base[c] -= 0.5L * logl(2 * M_PI * v[c][j]);
        }
    }
    vector<vector<double>> QX;
    while ((int)QX.size() < q) {
        int c = classOf(rng);
        vector<double> x(d);
        for (int j = 0; j < d; ++j) {
            if (mode == "integer") x[j] = pick(-3, 3);
            else if (mode == "far") x[j] = r3(mu[c][j] + max(sd[c][j], 1.0) * uni(10, 40) * (pick(0, 1) ? 1 : -1));
            else x[j] = r3(mu[c][j] + max(sd[c][j], 0.01) * gauss(rng));
        }
        long double best = -INFINITY, second = -INFINITY;
        for (int k = 0; k < K; ++k) {
            long double s = base[k];
            for (int j = 0; j < d; ++j) s -= (x[j] - m[k][j]) * (x[j] - m[k][j]) / (2 * v[k][j]);
            if (s > best) second = best, best = s;
            else if (s > second) second = s;
        }
        if (K > 1 && best - second < 1e-6L * max(1.0L, fabsl(best))) continue;
        QX.push_back(x);
    }
    judge_rt::Writer w1, w2, w3;
    judge_rt::write(w1, TX);
    judge_rt::write(w2, TY);
    judge_rt::write(w3, QX);
    printf("%s\n%s\n%s\n", w1.str().c_str(), w2.str().c_str(), w3.str().c_str());
}
