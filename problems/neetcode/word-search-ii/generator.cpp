// Word Search II tests: generator ROWS COLS SEED MODE WORDS (all words distinct, lengths 1..10).
// random: uniform letters; words half from self-avoiding board paths, half random strings.
// killer: 'a' everywhere except one cell each for 'b'..'z'; words are a long run of 'a' followed by
//   other letters, so a separate search per word walks the a-region again and again.
// binary: letters 'a'/'b'; every a/b word of length 1..10 plus random words.
// paths: letters from 'a'..'e'; words from self-avoiding paths, some changed in one letter.
// single: all 'a'; words a, aa, ..., a^10 plus random words without 'a'.
// revisits: letters from 'a'..'d'; half the words are walks that step back onto a used cell.
int main(int argc, char** argv) {
    int R = atoi(argv[1]), C = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    int W = atoi(argv[5]);
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    int alpha = mode == "binary" ? 2 : mode == "paths" ? 5 : mode == "revisits" ? 4 : 26;
    vector<vector<char>> b(R, vector<char>(C));
    for (auto& row : b) for (char& ch : row) ch = mode == "killer" || mode == "single" ? 'a' : char('a' + draw(0, alpha - 1));
    if (mode == "killer") {
        vector<int> cells(R * C);
        iota(cells.begin(), cells.end(), 0);
        shuffle(cells.begin(), cells.end(), rng);
        for (int i = 0; i < 25; ++i) b[cells[i] / C][cells[i] % C] = char('b' + i);
    }
    set<string> seen;
    vector<string> words;
    auto put = [&](const string& w) {
        if (w.empty() || w.size() > 10 || (int)words.size() >= W) return;
        if (seen.insert(w).second) words.push_back(w);
    };
    auto randomWord = [&](int lo, int hi, int a) {
        string w;
        int len = draw(lo, hi);
        for (int i = 0; i < len; ++i) w += char('a' + draw(0, a - 1));
        return w;
    };
    const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
    // A walk on the board; selfAvoiding = false lets it step back onto a used cell.
    auto walk = [&](int len, bool selfAvoiding) {
        int r = draw(0, R - 1), c = draw(0, C - 1);
        vector<vector<char>> used(R, vector<char>(C, 0));
        string w(1, b[r][c]);
        used[r][c] = 1;
        while ((int)w.size() < len) {
            vector<int> opts;
            for (int d = 0; d < 4; ++d) {
                int nr = r + dr[d], nc = c + dc[d];
                if (nr < 0 || nr >= R || nc < 0 || nc >= C) continue;
                if (selfAvoiding && used[nr][nc]) continue;
                opts.push_back(d);
            }
            if (opts.empty()) break;
            int d = opts[draw(0, (int)opts.size() - 1)];
            r += dr[d], c += dc[d];
            used[r][c] = 1;
            w += b[r][c];
        }
        return w;
    };
    if (mode == "killer") {
        for (int k = 1; k <= 10; ++k) put(string(k, 'a'));
        for (int run = 9; run >= 6 && (int)words.size() < W; --run) {
            // all words a^run + (10 - run) letters, the first of them not 'a', in random order
            int tail = 10 - run;
            vector<string> batch;
            long long total = 25;
            for (int i = 1; i < tail; ++i) total *= 26;
            for (long long x = 0; x < total && (long long)batch.size() < W; ++x) {
                long long y = x;
                string suf(1, char('b' + y % 25));
                y /= 25;
                for (int i = 1; i < tail; ++i) { suf += char('a' + y % 26); y /= 26; }
                batch.push_back(string(run, 'a') + suf);
            }
            shuffle(batch.begin(), batch.end(), rng);
            for (auto& w : batch) put(w);
        }
    } else if (mode == "binary") {
        for (int len = 1; len <= 10; ++len)
            for (int m = 0; m < (1 << len); ++m) {
                string w;
                for (int i = 0; i < len; ++i) w += (m >> i & 1) ? 'b' : 'a';
                put(w);
            }
        while ((int)words.size() < W) put(randomWord(1, 10, 26));
    } else if (mode == "single") {
        for (int k = 1; k <= 10; ++k) put(string(k, 'a'));
        while ((int)words.size() < W) {
            string w = randomWord(1, 10, 25);
            for (char& ch : w) ++ch;  // 'b'..'z'
            put(w);
        }
    } else {
        while ((int)words.size() < W) {
            int r = draw(0, 9);
            if (mode == "random") put(r < 5 ? walk(draw(1, 10), true) : randomWord(1, 10, 26));
            else if (mode == "revisits") put(r < 5 ? walk(draw(3, 10), false) : walk(draw(1, 10), true));
            else {  // paths
                string w = walk(draw(1, 10), true);
                if (r < 3) w[draw(0, (int)w.size() - 1)] = char('a' + draw(0, alpha - 1));
                if (r == 9) w = randomWord(1, 10, alpha);
                put(w);
            }
        }
    }
    shuffle(words.begin(), words.end(), rng);
    judge_rt::Writer x, y;
    judge_rt::write(x, b);
    judge_rt::write(y, words);
    printf("%s\n%s\n", x.str().c_str(), y.str().c_str());
}
