// Bagging OOB tests: generator T N SEED K SKILL.
// Bootstraps are n uniform draws with replacement; labels uniform in [0, K); each tree predicts
// the true label with probability SKILL, otherwise a uniform class (so small K gives many ties).
int main(int argc, char** argv) {
    int T = atoi(argv[1]), n = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    int K = atoi(argv[4]);
    double skill = atof(argv[5]);
    auto pick = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<int> y(n);
    for (int& v : y) v = pick(0, K - 1);
    vector<vector<int>> B(T, vector<int>(n)), P(T, vector<int>(n));
    for (int t = 0; t < T; ++t) {
        for (int& v : B[t]) v = pick(0, n - 1);
        for (int i = 0; i < n; ++i) P[t][i] = uniform_real_distribution<double>(0, 1)(rng) < skill ? y[i] : pick(0, K - 1);
    }
    judge_rt::Writer w1, w2, w3;
    judge_rt::write(w1, B);
    judge_rt::write(w2, P);
    judge_rt::write(w3, y);
    printf("%s\n%s\n%s\n", w1.str().c_str(), w2.str().c_str(), w3.str().c_str());
}
