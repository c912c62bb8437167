// Valid Sudoku boards: generator SEED MODE DENSITY.
// A random solved grid (a base pattern with digits, rows inside bands, columns inside
// stacks, bands and stacks shuffled) keeps each cell with probability DENSITY%.
// valid: nothing more. row / column / box: one digit is written twice into one row /
// column / box so that the two cells share nothing else (different boxes for row and
// column, different row and column for box); every other copy of that digit in the
// affected rows, columns and boxes is cleared, so this is the only conflict.
int main(int argc, char** argv) {
    mt19937_64 rng(atoll(argv[1]));
    string mode = argv[2];
    int density = atoi(argv[3]);
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    auto perm3 = [&](int base) { vector<int> p = {base, base + 1, base + 2}; shuffle(p.begin(), p.end(), rng); return p; };
    vector<int> digits(9), rows, cols, bands = perm3(0), stacks = perm3(0);
    iota(digits.begin(), digits.end(), 1);
    shuffle(digits.begin(), digits.end(), rng);
    for (int b : bands) for (int r : perm3(b * 3)) rows.push_back(r);
    for (int s : stacks) for (int c : perm3(s * 3)) cols.push_back(c);
    vector<vector<char>> g(9, vector<char>(9, '.'));
    for (int i = 0; i < 9; ++i)
        for (int j = 0; j < 9; ++j)
            if (draw(1, 100) <= density) {
                int r = rows[i], c = cols[j];
                g[i][j] = (char)('0' + digits[(r * 3 + r / 3 + c) % 9]);
            }
    if (mode != "valid") {
        int r1, c1, r2, c2;
        for (;;) {
            r1 = draw(0, 8), c1 = draw(0, 8), r2 = draw(0, 8), c2 = draw(0, 8);
            bool sameBox = r1 / 3 == r2 / 3 && c1 / 3 == c2 / 3;
            if (mode == "row" && r1 == r2 && !sameBox) break;
            if (mode == "column" && c1 == c2 && !sameBox) break;
            if (mode == "box" && sameBox && r1 != r2 && c1 != c2) break;
        }
        char d = (char)('0' + draw(1, 9));
        for (int i = 0; i < 9; ++i)
            for (int j = 0; j < 9; ++j) {
                bool sees = false;
                for (auto [r, c] : {pair{r1, c1}, pair{r2, c2}})
                    sees |= i == r || j == c || (i / 3 == r / 3 && j / 3 == c / 3);
                if (sees && g[i][j] == d) g[i][j] = '.';
            }
        g[r1][c1] = g[r2][c2] = d;
    }
    judge_rt::Writer w;
    judge_rt::write(w, g);
    printf("%s\n", w.str().c_str());
}
