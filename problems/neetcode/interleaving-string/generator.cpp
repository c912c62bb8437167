// Interleaving String tests: generator N M SEED MODE (|s1| = N, |s2| = M).
// same: all 'a' (true); random2 / random26: random s1, s2 and a random interleaving of them (true);
// swap3: a random interleaving over a..c with two different adjacent letters swapped;
// periodic: s1 = (ab)*, s2 = (ba)*, random interleaving; end-fail: s1 = a^N, s2 = a^M,
// s3 = a^(N+M-1) b (false only at the last letter, so a search without memo tries every path);
// short: a valid s3 with its last letter removed;
// greedy-trap: s1 = a^(N-1) b, s2 = a^(M-1) c, s3 = a^(M-1) c a^(N-1) b (true: all of s2 first;
// taking the a's of s1 first gets stuck at the c).
int main(int argc, char** argv) {
    int n = atoi(argv[1]), m = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    auto rnd = [&](int len, char hi) { string s(len, 'a'); for (char& c : s) c = char(draw('a', hi)); return s; };
    auto weave = [&](const string& a, const string& b) {
        string out;
        size_t i = 0, j = 0;
        while (i < a.size() || j < b.size())
            if (j == b.size() || (i < a.size() && draw(0, 1))) out += a[i++]; else out += b[j++];
        return out;
    };
    string s1, s2, s3;
    if (mode == "same") s1 = string(n, 'a'), s2 = string(m, 'a'), s3 = string(n + m, 'a');
    else if (mode == "random2" || mode == "swap3" || mode == "short") {
        char hi = mode == "swap3" ? 'c' : 'b';
        s1 = rnd(n, hi), s2 = rnd(m, hi), s3 = weave(s1, s2);
        if (mode == "swap3") {
            int k;
            do k = draw(0, n + m - 2); while (s3[k] == s3[k + 1]);
            swap(s3[k], s3[k + 1]);
        }
        if (mode == "short") s3.pop_back();
    } else if (mode == "random26") s1 = rnd(n, 'z'), s2 = rnd(m, 'z'), s3 = weave(s1, s2);
    else if (mode == "periodic") {
        for (int i = 0; i < n; ++i) s1 += "ab"[i % 2];
        for (int i = 0; i < m; ++i) s2 += "ba"[i % 2];
        s3 = weave(s1, s2);
    } else if (mode == "end-fail") {
        s1 = string(n, 'a'), s2 = string(m, 'a');
        s3 = string(n + m - 1, 'a') + "b";
    } else if (mode == "greedy-trap") {
        s1 = string(n - 1, 'a') + "b", s2 = string(m - 1, 'a') + "c";
        s3 = string(m - 1, 'a') + "c" + string(n - 1, 'a') + "b";
    }
    judge_rt::Writer w1, w2, w3;
    judge_rt::write(w1, s1);
    judge_rt::write(w2, s2);
    judge_rt::write(w3, s3);
    printf("%s\n%s\n%s\n", w1.str().c_str(), w2.str().c_str(), w3.str().c_str());
}
