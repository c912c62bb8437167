// Merge Intervals tests: generator N SEED MODE. Intervals are shuffled unless the mode says otherwise.
// random: random starts, lengths mostly short; disjoint: N distinct point intervals, sorted;
// reverse-chain: each interval overlaps the next, listed from right to left; nested: N intervals
// each containing the next; identical: N copies of one interval; points: point intervals, many
// repeated; touch-chain: [k, k+1] for consecutive k, so neighbours share only an endpoint, plus
// some gaps; late-partners: N/2 disjoint intervals, then N/2 intervals each overlapping one of
// them (the worst case for "merge any overlapping pair, then rescan").
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    const int MAXV = 10000;
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    vector<vector<int>> v;
    bool shuffleIt = true;
    if (mode == "random") {
        for (int i = 0; i < n; ++i) {
            int s = draw(0, MAXV);
            int len = draw(0, 9) ? draw(0, 3) : draw(0, 60);
            v.push_back({s, min(MAXV, s + len)});
        }
    } else if (mode == "disjoint") {  // N distinct points of 0..MAXV, sorted: nothing overlaps
        int skip = draw(0, MAXV);
        for (int p = 0; p <= MAXV && (int)v.size() < n; ++p)
            if (p != skip) v.push_back({p, p});
        shuffleIt = false;
    } else if (mode == "reverse-chain") {
        for (int i = n - 1; i >= 0; --i) v.push_back({i, min(MAXV, i + draw(1, 3))});
        shuffleIt = false;
    } else if (mode == "nested") {
        for (int i = 0; i < n; ++i) v.push_back({i / 2, MAXV - (i + 1) / 2});
    } else if (mode == "identical") {
        int s = draw(0, MAXV / 2), e = draw(s, MAXV);
        v.assign(n, {s, e});
    } else if (mode == "points") {
        for (int i = 0; i < n; ++i) { int p = draw(0, MAXV); v.push_back({p, p}); }
    } else if (mode == "touch-chain") {
        for (int k = 0; (int)v.size() < n && k < MAXV; ++k)
            if (draw(0, 19)) v.push_back({k, k + 1});
        while ((int)v.size() < n) v.push_back({MAXV, MAXV});
    } else {  // late-partners
        int m = n / 2;
        for (int i = 0; i < m; ++i) v.push_back({2 * i, 2 * i});  // disjoint points
        for (int i = 0; i < n - m; ++i) {
            int k = m - 1 - i % m;
            v.push_back({2 * k, 2 * k});  // overlaps exactly point k, and nothing else
        }
        shuffleIt = false;
    }
    if (shuffleIt) shuffle(v.begin(), v.end(), rng);
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
