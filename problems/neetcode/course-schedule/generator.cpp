// Course Schedule tests: generator N SEED MODE [E]. Course numbers are shuffled, pairs listed
// in random order. dag: E distinct pairs consistent with a hidden order (acyclic);
// dag-cycle: like dag, plus one pair against that order among its last courses (a cycle);
// layered: N/2 layers of two courses, each course needing both courses of the next layer
// (2^(N/2) paths: plain DFS without memo explodes); layered-cycle: the same with the bottom
// layer's two courses needing each other; cycle: one cycle through all courses; chain: each
// course needs the next; none: no pairs; random: E distinct random pairs a != b.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    long long e = argc > 4 ? atoll(argv[4]) : 0;
    vector<int> label(n);  // label[k]: the course at position k of the hidden order
    iota(label.begin(), label.end(), 0);
    shuffle(label.begin(), label.end(), rng);
    auto draw = [&](long long a, long long b) { return uniform_int_distribution<long long>(a, b)(rng); };
    vector<pair<int, int>> pairs;  // positions [i, j]: course at i needs course at j
    set<pair<int, int>> used;
    auto add = [&](int i, int j) {
        if (used.insert({i, j}).second) pairs.push_back({i, j});
    };
    if (mode == "dag" || mode == "dag-cycle") {
        if (mode == "dag-cycle") add(n - 3, n - 6);
        while ((long long)pairs.size() < e - (mode == "dag-cycle")) {
            int i = draw(0, n - 1), j = draw(0, n - 1);
            if (i == j) continue;
            add(min(i, j), max(i, j));  // earlier position needs a later one
        }
        if (mode == "dag-cycle") add(n - 6, n - 3);
    } else if (mode == "layered" || mode == "layered-cycle") {
        for (int k = 0; k + 3 < n; k += 2)
            for (int a = k; a < k + 2; ++a)
                for (int b = k + 2; b < k + 4; ++b) add(a, b);
        if (mode == "layered-cycle") add(n - 2, n - 1), add(n - 1, n - 2);
    } else if (mode == "chain") {
        for (int k = 0; k + 1 < n; ++k) add(k, k + 1);
    } else if (mode == "cycle") {
        for (int k = 0; k < n; ++k) add(k, (k + 1) % n);
    } else if (mode == "random") {
        while ((long long)pairs.size() < e) {
            int i = draw(0, n - 1), j = draw(0, n - 1);
            if (i != j) add(i, j);
        }
    }
    shuffle(pairs.begin(), pairs.end(), rng);
    vector<vector<int>> pre;
    for (auto [i, j] : pairs) pre.push_back({label[i], label[j]});
    judge_rt::Writer w;
    judge_rt::write(w, pre);
    printf("%d\n%s\n", n, w.str().c_str());
}
