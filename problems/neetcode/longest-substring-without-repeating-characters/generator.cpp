// Longest Substring Without Repeating Characters tests: generator N SEED MODE prints a
// string of N printable ASCII characters (codes 32..126).
// random: uniform; same: one character (a double quote) N times; cycle: a shuffled list of
// all 95 characters repeated (answer 95); small: only 'a' and 'b'; escapes: quotes,
// backslashes, spaces and two letters; mirror: blocks of distinct letters each followed by
// its reverse ("abccba"); middle: a 3-letter alphabet with all 95 characters once in the middle.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    string all;
    for (int c = 32; c < 127; ++c) all += (char)c;
    auto from = [&](const string& pool) { return pool[draw(0, (int)pool.size() - 1)]; };
    string s;
    if (mode == "same") s = string(n, '"');
    else if (mode == "cycle") {
        shuffle(all.begin(), all.end(), rng);
        for (int i = 0; i < n; ++i) s += all[i % 95];
    } else if (mode == "small") for (int i = 0; i < n; ++i) s += from("ab");
    else if (mode == "escapes") for (int i = 0; i < n; ++i) s += from("\"\\ xy");
    else if (mode == "mirror") {
        string letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        while ((int)s.size() < n) {
            shuffle(letters.begin(), letters.end(), rng);
            string block = letters.substr(0, draw(2, 40));
            s += block + string(block.rbegin(), block.rend());
        }
        s.resize(n);
    } else if (mode == "middle") {
        for (int i = 0; i < n; ++i) s += from("xyz");
        shuffle(all.begin(), all.end(), rng);
        s.replace(n / 2, 95, all);
    } else for (int i = 0; i < n; ++i) s += all[draw(0, 94)];
    judge_rt::Writer w;
    judge_rt::write(w, s);
    printf("%s\n", w.str().c_str());
}
