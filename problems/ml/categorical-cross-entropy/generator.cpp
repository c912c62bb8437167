// Categorical cross-entropy tests: generator N K SEED MODE.
// random: rows of normalised uniform weights, random labels;
// confident: the predicted class gets 1 - small (sometimes exactly 1 and 0 elsewhere),
//   the label agrees 90% of the time;
// onehot: one-hot rows, the label hits the 1 in 70% of the rows and a 0 otherwise;
// tiny: the label's probability is 10^-e for e in 0..320 (the rest share the remainder);
// uniform: every entry 1/K.
int main(int argc, char** argv) {
    int n = atoi(argv[1]), k = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    auto uni = [&](double a, double b) { return uniform_real_distribution<double>(a, b)(rng); };
    auto pick = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<vector<double>> P(n, vector<double>(k));
    vector<int> y(n);
    // Fills row[j] for j != skip with weights summing to `mass`.
    auto spread = [&](vector<double>& row, int skip, double mass) {
        double s = 0;
        for (int j = 0; j < k; ++j)
            if (j != skip) s += row[j] = uni(0.01, 1);
        for (int j = 0; j < k; ++j)
            if (j != skip) row[j] = row[j] / s * mass;
    };
    for (int i = 0; i < n; ++i) {
        auto& row = P[i];
        y[i] = pick(0, k - 1);
        if (mode == "random") {
            spread(row, -1, 1.0);
        } else if (mode == "confident") {
            int c = pick(0, 9) == 0 ? pick(0, k - 1) : y[i];
            if (pick(0, 4) == 0) {
                row[c] = 1.0;
            } else {
                double small = uni(0, 1e-3);
                row[c] = 1.0 - small;
                spread(row, c, small);
            }
        } else if (mode == "onehot") {
            int c = pick(0, 9) < 7 ? y[i] : (y[i] + pick(1, k - 1)) % k;
            row[c] = 1.0;
        } else if (mode == "tiny") {
            double v = pow(10.0, -pick(0, 320));
            if (v == 0) v = 5e-324;
            row[y[i]] = v;
            if (v < 1) spread(row, y[i], 1.0 - v);
        } else {  // uniform
            for (double& v : row) v = 1.0 / k;
        }
    }
    judge_rt::Writer w;
    judge_rt::write(w, P);
    printf("%s\n", w.str().c_str());
    judge_rt::Writer w2;
    judge_rt::write(w2, y);
    printf("%s\n", w2.str().c_str());
}
