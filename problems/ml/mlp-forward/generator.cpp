// MLP forward tests: generator N D H K SEED MODE.
// random: multiples of 1/64 in [-10, 10] (every product and sum is exact in double, so any
//   summation order gives the same answer); decimal: 3-decimal values in [-1, 1];
// dead: inputs in [-1/4, 1/4], W1 in [-1, 1], hidden biases in [-10, -5] except every tenth unit
//   (in [5, 10]), so most hidden units are off;
// extreme: every value is +10 or -10.
int main(int argc, char** argv) {
    int n = atoi(argv[1]), d = atoi(argv[2]), h = atoi(argv[3]), k = atoi(argv[4]);
    mt19937_64 rng(atoll(argv[5]));
    string mode = argv[6];
    auto dyadic = [&](double lo, double hi) {
        long long a = llround(lo * 64), b = llround(hi * 64);
        return uniform_int_distribution<long long>(a, b)(rng) / 64.0;
    };
    auto value = [&]() -> double {
        if (mode == "decimal") return uniform_int_distribution<int>(-1000, 1000)(rng) / 1000.0;
        if (mode == "extreme") return uniform_int_distribution<int>(0, 1)(rng) ? 10.0 : -10.0;
        return dyadic(-10, 10);
    };
    auto mat = [&](int r, int c, bool input) {
        vector<vector<double>> m(r, vector<double>(c));
        for (auto& row : m)
            for (double& x : row) x = mode != "dead" ? value() : input ? dyadic(-0.25, 0.25) : dyadic(-1, 1);
        return m;
    };
    vector<vector<double>> X = mat(n, d, true), W1 = mat(d, h, false), W2 = mat(h, k, false);
    vector<double> b1(h), b2(k);
    for (double& x : b1) x = mode == "dead" ? dyadic(-10, -5) : value();
    for (double& x : b2) x = value();
    if (mode == "dead")  // keep a few units alive
        for (int j = 0; j < h; j += 10) b1[j] = dyadic(5, 10);
    judge_rt::Writer w;
    judge_rt::write(w, X);
    w.raw('\n');
    judge_rt::write(w, W1);
    w.raw('\n');
    judge_rt::write(w, b1);
    w.raw('\n');
    judge_rt::write(w, W2);
    w.raw('\n');
    judge_rt::write(w, b2);
    printf("%s\n", w.str().c_str());
}
