// Bayes-posterior tests: generator H K M SEED MODE.
// Likelihood rows are integers summing to 10^6, divided by 10^6 (6 decimals).
// random: random rows and priors 1..10, observations drawn from hypothesis 0 (the posterior
//   concentrates); cyclic: row h is a base distribution shifted by h, every outcome observed
//   equally often except a handful of changes, so the answer is far from 0/1 although every
//   log-likelihood is about -10^5 * 4.6; recovery: two mirrored hypotheses, M/2 observations of
//   outcome 0 then M/2 of outcome 1 with 3 flipped (the posterior of hypothesis 1 swings to
//   about 10^-18000 and back); swings: H = K, hypothesis h favours outcome h, blocks of
//   M/K observations of each outcome in turn, nearly balanced at the end; zeros: rows with
//   many zero likelihoods, hypothesis 0 supports every outcome, some priors 0.
int main(int argc, char** argv) {
    int H = atoi(argv[1]), K = atoi(argv[2]), M = atoi(argv[3]);
    mt19937_64 rng(atoll(argv[4]));
    string mode = argv[5];
    auto pick = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    // A random distribution over the outcomes in `support` (others 0), 6 decimals.
    auto dist = [&](const vector<int>& support) {
        vector<double> row(K, 0.0);
        int s = support.size();
        vector<int> cuts;
        for (int i = 0; i < s - 1; ++i) cuts.push_back(pick(1, 1000000 - 1));
        sort(cuts.begin(), cuts.end());
        cuts.push_back(1000000);
        int prev = 0, i = 0;
        vector<int> parts;
        for (int c : cuts) parts.push_back(c - prev), prev = c;
        // make every part >= 1 by moving units from the largest part
        for (int& p : parts)
            if (p == 0) { ++p; --*max_element(parts.begin(), parts.end()); }
        for (int o : support) row[o] = parts[i++] / 1e6;
        return row;
    };
    vector<int> all(K);
    iota(all.begin(), all.end(), 0);
    vector<double> priors(H);
    vector<vector<double>> L(H);
    vector<int> obs;
    auto sampleFrom = [&](const vector<double>& row) {
        discrete_distribution<int> d(row.begin(), row.end());
        return d(rng);
    };
    if (mode == "random") {
        for (int h = 0; h < H; ++h) priors[h] = pick(1, 10), L[h] = dist(all);
        for (int t = 0; t < M; ++t) obs.push_back(sampleFrom(L[0]));
    } else if (mode == "cyclic") {
        vector<double> base = dist(all);
        for (int h = 0; h < H; ++h) {
            priors[h] = pick(1, 10);
            L[h].resize(K);
            for (int o = 0; o < K; ++o) L[h][o] = base[((o - h) % K + K) % K];
        }
        for (int t = 0; t < M; ++t) obs.push_back(t % K);
        for (int c = 0; c < 5; ++c) obs[pick(0, M - 1)] = pick(0, K - 1);
        shuffle(obs.begin(), obs.end(), rng);
    } else if (mode == "recovery") {
        priors = {0.5, 0.5};
        L = {{0.7, 0.3}, {0.3, 0.7}};
        for (int t = 0; t < M; ++t) obs.push_back(t < M / 2 ? 0 : 1);
        for (int c = 0; c < 3; ++c) obs[M / 4 + c] = 1;  // in the end six more 1s than 0s
    } else if (mode == "swings") {
        for (int h = 0; h < H; ++h) {
            priors[h] = pick(1, 10);
            L[h].assign(K, 0.05);
            L[h][h] = 1 - 0.05 * (K - 1);
        }
        for (int b = 0; b < K; ++b)
            for (int t = 0; t < M / K; ++t) obs.push_back(b);
        for (int c = 0; c < 4; ++c) obs[pick(0, M - 1)] = pick(0, K - 1);
    } else {  // zeros
        for (int h = 0; h < H; ++h) {
            priors[h] = h == 0 ? 1 : pick(0, 3);
            vector<int> sup = all;
            if (h > 0) {
                shuffle(sup.begin(), sup.end(), rng);
                sup.resize(pick(K / 4, K - 1));
                sort(sup.begin(), sup.end());
            }
            L[h] = dist(sup);
        }
        for (int t = 0; t < M; ++t) obs.push_back(sampleFrom(L[pick(0, 9) == 0 ? 0 : pick(0, H - 1)]));
    }
    judge_rt::Writer a, b, c;
    judge_rt::write(a, priors);
    judge_rt::write(b, L);
    judge_rt::write(c, obs);
    printf("%s\n%s\n%s\n", a.str().c_str(), b.str().c_str(), c.str().c_str());
}
