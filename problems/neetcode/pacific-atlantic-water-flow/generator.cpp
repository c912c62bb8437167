// Pacific Atlantic tests: generator M N SEED MODE [H].
// random: heights uniform in [0, H]; flat: one random height everywhere (every cell drains to
// both oceans); wall: height 0 everywhere except 10^5 on the bottom row and right column
// (a plateau that reaches the Pacific but never the Atlantic: per-cell searches cover it all);
// snake: a one-cell-wide corridor winding row by row, rising by 1 per step from a Pacific cell
// on the left edge to an opening onto the Atlantic, between walls of height 10^5 (the climb
// from the Pacific follows all of it: deep recursion); bowl: 1000 x (Chebyshev distance from
// the centre), so everything drains inwards; slope: 250 x (r + c), rising towards the Atlantic;
// peak: 10^5 - 500 x (Chebyshev distance from the centre) - random(0..499).
int main(int argc, char** argv) {
    int m = atoi(argv[1]), n = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    int h = argc > 5 ? atoi(argv[5]) : 100000;
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<vector<int>> g(m, vector<int>(n, 0));
    if (mode == "random") {
        for (auto& row : g)
            for (int& x : row) x = draw(0, h);
    } else if (mode == "flat") {
        int v = draw(0, 100000);
        for (auto& row : g)
            for (int& x : row) x = v;
    } else if (mode == "wall") {
        for (int r = 0; r < m; ++r)
            for (int c = 0; c < n; ++c) g[r][c] = (r == m - 1 || c == n - 1) ? 100000 : 0;
    } else if (mode == "snake") {
        // Corridor rows 1, 3, 5, ... over columns 1..n-2, joined alternately at columns n-2 and 1;
        // it starts at the Pacific cell (1, 0) and ends with an opening onto the Atlantic edge.
        for (auto& row : g)
            for (int& x : row) x = 100000;
        int step = 0, last = 1;
        g[1][0] = step++;
        for (int r = 1; r <= m - 2; r += 2) {
            bool rightward = (r / 2) % 2 == 0;
            for (int k = 1; k <= n - 2; ++k) g[r][rightward ? k : n - 1 - k] = step++;
            if (r + 2 <= m - 2) g[r + 1][rightward ? n - 2 : 1] = step++;
            last = r;
        }
        if ((last / 2) % 2 == 0) g[last][n - 1] = step;  // the corridor ends on the right edge,
        else
            for (int r = last + 1; r < m; ++r) g[r][1] = step++;  // or runs down to the bottom edge
    } else if (mode == "bowl" || mode == "peak") {
        for (int r = 0; r < m; ++r)
            for (int c = 0; c < n; ++c) {
                int d = max(abs(2 * r - (m - 1)), abs(2 * c - (n - 1))) / 2;
                g[r][c] = mode == "bowl" ? 1000 * d : 100000 - 500 * d - draw(0, 499);
            }
    } else if (mode == "slope") {
        for (int r = 0; r < m; ++r)
            for (int c = 0; c < n; ++c) g[r][c] = 250 * (r + c);
    }
    judge_rt::Writer w;
    judge_rt::write(w, g);
    printf("%s\n", w.str().c_str());
}
