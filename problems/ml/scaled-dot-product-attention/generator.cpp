// Attention tests: generator M N DK DV SEED MODE. Values have at most 3 decimals.
// small: Q, K, V in [-1, 1], mask entries 1 with probability 0.8 (smooth weights);
// large: Q, K, V in [-100, 100], full mask (scores up to ~10^5, weights nearly one-hot);
// causal: values in [-3, 3], mask[i][j] = (j <= i); sparse: values in [-5, 5], mask density
//   0.03 and every 7th row fully masked; high: Q and K near 9.35 so that scores sit around
//   700 (exp of a score alone overflows for some); negative: K near -Q, scores around -7000.
int main(int argc, char** argv) {
    int m = atoi(argv[1]), n = atoi(argv[2]), dk = atoi(argv[3]), dv = atoi(argv[4]);
    mt19937_64 rng(atoll(argv[5]));
    string mode = argv[6];
    auto uni = [&](double a, double b) {
        return round(uniform_real_distribution<double>(a, b)(rng) * 1000) / 1000;
    };
    double lo = -1, hi = 1;
    if (mode == "large") lo = -100, hi = 100;
    if (mode == "causal") lo = -3, hi = 3;
    if (mode == "sparse") lo = -5, hi = 5;
    vector<vector<double>> Q(m, vector<double>(dk)), K(n, vector<double>(dk)), V(n, vector<double>(dv));
    for (auto& r : Q)
        for (double& x : r) x = mode == "high" ? uni(8.85, 9.85) : mode == "negative" ? uni(25, 35) : uni(lo, hi);
    for (auto& r : K)
        for (double& x : r) x = mode == "high" ? uni(8.85, 9.85) : mode == "negative" ? uni(-35, -25) : uni(lo, hi);
    for (auto& r : V)
        for (double& x : r) x = uni(lo, hi);
    vector<vector<int>> mask(m, vector<int>(n, 1));
    for (int i = 0; i < m; ++i)
        for (int j = 0; j < n; ++j) {
            double u = uniform_real_distribution<double>(0, 1)(rng);
            if (mode == "small") mask[i][j] = u < 0.8;
            else if (mode == "causal") mask[i][j] = j <= i;
            else if (mode == "sparse") mask[i][j] = i % 7 != 0 && u < 0.03;
            else if (mode == "high" || mode == "negative") mask[i][j] = u < 0.9;
        }
    judge_rt::Writer w;
    judge_rt::write(w, Q);
    w.raw('\n');
    judge_rt::write(w, K);
    w.raw('\n');
    judge_rt::write(w, V);
    w.raw('\n');
    judge_rt::write(w, mask);
    printf("%s\n", w.str().c_str());
}
