// Walls and Gates grids: generator M N SEED MODE (INF = 2147483647 for an empty room).
// random: 20% walls, 1% gates, the rest rooms; corner: all rooms, one gate top-left;
// nogates: all rooms, a few walls, no gate (every room stays INF);
// manygates: 30% gates, 10% walls; snake: a one-cell-wide winding corridor between walls
// with a gate at its start (distances up to ~31000); column: gates down the left edge,
// rooms elsewhere; pillars: a wall on every cell with odd row and odd column, 0.2% gates.
int main(int argc, char** argv) {
    int m = atoi(argv[1]), n = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    const int INF = 2147483647;
    auto pct = [&]() { return (int)(rng() % 1000); };  // per mille
    vector<vector<int>> g(m, vector<int>(n, INF));
    for (int i = 0; i < m; ++i)
        for (int j = 0; j < n; ++j) {
            int p = pct();
            int& x = g[i][j];
            if (mode == "random") x = p < 200 ? -1 : p < 210 ? 0 : INF;
            else if (mode == "nogates") x = p < 30 ? -1 : INF;
            else if (mode == "manygates") x = p < 100 ? -1 : p < 400 ? 0 : INF;
            else if (mode == "snake") x = (i % 2 == 0 || j == ((i / 2) % 2 == 0 ? n - 1 : 0)) ? INF : -1;
            else if (mode == "column") x = j == 0 ? 0 : INF;
            else if (mode == "pillars") x = (i % 2 == 1 && j % 2 == 1) ? -1 : p < 2 ? 0 : INF;
        }
    if (mode == "corner" || mode == "snake") g[0][0] = 0;
    judge_rt::Writer w;
    judge_rt::write(w, g);
    printf("%s\n", w.str().c_str());
}
