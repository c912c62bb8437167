// generator ROWS COLS SEED MODE: random rows; last (the heaviest row is the
// last one); negative (all values negative); ties (several rows share the
// largest sum, the first of them not row 0).
int main(int argc, char** argv) {
    int m = atoi(argv[1]), n = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    auto pick = [&](long long a, long long b) { return uniform_int_distribution<long long>(a, b)(rng); };
    vector<vector<long long>> g(m);
    for (auto& row : g) {
        row.resize(pick(1, n));
        for (auto& x : row) x = mode == "negative" ? pick(-1000000000, -1) : pick(-1000000000, 1000000000);
    }
    if (mode == "last") g[m - 1] = vector<long long>(n, 1000000000);
    if (mode == "ties") {
        vector<long long> top(n, 1000000000);
        for (int r : {m / 3, m / 2, m - 1}) g[r] = top;
    }
    judge_rt::Writer w;
    judge_rt::write(w, g);
    printf("%s\n", w.str().c_str());
}
