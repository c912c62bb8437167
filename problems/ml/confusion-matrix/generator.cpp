// Confusion-matrix tests: generator N NUMCLASSES SEED MODE.
// random: labels and predictions uniform; accurate: 80% of predictions right, the rest uniform;
// skewed: class k drawn with weight 1/(k+1), predictions mostly right; unused: only the even
// classes occur (the odd ones and the last ones get empty rows and columns); single: every sample
// is (C-1, 0); shifted: the prediction is (true + 1) mod C for 90% of the samples.
int main(int argc, char** argv) {
    int n = atoi(argv[1]), c = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    auto pick = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<double> w(c);
    for (int k = 0; k < c; ++k) w[k] = 1.0 / (k + 1);
    discrete_distribution<int> zipf(w.begin(), w.end());
    vector<int> t(n), p(n);
    for (int i = 0; i < n; ++i) {
        if (mode == "random") {
            t[i] = pick(0, c - 1), p[i] = pick(0, c - 1);
        } else if (mode == "accurate") {
            t[i] = pick(0, c - 1);
            p[i] = pick(0, 9) < 8 ? t[i] : pick(0, c - 1);
        } else if (mode == "skewed") {
            t[i] = zipf(rng);
            p[i] = pick(0, 9) < 7 ? t[i] : zipf(rng);
        } else if (mode == "unused") {
            int half = (c - 1) / 2;  // even classes below c - 2 only
            t[i] = 2 * pick(0, half - 1), p[i] = 2 * pick(0, half - 1);
        } else if (mode == "single") {
            t[i] = c - 1, p[i] = 0;
        } else {  // shifted
            t[i] = pick(0, c - 1);
            p[i] = pick(0, 9) < 9 ? (t[i] + 1) % c : t[i];
        }
    }
    judge_rt::Writer w1, w2;
    judge_rt::write(w1, t);
    judge_rt::write(w2, p);
    printf("%s\n%s\n%d\n", w1.str().c_str(), w2.str().c_str(), c);
}
