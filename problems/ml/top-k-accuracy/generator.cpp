// Top-k accuracy tests: generator N C K SEED MODE.
// random: scores uniform in [0, 1) rounded to 6 decimals, the true class gets a boost;
// ties: integer scores 0..4 (many ties, both sides of the cut); allequal: every score of a row
// equal (the rank is the label itself); wide: integers in [-10^6, 10^6] on a grid of 21 values;
// confident: one-hot-like rows, right 80% of the time.
int main(int argc, char** argv) {
    int n = atoi(argv[1]), c = atoi(argv[2]), k = atoi(argv[3]);
    mt19937_64 rng(atoll(argv[4]));
    string mode = argv[5];
    auto pick = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    auto uni = [&](double a, double b) { return uniform_real_distribution<double>(a, b)(rng); };
    vector<vector<double>> s(n, vector<double>(c));
    vector<int> y(n);
    for (int i = 0; i < n; ++i) {
        y[i] = pick(0, c - 1);
        for (int j = 0; j < c; ++j) {
            if (mode == "random") s[i][j] = round(uni(0, 1) * 1e6) / 1e6;
            else if (mode == "ties") s[i][j] = pick(0, 4);
            else if (mode == "allequal") s[i][j] = 0.125;
            else if (mode == "wide") s[i][j] = pick(-10, 10) * 100000.0;
            else s[i][j] = pick(0, 99) / 1000.0;  // confident
        }
        if (mode == "random") s[i][y[i]] = min(1.0, s[i][y[i]] + 0.3);
        if (mode == "confident") s[i][pick(0, 9) < 8 ? y[i] : pick(0, c - 1)] = 0.99;
    }
    judge_rt::Writer w1, w2;
    judge_rt::write(w1, s);
    judge_rt::write(w2, y);
    printf("%s\n%s\n%d\n", w1.str().c_str(), w2.str().c_str(), k);
}
