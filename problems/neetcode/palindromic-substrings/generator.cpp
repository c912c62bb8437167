// Palindromic Substrings tests: generator N SEED MODE [K].
// same: one letter repeated (the largest count, n(n+1)/2); random K: letters from the first K
// of the alphabet; alternating: "abab..."; whole: the whole string is a palindrome over 3 letters.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    int k = argc > 4 ? atoi(argv[4]) : 26;
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    string s(n, 'a');
    if (mode == "same") s.assign(n, 'q');
    else if (mode == "random") for (char& c : s) c = 'a' + draw(0, k - 1);
    else if (mode == "alternating") for (int i = 0; i < n; ++i) s[i] = i % 2 ? 'y' : 'x';
    else for (int i = 0; i < (n + 1) / 2; ++i) s[i] = s[n - 1 - i] = 'a' + draw(0, 2);
    judge_rt::Writer w;
    judge_rt::write(w, s);
    printf("%s\n", w.str().c_str());
}
