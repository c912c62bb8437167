// Batch-norm tests: generator N D SEED MODE EPS.
// Column j gets its own center and spread, values rounded to 3 decimals and kept in [-1000, 1000].
// random: center in [-100, 100], spread in [0.1, 100]; constant: every other column constant
//   (a multiple of 1/8, so its sum is exact), the rest random; offset: center +-900, spread 5-20;
// small: spread in [0.001, 0.1] (variance far below eps = 1); integer: values in {0, 1, 2, 3}.
int main(int argc, char** argv) {
    int n = atoi(argv[1]), d = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    double eps = atof(argv[5]);
    auto uni = [&](double a, double b) { return uniform_real_distribution<double>(a, b)(rng); };
    normal_distribution<double> gauss(0.0, 1.0);
    auto r3 = [](double v) { return max(-1000.0, min(1000.0, round(v * 1000) / 1000)); };
    vector<vector<double>> X(n, vector<double>(d));
    for (int j = 0; j < d; ++j) {
        double center = uni(-100, 100), spread = uni(0.1, 100);
        bool constant = mode == "constant" && j % 2 == 0;
        if (mode == "offset") center = (j % 2 ? 900 : -900) + uni(-50, 50), spread = uni(5, 20);
        if (mode == "small") spread = uni(0.001, 0.1);
        double cval = uniform_int_distribution<int>(-8000, 8000)(rng) / 8.0;
        for (int i = 0; i < n; ++i) {
            if (constant) X[i][j] = cval;
            else if (mode == "integer") X[i][j] = uniform_int_distribution<int>(0, 3)(rng);
            else X[i][j] = r3(center + spread * gauss(rng));
        }
    }
    vector<double> gamma(d), beta(d);
    for (double& g : gamma) g = round(uni(-10, 10) * 100) / 100;
    for (double& b : beta) b = round(uni(-10, 10) * 100) / 100;
    judge_rt::Writer w;
    judge_rt::write(w, X);
    w.raw('\n');
    judge_rt::write(w, gamma);
    w.raw('\n');
    judge_rt::write(w, beta);
    w.raw('\n');
    judge_rt::write(w, eps);
    printf("%s\n", w.str().c_str());
}
