// Hinge-loss tests: generator N SEED MODE (scores with 4 decimals).
// random: labels +-1, scores uniform in [-3, 3]; separable: 90% on the right side, many
// beyond the margin; wide: scores in [-10^6, 10^6]; margin: y * s in [0.9, 1.1] or exactly
// +-1; negative: 90% of labels -1, scores in [-3, 3]; integer: integer scores in [-3, 3].
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto uni = [&](double a, double b) { return uniform_real_distribution<double>(a, b)(rng); };
    auto pick = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    auto r4 = [](double v) { return round(v * 1e4) / 1e4; };
    vector<int> y(n);
    vector<double> s(n);
    for (int i = 0; i < n; ++i) {
        y[i] = pick(0, 1) ? 1 : -1;
        if (mode == "random") {
            s[i] = r4(uni(-3, 3));
        } else if (mode == "separable") {
            double m = pick(0, 9) == 0 ? uni(-2, 0) : uni(0, 4);
            s[i] = r4(y[i] * m);
        } else if (mode == "wide") {
            s[i] = r4(uni(-1e6, 1e6));
        } else if (mode == "margin") {
            s[i] = pick(0, 3) == 0 ? (double)y[i] : r4(y[i] * uni(0.9, 1.1));
        } else if (mode == "negative") {
            y[i] = pick(0, 9) == 0 ? 1 : -1;
            s[i] = r4(uni(-3, 3));
        } else {  // integer
            s[i] = pick(-3, 3);
        }
    }
    judge_rt::Writer w;
    judge_rt::write(w, y);
    printf("%s\n", w.str().c_str());
    judge_rt::Writer w2;
    judge_rt::write(w2, s);
    printf("%s\n", w2.str().c_str());
}
