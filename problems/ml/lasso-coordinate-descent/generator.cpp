// Lasso tests: generator N D ITERATIONS SEED MODE LAMBDA.
// random: X uniform in [-10, 10], every planted weight non-zero;
// sparse: only every fourth planted weight is non-zero (the lasso should zero most others);
// correlated: pairs of features share a common factor (correlation about 0.9);
// offset: X around 20 +- 5 and a large bias, so the bias and the weights interact strongly.
// Targets are a planted linear model plus Gaussian noise, rounded to 3 decimals.
int main(int argc, char** argv) {
    int n = atoi(argv[1]), d = atoi(argv[2]), iterations = atoi(argv[3]);
    mt19937_64 rng(atoll(argv[4]));
    string mode = argv[5];
    double lambda = atof(argv[6]);
    auto uni = [&](double a, double b) { return uniform_real_distribution<double>(a, b)(rng); };
    normal_distribution<double> gauss(0.0, 1.0);
    auto rnd = [](double v, double k) { return round(v * k) / k; };
    vector<double> w(d);
    for (int j = 0; j < d; ++j) w[j] = mode == "sparse" && j % 4 ? 0.0 : rnd(uni(-5, 5), 1e3);
    double b = mode == "offset" ? rnd(uni(500, 1000), 1e3) : rnd(uni(-20, 20), 1e3);
    vector<vector<double>> X(n, vector<double>(d));
    vector<double> y(n);
    for (int i = 0; i < n; ++i) {
        double common = 0, t = b;
        for (int j = 0; j < d; ++j) {
            double v;
            if (mode == "correlated") {
                if (j % 2 == 0) common = uni(-9, 9);
                v = common + uni(-1, 1);
            } else if (mode == "offset") {
                v = 20 + uni(-5, 5);
            } else {
                v = uni(-10, 10);
            }
            X[i][j] = rnd(v, 100);
            t += w[j] * X[i][j];
        }
        y[i] = rnd(t + 3 * gauss(rng), 1e3);
    }
    judge_rt::Writer w1, w2, w3;
    judge_rt::write(w1, X);
    judge_rt::write(w2, y);
    judge_rt::write(w3, lambda);
    printf("%s\n%s\n%s\n%d\n", w1.str().c_str(), w2.str().c_str(), w3.str().c_str(), iterations);
}
