// generator TRAIN_ROWS TEST_ROWS COLS SEED MODE: random (same distribution),
// shifted (test drawn around another centre), constant (every third column
// constant in train).
int main(int argc, char** argv) {
    int n = atoi(argv[1]), t = atoi(argv[2]), d = atoi(argv[3]);
    mt19937_64 rng(atoll(argv[4]));
    string mode = argv[5];
    auto pick = [&](long long a, long long b) { return (double)uniform_int_distribution<long long>(a, b)(rng); };
    vector<double> centre(d), spread(d);
    for (int j = 0; j < d; ++j) centre[j] = pick(-500000, 500000), spread[j] = pick(0, 400000);
    auto row = [&](bool testing) {
        vector<double> r(d);
        for (int j = 0; j < d; ++j) {
            double c = centre[j] + (testing && mode == "shifted" ? floor(spread[j] / 2) : 0);
            if (mode == "constant" && j % 3 == 0 && !testing) r[j] = centre[j];
            else r[j] = max(-1e6, min(1e6, c + pick(-(long long)spread[j], (long long)spread[j])));
        }
        return r;
    };
    vector<vector<double>> train, test;
    for (int i = 0; i < n; ++i) train.push_back(row(false));
    for (int i = 0; i < t; ++i) test.push_back(row(true));
    judge_rt::Writer a, b;
    judge_rt::write(a, train);
    judge_rt::write(b, test);
    printf("%s\n%s\n", a.str().c_str(), b.str().c_str());
}
