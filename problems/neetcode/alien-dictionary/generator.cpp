// Alien Dictionary tests: generator N SEED MODE K L. N words over K letters, lengths up to L.
// A hidden random alphabet order of K random letters sorts the words.
// valid: random words (lengths 1..L), sorted: an order exists;
// prefixes: every word extends one of a few long stems, so neighbours share long prefixes;
// cycle: a valid list in which two neighbouring words are swapped, retried until the
//   constraints contain a cycle (no prefix problem);
// badprefix: a valid list where one word is followed by its own proper prefix;
// equal: N copies of one word (every order of its letters is right).
bool feasible(const vector<string>& w) {
    bool present[26] = {}, edge[26][26] = {};
    int indeg[26] = {};
    for (auto& s : w)
        for (char c : s) present[c - 'a'] = true;
    for (size_t i = 0; i + 1 < w.size(); ++i) {
        size_t k = 0;
        while (k < w[i].size() && k < w[i + 1].size() && w[i][k] == w[i + 1][k]) ++k;
        if (k == w[i].size() || k == w[i + 1].size()) {
            if (w[i].size() > w[i + 1].size()) return false;
            continue;
        }
        int u = w[i][k] - 'a', v = w[i + 1][k] - 'a';
        if (!edge[u][v]) edge[u][v] = true, ++indeg[v];
    }
    vector<int> q;
    int left = 0;
    for (int c = 0; c < 26; ++c) {
        left += present[c];
        if (present[c] && !indeg[c]) q.push_back(c);
    }
    while (!q.empty()) {
        int u = q.back();
        q.pop_back();
        --left;
        for (int v = 0; v < 26; ++v)
            if (edge[u][v] && --indeg[v] == 0) q.push_back(v);
    }
    return left == 0;
}

int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    int k = atoi(argv[4]), L = atoi(argv[5]);
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    string alpha = "abcdefghijklmnopqrstuvwxyz";
    shuffle(alpha.begin(), alpha.end(), rng);
    alpha.resize(k);  // alpha[r] is the letter of rank r in the hidden order
    int rank[26];
    for (int r = 0; r < k; ++r) rank[alpha[r] - 'a'] = r;
    auto word = [&](int len) {
        string s;
        for (int i = 0; i < len; ++i) s += alpha[draw(0, k - 1)];
        return s;
    };
    vector<string> w;
    if (mode == "prefixes") {
        vector<string> stems;
        for (int i = 0; i < 4; ++i) stems.push_back(word(L - 5));
        while ((int)w.size() < n) w.push_back(stems[draw(0, 3)] + word(draw(1, 5)));
    } else if (mode == "equal") {
        string s = word(L);
        w.assign(n, s);
    } else {
        while ((int)w.size() < n) w.push_back(word(draw(1, L)));
    }
    auto less = [&](const string& a, const string& b) {
        for (size_t i = 0; i < a.size() && i < b.size(); ++i)
            if (a[i] != b[i]) return rank[a[i] - 'a'] < rank[b[i] - 'a'];
        return a.size() < b.size();
    };
    sort(w.begin(), w.end(), less);
    if (mode == "cycle") {
        for (int tries = 0; tries < 100000; ++tries) {
            int i = draw(0, n - 2);
            vector<string> v = w;
            if (v[i + 1].compare(0, v[i].size(), v[i]) == 0) continue;  // equal, or v[i] a prefix of v[i + 1]
            swap(v[i], v[i + 1]);
            if (!feasible(v)) {
                w = v;
                break;
            }
        }
    } else if (mode == "badprefix") {
        int i;
        do i = draw(0, n - 2);
        while (w[i].size() < 2);
        w.insert(w.begin() + i + 1, w[i].substr(0, draw(1, w[i].size() - 1)));
        w.pop_back();
    }
    judge_rt::Writer out;
    judge_rt::write(out, w);
    printf("%s\n", out.str().c_str());
}
