// Connected-components tests: generator N SEED MODE [E]; labels shuffled, each edge written
// as [smaller, larger], edges in random order unless said otherwise.
// random: E distinct random edges; forest: a random forest with E edges (N - E trees);
// cliques: cliques of 4 nodes (6 edges each, many cycles) until E edges are used;
// path: a path through all nodes in label order, edges listed from the far end back
// (deep chains for a union-find that links nodes instead of roots);
// star: node 0 joined to every other node; core: E edges inside the ~100 lowest-ranked
// nodes, the rest isolated; two: E random edges, each inside one of two halves.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    long long e = argc > 4 ? atoll(argv[4]) : 0;
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<int> label(n);
    iota(label.begin(), label.end(), 0);
    bool relabel = mode != "path" && mode != "star";
    if (relabel) shuffle(label.begin(), label.end(), rng);
    vector<pair<int, int>> out;
    set<pair<int, int>> used;
    auto add = [&](int a, int b) {
        if (a == b) return false;
        a = label[a], b = label[b];
        if (a > b) swap(a, b);
        if (!used.insert({a, b}).second) return false;
        out.push_back({a, b});
        return true;
    };
    if (mode == "random") {
        while ((long long)out.size() < e) add(draw(0, n - 1), draw(0, n - 1));
    } else if (mode == "forest") {
        // nodes 1..e each get a parent among the lower nodes; nodes above e start new trees
        for (int v = 1; v <= e; ++v) add(v, draw(0, v - 1));
    } else if (mode == "cliques") {
        for (int base = 0; base + 4 <= n && (long long)out.size() + 6 <= e; base += 4)
            for (int a = base; a < base + 4; ++a)
                for (int b = a + 1; b < base + 4; ++b) add(a, b);
    } else if (mode == "path") {
        for (int v = n - 1; v > 0; --v) add(v - 1, v);
    } else if (mode == "star") {
        for (int v = 1; v < n; ++v) add(0, v);
    } else if (mode == "core") {
        while ((long long)out.size() < e) add(draw(0, 99), draw(0, 99));
    } else if (mode == "two") {
        int h = n / 2;
        while ((long long)out.size() < e) {
            if (rng() & 1) add(draw(0, h - 1), draw(0, h - 1));
            else add(draw(h, n - 1), draw(h, n - 1));
        }
    }
    if (mode != "path") shuffle(out.begin(), out.end(), rng);
    vector<vector<int>> edges;
    for (auto [a, b] : out) edges.push_back({a, b});
    judge_rt::Writer w;
    judge_rt::write(w, edges);
    printf("%d\n%s\n", n, w.str().c_str());
}
