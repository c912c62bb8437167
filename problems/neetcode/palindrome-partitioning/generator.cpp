// Palindrome Partitioning tests: generator N SEED MODE [K].
// same: one letter repeated (every cut works, 2^(N-1) partitions); random: letters from the
// first K of the alphabet; distinct: N different letters in random order; palindrome: a random
// palindrome over K letters; block: a random block of K letters from {a, b} repeated.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    int k = argc > 4 ? atoi(argv[4]) : 26;
    auto letter = [&]() { return char('a' + uniform_int_distribution<int>(0, k - 1)(rng)); };
    string s(n, 'a');
    if (mode == "same") {
        s = string(n, letter());
    } else if (mode == "random") {
        for (char& ch : s) ch = letter();
    } else if (mode == "distinct") {
        string all = "abcdefghijklmnopqrstuvwxyz";
        shuffle(all.begin(), all.end(), rng);
        s = all.substr(0, n);
    } else if (mode == "palindrome") {
        for (int i = 0; i < (n + 1) / 2; ++i) s[i] = s[n - 1 - i] = letter();
    } else if (mode == "block") {
        string b(k, 'a');
        for (char& ch : b) ch = "ab"[uniform_int_distribution<int>(0, 1)(rng)];
        for (int i = 0; i < n; ++i) s[i] = b[i % k];
    }
    printf("\"%s\"\n", s.c_str());
}
