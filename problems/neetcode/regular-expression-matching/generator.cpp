// Regular Expression Matching tests at the maximum sizes: generator SEED MODE.
// derived: a random pattern of up to 20 characters (letters, '.', "x*", ".*"), and an s of
//   up to 20 letters built to match it; mutated: the same, then one letter of s changed
//   (usually no longer a match); random: s and p drawn at random over {a, b};
// backtrack: s = c...cdc, p = c*c*...c*, so a plain recursion tries every split before failing;
// dotstars: a pattern of ".*" and letters against a random s over {a, b, c}.
int main(int argc, char** argv) {
    mt19937_64 rng(atoll(argv[1]));
    string mode = argv[2];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    auto letter = [&](int k) { return char('a' + draw(0, k - 1)); };
    string s, p;
    if (mode == "derived" || mode == "mutated") {
        for (;;) {
            // Tokens: a letter or '.', each optionally starred; at most 20 pattern characters.
            vector<pair<char, bool>> tok;
            int len = 0;
            while (true) {
                bool star = draw(0, 2) == 0;
                if (len + 1 + star > 20) break;
                char c = draw(0, 5) == 0 ? '.' : letter(3);
                tok.push_back({c, star});
                len += 1 + star;
                if (len >= 18 && draw(0, 1)) break;
            }
            // Matching s: each plain token one character, starred ones a random count.
            s.clear();
            int stars = 0;
            for (auto& t : tok) stars += t.second;
            int plain = tok.size() - stars;
            int extra = 20 - plain;
            if (extra < 0) continue;
            for (auto& t : tok) {
                int k = 1;
                if (t.second) { k = stars == 1 ? extra : draw(0, extra); extra -= k; --stars; }
                for (int q = 0; q < k; ++q) s += t.first == '.' ? letter(3) : t.first;
            }
            if (s.empty()) continue;
            p.clear();
            for (auto& t : tok) { p += t.first; if (t.second) p += '*'; }
            break;
        }
        if (mode == "mutated") {
            int i = draw(0, s.size() - 1);
            s[i] = char('a' + (s[i] - 'a' + draw(1, 3)) % 4);
        }
    } else if (mode == "random") {
        for (int i = 0; i < 20; ++i) s += letter(2);
        while (p.size() < 20) {
            p += draw(0, 4) == 0 ? '.' : letter(2);
            if (p.size() < 20 && draw(0, 1)) p += '*';
        }
    } else if (mode == "backtrack") {
        char c = letter(26), d = char('a' + (c - 'a' + draw(1, 25)) % 26);
        s = string(18, c) + d + c;
        for (int i = 0; i < 10; ++i) p += c, p += '*';
    } else {  // dotstars
        for (int i = 0; i < 20; ++i) s += letter(3);
        while (p.size() < 19) {
            if (draw(0, 1)) p += ".*";
            else p += letter(3);
        }
        if (p.size() < 20) p += letter(3);
    }
    printf("\"%s\"\n\"%s\"\n", s.c_str(), p.c_str());
}
