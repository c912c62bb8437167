// Minimum Window Substring tests: generator M N SEED MODE [X] prints s (length M) and t (length N).
// Every test has at most one shortest window (checked below; the generator fails otherwise).
// planted: t is N upper-case letters with at least one 'Z'; s is lower-case noise holding t's
//          letters once, shuffled, with up to X lower-case letters between them, plus decoy
//          copies of 'A'..'Y' that lie too far from the block to give a shorter window;
// random:  s and t random over the first X letters of a..zA..Z (retried until the answer is unique);
// none:    s never contains 'Z', t contains one, so the answer is "";
// short:   t is s shuffled plus one more letter, so s is too short and the answer is "";
// perm:    t is s shuffled (M == N): the answer is all of s.
static const string AL = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
static int idx(char c) { return c >= 'a' ? c - 'a' : c - 'A' + 26; }

// Number of shortest covering windows (0 when none).
int shortestCount(const string& s, const string& t) {
    int need[52] = {0}, missing = t.size();
    for (char c : t) need[idx(c)]++;
    int best = INT_MAX, cnt = 0;
    for (int l = 0, r = 0; r < (int)s.size(); ++r) {
        if (need[idx(s[r])]-- > 0) --missing;
        if (missing) continue;
        while (need[idx(s[l])] < 0) need[idx(s[l++])]++;
        int len = r - l + 1;
        if (len < best) best = len, cnt = 1;
        else if (len == best) ++cnt;
    }
    return cnt;
}

int main(int argc, char** argv) {
    int m = atoi(argv[1]), n = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    int x = argc > 5 ? atoi(argv[5]) : 0;
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    auto lower = [&] { return (char)('a' + draw(0, 25)); };
    string s, t;
    for (int attempt = 0;; ++attempt) {
        if (attempt == 1000) { fprintf(stderr, "no unique answer found\n"); return 1; }
        s.clear(), t.clear();
        if (mode == "planted") {
            for (int i = 0; i < n; ++i) t += (char)('A' + draw(0, 25));
            t[draw(0, n - 1)] = 'Z';
            string block, u = t;
            shuffle(u.begin(), u.end(), rng);
            for (int i = 0; i < n; ++i) {
                if (i) for (int g = draw(0, x); g > 0; --g) block += lower();
                block += u[i];
            }
            int len = block.size(), start = draw(0, m - len);
            for (int i = 0; i < m; ++i) s += lower();
            s.replace(start, len, block);
            // Decoys must be more than `len` away from the block.
            for (int i = 0; i < m; ++i)
                if ((i + len < start || i > start + 2 * len) && draw(0, 19) == 0) s[i] = (char)('A' + draw(0, 24));
        } else if (mode == "random") {
            for (int i = 0; i < m; ++i) s += AL[draw(0, x - 1)];
            for (int i = 0; i < n; ++i) t += AL[draw(0, x - 1)];
        } else if (mode == "none") {
            for (int i = 0; i < m; ++i) s += AL[draw(0, 50)];
            for (int i = 0; i < n; ++i) t += AL[draw(0, 51)];
            t[draw(0, n - 1)] = 'Z';
        } else if (mode == "short") {
            for (int i = 0; i < m; ++i) s += AL[draw(0, 51)];
            t = s + AL[draw(0, 51)];
            shuffle(t.begin(), t.end(), rng);
        } else {  // perm
            for (int i = 0; i < m; ++i) s += AL[draw(0, 51)];
            t = s;
            shuffle(t.begin(), t.end(), rng);
        }
        if (shortestCount(s, t) <= 1) break;
    }
    judge_rt::Writer w1, w2;
    judge_rt::write(w1, s);
    judge_rt::write(w2, t);
    printf("%s\n%s\n", w1.str().c_str(), w2.str().c_str());
}
