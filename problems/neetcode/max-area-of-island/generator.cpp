// Max Area of Island grids: generator M N SEED MODE [PERCENT].
// land: all 1; checker: 1 where (i + j) is even (only corner contacts); snake: full rows joined
// alternately at the right and left ends (one island of about half the grid, a long thin path);
// spiral: a one-cell-wide spiral from the top-left corner inwards; comb: a full bottom row with
// teeth going up every other column; diagonal: width-2 anti-diagonal stripes (they touch only
// at corners); random: land with probability PERCENT%.
int main(int argc, char** argv) {
    int m = atoi(argv[1]), n = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    int percent = argc > 5 ? atoi(argv[5]) : 50;
    vector<vector<int>> g(m, vector<int>(n, 0));
    auto in = [&](int r, int c) { return r >= 0 && c >= 0 && r < m && c < n; };
    for (int i = 0; i < m; ++i)
        for (int j = 0; j < n; ++j) {
            bool land = false;
            if (mode == "land") land = true;
            else if (mode == "checker") land = (i + j) % 2 == 0;
            else if (mode == "snake") land = i % 2 == 0 || j == ((i / 2) % 2 == 0 ? n - 1 : 0);
            else if (mode == "comb") land = i == m - 1 || j % 2 == 0;
            else if (mode == "diagonal") land = (i + j) % 4 < 2;
            else if (mode == "random") land = (int)(rng() % 100) < percent;
            g[i][j] = land;
        }
    if (mode == "spiral") {
        // Walk forward while the cell two steps ahead is not land; turn right when blocked.
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
    }
    judge_rt::Writer w;
    judge_rt::write(w, g);
    printf("%s\n", w.str().c_str());
}
