// Longest Common Subsequence tests: generator N M SEED MODE (lengths N and M).
// random26 / random2: uniform letters from a..z / a..b; disjoint: text1 from a..m, text2 from
// n..z; identical: the same random string twice (N = M); reversed: text2 = reverse(text1);
// edited: text2 = text1 with ~10% of letters deleted, changed or inserted, cut/padded to M;
// samechar: text1 = 'a' * N, text2 = 'a' * M.
int main(int argc, char** argv) {
    int N = atoi(argv[1]), M = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    auto rnd = [&](int len, char lo, char hi) {
        string s(len, ' ');
        for (char& c : s) c = char(draw(lo, hi));
        return s;
    };
    string a, b;
    if (mode == "random26") a = rnd(N, 'a', 'z'), b = rnd(M, 'a', 'z');
    else if (mode == "random2") a = rnd(N, 'a', 'b'), b = rnd(M, 'a', 'b');
    else if (mode == "disjoint") a = rnd(N, 'a', 'm'), b = rnd(M, 'n', 'z');
    else if (mode == "identical") a = b = rnd(N, 'a', 'z');
    else if (mode == "reversed") { a = rnd(N, 'a', 'z'); b = string(a.rbegin(), a.rend()); }
    else if (mode == "edited") {
        a = rnd(N, 'a', 'z');
        for (char ch : a) {
            int r = draw(0, 29);
            if (r == 0) continue;                                   // delete
            if (r == 1) { b += char(draw('a', 'z')); continue; }    // change
            if (r == 2) b += char(draw('a', 'z'));                  // insert before
            b += ch;
        }
        while ((int)b.size() < M) b += char(draw('a', 'z'));
        b.resize(M);
    } else if (mode == "samechar") a = string(N, 'a'), b = string(M, 'a');
    judge_rt::Writer w1, w2;
    judge_rt::write(w1, a);
    judge_rt::write(w2, b);
    printf("%s\n%s\n", w1.str().c_str(), w2.str().c_str());
}
