// Linear-regression GD tests: generator N D EPOCHS SEED MODE F.
// The learning rate is F / lambda_max, times 0.995 and rounded to 3 significant digits, where lambda_max is
// the largest eigenvalue of the Hessian (2/n) A^T A of the mean squared error (A = [1 | X]);
// gradient descent is stable for F < 2 (F = 1.9 oscillates but converges).
// random: X uniform in [-10, 10]; unscaled: feature j has scale 10^(j%4-2);
// offset: X = 50 +- 5 (a slow direction along the bias); integer: X integers in [-100, 100].
// Targets come from a planted linear model plus noise, rounded to 3 decimals.
int main(int argc, char** argv) {
    int n = atoi(argv[1]), d = atoi(argv[2]), epochs = atoi(argv[3]);
    mt19937_64 rng(atoll(argv[4]));
    string mode = argv[5];
    double f = atof(argv[6]);
    auto uni = [&](double a, double b) { return uniform_real_distribution<double>(a, b)(rng); };
    normal_distribution<double> gauss(0.0, 1.0);
    auto rnd = [](double v, double k) { return round(v * k) / k; };
    vector<double> scale(d, 1.0), w(d);
    for (int j = 0; j < d; ++j) {
        if (mode == "unscaled") scale[j] = pow(10.0, j % 4 - 2);
        w[j] = rnd(uni(-5, 5) / scale[j], 1e3);
        if (mode == "integer") w[j] = rnd(uni(-2, 2), 1e3);
    }
    double b = rnd(uni(-50, 50), 1e3);
    vector<vector<double>> X(n, vector<double>(d));
    vector<double> y(n);
    for (int i = 0; i < n; ++i) {
        double t = b;
        for (int j = 0; j < d; ++j) {
            double v;
            if (mode == "integer") v = uniform_int_distribution<int>(-100, 100)(rng);
            else if (mode == "offset") v = rnd(50 + uni(-5, 5), 100);
            else v = rnd(scale[j] * uni(-10, 10), 1e4 / scale[j]);
            X[i][j] = v;
            t += w[j] * v;
        }
        y[i] = rnd(t + 2 * gauss(rng), 1e3);
    }
    // Power iteration on H = (2/n) A^T A.
    int m = d + 1;
    vector<vector<double>> H(m, vector<double>(m, 0.0));
    for (int i = 0; i < n; ++i)
        for (int r = 0; r < m; ++r)
            for (int c = 0; c < m; ++c)
                H[r][c] += 2.0 / n * (r ? X[i][r - 1] : 1.0) * (c ? X[i][c - 1] : 1.0);
    vector<double> v(m, 1.0);
    double lambda = 0;
    for (int it = 0; it < 2000; ++it) {
        vector<double> u(m, 0.0);
        for (int r = 0; r < m; ++r)
            for (int c = 0; c < m; ++c) u[r] += H[r][c] * v[c];
        double norm = 0;
        for (double t : u) norm += t * t;
        norm = sqrt(norm);
        lambda = norm;
        for (int r = 0; r < m; ++r) v[r] = u[r] / norm;
    }
    char buf[64];
    snprintf(buf, sizeof buf, "%.2e", 0.995 * f / lambda);  // 3 significant digits, just below F / lambda
    double lr = atof(buf);
    judge_rt::Writer w1, w2, w3;
    judge_rt::write(w1, X);
    judge_rt::write(w2, y);
    judge_rt::write(w3, lr);
    printf("%s\n%s\n%s\n%d\n", w1.str().c_str(), w2.str().c_str(), w3.str().c_str(), epochs);
}
