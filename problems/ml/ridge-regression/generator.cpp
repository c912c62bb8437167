// Ridge tests: generator N D SEED MODE LAMBDA.
// random: X uniform in [-100, 100] (2 decimals), a planted linear model plus noise;
// collinear: the first columns are a full one-hot encoding (collinear with the bias), then pairs
//   of identical columns, then random ones (only lambda > 0 makes the solution unique);
// intercept: X in [-1, 1] and a bias of about 5 * 10^5 (penalising the bias would be visible);
// scales: feature j is 10^(j%5-2) times a uniform value in [-10, 10], its weight the inverse scale.
// Targets are rounded to 3 decimals.
int main(int argc, char** argv) {
    int n = atoi(argv[1]), d = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    double lambda = atof(argv[5]);
    auto uni = [&](double a, double b) { return uniform_real_distribution<double>(a, b)(rng); };
    normal_distribution<double> gauss(0.0, 1.0);
    auto rnd = [](double v, double k) { return round(v * k) / k; };
    vector<double> w(d), scale(d, 1.0);
    for (int j = 0; j < d; ++j) {
        if (mode == "scales") scale[j] = pow(10.0, j % 5 - 2);
        w[j] = rnd(uni(-10, 10) / scale[j], 1e3);
    }
    double b = mode == "intercept" ? rnd(uni(4e5, 6e5), 1e3) : rnd(uni(-100, 100), 1e3);
    int cats = mode == "collinear" ? 5 : 0, pairs = mode == "collinear" ? 5 : 0;
    vector<vector<double>> X(n, vector<double>(d));
    vector<double> y(n);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < d; ++j) {
            if (j < cats) X[i][j] = 0;
            else if (j < cats + 2 * pairs && (j - cats) % 2 == 1) X[i][j] = X[i][j - 1];
            else if (mode == "intercept") X[i][j] = rnd(uni(-1, 1), 1e4);
            else if (mode == "scales") X[i][j] = rnd(scale[j] * uni(-10, 10), 1e4 / scale[j]);
            else X[i][j] = rnd(uni(-100, 100), 100);
        }
        if (cats) X[i][uniform_int_distribution<int>(0, cats - 1)(rng)] = 1;
        double t = b;
        for (int j = 0; j < d; ++j) t += w[j] * X[i][j];
        y[i] = rnd(t + 5 * gauss(rng), 1e3);
    }
    judge_rt::Writer w1, w2, w3;
    judge_rt::write(w1, X);
    judge_rt::write(w2, y);
    judge_rt::write(w3, lambda);
    printf("%s\n%s\n%s\n", w1.str().c_str(), w2.str().c_str(), w3.str().c_str());
}
