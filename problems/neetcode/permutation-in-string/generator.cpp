// Permutation in String tests: generator M N SEED MODE prints s1 (length M) and s2 (length N).
// near: s1 over a..e plus one 'z'; s2 is shuffled copies of s1 with the 'z' turned into 'y',
//       so every window is one letter away from a match and the answer is false;
// end:  as near, but the last M letters of s2 are a shuffle of s1 (the only match);
// two:  both strings random over {a,b};  perm: s2 is a shuffle of s1 (M == N);
// random: both random over a..z;  distinct: s1 = M distinct letters, s2 random over the
//       same letters with every matching window broken, so the answer is false.
int main(int argc, char** argv) {
    int m = atoi(argv[1]), n = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    string s1, s2;
    if (mode == "near" || mode == "end") {
        for (int i = 0; i < m - 1; ++i) s1 += (char)('a' + draw(0, 4));
        s1 += 'z';
        string t = s1;
        replace(t.begin(), t.end(), 'z', 'y');
        while ((int)s2.size() < n) { shuffle(t.begin(), t.end(), rng); s2 += t; }
        s2.resize(n);
        if (mode == "end") {
            string u = s1;
            shuffle(u.begin(), u.end(), rng);
            s2.replace(n - m, m, u);
            if (n > m) s2[n - m - 1] = 'y';  // no window straddling the boundary can match
        }
        shuffle(s1.begin(), s1.end(), rng);
    } else if (mode == "two") {
        for (int i = 0; i < m; ++i) s1 += (char)('a' + draw(0, 1));
        for (int i = 0; i < n; ++i) s2 += (char)('a' + draw(0, 1));
    } else if (mode == "perm") {
        for (int i = 0; i < m; ++i) s1 += (char)('a' + draw(0, 25));
        s2 = s1;
        shuffle(s2.begin(), s2.end(), rng);
    } else if (mode == "distinct") {
        for (int i = 0; i < m; ++i) s1 += (char)('a' + i);
        shuffle(s1.begin(), s1.end(), rng);
        for (int i = 0; i < n; ++i) s2 += (char)('a' + draw(0, m - 1));
        // Break every window holding all M letters once: duplicate a neighbour into it.
        for (bool again = true; again;) {
            again = false;
            for (int p = 0; p + m <= n; ++p) {
                string w = s2.substr(p, m);
                sort(w.begin(), w.end());
                bool all = true;
                for (int i = 0; i < m; ++i) all &= w[i] == 'a' + i;
                if (all) { s2[p] = s2[p + 1]; again = true; }
            }
        }
    } else {
        for (int i = 0; i < m; ++i) s1 += (char)('a' + draw(0, 25));
        for (int i = 0; i < n; ++i) s2 += (char)('a' + draw(0, 25));
    }
    judge_rt::Writer w1, w2;
    judge_rt::write(w1, s1);
    judge_rt::write(w2, s2);
    printf("%s\n%s\n", w1.str().c_str(), w2.str().c_str());
}
