// Logistic-regression tests: generator N D EPOCHS SEED MODE LR.
// random: standard-normal features, labels drawn from a planted logistic model;
// unscaled: feature j has scale 10^(j%6-2) and an offset, labels from a planted model;
// separable: features in [-1000, 1000], labels = side of a planted hyperplane with a margin
//   (with a large LR the logits reach the thousands);
// clusters: two well separated clusters (class 1 around +mu, class 0 around -mu), so a large
//   LR gives logits in the hundreds of thousands after one epoch;
// imbalanced: about 95% positive labels; integer: small integer features.
// Values are rounded to 4 decimals to keep the input short.
int main(int argc, char** argv) {
    int n = atoi(argv[1]), d = atoi(argv[2]), epochs = atoi(argv[3]);
    mt19937_64 rng(atoll(argv[4]));
    string mode = argv[5];
    double lr = atof(argv[6]);
    normal_distribution<double> gauss(0.0, 1.0);
    auto uni = [&](double a, double b) { return uniform_real_distribution<double>(a, b)(rng); };
    auto r4 = [](double v) { return round(v * 1e4) / 1e4; };
    vector<double> ws(d);
    for (double& v : ws) v = gauss(rng);
    double bs = gauss(rng);
    vector<vector<double>> X(n, vector<double>(d));
    vector<int> y(n);
    for (int i = 0; i < n; ++i) {
        for (;;) {
            double z = bs;
            for (int j = 0; j < d; ++j) {
                double v;
                if (mode == "unscaled") {
                    double s = pow(10.0, j % 6 - 2);
                    v = r4(s * (gauss(rng) + 3.0));
                    z += ws[j] * (v / s - 3.0);
                } else if (mode == "separable") {
                    v = r4(uni(-1000, 1000));
                    z += ws[j] * v / 1000;
                } else if (mode == "clusters") {
                    // class 1 around +mu, class 0 around -mu; mu_j = +-(200 + 40 j)
                    v = r4((i % 2 ? 1 : -1) * (j % 2 ? 1 : -1) * (200.0 + 40 * j) + 100 * gauss(rng));
                } else if (mode == "integer") {
                    v = uniform_int_distribution<int>(-10, 10)(rng);
                    z += ws[j] * v / 5;
                } else {
                    v = r4(gauss(rng));
                    z += ws[j] * v;
                }
                X[i][j] = v;
            }
            if (mode == "separable") {
                if (fabs(z) < 0.05) continue;  // keep a margin around the hyperplane
                y[i] = z > 0;
            } else if (mode == "clusters") {
                y[i] = i % 2;
            } else if (mode == "imbalanced") {
                y[i] = uni(0, 1) < 0.95;
            } else {
                y[i] = uni(0, 1) < 1.0 / (1.0 + exp(-z));
            }
            break;
        }
    }
    judge_rt::Writer w;
    judge_rt::write(w, X);
    printf("%s\n", w.str().c_str());
    judge_rt::Writer w2;
    judge_rt::write(w2, y);
    printf("%s\n", w2.str().c_str());
    judge_rt::Writer w3;
    judge_rt::write(w3, lr);
    printf("%s\n%d\n", w3.str().c_str(), epochs);
}
