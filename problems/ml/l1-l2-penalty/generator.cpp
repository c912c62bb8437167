// L1/L2 penalty tests: generator N SEED MODE L1 L2.
// random: uniform in [-1000, 1000] (4 decimals); zeros: about half the weights exactly 0
// (some written -0.0), the rest in [-10, 10]; extremes: +-1000 and 0; tiny: magnitudes 10^-k,
// k in 3..15, so the L1 subgradient dominates; integer: integers in [-1000, 1000];
// negative: every weight in [-1000, 0).
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    double l1 = atof(argv[4]), l2 = atof(argv[5]);
    auto uni = [&](double a, double b) { return uniform_real_distribution<double>(a, b)(rng); };
    auto pick = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    auto r4 = [](double v) { return round(v * 1e4) / 1e4; };
    vector<double> w(n);
    for (int i = 0; i < n; ++i) {
        if (mode == "random") {
            w[i] = r4(uni(-1000, 1000));
        } else if (mode == "zeros") {
            int r = pick(0, 9);
            w[i] = r < 4 ? 0.0 : r == 4 ? -0.0 : r4(uni(-10, 10));
        } else if (mode == "extremes") {
            int r = pick(0, 2);
            w[i] = r == 0 ? 1000.0 : r == 1 ? -1000.0 : 0.0;
        } else if (mode == "tiny") {
            w[i] = (pick(0, 1) ? 1 : -1) * pick(1, 9) * pow(10.0, -pick(3, 15));
        } else if (mode == "integer") {
            w[i] = pick(-1000, 1000);
        } else {  // negative
            w[i] = -r4(uni(1e-4, 1000));
        }
    }
    judge_rt::Writer a, b, c;
    judge_rt::write(a, w);
    judge_rt::write(b, l1);
    judge_rt::write(c, l2);
    printf("%s\n%s\n%s\n", a.str().c_str(), b.str().c_str(), c.str().c_str());
}
