// generator N D SEED MODE: random (moderate logits), huge (weights and
// features near +-100: |z| up to 10^5 and more). Values have two decimals; the
// threshold is 0.5 and rows whose probability lies within 1e-6 of it are redrawn
// unless z is exactly 0.
int main(int argc, char** argv) {
    int n = atoi(argv[1]), d = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    double lim = mode == "huge" ? 100 : 1;
    auto real = [&](double a) { return round(uniform_real_distribution<double>(-a, a)(rng) * 100) / 100; };
    vector<double> w(d);
    for (auto& x : w) x = real(mode == "huge" ? 100 : 0.5);
    double b = real(1);
    vector<vector<double>> X;
    while ((int)X.size() < n) {
        vector<double> x(d);
        for (auto& v : x) v = real(mode == "huge" ? 100 : 5);
        double z = b;
        for (int j = 0; j < d; ++j) z += w[j] * x[j];
        double p = z >= 0 ? 1 / (1 + exp(-z)) : exp(z) / (1 + exp(z));
        if (fabs(p - 0.5) < 1e-6) continue;
        X.push_back(x);
    }
    judge_rt::Writer a, c;
    judge_rt::write(a, X);
    judge_rt::write(c, w);
    printf("%s\n%s\n%.2f\n0.5\n", a.str().c_str(), c.str().c_str(), b);
}
