// Target-encoding tests: generator NTRAIN NTEST K SEED MODE SMOOTHING.
// K distinct random category names (lowercase letters and digits, 1..10 characters).
// random: uniform categories, targets uniform in [-10^4, 10^4] (2 decimals);
// zipf: category sizes from a Zipf law (a few huge, many single rows), 0/1 targets whose rate
//   depends on the category;
// unseen: as random, but half of the test rows use categories that never occur in training;
// offset: targets 9990 +- 5, category means differ slightly.
// Test categories are drawn from the training categories (and, for unseen, from K fresh names).
int main(int argc, char** argv) {
    int n = atoi(argv[1]), k = atoi(argv[2]), K = atoi(argv[3]);
    mt19937_64 rng(atoll(argv[4]));
    string mode = argv[5];
    double smoothing = atof(argv[6]);
    auto uni = [&](double a, double b) { return uniform_real_distribution<double>(a, b)(rng); };
    auto pick = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    const string alpha = "abcdefghijklmnopqrstuvwxyz0123456789";
    set<string> seen;
    auto fresh = [&]() {
        for (;;) {
            string w;
            int len = pick(1, 10);
            for (int i = 0; i < len; ++i) w += alpha[pick(0, 35)];
            if (seen.insert(w).second) return w;
        }
    };
    vector<string> cats(K), unseenCats;
    for (auto& c : cats) c = fresh();
    if (mode == "unseen")
        for (int i = 0; i < K; ++i) unseenCats.push_back(fresh());
    vector<double> rate(K);
    for (auto& r : rate) r = uni(0, 1);
    // Zipf weights 1/(r+1) through a cumulative table.
    vector<double> cum(K);
    for (int r = 0; r < K; ++r) cum[r] = (r ? cum[r - 1] : 0) + 1.0 / (r + 1);
    auto drawCat = [&]() {
        if (mode != "zipf") return pick(0, K - 1);
        double u = uni(0, cum[K - 1]);
        return (int)(lower_bound(cum.begin(), cum.end(), u) - cum.begin());
    };
    vector<int> ci(n);
    for (int i = 0; i < n; ++i) ci[i] = i < K && mode == "random" ? i : drawCat();  // random: every category occurs
    if (mode == "random") shuffle(ci.begin(), ci.end(), rng);
    vector<string> trainCats(n), testCats(k);
    vector<double> y(n);
    for (int i = 0; i < n; ++i) {
        int c = ci[i];
        trainCats[i] = cats[c];
        if (mode == "zipf") y[i] = uni(0, 1) < rate[c] ? 1 : 0;
        else if (mode == "offset") y[i] = round((9990 + 2 * rate[c] + uni(-3, 3)) * 1000) / 1000;
        else y[i] = round(uni(-1e4, 1e4) * 100) / 100;
    }
    for (int i = 0; i < k; ++i)
        testCats[i] = mode == "unseen" && pick(0, 1) ? unseenCats[pick(0, K - 1)] : trainCats[pick(0, n - 1)];
    judge_rt::Writer w1, w2, w3, w4;
    judge_rt::write(w1, trainCats);
    judge_rt::write(w2, y);
    judge_rt::write(w3, testCats);
    judge_rt::write(w4, smoothing);
    printf("%s\n%s\n%s\n%s\n", w1.str().c_str(), w2.str().c_str(), w3.str().c_str(), w4.str().c_str());
}
