// Perceptron tests: generator N D EPOCHS SEED MODE K (lr = 2^K).
// separable: integer features in [-100, 100], labels from a planted integer hyperplane with a margin;
// noisy: like separable, 10% of the labels flipped (never converges);
// extreme: every feature is -100 or 100 (largest activations), planted labels;
// unbalanced: about 90% of the labels +1, the rest from a planted hyperplane.
int main(int argc, char** argv) {
    int n = atoi(argv[1]), d = atoi(argv[2]), epochs = atoi(argv[3]);
    mt19937_64 rng(atoll(argv[4]));
    string mode = argv[5];
    double lr = ldexp(1.0, atoi(argv[6]));
    auto pick = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<int> plane(d);
    for (int& v : plane) v = pick(-5, 5);
    if (all_of(plane.begin(), plane.end(), [](int v) { return v == 0; })) plane[0] = 1;
    int offset = pick(-50, 50);
    vector<vector<double>> X;
    vector<int> y;
    while ((int)X.size() < n) {
        vector<double> x(d);
        long long s = offset;
        for (int j = 0; j < d; ++j) {
            int v = mode == "extreme" ? (pick(0, 1) ? 100 : -100) : pick(-100, 100);
            x[j] = v;
            s += (long long)plane[j] * v;
        }
        if (mode != "extreme" && llabs(s) < 20) continue;  // a margin around the planted hyperplane
        if (mode == "extreme" && s == 0) continue;
        int label = s > 0 ? 1 : -1;
        if (mode == "noisy" && pick(0, 9) == 0) label = -label;
        if (mode == "unbalanced" && pick(0, 9) > 0) label = 1;
        X.push_back(x);
        y.push_back(label);
    }
    judge_rt::Writer w1, w2, w3;
    judge_rt::write(w1, X);
    judge_rt::write(w2, y);
    judge_rt::write(w3, lr);
    printf("%s\n%s\n%d\n%s\n", w1.str().c_str(), w2.str().c_str(), epochs, w3.str().c_str());
}
