// Optimizer tests: generator K D SEED MODE HYPER...   (HYPER = lr, then the other
// hyper-parameters in the order of the signature, each printed on its own line).
// random: theta and gradients uniform in [-10, 10]; constant: every step the same gradient
// (values up to +-1000); extremes: gradients and theta +-1000; sparse: 90% of the gradient
// entries are 0; alternating: g, -g, g, -g ... plus small noise; tiny: gradients of size
// 10^-6 .. 10^-4 (where eps matters); drift: a constant gradient plus noise, with a sign
// that flips halfway through the steps.
// Values are rounded to 6 decimals (tiny: 3 significant digits) to keep the input short.
int main(int argc, char** argv) {
    int k = atoi(argv[1]), d = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    auto uni = [&](double a, double b) { return uniform_real_distribution<double>(a, b)(rng); };
    auto r6 = [](double v) { return round(v * 1e6) / 1e6; };
    auto sig3 = [](double v) {
        if (v == 0) return 0.0;
        double s = pow(10.0, floor(log10(fabs(v))) - 2);
        return round(v / s) * s;
    };
    vector<double> theta(d);
    for (double& t : theta) t = r6(mode == "extremes" ? (uni(0, 1) < 0.5 ? -1000.0 : 1000.0) : uni(-10, 10));
    vector<vector<double>> grads(k, vector<double>(d));
    vector<double> base(d);
    for (double& b : base) b = r6(mode == "constant" ? uni(-1000, 1000) : uni(-10, 10));
    for (int i = 0; i < k; ++i)
        for (int j = 0; j < d; ++j) {
            double g;
            if (mode == "constant") g = base[j];
            else if (mode == "extremes") g = uni(0, 1) < 0.5 ? -1000.0 : 1000.0;
            else if (mode == "sparse") g = uni(0, 1) < 0.9 ? 0.0 : r6(uni(-100, 100));
            else if (mode == "alternating") g = r6((i % 2 ? -1 : 1) * base[j] + uni(-0.01, 0.01));
            else if (mode == "tiny") g = sig3((uni(0, 1) < 0.5 ? -1 : 1) * pow(10.0, uni(-6, -4)));
            else if (mode == "drift") g = r6((2 * i < k ? 1 : -1) * base[j] + uni(-1, 1));
            else g = r6(uni(-10, 10));
            grads[i][j] = g;
        }
    judge_rt::Writer w;
    judge_rt::write(w, theta);
    printf("%s\n", w.str().c_str());
    judge_rt::Writer w2;
    judge_rt::write(w2, grads);
    printf("%s\n", w2.str().c_str());
    for (int a = 5; a < argc; ++a) {
        judge_rt::Writer w3;
        judge_rt::write(w3, atof(argv[a]));
        printf("%s\n", w3.str().c_str());
    }
}
