// Precision/recall/F1 tests: generator N SEED MODE.
// random: balanced labels, 70% of predictions right; rare: 1% positive labels, a noisy
// classifier; nopred: the classifier never predicts 1; nolabel: no label is 1 (predictions
// random); allpos: every prediction is 1; perfect: predictions equal the labels.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto chance = [&](double q) { return uniform_real_distribution<double>(0, 1)(rng) < q; };
    vector<int> t(n), p(n);
    for (int i = 0; i < n; ++i) {
        if (mode == "random") {
            t[i] = chance(0.5);
            p[i] = chance(0.7) ? t[i] : 1 - t[i];
        } else if (mode == "rare") {
            t[i] = chance(0.01);
            p[i] = t[i] ? chance(0.6) : chance(0.02);
        } else if (mode == "nopred") {
            t[i] = chance(0.3), p[i] = 0;
        } else if (mode == "nolabel") {
            t[i] = 0, p[i] = chance(0.4);
        } else if (mode == "allpos") {
            t[i] = chance(0.35), p[i] = 1;
        } else {  // perfect
            t[i] = chance(0.5), p[i] = t[i];
        }
    }
    judge_rt::Writer w1, w2;
    judge_rt::write(w1, t);
    judge_rt::write(w2, p);
    printf("%s\n%s\n", w1.str().c_str(), w2.str().c_str());
}
