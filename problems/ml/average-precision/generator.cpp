// Average-precision tests: generator N SEED MODE.
// random: distinct-ish scores in [0, 1) with positives shifted up; ties: scores on a grid of
// 101 values; alltied: one score; separated: every positive above every negative; onepos: a
// single positive among negatives; wide: scores in [-10^6, 10^6] on a grid of 2001 values;
// reversed: positives mostly below; rare: 1% positives on a grid of 1001 values; allpos: no
// negative at all. Sample n-1 is made positive so that a positive always exists.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto uni = [&](double a, double b) { return uniform_real_distribution<double>(a, b)(rng); };
    auto pick = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<int> y(n);
    vector<double> s(n);
    for (int i = 0; i < n; ++i) {
        if (mode == "onepos") y[i] = i == n / 3;
        else if (mode == "rare") y[i] = pick(0, 99) == 0;
        else if (mode == "allpos") y[i] = 1;
        else y[i] = pick(0, 1);
    }
    if (mode != "onepos") y[n - 1] = 1;
    for (int i = 0; i < n; ++i) {
        if (mode == "random" || mode == "allpos") {
            s[i] = min(0.999999, uni(0, 0.8) + 0.2 * y[i]);
        } else if (mode == "ties") {
            s[i] = min(100, pick(0, 80) + 20 * y[i]) / 100.0;
        } else if (mode == "alltied") {
            s[i] = 0.5;
        } else if (mode == "separated") {
            s[i] = y[i] ? uni(0.5, 1) : uni(0, 0.5);
        } else if (mode == "onepos") {
            s[i] = y[i] ? 0.25 : pick(0, 1000) / 1000.0;
        } else if (mode == "wide") {
            s[i] = max(-1e6, min(1e6, (pick(-1000, 1000) + 200 * y[i]) * 1000.0));
        } else if (mode == "rare") {
            s[i] = min(1000, pick(0, 700) + 300 * y[i]) / 1000.0;
        } else {  // reversed
            s[i] = uni(0, 0.7) + 0.3 * (1 - y[i]);
        }
    }
    judge_rt::Writer w1, w2;
    judge_rt::write(w1, y);
    judge_rt::write(w2, s);
    printf("%s\n%s\n", w1.str().c_str(), w2.str().c_str());
}
