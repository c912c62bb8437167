// Word Ladder tests: generator COUNT SEED MODE L [K]; wordList has COUNT distinct words of
// length L, listed in random order.
// walk: a random walk from beginWord changing one random letter per step; endWord is where
// the walk ends (long answers, few shortcuts at L = 10);
// dense: random words over the first K letters; beginWord random, endWord from the list;
// noend: like dense, but endWord is not in the list (answer 0);
// isolated: like dense, but every neighbour of endWord is removed (answer 0, huge search);
// snake: the path aaaa..a -> baaa..a -> bbaa..a -> ... -> zzzz..z (one letter at a time,
// 250 steps) hidden among random words; prefix: every word starts with L - 4 copies of 'q'
// and ends with 4 letters from a..j (slow to compare letter by letter).
int main(int argc, char** argv) {
    int count = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    int L = atoi(argv[4]);
    int K = argc > 5 ? atoi(argv[5]) : 26;
    auto letter = [&](int k) { return char('a' + rng() % k); };
    auto randomWord = [&](int k) {
        string s(L, 'a');
        for (char& c : s) c = letter(k);
        return s;
    };
    set<string> words;
    vector<string> list;
    auto add = [&](const string& w) {
        if (words.insert(w).second) list.push_back(w);
    };
    string begin, end;
    if (mode == "walk") {
        begin = randomWord(26);
        words.insert(begin);  // keep beginWord out of the list
        string cur = begin;
        while ((int)list.size() < count) {
            string next = cur;
            int i = rng() % L;
            char c;
            do c = letter(26); while (c == next[i]);
            next[i] = c;
            if (words.count(next)) continue;
            add(next);
            cur = next;
        }
        end = cur;
    } else if (mode == "dense" || mode == "noend" || mode == "isolated") {
        begin = randomWord(K);
        if (mode == "noend") {
            do end = randomWord(K); while (end == begin);
            words.insert(end);
        }
        while ((int)list.size() < count + (mode == "isolated" ? 200 : 0)) add(randomWord(K));
        if (mode == "dense") {
            do end = list[rng() % list.size()]; while (end == begin);
        }
        if (mode == "isolated") {
            auto far = [&](const string& a, const string& b) {
                int diff = 0;
                for (int i = 0; i < L; ++i) diff += a[i] != b[i];
                return diff >= 2;
            };
            do end = list[rng() % list.size()]; while (!far(begin, end));
            // drop every word one letter away from endWord
            vector<string> kept;
            for (auto& w : list) {
                int diff = 0;
                for (int i = 0; i < L; ++i) diff += w[i] != end[i];
                if (diff != 1) kept.push_back(w);
            }
            list = kept;
            if ((int)list.size() > count) {
                // shrink to COUNT words, keeping endWord
                shuffle(list.begin(), list.end(), rng);
                auto it = find(list.begin(), list.end(), end);
                swap(*it, list[0]);
                list.resize(count);
            }
        }
    } else if (mode == "snake") {
        for (int x = 0; x < 25; ++x)
            for (int j = 0; j < L; ++j) {
                string w(L, char('a' + x));
                for (int i = 0; i < j; ++i) w[i] = char('a' + x + 1);
                add(w);
            }
        add(string(L, 'z'));
        begin = list[0];
        end = list.back();
        list.erase(list.begin());
        words.erase(begin);
        while ((int)list.size() < count) {
            string w = randomWord(26);
            if (w != begin) add(w);
        }
    } else if (mode == "prefix") {
        auto make = [&]() {
            string s(L, 'q');
            for (int i = L - 4; i < L; ++i) s[i] = letter(10);
            return s;
        };
        begin = make();
        words.insert(begin);
        while ((int)list.size() < count) add(make());
        end = list[rng() % list.size()];
    }
    shuffle(list.begin(), list.end(), rng);
    judge_rt::Writer w;
    judge_rt::write(w, list);
    printf("\"%s\"\n\"%s\"\n%s\n", begin.c_str(), end.c_str(), w.str().c_str());
}
