// Add and Search Words tests: generator CALLS SEED MODE ALPHA (CALLS counts the constructor too;
// letters come from the first ALPHA letters of the alphabet).
// random: lengths 1..25, half adds, half searches (patterns from added words with 0-2 dots, or random);
// prefix: searches are prefixes of added words (plain, or with dots), and extensions by one letter or dot;
// deep: length-25 words, searches with two dots among the first positions;
// short: lengths 1..4 (dense, many matches); late: 2000 searches on a near-empty dictionary, then adds
// and searches mixed; shared: every word starts with the same 20 letters; ends: dots at the first
// and last positions; flood: 5000 length-25 words with a common 22-letter prefix, then 5000 searches
// that reach the last letter of each of them and fail there.
int main(int argc, char** argv) {
    int calls = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    int alpha = atoi(argv[4]);
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    string common;
    for (int i = 0; i < 20; ++i) common += char('a' + draw(0, alpha - 1));
    auto word = [&]() {
        int len = mode == "deep" ? 25 : mode == "short" ? draw(1, 4) : mode == "shared" ? draw(20, 25)
                : mode == "prefix" ? draw(10, 25) : draw(1, 25);
        string w = mode == "shared" ? common.substr(0, min(len, 20)) : "";
        while ((int)w.size() < len) w += char('a' + draw(0, alpha - 1));
        return w;
    };
    auto dots = [&](string w, int maxDots) {
        int d = draw(0, min(maxDots, (int)w.size()));
        for (int i = 0; i < d; ++i) {
            int p;
            if (mode == "deep") p = draw(0, min(4, (int)w.size() - 1));
            else if (mode == "ends") p = (i == 0) ? 0 : (int)w.size() - 1;
            else p = draw(0, (int)w.size() - 1);
            w[p] = '.';
        }
        return w;
    };
    vector<string> added;
    vector<string> names{"WordDictionary"};
    vector<vector<string>> args{{}};
    auto add = [&](const string& w) { names.push_back("addWord"); args.push_back({w}); added.push_back(w); };
    auto search = [&](const string& w) { names.push_back("search"); args.push_back({w}); };
    if (mode == "flood") {  // half the calls add words sharing a 22-letter prefix, the rest are misses
        string pre = common + "ab";
        set<string> seen;
        while ((int)names.size() < calls / 2) {
            string w = pre;
            for (int i = 0; i < 3; ++i) w += char('a' + draw(0, 24));  // never 'z'
            if (seen.insert(w).second) add(w);
        }
        while ((int)names.size() < calls) {
            string q = pre + char('a' + draw(0, 24)) + char('a' + draw(0, 24)) + 'z';
            int d = draw(0, 2);
            for (int i = 0; i < d; ++i) q[draw(0, 23)] = '.';
            search(q);
        }
    }
    int lateSearches = mode == "late" ? 2000 : 0;
    while ((int)names.size() < calls) {
        if (lateSearches > 0) {
            --lateSearches;
            if (added.size() < 3 && draw(0, 600) == 0) add(word());
            else search(dots(word(), 2));
            continue;
        }
        if (added.empty() || draw(0, 1) == 0) { add(word()); continue; }
        string base = added[draw(0, (int)added.size() - 1)];
        int r = draw(0, 9);
        string q;
        if (mode == "prefix") {
            if (r < 4) q = dots(base.substr(0, draw(1, (int)base.size())), 2);
            else if (r < 7 && base.size() < 25) q = dots(base, 1) + (draw(0, 1) ? "." : string(1, char('a' + draw(0, alpha - 1))));
            else q = dots(base, 2);
        } else if (r < 6) q = dots(base, 2);
        else if (r < 8) {  // a near miss: one letter changed, maybe a dot
            q = base;
            q[draw(0, (int)q.size() - 1)] = char('a' + draw(0, alpha - 1));
            q = dots(q, 1);
        } else q = dots(word(), 2);
        // at most two dots in any query
        int cnt = count(q.begin(), q.end(), '.');
        for (size_t i = 0; cnt > 2 && i < q.size(); ++i) if (q[i] == '.') { q[i] = 'a'; --cnt; }
        search(q);
    }
    judge_rt::Writer a, b;
    judge_rt::write(a, names);
    judge_rt::write(b, args);
    printf("%s\n%s\n", a.str().c_str(), b.str().c_str());
}
