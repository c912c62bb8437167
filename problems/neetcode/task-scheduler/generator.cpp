// Task Scheduler tests: generator LEN SEED MODE N.
// random: uniform letters; one: a single letter; even: all 26 letters equally often (shuffled);
// skewed: letter i drawn with weight 2^-(i/3); twotop: 'Q' and 'Z' tie for the top count,
// the rest random; sorted: random letters, sorted.
int main(int argc, char** argv) {
    int len = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    int n = atoi(argv[4]);
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    vector<char> t;
    if (mode == "one") t.assign(len, 'K');
    else if (mode == "even") { for (int i = 0; i < len; ++i) t.push_back('A' + i % 26); }
    else if (mode == "skewed") {
        vector<double> w(26);
        for (int i = 0; i < 26; ++i) w[i] = pow(2.0, -i / 3.0);
        discrete_distribution<int> d(w.begin(), w.end());
        for (int i = 0; i < len; ++i) t.push_back('A' + d(rng));
    } else if (mode == "twotop") {
        int top = len / 5;
        t.assign(top, 'Q');
        t.insert(t.end(), top, 'Z');
        while ((int)t.size() < len) {  // others stay well below the top count
            char c = 'A' + draw(0, 23);
            if (c >= 'Q') ++c;  // skip 'Q'
            t.push_back(c);
        }
    } else {
        for (int i = 0; i < len; ++i) t.push_back('A' + draw(0, 25));
    }
    shuffle(t.begin(), t.end(), rng);
    if (mode == "sorted") sort(t.begin(), t.end());
    judge_rt::Writer w;
    judge_rt::write(w, t);
    printf("%s\n%d\n", w.str().c_str(), n);
}
