// Course Schedule II tests: generator N SEED MODE [E].
// dag: E distinct pairs consistent with a hidden random order (acyclic);
// dag-cycle: like dag, plus one reversed pair among the last courses of that order,
// so almost every course can be taken before the cycle blocks the rest (answer []);
// chain: each course needs the next one in a random order; cycle: one cycle through all
// courses; none: no prerequisites. Pairs are listed in random order.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    long long e = argc > 4 ? atoll(argv[4]) : 0;
    vector<int> order(n);  // order[k]: the course at position k of a valid schedule
    iota(order.begin(), order.end(), 0);
    shuffle(order.begin(), order.end(), rng);
    auto draw = [&](long long a, long long b) { return uniform_int_distribution<long long>(a, b)(rng); };
    vector<pair<int, int>> pairs;  // [a, b]: b before a
    if (mode == "dag" || mode == "dag-cycle") {
        e = min(e, (long long)n * (n - 1) / 2);
        unordered_set<long long> used;
        auto add = [&](int i, int j) {  // positions i < j: order[j] needs order[i]
            if (used.insert((long long)i * n + j).second) pairs.push_back({order[j], order[i]});
        };
        if (mode == "dag-cycle") add(n - 6, n - 3);
        while ((long long)pairs.size() < e) {
            long long i = draw(0, n - 1), j = draw(0, n - 1);
            if (i == j) continue;
            add(min(i, j), max(i, j));
        }
        if (mode == "dag-cycle") pairs.push_back({order[n - 6], order[n - 3]});  // the reverse pair
    } else if (mode == "chain") {
        for (int k = 0; k + 1 < n; ++k) pairs.push_back({order[k + 1], order[k]});
    } else if (mode == "cycle") {
        for (int k = 0; k < n; ++k) pairs.push_back({order[(k + 1) % n], order[k]});
    }
    shuffle(pairs.begin(), pairs.end(), rng);
    vector<vector<int>> pre;
    for (auto [a, b] : pairs) pre.push_back({a, b});
    judge_rt::Writer w;
    judge_rt::write(w, pre);
    printf("%d\n%s\n", n, w.str().c_str());
}
