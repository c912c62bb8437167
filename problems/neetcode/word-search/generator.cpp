// Word Search tests: generator M N SEED MODE (words have the maximum length 15).
// fill-missing: all 'A', word 14 x 'A' then 'B' (no 'B' on the board: false);
// fill-far-b: all 'A' but 'B' and 'C' in opposite corners, word 13 x 'A' + "BC" (false);
// snake: letters from {A, B} along the row-by-row snake, word = 15 snake cells in a row (true);
// binary: random {A, B} board, random {A, B} word; path: random letters from {a, A, b, B},
// word read along a random self-avoiding walk (true); case: all 'a' with 'A' in two
// neighbouring cells, word "A" + 13 x 'a' + "A" (false: the ends are adjacent, the path is even);
// middle: all 'A' with 'B' in the centre, word 7 x 'A' + 'B' + 7 x 'A' (true).
int main(int argc, char** argv) {
    int m = atoi(argv[1]), n = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<vector<char>> g(m, vector<char>(n, 'A'));
    string word;
    if (mode == "fill-missing") {
        word = string(14, 'A') + "B";
    } else if (mode == "fill-far-b") {
        g[0][0] = 'B', g[m - 1][n - 1] = 'C';
        word = string(13, 'A') + "BC";
    } else if (mode == "snake") {
        vector<pair<int, int>> order;
        for (int i = 0; i < m; ++i)
            for (int k = 0; k < n; ++k) order.push_back({i, i % 2 == 0 ? k : n - 1 - k});
        for (auto [r, c] : order) g[r][c] = "AB"[draw(0, 1)];
        int start = draw(0, (int)order.size() - 15);
        for (int k = start; k < start + 15; ++k) word += g[order[k].first][order[k].second];
    } else if (mode == "binary") {
        for (auto& row : g)
            for (char& ch : row) ch = "AB"[draw(0, 1)];
        for (int k = 0; k < 15; ++k) word += "AB"[draw(0, 1)];
    } else if (mode == "path") {
        for (auto& row : g)
            for (char& ch : row) ch = "aAbB"[draw(0, 3)];
        const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
        for (;;) {  // random self-avoiding walk of 15 cells, retried until one gets that long
            vector<vector<bool>> used(m, vector<bool>(n, false));
            int r = draw(0, m - 1), c = draw(0, n - 1);
            string w(1, g[r][c]);
            used[r][c] = true;
            while ((int)w.size() < 15) {
                vector<int> ok;
                for (int d = 0; d < 4; ++d) {
                    int a = r + dr[d], b = c + dc[d];
                    if (a >= 0 && b >= 0 && a < m && b < n && !used[a][b]) ok.push_back(d);
                }
                if (ok.empty()) break;
                int d = ok[draw(0, (int)ok.size() - 1)];
                r += dr[d], c += dc[d];
                used[r][c] = true;
                w += g[r][c];
            }
            if ((int)w.size() == 15) { word = w; break; }
        }
    } else if (mode == "case") {
        for (auto& row : g)
            for (char& ch : row) ch = 'a';
        int r = draw(0, m - 1), c = draw(0, n - 2);
        g[r][c] = g[r][c + 1] = 'A';
        word = "A" + string(13, 'a') + "A";
    } else if (mode == "middle") {
        g[m / 2][n / 2] = 'B';
        word = string(7, 'A') + "B" + string(7, 'A');
    }
    judge_rt::Writer w;
    judge_rt::write(w, g);
    printf("%s\n\"%s\"\n", w.str().c_str(), word.c_str());
}
