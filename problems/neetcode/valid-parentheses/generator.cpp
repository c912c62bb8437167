// Valid Parentheses tests: generator N SEED MODE prints one bracket string of length N.
// valid: a random correct string (random opens/closes, random kinds); deep: N/2 opens then
// their closes; flat: pairs side by side; swap: a valid string with one closing bracket
// replaced by another kind; crossed: every kind balanced in count but two pairs cross in the
// middle; unclosed: valid except the last two characters are opens; random: uniform characters.
string randomValid(int n, mt19937_64& rng) {
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    const string open = "([{", close = ")]}";
    string s, st;
    int opensLeft = n / 2;
    while ((int)s.size() < n) {
        bool doOpen = opensLeft > 0 && (st.empty() || draw(0, 1));
        if (doOpen) { int k = draw(0, 2); s += open[k]; st += close[k]; --opensLeft; }
        else { s += st.back(); st.pop_back(); }
    }
    return s;
}
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    const string all = "()[]{}", open = "([{", close = ")]}";
    string s;
    if (mode == "deep") {
        string st;
        for (int i = 0; i < n / 2; ++i) { int k = draw(0, 2); s += open[k]; st += close[k]; }
        s += string(st.rbegin(), st.rend());
    } else if (mode == "flat") {
        for (int i = 0; i < n / 2; ++i) { int k = draw(0, 2); s += open[k]; s += close[k]; }
    } else if (mode == "swap") {
        s = randomValid(n, rng);
        vector<int> closes;
        for (int i = 0; i < n; ++i) if (close.find(s[i]) != string::npos) closes.push_back(i);
        int p = closes[draw(0, closes.size() - 1)];
        int k = close.find(s[p]);
        s[p] = close[(k + draw(1, 2)) % 3];
    } else if (mode == "crossed") {
        // left half valid, then "([)]", then right half valid
        int m = (n - 4) / 2;
        m -= m % 2;
        s = randomValid(m, rng) + "([)]" + randomValid(n - 4 - m, rng);
    } else if (mode == "unclosed") {
        s = randomValid(n - 2, rng) + "{(";
    } else if (mode == "random") {
        for (int i = 0; i < n; ++i) s += all[draw(0, 5)];
    } else {
        s = randomValid(n, rng);
    }
    judge_rt::Writer w;
    judge_rt::write(w, s);
    printf("%s\n", w.str().c_str());
}
