// generator M N SEED MODE: open (no walls), sparse (about 20% walls, corners
// free), blocked (a full wall line cuts the grid), snake (walls force a path
// that winds through every other row).
int main(int argc, char** argv) {
    int m = atoi(argv[1]), n = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    vector<vector<int>> g(m, vector<int>(n, 0));
    if (mode == "sparse") {
        for (auto& row : g)
            for (int& x : row) x = uniform_int_distribution<int>(0, 4)(rng) == 0;
    } else if (mode == "blocked") {
        for (auto& row : g)
            for (int& x : row) x = uniform_int_distribution<int>(0, 9)(rng) == 0;
        for (int c = 0; c < n; ++c) g[m / 2][c] = 1;
    } else if (mode == "snake") {
        for (int r = 1; r < m; r += 2) {
            for (int c = 0; c < n; ++c) g[r][c] = 1;
            g[r][(r / 2) % 2 ? 0 : n - 1] = 0;
        }
    }
    g[0][0] = 0;
    g[m - 1][n - 1] = 0;
    judge_rt::Writer w;
    judge_rt::write(w, g);
    printf("%s\n", w.str().c_str());
}
