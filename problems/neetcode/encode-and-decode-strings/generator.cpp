// Encode and Decode Strings tests: generator COUNT SEED MODE MAXLEN.
// COUNT strings, each of random length in [0, MAXLEN] (full: exactly MAXLEN).
// printable: bytes 32..126; ascii: any byte 0..127; control: mostly bytes 0..31;
// delimiters: only "#,;:|/\\ 0123456789\n\"" (the separators naive formats use);
// digits: only '0'..'9'; empty: COUNT empty strings; frames: strings that themselves
// look like length-prefixed frames ("12#...", "3#a#"); full: printable, all MAXLEN long.
int main(int argc, char** argv) {
    int count = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    int maxlen = atoi(argv[4]);
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    const string delims = "#,;:|/\\ 0123456789\n\"";
    vector<string> strs;
    for (int k = 0; k < count; ++k) {
        int len = mode == "full" ? maxlen : mode == "empty" ? 0 : draw(0, maxlen);
        string s;
        if (mode == "frames") {
            while ((int)s.size() < len) {
                int n = draw(0, 12);
                string piece = to_string(n) + "#" + string(n, "ab#1"[draw(0, 3)]);
                s += piece;
            }
            s.resize(len);
        } else {
            for (int i = 0; i < len; ++i) {
                char c;
                if (mode == "ascii") c = (char)draw(0, 127);
                else if (mode == "control") c = (char)(draw(0, 3) ? draw(0, 31) : draw(32, 127));
                else if (mode == "delimiters") c = delims[draw(0, (int)delims.size() - 1)];
                else if (mode == "digits") c = (char)('0' + draw(0, 9));
                else c = (char)draw(32, 126);
                s += c;
            }
        }
        strs.push_back(s);
    }
    judge_rt::Writer w;
    judge_rt::write(w, strs);
    printf("%s\n", w.str().c_str());
}
