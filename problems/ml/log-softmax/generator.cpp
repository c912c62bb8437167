// Log-softmax tests: generator N SEED MODE.
// random: uniform in [-1000, 1000] (3 decimals; most softmax values underflow to 0);
// moderate: full-precision doubles in [-10, 10]; equal: one value repeated (all -ln n);
// dominant: one logit at 1000, the rest in [-1000, 980]; negative: all in [-1000, -900]
// (the unshifted sum underflows to 0); high: all in [700, 709.7] (the unshifted sum
// overflows); clusters: half near -500, half near 500.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto uni = [&](double a, double b) { return uniform_real_distribution<double>(a, b)(rng); };
    auto r3 = [](double v) { return round(v * 1000) / 1000; };
    vector<double> x(n);
    double c = r3(uni(-1000, 1000));
    for (int i = 0; i < n; ++i) {
        if (mode == "random") x[i] = r3(uni(-1000, 1000));
        else if (mode == "moderate") x[i] = uni(-10, 10);
        else if (mode == "equal") x[i] = c;
        else if (mode == "dominant") x[i] = r3(uni(-1000, 980));
        else if (mode == "negative") x[i] = r3(uni(-1000, -900));
        else if (mode == "high") x[i] = r3(uni(700, 709.7));
        else x[i] = r3((i % 2 ? 500 : -500) + uni(-5, 5));  // clusters
    }
    if (mode == "dominant") x[uniform_int_distribution<int>(0, n - 1)(rng)] = 1000;
    judge_rt::Writer w;
    judge_rt::write(w, x);
    printf("%s\n", w.str().c_str());
}
