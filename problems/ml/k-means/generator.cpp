// k-means tests: generator N D K ITERATIONS SEED MODE.
// blobs: K Gaussian blobs (centres in [-8000, 8000], spread 300..1500), initial centroids = K data points;
// random: points uniform in [-10^4, 10^4] (slow convergence, many reassignments);
// empty: data in [-1000, 1000], half of the initial centroids far outside (they never win a point);
// duplicates: blobs, and every initial centroid appears twice (the copy with the larger index stays empty).
// Coordinates have 2 decimals. The generator simulates Lloyd's algorithm and draws again if any
// assignment is a near-tie (relative gap < 1e-7 between different centroids), so the answer is robust.
int main(int argc, char** argv) {
    int n = atoi(argv[1]), d = atoi(argv[2]), K = atoi(argv[3]), iterations = atoi(argv[4]);
    mt19937_64 rng(atoll(argv[5]));
    string mode = argv[6];
    auto uni = [&](double a, double b) { return uniform_real_distribution<double>(a, b)(rng); };
    auto pick = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    normal_distribution<double> gauss(0.0, 1.0);
    auto r2 = [](double v) { return max(-10000.0, min(10000.0, round(v * 100) / 100)); };
    for (int attempt = 0;; ++attempt) {
        vector<vector<double>> X(n, vector<double>(d)), C;
        int blobs = mode == "duplicates" ? max(1, K / 2) : K;
        vector<vector<double>> centre(blobs, vector<double>(d));
        vector<double> spread(blobs);
        for (int b = 0; b < blobs; ++b) {
            for (double& v : centre[b]) v = uni(-8000, 8000);
            spread[b] = uni(300, 1500);
        }
        for (auto& x : X) {
            if (mode == "random") for (double& v : x) v = r2(uni(-10000, 10000));
            else if (mode == "empty") for (double& v : x) v = r2(uni(-1000, 1000));
            else {
                int b = pick(0, blobs - 1);
                for (int j = 0; j < d; ++j) x[j] = r2(centre[b][j] + spread[b] * gauss(rng));
            }
        }
        if (mode == "empty") {
            for (int c = 0; c < K; ++c) {
                vector<double> v(d);
                for (double& t : v) t = c % 2 ? r2(uni(5000, 10000) * (pick(0, 1) ? 1 : -1)) : r2(uni(-1000, 1000));
                C.push_back(v);
            }
        } else if (mode == "duplicates") {
            for (int c = 0; c < K; ++c) C.push_back(X[c / 2]);
        } else {
            for (int c = 0; c < K; ++c) C.push_back(X[c]);
        }
        // Simulate and check every assignment for near-ties.
        vector<vector<double>> cur = C;
        bool ok = true;
        for (int it = 0; it < iterations && ok; ++it) {
            vector<vector<double>> sum(K, vector<double>(d, 0.0));
            vector<int> cnt(K, 0);
            for (const auto& x : X) {
                vector<double> dist(K);
                int best = 0;
                for (int c = 0; c < K; ++c) {
                    double s = 0;
                    for (int j = 0; j < d; ++j) s += (x[j] - cur[c][j]) * (x[j] - cur[c][j]);
                    dist[c] = s;
                    if (s < dist[best]) best = c;
                }
                for (int c = 0; c < K; ++c)
                    if (c != best && cur[c] != cur[best] && dist[c] - dist[best] < 1e-7 * max(1.0, dist[best])) ok = false;
                cnt[best]++;
                for (int j = 0; j < d; ++j) sum[best][j] += x[j];
            }
            for (int c = 0; c < K; ++c)
                if (cnt[c])
                    for (int j = 0; j < d; ++j) cur[c][j] = sum[c][j] / cnt[c];
        }
        if (!ok && attempt < 1000) continue;
        judge_rt::Writer w1, w2;
        judge_rt::write(w1, X);
        judge_rt::write(w2, C);
        printf("%s\n%s\n%d\n", w1.str().c_str(), w2.str().c_str(), iterations);
        fprintf(stderr, "attempts: %d%s\n", attempt + 1, ok ? "" : " (gave up: near-tie)");
        return 0;
    }
}
