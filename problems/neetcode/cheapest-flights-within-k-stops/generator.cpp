// Cheapest Flights Within K Stops tests: generator N SEED MODE [E]. Prints n, flights, src, dst, k.
// random E: E random flights, prices 1..10^4, k in 0..9;
// dag: every flight i -> j (i < j), price growing with j - i; 0 -> n-1 with k = n - 2, so the
//   cheapest route takes every single step (2^(n-2) routes for a search over all paths);
// chain: a price-1 chain 0 -> 1 -> ... -> n-1 plus pricey shortcuts, k in 5..30;
// inplace: the same chain listed first, in route order, plus pricey shortcuts, k = 3: relaxing
//   prices in place inside a round runs along the whole chain in one round;
// toofar: cities in layers, flights never skip a layer forward; dst is 30 layers away and
//   k = 28, so it cannot be reached in time (answer -1);
// expensive E: like random, with every price in 9900..10^4.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    int e = argc > 4 ? atoi(argv[4]) : 0;
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    set<pair<int, int>> used;
    vector<vector<int>> f;
    auto add = [&](int a, int b, int p) {
        if (a != b && used.insert({a, b}).second) f.push_back({a, b, p});
    };
    const int maxE = n * (n - 1) / 2;
    int src = draw(0, n - 1), dst, k;
    do dst = draw(0, n - 1);
    while (dst == src);
    k = draw(0, 9);
    bool keepOrder = false;
    size_t fixedPrefix = 0;
    if (mode == "random" || mode == "expensive") {
        int lo = mode == "expensive" ? 9900 : 1;
        while ((int)f.size() < min(e, maxE)) add(draw(0, n - 1), draw(0, n - 1), draw(lo, 10000));
    } else if (mode == "dag") {
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j) add(i, j, min(10000, (j - i) * (j - i) * 10 + draw(0, 9)));
        src = 0, dst = n - 1, k = n - 2;
    } else if (mode == "chain" || mode == "inplace") {
        for (int i = 0; i + 1 < n; ++i) add(i, i + 1, 1);
        fixedPrefix = f.size();
        while ((int)f.size() < 2000) {
            int a = draw(0, n - 2), b = draw(a + 1, n - 1);
            add(a, b, draw(b - a, 10000));
        }
        src = 0, dst = n - 1;
        k = mode == "inplace" ? 3 : draw(5, 30);
        keepOrder = mode == "inplace";
    } else if (mode == "toofar") {
        const int L = 30;
        vector<int> layer(n);
        for (int v = 0; v < n; ++v) layer[v] = v <= L ? v : draw(0, L);  // cities 0..L form a chain
        for (int v = 0; v < L; ++v) add(v, v + 1, draw(1, 10000));
        while ((int)f.size() < 3000) {
            int a = draw(0, n - 1), b = draw(0, n - 1);
            if (layer[b] <= layer[a] + 1) add(a, b, draw(1, 10000));
        }
        src = 0, dst = L, k = L - 2;
    }
    if (keepOrder) shuffle(f.begin() + fixedPrefix, f.end(), rng);
    else shuffle(f.begin(), f.end(), rng);
    // relabel cities at random (keeping the in-place chain's order in the list)
    vector<int> id(n);
    iota(id.begin(), id.end(), 0);
    shuffle(id.begin(), id.end(), rng);
    for (auto& x : f) x[0] = id[x[0]], x[1] = id[x[1]];
    judge_rt::Writer w;
    judge_rt::write(w, f);
    printf("%d\n%s\n%d\n%d\n%d\n", n, w.str().c_str(), id[src], id[dst], k);
}
