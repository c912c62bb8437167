// Valid Anagram tests: generator LEN_S LEN_T SEED MODE, lowercase letters only.
// anagram: t is a random shuffle of a random s; change-one: a shuffle with one
// letter replaced by another; same-letter: both strings are one repeated letter;
// reversed: t is s reversed; prefix: t is a shuffled prefix of s (shorter);
// same-sum: a shuffle where one letter moved up by one and another letter down by
// one, so the character sums (and lengths) still agree but the counts do not.
int main(int argc, char** argv) {
    int ls = atoi(argv[1]), lt = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    string s(ls, 'a'), t;
    if (mode == "same-letter") {
        s = string(ls, 'q');
        t = string(lt, 'q');
    } else {
        for (char& c : s) c = 'a' + draw(0, 25);
        t = s;
        shuffle(t.begin(), t.end(), rng);
        if (mode == "change-one") {
            int i = draw(0, ls - 1);
            t[i] = 'a' + (t[i] - 'a' + draw(1, 25)) % 26;
        } else if (mode == "reversed") {
            t = string(s.rbegin(), s.rend());
        } else if (mode == "prefix") {
            t = s.substr(0, lt);
            shuffle(t.begin(), t.end(), rng);
        } else if (mode == "same-sum") {
            int i, j;
            do { i = draw(0, lt - 1); } while (t[i] == 'z');
            do { j = draw(0, lt - 1); } while (j == i || t[j] == 'a' || t[j] == t[i] + 1);
            ++t[i];
            --t[j];
        }
    }
    judge_rt::Writer w;
    judge_rt::write(w, s);
    string a = w.str();
    judge_rt::Writer w2;
    judge_rt::write(w2, t);
    printf("%s\n%s\n", a.c_str(), w2.str().c_str());
}
