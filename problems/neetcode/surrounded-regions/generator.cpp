// Surrounded Regions boards: generator M N SEED MODE [PERCENT].
// all-o / all-x: uniform boards; enclosed: an 'X' frame around an all-'O' inside (one huge
// captured region: per-cell searches rescan it for every cell); snakes: winding one-cell-wide
// 'O' corridors, one opening onto the border at its far end, one sealed (deep searches);
// random: 'O' with probability PERCENT%; checker: 'O' where (i + j) is even; rings:
// concentric square rings alternating 'O' and 'X', each 'O' ring with a random gap towards
// the next 'X' ring.
int main(int argc, char** argv) {
    int m = atoi(argv[1]), n = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    int percent = argc > 5 ? atoi(argv[5]) : 50;
    vector<vector<char>> b(m, vector<char>(n, 'X'));
    for (int i = 0; i < m; ++i)
        for (int j = 0; j < n; ++j) {
            bool o = false;
            int ring = min(min(i, j), min(m - 1 - i, n - 1 - j));
            if (mode == "all-o") o = true;
            else if (mode == "enclosed") o = ring > 0;
            else if (mode == "checker") o = (i + j) % 2 == 0;
            else if (mode == "random") o = (int)(rng() % 100) < percent;
            else if (mode == "rings") o = ring % 2 == 0;
            b[i][j] = o ? 'O' : 'X';
        }
    if (mode == "snakes") {
        // Top half: a corridor through rows 1, 3, 5, ... joined alternately at columns n-2 and 1,
        // opened to the border only at the very end. Bottom half: the same, but sealed.
        auto snake = [&](int top, int bottom, bool open) {
            int last = top;
            for (int r = top; r <= bottom; r += 2) {
                for (int c = 1; c <= n - 2; ++c) b[r][c] = 'O';
                if (r + 2 <= bottom) b[r + 1][((r - top) / 2) % 2 == 0 ? n - 2 : 1] = 'O';
                last = r;
            }
            if (open) b[last][((last - top) / 2) % 2 == 0 ? n - 1 : 0] = 'O';
        };
        snake(1, m / 2 - 2, true);
        snake(m / 2 + 1, m - 2, false);
    }
    if (mode == "rings") {
        // Punch one random gap in each 'X' ring, letting the next 'O' ring inwards escape.
        for (int k = 1; 2 * k < min(m, n); k += 2) {
            if (rng() % 2) continue;  // about half of the 'X' rings stay closed
            int side = rng() % 4, len = (side % 2 == 0 ? n : m) - 2 * k;
            if (len <= 2) continue;
            int p = k + 1 + (int)(rng() % (len - 2));
            if (side == 0) b[k][p] = 'O';
            else if (side == 1) b[p][n - 1 - k] = 'O';
            else if (side == 2) b[m - 1 - k][p] = 'O';
            else b[p][k] = 'O';
        }
    }
    judge_rt::Writer w;
    judge_rt::write(w, b);
    printf("%s\n", w.str().c_str());
}
