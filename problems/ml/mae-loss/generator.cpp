// MAE tests: generator N SEED MODE (values in [-10^6, 10^6], 3 decimals).
// random: both vectors uniform; fractional: residuals in (-1, 1) (integer abs makes them 0);
// extremes: values at +-10^6 or equal; integer: small integers; balanced: residuals in
// +e / -e pairs (mean residual 0); large: residuals of size ~10^6 with 3 decimals
// (a float accumulator drifts).
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto uni = [&](double a, double b) { return uniform_real_distribution<double>(a, b)(rng); };
    auto pick = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    auto r3 = [](double v) { return round(v * 1000) / 1000; };
    vector<double> t(n), p(n);
    double e = 0;
    for (int i = 0; i < n; ++i) {
        if (mode == "random") {
            t[i] = r3(uni(-1e6, 1e6)), p[i] = r3(uni(-1e6, 1e6));
        } else if (mode == "fractional") {
            t[i] = r3(uni(-1e4, 1e4)), p[i] = r3(t[i] + uni(-0.999, 0.999));
        } else if (mode == "extremes") {
            t[i] = pick(0, 1) ? 1e6 : -1e6;
            p[i] = pick(0, 3) == 0 ? t[i] : (pick(0, 1) ? r3(uni(-1e6, 1e6)) : -t[i]);
        } else if (mode == "integer") {
            t[i] = pick(-100, 100), p[i] = pick(-100, 100);
        } else if (mode == "balanced") {
            t[i] = r3(uni(-1e5, 1e5));
            if (i % 2 == 0) e = r3(uni(0, 100));
            p[i] = t[i] + (i % 2 ? -e : e);
        } else {  // large
            t[i] = r3(uni(5e5, 1e6)), p[i] = r3(uni(-1e6, -5e5));
            if (pick(0, 1)) swap(t[i], p[i]);
        }
    }
    judge_rt::Writer w;
    judge_rt::write(w, t);
    printf("%s\n", w.str().c_str());
    judge_rt::Writer w2;
    judge_rt::write(w2, p);
    printf("%s\n", w2.str().c_str());
}
