// Distinct Subsequences tests: generator N SEED MODE [K [L]]  (|s| = N).
// zero: s = a^N, t = a^(N/2) b (answer 0, astronomically many partial matches);
// identical: t = s, random over all 52 letters; subseq K L: s random over the first K letters of
// "aAbB...", t a random subsequence of length L; deletions K: s random over K letters, t = s with
// random letters deleted one at a time as long as the answer still fits in an int;
// blocks: s = A^x B^y C^z, t = "ABC"; one-way: s = a^(N/2) b a^(N/2-1), t = a^(N/2) b (answer 1).
static unsigned long long count_capped(const string& s, const string& t) {
    const unsigned long long cap = 1ULL << 31;
    vector<unsigned long long> w(t.size() + 1, 0);
    w[0] = 1;
    for (char c : s)
        for (size_t j = t.size(); j >= 1; --j)
            if (t[j - 1] == c) w[j] = min(cap, w[j] + w[j - 1]);
    return w[t.size()];
}
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    const string letters = "aAbBcCdDeEfFgGhHiIjJkKlLmMnNoOpPqQrRsStTuUvVwWxXyYzZ";
    auto rnd = [&](int len, int k) { string r(len, ' '); for (char& c : r) c = letters[draw(0, k - 1)]; return r; };
    string s, t;
    if (mode == "zero") s = string(n, 'a'), t = string(n / 2, 'a') + "b";
    else if (mode == "identical") s = t = rnd(n, 52);
    else if (mode == "subseq") {
        int k = atoi(argv[4]), len = atoi(argv[5]);
        s = rnd(n, k);
        vector<int> pos(n);
        iota(pos.begin(), pos.end(), 0);
        shuffle(pos.begin(), pos.end(), rng);
        pos.resize(len);
        sort(pos.begin(), pos.end());
        for (int p : pos) t += s[p];
    } else if (mode == "deletions") {
        s = rnd(n, atoi(argv[4]));
        t = s;
        for (;;) {
            string shorter = t;
            shorter.erase(draw(0, (int)t.size() - 1), 1);
            if (shorter.empty() || count_capped(s, shorter) >= (1ULL << 31)) break;
            t = shorter;
        }
    } else if (mode == "blocks") {
        int x = draw(300, 360), y = draw(300, 360);
        s = string(x, 'A') + string(y, 'B') + string(n - x - y, 'C');
        t = "ABC";
    } else if (mode == "one-way") {
        s = string(n / 2, 'a') + "b" + string(n - n / 2 - 1, 'a');
        t = string(n / 2, 'a') + "b";
    }
    judge_rt::Writer w1, w2;
    judge_rt::write(w1, s);
    judge_rt::write(w2, t);
    printf("%s\n%s\n", w1.str().c_str(), w2.str().c_str());
}
