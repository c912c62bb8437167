// Rotting Oranges grids: generator M N SEED MODE.
// random: 10% empty, 4% rotten, the rest fresh (at least one rotten);
// snake: a one-cell-wide winding path of fresh oranges, rotten at its start (longest answer);
// corner: all fresh except a rotten orange in the top-left corner;
// sources: no empty cells, about 5 rotten oranges scattered among fresh ones;
// walled: like random, plus one fresh orange boxed in by empty cells (answer -1);
// rotten: every orange rotten already (answer 0);
// spiral: a one-cell-wide spiral path from the top-left corner inwards, rotten at its start.
int main(int argc, char** argv) {
    int m = atoi(argv[1]), n = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    auto pct = [&]() { return (int)(rng() % 100); };
    vector<vector<int>> g(m, vector<int>(n, 1));
    auto in = [&](int r, int c) { return r >= 0 && c >= 0 && r < m && c < n; };
    if (mode == "random" || mode == "walled") {
        for (auto& row : g)
            for (int& x : row) {
                int p = pct();
                x = p < 10 ? 0 : p < 14 ? 2 : 1;
            }
        g[rng() % m][rng() % n] = 2;
        if (mode == "walled") {
            int r = rng() % m, c = rng() % n;
            g[r][c] = 1;
            const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
            for (int d = 0; d < 4; ++d)
                if (in(r + dr[d], c + dc[d])) g[r + dr[d]][c + dc[d]] = 0;
            // keep a rotten orange somewhere outside the box
            int rr, cc;
            do { rr = rng() % m, cc = rng() % n; } while (abs(rr - r) + abs(cc - c) <= 1);
            g[rr][cc] = 2;
        }
    } else if (mode == "snake") {
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < n; ++j)
                g[i][j] = (i % 2 == 0 || j == ((i / 2) % 2 == 0 ? n - 1 : 0)) ? 1 : 0;
        g[0][0] = 2;
    } else if (mode == "corner") {
        g[0][0] = 2;
    } else if (mode == "sources") {
        for (int k = 0; k < 5; ++k) g[rng() % m][rng() % n] = 2;
    } else if (mode == "rotten") {
        for (auto& row : g) fill(row.begin(), row.end(), 2);
    } else if (mode == "spiral") {
        for (auto& row : g) fill(row.begin(), row.end(), 0);
        const int dr[4] = {0, 1, 0, -1}, dc[4] = {1, 0, -1, 0};
        int r = 0, c = 0, d = 0;
        g[0][0] = 1;
        auto can = [&](int dir) {
            int r1 = r + dr[dir], c1 = c + dc[dir], r2 = r1 + dr[dir], c2 = c1 + dc[dir];
            return in(r1, c1) && g[r1][c1] == 0 && !(in(r2, c2) && g[r2][c2] == 1);
        };
        for (;;) {
            if (!can(d)) {
                d = (d + 1) % 4;
                if (!can(d)) break;
            }
            r += dr[d], c += dc[d];
            g[r][c] = 1;
        }
        g[0][0] = 2;
    }
    judge_rt::Writer w;
    judge_rt::write(w, g);
    printf("%s\n", w.str().c_str());
}
