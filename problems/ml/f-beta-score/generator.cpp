// F-beta tests: generator N SEED MODE BETA.
// random: balanced labels, 70% of predictions right; rare: 1% positive labels, noisy;
// allpos: every prediction is 1 (recall 1, low precision); cautious: few predictions of 1,
// mostly right (high precision, low recall); nopred: the classifier never predicts 1.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    double beta = atof(argv[4]);
    auto chance = [&](double q) { return uniform_real_distribution<double>(0, 1)(rng) < q; };
    vector<int> t(n), p(n);
    for (int i = 0; i < n; ++i) {
        if (mode == "random") {
            t[i] = chance(0.5);
            p[i] = chance(0.7) ? t[i] : 1 - t[i];
        } else if (mode == "rare") {
            t[i] = chance(0.01);
            p[i] = t[i] ? chance(0.6) : chance(0.02);
        } else if (mode == "allpos") {
            t[i] = chance(0.2), p[i] = 1;
        } else if (mode == "cautious") {
            t[i] = chance(0.4);
            p[i] = t[i] ? chance(0.15) : chance(0.01);
        } else {  // nopred
            t[i] = chance(0.3), p[i] = 0;
        }
    }
    judge_rt::Writer w1, w2, w3;
    judge_rt::write(w1, t);
    judge_rt::write(w2, p);
    judge_rt::write(w3, beta);
    printf("%s\n%s\n%s\n", w1.str().c_str(), w2.str().c_str(), w3.str().c_str());
}
