// Valid Palindrome tests: generator N SEED MODE, N printable ASCII characters.
// palindrome: letters and digits mirrored (random case on each side) with random
// punctuation and spaces mixed in; mismatch: the same with one letter pair made to
// differ somewhere inside; ends: the outermost letters differ; digit-mismatch: one
// mirrored pair is two different digits (the letters alone still mirror); case: a
// mirrored letter string whose two halves use opposite case; digits: mirrored digits
// and letters; punctuation: no letter or digit at all; random: any printable
// characters; same: one letter N times; escapes: a palindrome padded with quotes,
// backslashes and spaces.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    string alnum = "abcdefghijklmnopqrstuvwxyz0123456789", noise;
    for (int c = 32; c < 127; ++c)
        if (!isalnum(c)) noise += (char)c;
    string letters = alnum.substr(0, 26), digits = alnum.substr(26);
    auto randCase = [&](char c) { return draw(0, 1) ? (char)toupper(c) : c; };
    string s;
    if (mode == "random") {
        for (int i = 0; i < n; ++i) s += (char)draw(32, 126);
    } else if (mode == "punctuation") {
        for (int i = 0; i < n; ++i) s += noise[draw(0, (int)noise.size() - 1)];
    } else if (mode == "same") {
        s = string(n, 'q');
    } else {
        // Core: m alphanumerics, mirrored; the rest of the length is noise spread around.
        string pool = mode == "digits" ? digits + "ab" : mode == "case" ? letters : alnum;
        int noiseCount = mode == "case" ? 0 : mode == "escapes" ? n / 2 : n / 3;
        int m = n - noiseCount;
        string half;
        for (int i = 0; i < m / 2; ++i) half += pool[draw(0, (int)pool.size() - 1)];
        string core = half;
        if (m % 2) core += pool[draw(0, (int)pool.size() - 1)];
        for (int i = m / 2 - 1; i >= 0; --i) core += half[i];
        for (int i = 0; i < m; ++i) {
            if (mode == "case") core[i] = i < m / 2 ? (char)toupper(core[i]) : core[i];
            else core[i] = randCase(core[i]);
        }
        auto differ = [&](int i) {  // make positions i and m-1-i differ (letters only)
            char a = (char)tolower(core[i]);
            char b;
            do b = letters[draw(0, 25)]; while (b == a);
            core[m - 1 - i] = randCase(b);
        };
        if (mode == "mismatch") differ(draw(m / 4, m / 2 - 1));
        if (mode == "ends") differ(0);
        if (mode == "digit-mismatch") {  // one mirrored pair becomes two different digits
            int i = draw(m / 4, m / 2 - 1);
            core[i] = digits[draw(0, 9)];
            do core[m - 1 - i] = digits[draw(0, 9)]; while (core[m - 1 - i] == core[i]);
        }
        // Spread the noise: decide for every output slot whether it is noise or the next core char.
        string fill = mode == "escapes" ? string("\"\\ ") : noise;
        vector<char> isNoise(n, 0);
        for (int i = 0; i < noiseCount; ++i) isNoise[i] = 1;
        shuffle(isNoise.begin(), isNoise.end(), rng);
        for (int i = 0, k = 0; i < n; ++i)
            s += isNoise[i] ? fill[draw(0, (int)fill.size() - 1)] : core[k++];
    }
    judge_rt::Writer w;
    judge_rt::write(w, s);
    printf("%s\n", w.str().c_str());
}
