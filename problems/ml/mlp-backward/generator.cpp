// MLP backward tests: generator N D H K SEED MODE.
// Every value is a multiple of 1/64 (or an integer), so the forward pass is exact in double
// and the ReLU derivative never depends on rounding.
// random: values in [-10, 10]; zeros: small integers (X in {-1, 0, 1}, W1 in [-2, 2], b1 in
//   [-1, 1]) so that many pre-activations are exactly 0; dead: X in [-1/4, 1/4], W1 in [-1, 1]
//   and most hidden biases in [-10, -5]; extreme: every value is +10 or -10.
int main(int argc, char** argv) {
    int n = atoi(argv[1]), d = atoi(argv[2]), h = atoi(argv[3]), k = atoi(argv[4]);
    mt19937_64 rng(atoll(argv[5]));
    string mode = argv[6];
    auto dyadic = [&](double lo, double hi) {
        long long a = llround(lo * 64), b = llround(hi * 64);
        return uniform_int_distribution<long long>(a, b)(rng) / 64.0;
    };
    auto integer = [&](int lo, int hi) { return (double)uniform_int_distribution<int>(lo, hi)(rng); };
    auto value = [&]() -> double {
        if (mode == "extreme") return integer(0, 1) ? 10.0 : -10.0;
        return dyadic(-10, 10);
    };
    auto fill = [&](int r, int c, auto gen) {
        vector<vector<double>> m(r, vector<double>(c));
        for (auto& row : m)
            for (double& x : row) x = gen();
        return m;
    };
    vector<vector<double>> X, Y, W1, W2;
    vector<double> b1(h), b2(k);
    if (mode == "zeros") {
        X = fill(n, d, [&] { return integer(-1, 1); });
        W1 = fill(d, h, [&] { return integer(-2, 2); });
        for (double& x : b1) x = integer(-1, 1);
    } else if (mode == "dead") {
        X = fill(n, d, [&] { return dyadic(-0.25, 0.25); });
        W1 = fill(d, h, [&] { return dyadic(-1, 1); });
        for (int j = 0; j < h; ++j) b1[j] = j % 10 == 0 ? dyadic(5, 10) : dyadic(-10, -5);
    } else {
        X = fill(n, d, value);
        W1 = fill(d, h, value);
        for (double& x : b1) x = value();
    }
    Y = fill(n, k, value);
    W2 = fill(h, k, value);
    for (double& x : b2) x = value();
    judge_rt::Writer w;
    judge_rt::write(w, X);
    w.raw('\n');
    judge_rt::write(w, Y);
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
