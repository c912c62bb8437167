// Normal-equation tests: generator N D SEED MODE.
// random: X uniform in [-100, 100] (2 decimals), a planted model plus Gaussian noise;
// exact: integer X in [-50, 50], integer coefficients, no noise (the fit is exact);
// scales: feature j has scale 10^(j%5-2) and a weight of the inverse scale;
// integer: integer X in [-1000, 1000]; onehot: the first D-4 features are dummy columns of
// D-3 categories (category 0 dropped), the last 4 numeric;
// large: X uniform in [-1000, 1000] (1 decimal), large targets.
// Targets are rounded to 3 decimals.
int main(int argc, char** argv) {
    int n = atoi(argv[1]), d = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    auto uni = [&](double a, double b) { return uniform_real_distribution<double>(a, b)(rng); };
    auto pick = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    normal_distribution<double> gauss(0.0, 1.0);
    auto rnd = [](double v, double k) { return round(v * k) / k; };
    vector<double> w(d), scale(d, 1.0);
    double b;
    if (mode == "exact") {
        for (double& v : w) v = pick(-9, 9);
        b = pick(-100, 100);
    } else {
        for (int j = 0; j < d; ++j) {
            if (mode == "scales") scale[j] = pow(10.0, j % 5 - 2);
            w[j] = rnd(uni(-10, 10) / scale[j], 1e3);
        }
        b = rnd(uni(-100, 100), 1e3);
        if (mode == "integer") for (double& v : w) v = rnd(v * 2, 1e3);
        if (mode == "large") for (double& v : w) v *= 20;
    }
    vector<vector<double>> X(n, vector<double>(d));
    vector<double> y(n);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < d; ++j) {
            double v;
            if (mode == "exact") v = pick(-50, 50);
            else if (mode == "scales") v = rnd(scale[j] * uni(-10, 10), 1e6);
            else if (mode == "integer") v = pick(-1000, 1000);
            else if (mode == "large") v = rnd(uni(-1000, 1000), 10);
            else if (mode == "onehot" && j < d - 4) v = 0;
            else v = rnd(uni(-100, 100), 100);
            X[i][j] = v;
        }
        if (mode == "onehot") {
            int c = i < d - 3 ? i : pick(0, d - 4);  // every category occurs
            if (c > 0) X[i][c - 1] = 1;
        }
        double t = b;
        for (int j = 0; j < d; ++j) t += w[j] * X[i][j];
        if (mode != "exact") t = rnd(t + (mode == "large" ? 1000 : 5) * gauss(rng), 1e3);
        y[i] = t;
    }
    judge_rt::Writer w1, w2;
    judge_rt::write(w1, X);
    judge_rt::write(w2, y);
    printf("%s\n%s\n", w1.str().c_str(), w2.str().c_str());
}
