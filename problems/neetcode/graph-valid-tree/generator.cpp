// Graph Valid Tree tests: generator N SEED MODE [E]; labels shuffled, each edge's two ends in
// random order, edges in random order.
// tree: a random recursive tree (true); tree-plus: that tree plus one more edge (false);
// cycle-forest: a cycle on 50 nodes plus a tree on the rest, n - 1 edges in all (false);
// forest: two trees, n - 2 edges, no cycle (false); random: E distinct random edges (false);
// path / star: a path or a star through all nodes (true); cut: a deep random tree with one
// edge replaced by an edge inside the larger part (n - 1 edges, a cycle, and a node cut off).
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    long long e = argc > 4 ? atoll(argv[4]) : 0;
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<int> label(n);
    iota(label.begin(), label.end(), 0);
    shuffle(label.begin(), label.end(), rng);
    vector<pair<int, int>> out;
    set<pair<int, int>> used;
    auto add = [&](int a, int b) {
        if (a == b || !used.insert({min(a, b), max(a, b)}).second) return false;
        out.push_back({a, b});
        return true;
    };
    if (mode == "tree" || mode == "tree-plus") {
        for (int v = 1; v < n; ++v) add(v, draw(0, v - 1));
        if (mode == "tree-plus") while (!add(draw(0, n - 1), draw(0, n - 1))) {}
    } else if (mode == "cycle-forest") {
        // a cycle on nodes 0..49 (50 edges) and a tree on nodes 50..n-1 (n - 51 edges)
        for (int v = 0; v < 50; ++v) add(v, (v + 1) % 50);
        for (int v = 51; v < n; ++v) add(v, draw(50, v - 1));
    } else if (mode == "forest") {
        for (int v = 1; v < n; ++v) if (v != n / 2) add(v, draw(0, v - 1));
    } else if (mode == "random") {
        while ((long long)out.size() < e) add(draw(0, n - 1), draw(0, n - 1));
    } else if (mode == "path") {
        for (int v = 1; v < n; ++v) add(v - 1, v);
    } else if (mode == "star") {
        for (int v = 1; v < n; ++v) add(0, v);
    } else if (mode == "cut") {
        for (int v = 1; v < n; ++v) add(v, draw(max(0, v - 3), v - 1));
        // cut node n-1 off and add an edge between two nodes near the root instead
        out.pop_back();
        while (!add(draw(0, 20), draw(0, 20))) {}
    }
    for (auto& [a, b] : out) {
        a = label[a], b = label[b];
        if (rng() & 1) swap(a, b);
    }
    shuffle(out.begin(), out.end(), rng);
    vector<vector<int>> edges;
    for (auto [a, b] : out) edges.push_back({a, b});
    judge_rt::Writer w;
    judge_rt::write(w, edges);
    printf("%d\n%s\n", n, w.str().c_str());
}
