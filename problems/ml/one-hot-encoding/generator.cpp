// One-hot tests: generator N K SEED MODE. Every one of the K categories occurs at least once.
// random: random strings over the whole alphabet, first appearances in random order;
// reverse: the categories first appear in descending order (first-appearance order is reversed);
// prefixes: ten random 10-character words and all their prefixes (a prefix sorts first);
// case: every upper/lower-case spelling of a few 5-letter words (K must be a multiple of 32);
// digits: decimal numbers written as strings, some negative ("-7", "10" < "9" in byte order).
int main(int argc, char** argv) {
    int n = atoi(argv[1]), k = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    auto pick = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    const string alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    set<string> seen;
    vector<string> cats;
    auto add = [&](const string& s) { if (seen.insert(s).second) cats.push_back(s); };
    if (mode == "prefixes") {
        while ((int)cats.size() < k) {
            string w;
            for (int i = 0; i < 10; ++i) w += alpha[pick(0, 25 + 26 * pick(0, 1))];
            for (int len = 1; len <= 10 && (int)cats.size() < k; ++len) add(w.substr(0, len));
        }
    } else if (mode == "case") {
        while ((int)cats.size() < k) {
            string w;
            for (int i = 0; i < 5; ++i) w += (char)('a' + pick(0, 25));
            for (int mask = 0; mask < 32 && (int)cats.size() < k; ++mask) {
                string v = w;
                for (int i = 0; i < 5; ++i)
                    if (mask >> i & 1) v[i] = toupper(v[i]);
                add(v);
            }
        }
    } else if (mode == "digits") {
        while ((int)cats.size() < k) add(to_string(pick(-999, 99999)));
    } else {
        while ((int)cats.size() < k) {
            string w;
            int len = pick(1, 10);
            for (int i = 0; i < len; ++i) w += alpha[pick(0, (int)alpha.size() - 1)];
            add(w);
        }
    }
    shuffle(cats.begin(), cats.end(), rng);
    if (mode == "reverse") sort(cats.rbegin(), cats.rend());
    // First appearances at k distinct positions (position 0 among them), in the order of cats;
    // every other position repeats a category that has already appeared.
    vector<int> pos(n);
    iota(pos.begin(), pos.end(), 0);
    shuffle(pos.begin() + 1, pos.end(), rng);
    vector<char> first(n, 0);
    for (int i = 0; i < k; ++i) first[pos[i]] = 1;
    vector<string> v(n);
    int introduced = 0;
    for (int i = 0; i < n; ++i) v[i] = first[i] ? cats[introduced++] : cats[pick(0, introduced - 1)];
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
