// R2 tests: generator N SEED MODE.
// random: yTrue uniform in [-10^6, 10^6], yPred = yTrue + noise of about 20% of the spread;
// good: noise of 0.1%; offset: yTrue in [10^6 - 10, 10^6] (a large common offset that breaks
// the one-pass sum of squares), yPred close to it; poor: yPred independent of yTrue (R2 < 0);
// constant-perfect / constant-imperfect: yTrue all 0.1 (whose double mean is not 0.1), yPred
// equal to it, or equal except one value; integer: small integers; scaled: yPred = 1.5 * yTrue + 3
// (perfectly correlated, R2 < 1). Values are rounded to 3 decimals and clamped to [-10^6, 10^6].
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto uni = [&](double a, double b) { return uniform_real_distribution<double>(a, b)(rng); };
    normal_distribution<double> gauss(0.0, 1.0);
    auto r3 = [](double v) { return min(1e6, max(-1e6, round(v * 1e3) / 1e3)); };
    vector<double> t(n), p(n);
    for (int i = 0; i < n; ++i) {
        if (mode == "random") {
            t[i] = r3(uni(-1e6, 1e6));
            p[i] = r3(t[i] + 2e5 * gauss(rng));
        } else if (mode == "good") {
            t[i] = r3(uni(-1e5, 1e5));
            p[i] = r3(t[i] + 100 * gauss(rng));
        } else if (mode == "offset") {
            t[i] = r3(uni(1e6 - 10, 1e6));
            p[i] = r3(t[i] + 2 * gauss(rng));
        } else if (mode == "poor") {
            t[i] = r3(uni(-1000, 1000));
            p[i] = r3(uni(-1000, 1000));
        } else if (mode == "constant-perfect" || mode == "constant-imperfect") {
            t[i] = p[i] = 0.1;
        } else if (mode == "integer") {
            t[i] = uniform_int_distribution<int>(-50, 50)(rng);
            p[i] = t[i] + uniform_int_distribution<int>(-10, 10)(rng);
        } else {  // scaled
            t[i] = r3(uni(-1000, 1000));
            p[i] = r3(1.5 * t[i] + 3);
        }
    }
    if (mode == "constant-imperfect") p[n / 2] = 0.1000001;
    judge_rt::Writer a, b;
    judge_rt::write(a, t);
    judge_rt::write(b, p);
    printf("%s\n%s\n", a.str().c_str(), b.str().c_str());
}
