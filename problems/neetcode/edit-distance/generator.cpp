// Edit Distance tests: generator N M SEED MODE (|word1| = N, |word2| = M).
// random26 / random2: independent random words over a..z / a..b; edited: word2 = word1 with ~15%
// of letters deleted, replaced or inserted, cut or padded to M; disjoint: a..m vs n..z;
// reversed: word2 = reverse(word1); rotated: word2 = word1 rotated left by 7;
// periodic: word1 = (abc)*, word2 = (bca)* - the same pattern shifted by one.
int main(int argc, char** argv) {
    int n = atoi(argv[1]), m = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    auto rnd = [&](int len, char lo, char hi) { string s(len, ' '); for (char& c : s) c = char(draw(lo, hi)); return s; };
    string a, b;
    if (mode == "random26") a = rnd(n, 'a', 'z'), b = rnd(m, 'a', 'z');
    else if (mode == "random2") a = rnd(n, 'a', 'b'), b = rnd(m, 'a', 'b');
    else if (mode == "edited") {
        a = rnd(n, 'a', 'z');
        for (char ch : a) {
            int r = draw(0, 19);
            if (r == 0) continue;                                   // delete
            if (r == 1) { b += char(draw('a', 'z')); continue; }    // replace
            if (r == 2) b += char(draw('a', 'z'));                  // insert before
            b += ch;
        }
        while ((int)b.size() < m) b += char(draw('a', 'z'));
        b.resize(m);
    } else if (mode == "disjoint") a = rnd(n, 'a', 'm'), b = rnd(m, 'n', 'z');
    else if (mode == "reversed") { a = rnd(n, 'a', 'z'); b = string(a.rbegin(), a.rend()); }
    else if (mode == "rotated") { a = rnd(n, 'a', 'z'); b = a.substr(7) + a.substr(0, 7); }
    else if (mode == "periodic") {
        for (int i = 0; i < n; ++i) a += "abc"[i % 3];
        for (int i = 0; i < m; ++i) b += "bca"[i % 3];
    }
    judge_rt::Writer w1, w2;
    judge_rt::write(w1, a);
    judge_rt::write(w2, b);
    printf("%s\n%s\n", w1.str().c_str(), w2.str().c_str());
}
