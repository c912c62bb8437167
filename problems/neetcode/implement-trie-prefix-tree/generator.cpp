// Call sequences for Implement Trie (Prefix Tree): generator MODE CALLS SEED ARGS...
//   random ALPHABET MAXLEN: words of length 1..MAXLEN over the first ALPHABET
//     letters; 40% insert, 30% search, 30% startsWith; half the queries reuse an
//     inserted word or one of its prefixes (or extend one by a letter).
//   shared INSERTS LEN SUFFIX SEARCH%: INSERTS words of length LEN that share their
//     first LEN - SUFFIX letters, then the remaining calls query words of the same
//     shape (SEARCH% of them search, the others startsWith), mostly misses: any
//     solution that compares a query with every stored word pays about LEN per
//     comparison.
//   prefixes LEN: prefixes of one random word of length LEN are inserted
//     and queried with random lengths, so words that are prefixes of other words,
//     and whole words used as prefixes, are everywhere.
int main(int argc, char** argv) {
    string mode = argv[1];
    int calls = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    auto word = [&](int len, int alphabet) {
        string s(len, 'a');
        for (char& c : s) c = 'a' + draw(0, alphabet - 1);
        return s;
    };
    vector<string> ops{"Trie"};
    vector<string> args{""};
    auto call = [&](const string& op, const string& arg) { ops.push_back(op), args.push_back(arg); };
    if (mode == "random") {
        int alphabet = atoi(argv[4]), maxlen = atoi(argv[5]);
        vector<string> inserted;
        for (int i = 0; i < calls; ++i) {
            int kind = draw(0, 9);
            string w;
            if (kind >= 4 && !inserted.empty() && draw(0, 1)) {
                w = inserted[draw(0, (int)inserted.size() - 1)];
                int how = draw(0, 2);
                if (how == 1) w = w.substr(0, draw(1, (int)w.size()));
                if (how == 2 && (int)w.size() < maxlen) w += (char)('a' + draw(0, alphabet - 1));
            } else {
                w = word(draw(1, maxlen), alphabet);
            }
            if (kind < 4) inserted.push_back(w), call("insert", w);
            else call(kind < 7 ? "search" : "startsWith", w);
        }
    } else if (mode == "shared") {
        int inserts = atoi(argv[4]), len = atoi(argv[5]), suffix = atoi(argv[6]);
        int search_percent = atoi(argv[7]);
        string common = word(len - suffix, 26);
        vector<string> inserted;
        for (int i = 0; i < inserts; ++i) {
            inserted.push_back(common + word(suffix, 26));
            call("insert", inserted.back());
        }
        for (int i = inserts; i < calls; ++i) {
            bool search = draw(0, 99) < search_percent;
            string w = draw(0, 19) ? common + word(suffix, 26) : inserted[draw(0, inserts - 1)];
            if (!search) w.resize(len - draw(0, suffix / 2));  // a prefix ending inside the suffix
            call(search ? "search" : "startsWith", w);
        }
    } else if (mode == "prefixes") {
        int len = atoi(argv[4]);
        string base = word(len, 26);
        for (int i = 0; i < calls; ++i) {
            int kind = draw(0, 2);
            string w = base.substr(0, draw(1, len));
            if (kind > 0 && draw(0, 3) == 0) w.back() = 'a' + (w.back() - 'a' + 1) % 26;  // a near miss
            call(kind == 0 ? "insert" : kind == 1 ? "search" : "startsWith", w);
        }
    }
    judge_rt::Writer w;
    judge_rt::write(w, ops);
    w.raw('\n');
    w.raw('[');
    for (size_t i = 0; i < args.size(); ++i) {
        if (i) w.raw(',');
        if (i == 0) { w.raw("[]"); continue; }
        w.raw('[');
        w.string(args[i]);
        w.raw(']');
    }
    w.raw(']');
    printf("%s\n", w.str().c_str());
}
