// Imputation tests: generator N D SEED STRATEGY MODE.
// random: values in [-10^5, 10^5] (2 decimals), each entry missing with probability 0.3;
// even: every column has an even number of present values, so every median averages two;
// sparse: 95% of the entries missing; columns j % 5 == 1 and j % 5 == 2 keep only one or two
//   present values (two picks may coincide);
// integers: whole numbers 0..5 (many duplicates), 30% missing;
// empty: every fifth column entirely missing, the others as random.
int main(int argc, char** argv) {
    int n = atoi(argv[1]), d = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string strategy = argv[4], mode = argv[5];
    auto uni = [&](double a, double b) { return uniform_real_distribution<double>(a, b)(rng); };
    auto pick = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    const double MISSING = -999999;
    vector<vector<double>> X(n, vector<double>(d));
    for (int j = 0; j < d; ++j) {
        // Per-column centre and spread, so the columns differ.
        double c = uni(-5e4, 5e4), s = pow(10.0, uni(0, 4.5));
        for (int i = 0; i < n; ++i) {
            double v = mode == "integers" ? pick(0, 5) : round(min(1e5, max(-1e5, c + s * uni(-1, 1))) * 100) / 100;
            double pMiss = mode == "sparse" ? 0.95 : 0.3;
            bool missing = uni(0, 1) < pMiss || (mode == "empty" && j % 5 == 0);
            X[i][j] = missing ? MISSING : v;
        }
        if (mode == "sparse" && (j % 5 == 1 || j % 5 == 2)) {
            // Exactly one or two present values in this column.
            for (int i = 0; i < n; ++i) X[i][j] = MISSING;
            for (int t = 0; t < j % 5; ++t) X[pick(0, n - 1)][j] = round(c * 100) / 100 + t;
        }
        if (mode == "even") {
            // Choose an even number of present positions.
            int m = 2 * pick(1, n / 2);
            vector<int> idx(n);
            iota(idx.begin(), idx.end(), 0);
            shuffle(idx.begin(), idx.end(), rng);
            for (int t = 0; t < n; ++t) {
                int i = idx[t];
                if (t >= m) X[i][j] = MISSING;
                else if (X[i][j] == MISSING) X[i][j] = round(min(1e5, max(-1e5, c + s * uni(-1, 1))) * 100) / 100;
            }
        }
    }
    judge_rt::Writer w;
    judge_rt::write(w, X);
    printf("%s\n\"%s\"\n", w.str().c_str(), strategy.c_str());
}
