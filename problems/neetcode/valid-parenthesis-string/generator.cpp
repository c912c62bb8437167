// Valid Parenthesis String tests: generator N SEED MODE [K].
// random: uniform over the three characters; balanced: a random balanced string with about a
// third of its characters turned into '*' (always true); opens-stars K: K '(' then N-K '*';
// stars-open K: N-K '*' then K '('; mostly-stars: 90% '*', a few random parentheses;
// extra-close: a balanced string with one ')' inserted where the prefix before it is balanced,
// a '*' appended, and some characters after the extra ')' turned into '*' (always false);
// star-open-pairs: "*(" repeated over the first half, then ')'.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    int k = argc > 4 ? atoi(argv[4]) : 0;
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    auto balanced = [&](int len) {  // len even: a random Dyck word
        string t;
        int open = 0, left = len / 2;  // left: '(' still to place
        for (int i = 0; i < len; ++i) {
            int rem = len - i;
            bool canOpen = left > 0, canClose = open > 0;
            bool putOpen = canOpen && (!canClose || draw(0, rem - 1) < rem / 2);
            if (putOpen) t += '(', ++open, --left;
            else t += ')', --open;
        }
        return t;
    };
    string s;
    if (mode == "random") {
        for (int i = 0; i < n; ++i) s += "()*"[draw(0, 2)];
    } else if (mode == "balanced") {
        s = balanced(n);
        for (char& c : s) if (draw(0, 2) == 0) c = '*';
    } else if (mode == "opens-stars") {
        s = string(k, '(') + string(n - k, '*');
    } else if (mode == "stars-open") {
        s = string(n - k, '*') + string(k, '(');
    } else if (mode == "mostly-stars") {
        for (int i = 0; i < n; ++i) s += draw(0, 9) ? '*' : "()"[draw(0, 1)];
    } else if (mode == "extra-close") {
        s = balanced(n - 2);
        int pos = draw(s.size() / 3, 2 * s.size() / 3);
        // close exactly where the prefix is balanced, so nothing earlier can absorb it
        int bal = 0, at = -1;
        for (int i = 0; i <= (int)s.size(); ++i) {
            if (i >= pos && bal == 0) { at = i; break; }
            if (i < (int)s.size()) bal += s[i] == '(' ? 1 : -1;
        }
        s.insert(s.begin() + at, ')');
        s += '*';
        for (int i = at + 1; i < (int)s.size(); ++i) if (draw(0, 3) == 0) s[i] = '*';
    } else {  // star-open-pairs
        while ((int)s.size() < n / 2) s += "*(";
        while ((int)s.size() < n) s += ')';
    }
    judge_rt::Writer w;
    judge_rt::write(w, s);
    printf("%s\n", w.str().c_str());
}
