// Huber-loss tests: generator N SEED MODE DELTA (values in [-10^6, 10^6], 3 decimals).
// random: both vectors uniform; close: yPred = yTrue + noise in [-2 delta, 2 delta];
// over: yPred = yTrue + (delta, 100 delta] mostly (large negative residuals);
// extremes: values at +-10^6 or equal; integer: integers with residuals in [-6, 6], so
// |r| = delta = 3 occurs often; mixed: residual magnitudes spread over 10^-3 .. 10^5.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    double delta = atof(argv[4]);
    auto uni = [&](double a, double b) { return uniform_real_distribution<double>(a, b)(rng); };
    auto pick = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    auto r3 = [](double v) { return round(v * 1000) / 1000; };
    auto clampv = [](double v) { return min(1e6, max(-1e6, v)); };
    vector<double> t(n), p(n);
    for (int i = 0; i < n; ++i) {
        if (mode == "random") {
            t[i] = r3(uni(-1e6, 1e6)), p[i] = r3(uni(-1e6, 1e6));
        } else if (mode == "close") {
            t[i] = r3(uni(-1e4, 1e4)), p[i] = r3(t[i] + uni(-2 * delta, 2 * delta));
        } else if (mode == "over") {
            t[i] = r3(uni(-1e5, 1e5));
            p[i] = r3(t[i] + (pick(0, 9) == 0 ? uni(-delta, delta) : uni(delta, 100 * delta)));
        } else if (mode == "extremes") {
            t[i] = pick(0, 1) ? 1e6 : -1e6;
            p[i] = pick(0, 3) == 0 ? t[i] : (pick(0, 1) ? r3(uni(-1e6, 1e6)) : -t[i]);
        } else if (mode == "integer") {
            t[i] = pick(-1000, 1000), p[i] = t[i] + pick(-6, 6);
        } else {  // mixed
            t[i] = r3(uni(-1e5, 1e5));
            double mag = pow(10.0, uni(-3, 5));
            p[i] = clampv(r3(t[i] + (pick(0, 1) ? mag : -mag)));
        }
    }
    judge_rt::Writer w;
    judge_rt::write(w, t);
    printf("%s\n", w.str().c_str());
    judge_rt::Writer w2;
    judge_rt::write(w2, p);
    printf("%s\n", w2.str().c_str());
    judge_rt::Writer w3;
    judge_rt::write(w3, delta);
    printf("%s\n", w3.str().c_str());
}
