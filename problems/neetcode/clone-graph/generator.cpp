// Clone Graph tests: generator N SEED MODE [EXTRA]. Connected, undirected, simple graphs on
// values 1..N with labels and every neighbour list shuffled.
// complete: all pairs; random: a random spanning tree plus EXTRA more distinct edges;
// path / cycle: one long path / cycle; star: a hub with N-1 leaves (node 1 is a leaf); tree: a random tree.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    long long extra = argc > 4 ? atoll(argv[4]) : 0;
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    set<pair<int, int>> edges;  // on positions 0..n-1, a < b
    auto add = [&](int a, int b) { if (a != b) edges.insert({min(a, b), max(a, b)}); };
    if (mode == "complete") {
        for (int a = 0; a < n; ++a)
            for (int b = a + 1; b < n; ++b) add(a, b);
    } else if (mode == "path" || mode == "cycle") {
        for (int a = 0; a + 1 < n; ++a) add(a, a + 1);
        if (mode == "cycle" && n >= 3) add(0, n - 1);
    } else if (mode == "star") {
        for (int a = 1; a < n; ++a) add(0, a);
    } else {  // tree / random: attach each position to a random earlier one
        for (int a = 1; a < n; ++a) add(a, draw(0, a - 1));
        long long target = min<long long>((long long)edges.size() + extra, (long long)n * (n - 1) / 2);
        while ((long long)edges.size() < target) add(draw(0, n - 1), draw(0, n - 1));
    }
    // Random labels; in star mode keep the hub away from label 1 so the start is a leaf.
    vector<int> label(n);
    iota(label.begin(), label.end(), 1);
    shuffle(label.begin(), label.end(), rng);
    if (mode == "star" && n >= 2 && label[0] == 1) swap(label[0], label[1]);
    vector<vector<int>> adj(n);
    for (auto [a, b] : edges) {
        adj[label[a] - 1].push_back(label[b]);
        adj[label[b] - 1].push_back(label[a]);
    }
    for (auto& list : adj) shuffle(list.begin(), list.end(), rng);
    judge_rt::Writer w;
    judge_rt::write(w, adj);
    printf("%s\n", w.str().c_str());
}
