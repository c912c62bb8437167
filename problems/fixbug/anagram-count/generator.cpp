// generator N LEN SEED MODE: a pattern of LEN letters; words that are
// shuffles of it, random words of the same length, and (near) words that
// differ from it in one letter.
int main(int argc, char** argv) {
    int n = atoi(argv[1]), len = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    auto letter = [&] { return char('a' + rng() % 6); };
    string pattern;
    for (int i = 0; i < len; ++i) pattern += letter();
    vector<string> words;
    for (int i = 0; i < n; ++i) {
        string w = pattern;
        shuffle(w.begin(), w.end(), rng);
        int kind = rng() % 3;
        if (kind == 1) w[rng() % len] = letter();
        if (kind == 2 && mode == "mixed") { w.clear(); for (int k = 0; k < len; ++k) w += letter(); }
        words.push_back(w);
    }
    judge_rt::Writer a;
    judge_rt::write(a, words);
    printf("%s\n\"%s\"\n", a.str().c_str(), pattern.c_str());
}
