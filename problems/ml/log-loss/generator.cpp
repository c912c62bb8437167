// Log-loss tests: generator N SEED MODE.
// random: uniform labels and probabilities; extremes: many p exactly 0 or 1 with both labels;
// confident: a good classifier (p close to the label, some exactly 0/1, a few mistakes);
// tiny: p = 10^-k or 1 - 10^-k for k up to 320 (subnormals included); positive: all labels 1.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto uni = [&](double a, double b) { return uniform_real_distribution<double>(a, b)(rng); };
    auto pick = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<int> y(n);
    vector<double> p(n);
    for (int i = 0; i < n; ++i) {
        y[i] = pick(0, 1);
        if (mode == "random") {
            p[i] = uni(0, 1);
        } else if (mode == "extremes") {
            int r = pick(0, 9);
            p[i] = r < 4 ? 0.0 : r < 8 ? 1.0 : uni(0, 1);
        } else if (mode == "confident") {
            int r = pick(0, 99);
            double close = r < 20 ? 0.0 : uni(0, 1e-3);
            bool wrong = r >= 97;
            p[i] = (y[i] == 1) != wrong ? 1.0 - close : close;
        } else if (mode == "tiny") {
            double v = pow(10.0, -pick(0, 320));
            if (v == 0) v = 5e-324;
            p[i] = pick(0, 1) ? v : 1.0 - v;
        } else {  // positive
            y[i] = 1;
            p[i] = pick(0, 9) == 0 ? 0.0 : uni(0, 1);
        }
    }
    judge_rt::Writer w;
    judge_rt::write(w, y);
    printf("%s\n", w.str().c_str());
    judge_rt::Writer w2;
    judge_rt::write(w2, p);
    printf("%s\n", w2.str().c_str());
}
