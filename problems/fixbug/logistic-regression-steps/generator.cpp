// generator N D EPOCHS SEED MODE: separable (labels from a hidden line),
// noisy (15% of labels flipped), large-lr (separable, lr = 1).
int main(int argc, char** argv) {
    int n = atoi(argv[1]), d = atoi(argv[2]), epochs = atoi(argv[3]);
    mt19937_64 rng(atoll(argv[4]));
    string mode = argv[5];
    auto real = [&](double a, double b) { return round(uniform_real_distribution<double>(a, b)(rng) * 100) / 100; };
    vector<double> hidden(d);
    for (auto& h : hidden) h = real(-1, 1);
    vector<vector<double>> X(n, vector<double>(d));
    vector<int> y(n);
    for (int i = 0; i < n; ++i) {
        double s = 0.3;
        for (int j = 0; j < d; ++j) s += hidden[j] * (X[i][j] = real(-10, 10));
        y[i] = s > 0;
        if (mode == "noisy" && rng() % 100 < 15) y[i] ^= 1;
    }
    double lr = mode == "large-lr" ? 1.0 : 0.05;
    judge_rt::Writer a, b;
    judge_rt::write(a, X);
    judge_rt::write(b, y);
    printf("%s\n%s\n%.2f\n%d\n", a.str().c_str(), b.str().c_str(), lr, epochs);
}
