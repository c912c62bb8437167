// Sigmoid tests: generator N SEED MODE.
// random: uniform in [-1000, 1000] (3 decimals); moderate: full-precision doubles in [-12, 12],
// where sigma is far from 0 and 1; overflow: z in [709, 1000] (e^z overflows past 709.78)
// with some negatives; extremes: +-1000, 0, tiny magnitudes and the overflow edge;
// saturation: |z| in [10, 21], where sigma is within 5e-5 of 0 or 1 but not within 1e-9;
// negative: z in [-1000, -700] (e^z underflows) with a few large positives.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto uni = [&](double a, double b) { return uniform_real_distribution<double>(a, b)(rng); };
    auto pick = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    auto r3 = [](double v) { return round(v * 1000) / 1000; };
    vector<double> z(n);
    for (int i = 0; i < n; ++i) {
        if (mode == "random") {
            z[i] = r3(uni(-1000, 1000));
        } else if (mode == "moderate") {
            z[i] = uni(-12, 12);
        } else if (mode == "overflow") {
            z[i] = pick(0, 9) == 0 ? r3(uni(-1000, 0)) : r3(uni(709, 1000));
        } else if (mode == "extremes") {
            static const double pool[] = {1000, -1000, 0, 709.78, 709.79, 710, -745.2, 1e-300, -1e-300, 5e-324};
            z[i] = pick(0, 3) == 0 ? uni(-1, 1) : pool[pick(0, 9)];
        } else if (mode == "saturation") {
            z[i] = (pick(0, 1) ? 1 : -1) * uni(10, 21);
        } else {  // negative
            z[i] = pick(0, 19) == 0 ? r3(uni(709, 1000)) : r3(uni(-1000, -700));
        }
    }
    judge_rt::Writer w;
    judge_rt::write(w, z);
    printf("%s\n", w.str().c_str());
}
