// Longest Palindromic Substring tests: generator N SEED MODE [K].
// random K: letters from the first K of "ab...zAB...Z01...9"; same: one letter repeated;
// alternating: "abab..."; whole: the whole string is a palindrome; embed K: random letters from
// a wide alphabet with one palindrome of length K inside; nearmiss: a^k b a^(k-1) c..., halves that
// almost mirror each other.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    int k = argc > 4 ? atoi(argv[4]) : 0;
    const string alpha = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    string s(n, 'a');
    if (mode == "random") {
        for (char& c : s) c = alpha[draw(0, k - 1)];
    } else if (mode == "same") {
        s.assign(n, 'Z');
    } else if (mode == "alternating") {
        for (int i = 0; i < n; ++i) s[i] = i % 2 ? '7' : 'q';
    } else if (mode == "whole") {
        for (int i = 0; i < (n + 1) / 2; ++i) s[i] = s[n - 1 - i] = alpha[draw(0, 3)];
    } else if (mode == "embed") {
        for (char& c : s) c = alpha[draw(0, 61)];
        int start = draw(0, n - k);
        for (int i = 0; i < (k + 1) / 2; ++i) s[start + i] = s[start + k - 1 - i] = alpha[draw(0, 61)];
    } else {
        // a long run of 'a' with single other letters sprinkled so many centres grow far before failing
        for (int i = 0; i < n; ++i) s[i] = 'a';
        for (int i = 0; i < n; i += draw(40, 80)) s[i] = alpha[draw(1, 25)];
    }
    judge_rt::Writer w;
    judge_rt::write(w, s);
    printf("%s\n", w.str().c_str());
}
