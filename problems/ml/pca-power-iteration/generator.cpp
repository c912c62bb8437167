// PCA tests: generator N D K ITERATIONS SEED MODE.
// Data are planted: a random orthonormal basis u_1..u_d, scales s_c decreasing geometrically
// (ratio 0.6, so the covariance eigenvalues are about 2.8x apart), x = mu + sum_c z_c s_c u_c
// with z_c standard normal, rounded to 4 decimals and clamped to [-10^4, 10^4].
// planted: s_1 = 10, mu in [-100, 100]; offset: mu around 5000 (uncentred data is far off);
// big: s_1 = 2500 (eigenvalues up to ~10^7: C^t v overflows without normalising);
// small: s_1 = 0.02 (eigenvalues ~10^-4: C^t v underflows); integer: s_1 = 20, rounded to
// integers, mu integer.
int main(int argc, char** argv) {
    int n = atoi(argv[1]), d = atoi(argv[2]), k = atoi(argv[3]), iterations = atoi(argv[4]);
    mt19937_64 rng(atoll(argv[5]));
    string mode = argv[6];
    normal_distribution<double> gauss(0.0, 1.0);
    auto uni = [&](double a, double b) { return uniform_real_distribution<double>(a, b)(rng); };
    vector<vector<double>> U;
    while ((int)U.size() < d) {  // Gram-Schmidt on Gaussian vectors
        vector<double> v(d);
        for (double& x : v) x = gauss(rng);
        for (auto& u : U) {
            double dot = 0;
            for (int j = 0; j < d; ++j) dot += u[j] * v[j];
            for (int j = 0; j < d; ++j) v[j] -= dot * u[j];
        }
        double nr = 0;
        for (double x : v) nr += x * x;
        nr = sqrt(nr);
        for (double& x : v) x /= nr;
        U.push_back(v);
    }
    double s1 = mode == "offset" ? 10 : mode == "big" ? 2500 : mode == "small" ? 0.02 : mode == "integer" ? 20 : 10;
    vector<double> mu(d);
    for (double& m : mu) m = mode == "offset" ? uni(4000, 6000) : mode == "big" || mode == "small" ? 0 : uni(-100, 100);
    if (mode == "integer") for (double& m : mu) m = round(m);
    double scale = mode == "integer" ? 1 : 1e4;
    vector<vector<double>> X(n, vector<double>(d));
    for (int i = 0; i < n; ++i) {
        vector<double> z(d);
        for (int c = 0; c < d; ++c) z[c] = gauss(rng) * s1 * pow(0.6, c);
        for (int j = 0; j < d; ++j) {
            double x = mu[j];
            for (int c = 0; c < d; ++c) x += z[c] * U[c][j];
            X[i][j] = min(1e4, max(-1e4, round(x * scale) / scale));
        }
    }
    judge_rt::Writer w;
    judge_rt::write(w, X);
    printf("%s\n%d\n%d\n", w.str().c_str(), k, iterations);
}
