// Merge k Sorted Lists tests: generator K LEN SEED MODE (at most 10^4 nodes, lists of at most 500).
// random: K lists of exactly LEN nodes, values in [-10^4, 10^4];
// mixed: K lists with random lengths 0..500, cut so the total stays <= 10^4;
// sparse: K lists, 50 of them with 200 nodes, the others empty;
// equal: every value the same; extremes: values only -10^4 and 10^4;
// disjoint: list i holds values from its own range, the lists given in reverse order of ranges;
// rising: the same with the ranges in increasing order (every list goes after all earlier ones).
int main(int argc, char** argv) {
    int k = atoi(argv[1]);
    int len = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    const int TOTAL = 10000, MAXLEN = 500, V = 10000;
    vector<int> lens(k, len);
    if (mode == "mixed") {
        int left = TOTAL;
        for (int& l : lens) { l = min(left, draw(0, MAXLEN)); left -= l; }
    } else if (mode == "sparse") {  // 50 lists of 200 nodes at random positions, the rest empty
        fill(lens.begin(), lens.end(), 0);
        vector<int> idx(k);
        iota(idx.begin(), idx.end(), 0);
        shuffle(idx.begin(), idx.end(), rng);
        for (int j = 0; j < min(k, 50); ++j) lens[idx[j]] = TOTAL / 50;
    }
    long long total = 0;
    for (int l : lens) {
        if (l > MAXLEN) { fprintf(stderr, "list too long\n"); return 1; }
        total += l;
    }
    if (total > TOTAL) { fprintf(stderr, "too many nodes\n"); return 1; }
    int same = draw(-V, V);
    vector<vector<int>> lists(k);
    for (int i = 0; i < k; ++i) {
        vector<int>& v = lists[i];
        v.resize(lens[i]);
        int lo = -V, hi = V;
        if (mode == "disjoint" || mode == "rising") {  // list i gets the i-th slice of the range
            int width = 2 * V / k;
            if (mode == "disjoint") hi = V - i * width, lo = hi - width + 1;  // from the top down
            else lo = -V + i * width, hi = lo + width - 1;                     // from the bottom up
        }
        for (int& x : v) {
            if (mode == "equal") x = same;
            else if (mode == "extremes") x = draw(0, 1) ? V : -V;
            else x = draw(lo, hi);
        }
        sort(v.begin(), v.end());
    }
    judge_rt::Writer w;
    judge_rt::write(w, lists);
    printf("%s\n", w.str().c_str());
}
