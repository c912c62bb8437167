// Group Anagrams tests: generator N SEED MODE, words of 0..100 lowercase letters.
// random: words are shuffles of ~N/5 random base words of random length 0..100;
// distinct: N words of length 100 with pairwise different letter counts (each its own group);
// one-group: N shuffles of a single 100-letter word; empty: N empty strings;
// two-letters: words of length 1..8 over {a, b} (many groups, heavy collisions);
// duplicates: a few base words, each repeated verbatim or shuffled, plus many empty strings.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    auto randWord = [&](int len, char hi) {
        string w(len, 'a');
        for (char& c : w) c = 'a' + draw(0, hi - 'a');
        return w;
    };
    auto shuffled = [&](string w) { shuffle(w.begin(), w.end(), rng); return w; };
    vector<string> v;
    if (mode == "random") {
        vector<string> base;
        for (int i = 0; i < max(1, n / 5); ++i) base.push_back(randWord(draw(0, 100), 'z'));
        for (int i = 0; i < n; ++i) v.push_back(shuffled(base[draw(0, (int)base.size() - 1)]));
    } else if (mode == "distinct") {
        set<array<int, 26>> seen;
        while ((int)v.size() < n) {
            string w = randWord(100, 'z');
            array<int, 26> cnt{};
            for (char c : w) ++cnt[c - 'a'];
            if (seen.insert(cnt).second) v.push_back(w);
        }
    } else if (mode == "one-group") {
        string base = randWord(100, 'z');
        for (int i = 0; i < n; ++i) v.push_back(shuffled(base));
    } else if (mode == "empty") {
        v.assign(n, "");
    } else if (mode == "two-letters") {
        for (int i = 0; i < n; ++i) v.push_back(randWord(draw(1, 8), 'b'));
    } else if (mode == "duplicates") {
        vector<string> base;
        for (int i = 0; i < 20; ++i) base.push_back(randWord(draw(1, 100), 'z'));
        for (int i = 0; i < n; ++i) {
            int r = draw(0, 9);
            if (r < 2) v.push_back("");
            else if (r < 6) v.push_back(base[draw(0, 19)]);
            else v.push_back(shuffled(base[draw(0, 19)]));
        }
    }
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
