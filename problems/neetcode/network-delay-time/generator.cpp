// Network Delay Time tests: generator N SEED MODE [E]. Prints times, n, k; links in random order.
// dense E: E random links, weights 0..100; sparse E: a random tree of links out of k plus
// random links up to E; hoptrap: a weight-1 chain 1 -> 2 -> ... -> n from k = 1 plus heavier
// shortcuts (few hops, long time) and backward links; unreachable E: dense, but one node
// has no incoming link; zero E: a tree out of k plus random links, all weights 0;
// chain: a weight-100 path through all nodes from k plus backward links (answer 99 * 100);
// heavy E: dense with weights 95..100.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    int e = argc > 4 ? atoi(argv[4]) : 0;
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    int k = draw(1, n);
    set<pair<int, int>> used;
    vector<vector<int>> t;
    auto add = [&](int u, int v, int w) {
        if (u != v && used.insert({u, v}).second) t.push_back({u, v, w});
    };
    vector<int> order(n);  // order[0] = k
    iota(order.begin(), order.end(), 1);
    shuffle(order.begin(), order.end(), rng);
    swap(order[0], *find(order.begin(), order.end(), k));
    int lo = 0, hi = 100;
    if (mode == "zero") hi = 0;
    if (mode == "heavy") lo = 95;
    if (mode == "sparse" || mode == "zero")
        for (int i = 1; i < n; ++i) add(order[draw(0, i - 1)], order[i], draw(lo, hi));
    if (mode == "hoptrap") {
        k = 1;
        for (int i = 1; i < n; ++i) add(i, i + 1, 1);
        for (int i = 1; i <= n; ++i)
            for (int j = i + 2; j <= n; ++j) add(i, j, draw(j - i + 1, 100));
        while ((int)t.size() < 6000) {
            int u = draw(2, n), v = draw(1, u - 1);
            add(u, v, draw(0, 100));
        }
    } else if (mode == "chain") {
        for (int i = 1; i < n; ++i) add(order[i - 1], order[i], 100);
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < i; ++j)
                if (draw(0, 1)) add(order[i], order[j], draw(0, 100));
    } else {
        int blocked = mode == "unreachable" ? order[draw(1, n - 1)] : 0;
        long long maxE = (long long)n * (n - 1) - (blocked ? n - 1 : 0);
        while ((int)t.size() < e && (long long)t.size() < maxE) {
            int u = draw(1, n), v = draw(1, n);
            if (v == blocked) continue;
            add(u, v, draw(lo, hi));
        }
    }
    shuffle(t.begin(), t.end(), rng);
    judge_rt::Writer w;
    judge_rt::write(w, t);
    printf("%s\n%d\n%d\n", w.str().c_str(), n, k);
}
