// Meeting Rooms II tests: generator N SEED MODE [L] (times in [0, 10^6]), shuffled.
// random L: random starts, lengths 1..L; identical: N copies of one meeting; nested: each meeting
// inside the previous one; touching: back-to-back meetings (1 room); two-waves: half the meetings
// on [a, m], the other half on [m, b] (rooms free exactly when the second wave starts);
// staircase: [i, i + 100] for consecutive i (100 rooms); long-and-short: one meeting over
// everything plus N-1 disjoint short ones (2 rooms); peak-late: sparse early meetings, then a
// crowd of overlapping meetings near the end.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    int L = argc > 4 ? atoi(argv[4]) : 0;
    const int MAXT = 1000000;
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    vector<vector<int>> v;
    if (mode == "random") {
        for (int i = 0; i < n; ++i) {
            int s = draw(0, MAXT - 1);
            v.push_back({s, min(MAXT, s + draw(1, L))});
        }
    } else if (mode == "identical") {
        int s = draw(0, MAXT / 2), e = draw(s + 1, MAXT);
        v.assign(n, {s, e});
    } else if (mode == "nested") {
        for (int i = 0; i < n; ++i) v.push_back({i, MAXT - i});
    } else if (mode == "touching") {
        int t = draw(0, 1000);
        for (int i = 0; i < n; ++i) {
            int len = draw(1, (MAXT - 1000) / n);
            v.push_back({t, t + len});
            t += len;
        }
    } else if (mode == "two-waves") {
        int m = draw(400000, 600000);
        for (int i = 0; i < n; ++i) {
            if (i % 2 == 0) v.push_back({draw(0, m - 1), m});
            else v.push_back({m, draw(m + 1, MAXT)});
        }
    } else if (mode == "staircase") {
        int base = draw(0, 1000);
        for (int i = 0; i < n; ++i) v.push_back({base + i, base + i + 100});
    } else if (mode == "long-and-short") {
        v.push_back({0, MAXT});
        for (int i = 0; i + 1 < n; ++i) v.push_back({1 + 50 * i, 1 + 50 * i + draw(1, 50)});
    } else {  // peak-late
        for (int i = 0; i < n / 2; ++i) v.push_back({100 * i, 100 * i + draw(1, 100)});
        for (int i = n / 2; i < n; ++i) {
            int s = draw(900000, 950000);
            v.push_back({s, draw(s + 1, MAXT)});
        }
    }
    shuffle(v.begin(), v.end(), rng);
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
