// Redundant Connection tests: generator N SEED MODE, a tree on nodes 1..N plus one extra edge,
// node labels shuffled, each edge written as [smaller, larger].
// random: random recursive tree plus a random extra edge, edges in random order;
// ring: a single cycle through all N nodes, edges in random order;
// path: a path through all nodes in order, closed by the last edge;
// triangle: a random tree whose extra edge closes a triangle, edges in random order;
// star: a star plus one edge between two leaves, that edge placed in the middle of the list;
// longcycle: a cycle through ~N/2 nodes with trees hanging off it, the cycle's edges listed
// first in random order and the tree edges after; caterpillar: a long spine with a leaf on
// every spine node, the extra edge joining the two spine ends, edges in random order.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<int> label(n + 1);
    iota(label.begin(), label.end(), 0);
    shuffle(label.begin() + 1, label.end(), rng);
    vector<pair<int, int>> e;  // on positions 1..n before relabelling
    set<pair<int, int>> used;
    auto add = [&](int a, int b) {
        if (a > b) swap(a, b);
        if (a == b || !used.insert({a, b}).second) return false;
        e.push_back({a, b});
        return true;
    };
    bool shuffleAll = true;
    if (mode == "random" || mode == "triangle") {
        vector<int> par(n + 1, 0);
        for (int v = 2; v <= n; ++v) add(v, par[v] = draw(1, v - 1));
        if (mode == "random") {
            while (!add(draw(1, n), draw(1, n))) {}
        } else {
            // a node with a grandparent: join it to the grandparent
            for (;;) {
                int v = draw(3, n), g = par[par[v]];
                if (g >= 1 && add(v, g)) break;
            }
        }
    } else if (mode == "ring") {
        for (int v = 1; v <= n; ++v) add(v, v % n + 1);
    } else if (mode == "path") {
        for (int v = 1; v < n; ++v) add(v, v + 1);
        add(1, n);
        shuffleAll = false;
    } else if (mode == "star") {
        for (int v = 2; v <= n; ++v) add(1, v);
        int a = draw(2, n), b;
        do b = draw(2, n); while (b == a);
        add(a, b);
        auto extra = e.back();
        e.pop_back();
        shuffle(e.begin(), e.end(), rng);
        e.insert(e.begin() + e.size() / 2, extra);
        shuffleAll = false;
    } else if (mode == "longcycle") {
        int c = n / 2;
        for (int v = 1; v <= c; ++v) add(v, v % c + 1);
        shuffle(e.begin(), e.end(), rng);
        vector<pair<int, int>> tree;
        for (int v = c + 1; v <= n; ++v) tree.push_back({draw(1, v - 1), v});
        shuffle(tree.begin(), tree.end(), rng);
        for (auto [a, b] : tree) add(a, b);
        shuffleAll = false;
    } else if (mode == "caterpillar") {
        int spine = n / 2;
        for (int v = 1; v < spine; ++v) add(v, v + 1);
        for (int v = spine + 1; v <= n; ++v) add(v - spine, v);
        add(1, spine);
    }
    if (shuffleAll) shuffle(e.begin(), e.end(), rng);
    vector<vector<int>> out;
    for (auto [a, b] : e) {
        int x = label[a], y = label[b];
        out.push_back({min(x, y), max(x, y)});
    }
    judge_rt::Writer w;
    judge_rt::write(w, out);
    printf("%s\n", w.str().c_str());
}
