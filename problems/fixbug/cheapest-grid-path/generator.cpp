// generator M N SEED MODE: random costs; left (the first column is cheap,
// so the best path runs down it); zero-column (first column all zeros but
// the start, the rest expensive).
int main(int argc, char** argv) {
    int m = atoi(argv[1]), n = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    auto pick = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<vector<int>> g(m, vector<int>(n));
    for (int i = 0; i < m; ++i)
        for (int j = 0; j < n; ++j) {
            if (mode == "left") g[i][j] = j == 0 ? pick(0, 5) : pick(20, 100);
            else if (mode == "zero-column") g[i][j] = j == 0 ? 0 : pick(50, 100);
            else g[i][j] = pick(0, 100);
        }
    judge_rt::Writer w;
    judge_rt::write(w, g);
    printf("%s\n", w.str().c_str());
}
