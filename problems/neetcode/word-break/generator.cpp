// Word Break tests: generator N SEED MODE W (s of length N, W distinct words of length 1..20).
// killer: s = a^(N-1) b, words a, aa, ..., a^20 plus filler words without a and b (false);
// killermid: s = a^(N/2) b a^(N/2-1), same words (false);
// killerab: random a/b string of length N-1 then c, every a/b word of length 1..3 plus random
//   a/b words (false);
// randomtrue: s glued from random dictionary words of length 5..20 over {a,b,c} (true);
// randomfalse: the same, then one letter of s changed (a near miss, usually false);
// longwords: W a/b words of length 15..20, s glued from them (true).
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    int W = atoi(argv[4]);
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    set<string> seen;
    vector<string> dict;
    auto add = [&](const string& w) {
        if ((int)dict.size() < W && !w.empty() && w.size() <= 20 && seen.insert(w).second) dict.push_back(w);
    };
    auto randomWord = [&](int lo, int hi, char first, char last) {
        string w(draw(lo, hi), ' ');
        for (char& c : w) c = char(draw(first, last));
        return w;
    };
    string s;
    if (mode == "killer" || mode == "killermid") {
        for (int k = 1; k <= 20; ++k) add(string(k, 'a'));
        if (mode == "killer") s = string(n - 1, 'a') + "b";
        else s = string(n / 2, 'a') + "b" + string(n - n / 2 - 1, 'a');
        while ((int)dict.size() < W) add(randomWord(1, 20, 'c', 'z'));
    } else if (mode == "killerab") {
        for (int len = 1; len <= 3; ++len)
            for (int m = 0; m < (1 << len); ++m) {
                string w;
                for (int b = 0; b < len; ++b) w += (m >> b & 1) ? 'b' : 'a';
                add(w);
            }
        while ((int)dict.size() < W) add(randomWord(4, 20, 'a', 'b'));
        s = randomWord(n - 1, n - 1, 'a', 'b') + "c";
    } else {
        int lo = mode == "longwords" ? 15 : 5, hi = 20;
        char last = mode == "longwords" ? 'b' : 'c';
        if (W == 1) lo = hi = draw(2, 7);
        while ((int)dict.size() < W) add(randomWord(lo, hi, 'a', last));
        for (int tries = 0; tries < 100000 && (int)s.size() < n; ++tries) {
            const string& w = dict[draw(0, (int)dict.size() - 1)];
            if (s.size() + w.size() <= (size_t)n) s += w;
        }
        if (mode == "randomfalse") {
            int i = draw(0, (int)s.size() - 1);
            s[i] = char('a' + (s[i] - 'a' + draw(1, 2)) % 3);
        }
    }
    judge_rt::Writer w1, w2;
    judge_rt::write(w1, s);
    judge_rt::write(w2, dict);
    printf("%s\n%s\n", w1.str().c_str(), w2.str().c_str());
}
