// Partition Labels tests: generator N SEED MODE K (K = letters used, 1..26).
// random: uniform over K letters; blocks: K contiguous runs, one letter each (K pieces);
// groups: the letters split into groups of 1..4, each group's copies shuffled inside its own
// segment; alternate: the K letters in turn; chain: segment i mixes letters i and i+1, so
// every piece is chained into one; nested: a letter opens and closes each group around
// shuffled inner letters.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    int k = atoi(argv[4]);
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    string letters = "abcdefghijklmnopqrstuvwxyz";
    shuffle(letters.begin(), letters.end(), rng);
    letters.resize(k);
    // lengths: n split into m positive parts at random
    auto split = [&](int m) {
        vector<int> cut;
        for (int i = 1; i < n; ++i) cut.push_back(i);
        shuffle(cut.begin(), cut.end(), rng);
        cut.resize(m - 1);
        cut.push_back(0), cut.push_back(n);
        sort(cut.begin(), cut.end());
        vector<int> len;
        for (int i = 0; i < m; ++i) len.push_back(cut[i + 1] - cut[i]);
        return len;
    };
    string s;
    if (mode == "random") {
        for (int i = 0; i < n; ++i) s += letters[draw(0, k - 1)];
    } else if (mode == "blocks") {
        vector<int> len = split(k);
        for (int i = 0; i < k; ++i) s += string(len[i], letters[i]);
    } else if (mode == "alternate") {
        for (int i = 0; i < n; ++i) s += letters[i % k];
    } else if (mode == "groups" || mode == "nested") {
        vector<string> groups;
        for (int i = 0; i < k;) {
            int g = min(k - i, draw(1, 4));
            groups.push_back(letters.substr(i, g));
            i += g;
        }
        vector<int> len = split(groups.size());
        for (size_t gi = 0; gi < groups.size(); ++gi) {
            const string& g = groups[gi];
            int L = len[gi];
            string seg;
            if (mode == "nested" && g.size() >= 2 && L >= (int)g.size() + 1) {
                // g[0] at both ends, the others (each at least once) shuffled in between
                string mid = g.substr(1);
                while ((int)mid.size() < L - 2) mid += g[draw(0, g.size() - 1)];
                shuffle(mid.begin(), mid.end(), rng);
                seg = g[0] + mid + g[0];
            } else {
                seg = g.substr(0, min<int>(g.size(), L));
                while ((int)seg.size() < L) seg += g[draw(0, g.size() - 1)];
                shuffle(seg.begin(), seg.end(), rng);
            }
            s += seg;
        }
    } else {  // chain: segment i holds letters i and i+1
        vector<int> len = split(k - 1);
        for (int i = 0; i + 1 < k; ++i) {
            string seg = string(1, letters[i]) + letters[i + 1];
            while ((int)seg.size() < len[i]) seg += letters[i + draw(0, 1)];
            seg.resize(len[i]);
            shuffle(seg.begin(), seg.end(), rng);
            s += seg;
        }
    }
    judge_rt::Writer w;
    judge_rt::write(w, s);
    printf("%s\n", w.str().c_str());
}
