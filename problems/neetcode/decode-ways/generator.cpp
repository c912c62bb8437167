// Decode Ways tests: generator N SEED MODE [ARG].
// peak K: K ones then threes (answer Fibonacci(K + 2): the last one may pair with the first three);
// deadend K: K ones, threes, then "30" at the end (answer 0 after very many partial readings);
// random DIGITS: digits drawn from DIGITS, appended one at a time; a digit is skipped when it would make
// the answer 0 or push the number of decodings of any prefix or suffix above 2^31 - 1.
typedef long double ld;
static bool ok(const string& s, bool allowZeroAnswer) {
    int n = s.size();
    auto pair_ok = [&](int i) { return s[i] == '1' || (s[i] == '2' && s[i + 1] <= '6'); };
    const ld LIMIT = 2147483647.0L;
    vector<ld> pre(n + 1, 0), suf(n + 2, 0);
    pre[0] = 1;
    for (int i = 1; i <= n; ++i) {
        if (s[i - 1] != '0') pre[i] += pre[i - 1];
        if (i >= 2 && pair_ok(i - 2)) pre[i] += pre[i - 2];
        if (pre[i] > LIMIT) return false;
    }
    suf[n] = 1;
    for (int i = n - 1; i >= 0; --i) {
        if (s[i] != '0') suf[i] += suf[i + 1];
        if (i + 1 < n && pair_ok(i)) suf[i] += suf[i + 2];
        if (suf[i] > LIMIT) return false;
    }
    return allowZeroAnswer || pre[n] > 0;
}
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    string s;
    if (mode == "peak") {
        int k = atoi(argv[4]);
        s = string(k, '1') + string(n - k, '3');
    } else if (mode == "deadend") {
        int k = atoi(argv[4]);
        s = string(k, '1') + string(n - k - 2, '3') + "30";
    } else {
        string digits = argv[4];
        while ((int)s.size() < n) {
            bool added = false;
            for (int attempt = 0; attempt < 20 && !added; ++attempt) {
                char c = digits[uniform_int_distribution<int>(0, digits.size() - 1)(rng)];
                // A prefix ending in '0' may still be fixed by nothing later: require a non-zero answer so far.
                if (ok(s + c, false)) s += c, added = true;
            }
            for (char c : string("98765430")) if (!added && ok(s + c, false)) s += c, added = true;
            if (!added) { fprintf(stderr, "cannot extend %s\n", s.c_str()); return 1; }
        }
    }
    if (!ok(s, mode == "deadend")) { fprintf(stderr, "generated string breaks the constraints\n"); return 1; }
    judge_rt::Writer w;
    judge_rt::write(w, s);
    printf("%s\n", w.str().c_str());
}
