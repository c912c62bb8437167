// Meeting Rooms tests: generator N SEED MODE (times in [0, 10^6]). Shuffled unless said otherwise.
// touching: back-to-back meetings, each starting when the previous ends (true); disjoint: random
// gaps (true); clash-last / clash-first: disjoint, except that the latest meeting / the second
// earliest starts one unit before the meeting just before it ends (false); identical: N copies (false); nested: each inside the previous (false); random: random
// meetings (false); reverse: disjoint, listed latest first (true).
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    const int MAXT = 1000000;
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    vector<vector<int>> v;
    bool shuffleIt = true;
    // n disjoint meetings in time order: 2n distinct sorted times, paired
    auto disjoint = [&]() {
        set<int> t;
        while ((int)t.size() < 2 * n) t.insert(draw(0, MAXT));
        vector<int> p(t.begin(), t.end());
        vector<vector<int>> w;
        for (int i = 0; i < n; ++i) w.push_back({p[2 * i], p[2 * i + 1]});
        return w;
    };
    if (mode == "touching") {
        int t = draw(0, 1000);
        for (int i = 0; i < n; ++i) {
            int len = draw(1, (MAXT - 1000) / n);  // the total stays within MAXT
            v.push_back({t, t + len});
            t += len;
        }
    } else if (mode == "disjoint") {
        v = disjoint();
    } else if (mode == "clash-last") {
        v = disjoint();
        v[n - 1][0] = v[n - 2][1] - 1;  // still below its own end
    } else if (mode == "clash-first") {
        v = disjoint();
        v[1][0] = v[0][1] - 1;
    } else if (mode == "identical") {
        int s = draw(0, MAXT - 1), e = draw(s + 1, MAXT);
        v.assign(n, {s, e});
    } else if (mode == "nested") {
        for (int i = 0; i < n; ++i) v.push_back({i, MAXT - i});
    } else if (mode == "random") {
        for (int i = 0; i < n; ++i) {
            int s = draw(0, MAXT - 1);
            v.push_back({s, draw(s + 1, min(MAXT, s + 100))});
        }
    } else {  // reverse
        v = disjoint();
        reverse(v.begin(), v.end());
        shuffleIt = false;
    }
    if (shuffleIt) shuffle(v.begin(), v.end(), rng);
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
