// kNN tests: generator M Q D SEED MODE K LABELS.
// random: coordinates uniform in [-10^4, 10^4], labels uniform in [0, LABELS);
// clusters: LABELS cluster centres (label = cluster; for LABELS > 100 the labels are spread
//   over [0, 10^9]), points around them with a spread that makes the clusters overlap;
// grid: coordinates in a tiny range [0, 3], so almost every distance is shared by many points
//   (index tie-breaks and vote ties everywhere);
// duplicates: only 50 distinct training locations, each repeated with different labels.
int main(int argc, char** argv) {
    int m = atoi(argv[1]), q = atoi(argv[2]), d = atoi(argv[3]);
    mt19937_64 rng(atoll(argv[4]));
    string mode = argv[5];
    int k = atoi(argv[6]), labels = atoi(argv[7]);
    auto pick = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    int centres = labels;
    vector<vector<int>> centre(centres, vector<int>(d));
    for (auto& c : centre)
        for (int& v : c) v = pick(-8000, 8000);
    vector<long long> labelOf(centres);
    for (int c = 0; c < centres; ++c) labelOf[c] = labels > 100 ? (long long)pick(0, 1000000000) : c;
    vector<vector<int>> spots(50, vector<int>(d));
    for (auto& s : spots)
        for (int& v : s) v = pick(-20, 20);
    auto point = [&](int& label) {
        vector<double> p(d);
        if (mode == "clusters") {
            int c = pick(0, centres - 1);
            label = (int)labelOf[c];
            for (int j = 0; j < d; ++j) p[j] = max(-10000, min(10000, centre[c][j] + pick(-3000, 3000)));
        } else if (mode == "grid") {
            label = pick(0, labels - 1);
            for (int j = 0; j < d; ++j) p[j] = pick(0, 3);
        } else if (mode == "duplicates") {
            label = pick(0, labels - 1);
            const auto& s = spots[pick(0, 49)];
            for (int j = 0; j < d; ++j) p[j] = s[j];
        } else {
            label = pick(0, labels - 1);
            for (int j = 0; j < d; ++j) p[j] = pick(-10000, 10000);
        }
        return p;
    };
    vector<vector<double>> TX(m), QX(q);
    vector<int> TY(m);
    for (int i = 0; i < m; ++i) TX[i] = point(TY[i]);
    int unused;
    for (int i = 0; i < q; ++i) {
        QX[i] = point(unused);
        if (mode == "duplicates" && i % 2)  // half the queries off the duplicate spots
            for (double& v : QX[i]) v += pick(-2, 2);
    }
    judge_rt::Writer w1, w2, w3;
    judge_rt::write(w1, TX);
    judge_rt::write(w2, TY);
    judge_rt::write(w3, QX);
    printf("%s\n%s\n%s\n%d\n", w1.str().c_str(), w2.str().c_str(), w3.str().c_str(), k);
}
